package articles

import "time"

// Event is one happening reported by one or more articles. Different
// happenings on the same broad topic are separate events linked as Related.
type Event struct {
	ID       string   // stable, derived from the members, never from file names or order
	Title    string   // the clearest member title, or one built from what members share
	Members  []string // article hashes, in a deterministic order
	Related  []string // IDs of events on the same broad topic
	From, To time.Time
	Sources  []string // distinct outlets, "" left out
}
