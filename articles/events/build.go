package events

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"reader/articles"
	"reader/articles/internal/textutil"
	"slices"
	"sort"
	"strings"
	"time"
)

// buildEvents turns clusters into events with IDs, titles, dates, sources
// and related links. Position i of roots and of the pairs is document
// order[i] of gr; df[t] is how many documents hold vocabulary ID t.
func buildEvents(gr *Grouper, order []int32, roots []int32, g *pairGraph, df []int32) []articles.Event {
	eventOf := make([]int32, len(order)) // first the event of each root, then of each doc
	for i := range eventOf {
		eventOf[i] = -1
	}
	var members [][]int
	for i, r := range roots {
		if eventOf[r] < 0 {
			eventOf[r] = int32(len(members))
			members = append(members, nil)
		}
		e := eventOf[r]
		members[e] = append(members[e], i)
	}
	events := make([]articles.Event, 0, len(members))
	scratch := titleScratch{sigs: titleSignatures(gr)}
	for _, idx := range members {
		ev := articles.Event{}
		for _, i := range idx {
			d := &gr.docs[order[i]]
			ev.Members = append(ev.Members, d.hash)
			if !d.published.IsZero() {
				if ev.From.IsZero() || d.published.Before(ev.From) {
					ev.From = d.published
				}
				if d.published.After(ev.To) {
					ev.To = d.published
				}
			}
			if d.source != "" && !contains(ev.Sources, d.source) {
				ev.Sources = append(ev.Sources, d.source)
			}
		}
		sort.Strings(ev.Members)
		sort.Strings(ev.Sources)
		ev.ID = eventID(ev.Members[0])
		ev.Title = eventTitle(gr, order, idx, &scratch)
		events = append(events, ev)
	}
	for i, r := range roots {
		eventOf[i] = eventOf[r] // roots are their own roots, so done in place
	}
	// A pair of reports links their events when it is alike enough once
	// the days between them are weighed: pages of one topic written a
	// year apart are no related news. On WCXB's dev pages (unrelated web
	// articles) this left 143 of 598 links.
	links := make([]scoredLink, 0, len(g.pairs))
	for _, p := range g.pairs {
		if ea, eb := eventOf[p.a], eventOf[p.b]; ea != eb && p.score >= relatedScore {
			links = append(links, scoredLink{[2]int32{min(ea, eb), max(ea, eb)}, p.score})
		}
	}
	span := make([][2]time.Time, len(events))
	for e := range events {
		span[e] = [2]time.Time{events[e].From, events[e].To}
	}
	for _, l := range namedLinks(gr, order, members, df) {
		// A name two events share relates them as news within a month of
		// each other; two guides a year apart that both say "Training"
		// are no follow-up of one another. Undated events keep the link.
		if a, b := span[l[0]], span[l[1]]; a[0].IsZero() || b[0].IsZero() || within(a, b, namedDays) {
			links = append(links, scoredLink{l, namedStrength})
		}
	}
	links = append(links, topicLinks(gr, order, members, span, df)...)
	keepRelated(events, links)
	return sortEvents(events)
}

// scoredLink is a pair of related events (indexes, smaller first) and how
// strongly they are related: the score of their best pair of reports, or
// namedStrength for a defining name they share.
type scoredLink struct {
	pair     [2]int32
	strength float64
}

const (
	// namedStrength ranks a shared defining name above any pair of
	// reports: it names the company or place both stories are about.
	namedStrength = 1.0
	// maxRelated is the most related events an event lists, its strongest:
	// a story of a busy week can be related to dozens.
	maxRelated = 5
)

// keepRelated gives each event the IDs of its maxRelated most strongly
// related events, sorted. The links of each event are gathered by a
// counting sort on the event, not in a map an event: grouping 100k
// generated reports, the maps took 37x their time at 10k.
func keepRelated(events []articles.Event, links []scoredLink) {
	start := make([]int32, len(events)+1)
	for _, l := range links {
		start[l.pair[0]+1]++
		start[l.pair[1]+1]++
	}
	for e := range events {
		start[e+1] += start[e]
	}
	type other struct {
		event    int32
		strength float64
	}
	all := make([]other, start[len(events)])
	fill := slices.Clone(start[:len(events)])
	for _, l := range links {
		for k, e := range l.pair {
			all[fill[e]] = other{l.pair[1-k], l.strength}
			fill[e]++
		}
	}
	for e := range events {
		others := all[start[e]:start[e+1]]
		if len(others) == 0 {
			continue
		}
		// each other event once, at its strongest link
		slices.SortFunc(others, func(x, y other) int {
			if x.event != y.event {
				return cmp.Compare(x.event, y.event)
			}
			return cmp.Compare(y.strength, x.strength)
		})
		others = slices.CompactFunc(others, func(x, y other) bool { return x.event == y.event })
		slices.SortFunc(others, func(x, y other) int {
			if x.strength != y.strength {
				return cmp.Compare(y.strength, x.strength)
			}
			return strings.Compare(events[x.event].ID, events[y.event].ID)
		})
		for _, o := range others[:min(len(others), maxRelated)] {
			events[e].Related = append(events[e].Related, events[o.event].ID)
		}
		sort.Strings(events[e].Related)
	}
}

