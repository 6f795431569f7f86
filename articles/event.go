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

// FactKind says what sort of comparable statement a fact is.
type FactKind string

// The fact kinds the comparison extracts.
const (
	FactAmount   FactKind = "amount"   // money with currency and magnitude
	FactQuantity FactKind = "quantity" // a number with a unit
	FactDuration FactKind = "duration"
	FactCount    FactKind = "count"
	FactPercent  FactKind = "percent"
	FactDate     FactKind = "date" // dates and weekdays
	FactPerson   FactKind = "person"
	FactPlace    FactKind = "place"
	FactOrg      FactKind = "org"
	FactQuote    FactKind = "quote"
	FactList     FactKind = "list" // an enumerated set, such as countries
)

// Fact is one comparable statement across the sources of an event.
// Values maps an article's File to that source's own wording; a File with
// no entry does not say it.
type Fact struct {
	Kind     FactKind
	Label    string
	Values   map[string]string
	Disagree bool
	Note     string // why the values disagree, when they do
}

// Cell is one source's passage in an aligned row; Text is "" for a gap.
// Shared holds byte ranges of Text whose wording other sources in the row share.
type Cell struct {
	Text   string
	Shared [][2]int
}

// Row is one line of the side-by-side view: passages that report the same
// thing, one cell per article in Comparison.Files order.
type Row struct {
	Cells []Cell
	// Differs is true when the row is not reported alike by every source
	// (a gap, or a fact that disagrees); n/N in the UI jump between these.
	Differs bool
}

// Comparison is the fact-by-fact and passage-by-passage comparison of the
// articles of one event.
type Comparison struct {
	EventID string
	Files   []string // article files, one column each
	Sources []string // outlet per column, parallel to Files
	Titles  []string // title per column, parallel to Files
	Facts   []Fact   // disagreements first
	Rows    []Row
	// Summary counts.
	SharedByAll   int // facts every source states alike
	SingleSource  int // facts only one source has
	Disagreements int
}