// sortEvents orders events by ID, keeping the given order among equal IDs:
// a stable sort, done on indexes so that the large structs move only once.
func sortEvents(events []articles.Event) []articles.Event {
	order := make([]int32, len(events))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int {
		if c := strings.Compare(events[x].ID, events[y].ID); c != 0 {
			return c
		}
		return cmp.Compare(x, y)
	})
	out := make([]articles.Event, len(events))
	for i, k := range order {
		out[i] = events[k]
	}
	return out
}

// eventID derives a stable ID from the smallest member hash.
func eventID(hash string) string {
	sum := sha256.Sum256([]byte("event:" + hash))
	return "e" + hex.EncodeToString(sum[:])[:8]
}

// eventTitle is the headline of the member whose title shares the most
// weight with the other members; headlines derived from a lead come last.
// A member's score counts, over the other members, their terms found among
// its title's textutil.Words, and twice their names. The words of all titles are
// gathered first, so each term and name is looked up once per event, and
// a member's own share is taken off its total afterwards.
func eventTitle(gr *Grouper, order []int32, idx []int, sc *titleScratch) string {
	sc.reset()
	// The distinct title words of member k are sc.words[sc.from[k]:sc.from[k+1]],
	// as indexes into sc.count.
	for _, i := range idx {
		sc.from = append(sc.from, int32(len(sc.words)))
		own := len(sc.words)
		for _, w := range strings.Fields(textutil.Fold(gr.docs[order[i]].title)) {
			key := textutil.Stem(strings.Trim(w, ".,:;!?\"'"))
			u, ok := sc.index[key]
			if !ok {
				u = int32(len(sc.count))
				sc.index[key] = u
				sc.count = append(sc.count, 0)
				sc.filter.add(key)
			}
			if !slices.Contains(sc.words[own:], u) {
				sc.words = append(sc.words, u)
			}
		}
	}
	sc.from = append(sc.from, int32(len(sc.words)))
	self := sc.self[:0]
	for k, j := range idx {
		own := sc.words[sc.from[k]:sc.from[k+1]]
		mine := 0
		d := order[j]
		sc.ids = gr.docs[d].appendTokens(sc.ids[:0])
		for _, list := range [2][]int32{sc.ids, gr.repeats[d]} {
			for _, id := range list {
				weight := titleWeights[gr.kindOf[id]]
				if weight == 0 || !sc.filter.has(sc.sigs[id]) {
					continue
				}
				if u, ok := sc.index[gr.vocab[id]]; ok {
					sc.count[u] += weight
					if slices.Contains(own, u) {
						mine += weight
					}
				}
			}
		}
		self = append(self, mine)
	}
	sc.self = self
	best, bestScore := "", math.Inf(-1)
	for k, i := range idx {
		d := &gr.docs[order[i]]
		shared := -self[k]
		for _, u := range sc.words[sc.from[k]:sc.from[k+1]] {
			shared += sc.count[u]
		}
		score := float64(shared)
		if d.titleDerived {
			score -= 1000
		}
		if score > bestScore || score == bestScore && len(d.title) < len(best) {
			best, bestScore = d.title, score
		}
	}
	return best
}

// titleWeights is what a member's token found among a title's words counts
// for, by kind: terms once, names twice, other kinds not at all.
var titleWeights = [numKinds]int{kindTerm: 1, kindName: 2}

// titleScratch holds eventTitle's working space from one event to the next.
type titleScratch struct {
	index map[string]int32 // title word -> its slot in count
	count []int            // weight of the members' terms and names per title word
	words []int32
	from  []int32
	self  []int
	ids   []int32 // a member's token IDs
	// filter rules out most terms and names before the map is asked.
	filter wordFilter
	// sigs is the signature of each vocabulary ID counted in titles, so
	// that the filter rules a token out without reading the token: at
	// 100k reports those reads missed the cache more than half the time.
	sigs []uint8
}

// wordFilter is a 256-bit set of cheap string signatures: a string whose
// signature is absent was never added.
type wordFilter [4]uint64

func wordSignature(s string) uint8 {
	if s == "" {
		return 0
	}
	return uint8(len(s))*31 + s[0]*7 + s[len(s)-1]
}

func (f *wordFilter) add(s string) {
	h := wordSignature(s)
	f[h>>6] |= 1 << (h & 63)
}

// has reports whether a string of signature h may have been added.
func (f *wordFilter) has(h uint8) bool { return f[h>>6]&(1<<(h&63)) != 0 }

// titleSignatures is the wordSignature of each vocabulary ID whose kind
// counts in titles (see titleWeights); 0 for the others.
func titleSignatures(gr *Grouper) []uint8 {
	sigs := make([]uint8, len(gr.vocab))
	for id, t := range gr.vocab {
		if titleWeights[gr.kindOf[id]] != 0 {
			sigs[id] = wordSignature(t)
		}
	}
	return sigs
}

// reset empties the scratch space; a map grown large by a big event is
// dropped, as clearing it would cost its size every time.
func (sc *titleScratch) reset() {
	if sc.index == nil || len(sc.index) > 1024 {
		sc.index = map[string]int32{}
	} else {
		clear(sc.index)
	}
	sc.count, sc.words, sc.from = sc.count[:0], sc.words[:0], sc.from[:0]
	sc.filter = wordFilter{}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
