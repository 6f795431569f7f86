package articles

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"sort"
	"strings"
	"time"
)

// Grouping thresholds on the similarity of two articles (a weighted cosine
// of their rare names, numbers and terms, 0..1).
const (
	sameEventScore = 0.37 // at or above: the same happening
	relatedScore   = 0.20 // at or above: the same broad topic
	// sameEventDays is how far apart two dated reports of one happening can be.
	sameEventDays = 4
	// postingCap bounds how many articles a token may pair up: a token
	// shared by more is too common to say two articles report one event,
	// and capping it keeps grouping near-linear.
	postingCap = 48
)

// token weights by kind: a shared name or figure says more than a word.
const (
	weightName   = 0.5
	weightNumber = 3.0
	weightTerm   = 0.1
	weightLead   = 1.5 // on top of its kind: shared in the leads, it is what happened
)

// groupDoc is a fingerprint turned into weighted token IDs.
type groupDoc struct {
	fp     Fingerprint
	tokens []int32
	weight []float64
	norm   float64
}

// GroupEvents groups fingerprints into events: candidate pairs come from
// shared rare tokens (an inverted index with capped posting lists, so the
// work grows near-linearly with the number of articles), then each pair is
// scored, and clusters are merged only when most of their cross pairs agree,
// which stops one article chaining two events together. The result does not
// depend on input order or file names.
func GroupEvents(fps []Fingerprint) []Event {
	fps = append([]Fingerprint(nil), fps...)
	sort.Slice(fps, func(i, j int) bool { return fps[i].Hash < fps[j].Hash })
	docs, postings := indexDocs(fps)
	scores := scorePairs(docs, postings)
	clusters := cluster(len(docs), scores)
	return buildEvents(docs, clusters, scores)
}

// indexDocs assigns token IDs, weights tokens by kind and rarity (IDF), and
// builds the inverted index.
func indexDocs(fps []Fingerprint) ([]groupDoc, [][]int32) {
	ids := map[string]int32{}
	var df []int
	docs := make([]groupDoc, len(fps))
	kinds := []struct {
		prefix string
		weight float64
		get    func(Fingerprint) []string
	}{
		{"N", weightName, func(f Fingerprint) []string { return f.Names }},
		{"#", weightNumber, func(f Fingerprint) []string { return f.Numbers }},
		{"T", weightTerm, func(f Fingerprint) []string { return f.Terms }},
		{"L", weightLead, func(f Fingerprint) []string { return f.Lead }},
	}
	kindWeight := map[int32]float64{}
	for i, fp := range fps {
		docs[i].fp = fp
		seen := map[int32]bool{}
		for _, k := range kinds {
			for _, t := range k.get(fp) {
				id, ok := ids[k.prefix+t]
				if !ok {
					id = int32(len(df))
					ids[k.prefix+t] = id
					df = append(df, 0)
					kindWeight[id] = k.weight
				}
				if !seen[id] {
					seen[id] = true
					df[id]++
					docs[i].tokens = append(docs[i].tokens, id)
				}
			}
		}
	}
	n := float64(len(fps))
	postings := make([][]int32, len(df))
	for i := range docs {
		d := &docs[i]
		sort.Slice(d.tokens, func(a, b int) bool { return d.tokens[a] < d.tokens[b] })
		d.weight = make([]float64, len(d.tokens))
		for j, t := range d.tokens {
			idf := math.Log(1 + n/float64(df[t]))
			d.weight[j] = kindWeight[t] * idf
			if df[t] >= 2 { // a token no other article has cannot match; it only dilutes
				d.norm += d.weight[j] * d.weight[j]
			}
			if df[t] >= 2 && df[t] <= postingCap {
				postings[t] = append(postings[t], int32(i))
			}
		}
		d.norm = math.Sqrt(d.norm)
	}
	return docs, postings
}

type pair struct{ a, b int32 }

// scorePairs scores every pair that shares at least one rare token.
func scorePairs(docs []groupDoc, postings [][]int32) map[pair]float64 {
	shared := map[pair]float64{}
	for t, list := range postings {
		for x := 0; x < len(list); x++ {
			for y := x + 1; y < len(list); y++ {
				a, b := list[x], list[y]
				wa := weightOf(&docs[a], int32(t))
				wb := weightOf(&docs[b], int32(t))
				shared[pair{a, b}] += wa * wb
			}
		}
	}
	scores := make(map[pair]float64, len(shared))
	for p, dot := range shared {
		da, db := &docs[p.a], &docs[p.b]
		s := dot / (da.norm*db.norm + 1e-9)
		if farApart(da.fp.Published, db.fp.Published) {
			s = math.Min(s, sameEventScore-0.01) // a different happening, at most related
		}
		if s >= relatedScore {
			scores[p] = s
		}
	}
	return scores
}

func weightOf(d *groupDoc, t int32) float64 {
	i := sort.Search(len(d.tokens), func(i int) bool { return d.tokens[i] >= t })
	if i < len(d.tokens) && d.tokens[i] == t {
		return d.weight[i]
	}
	return 0
}

func farApart(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	d := a.Sub(b)
	if d < 0 {
		d = -d
	}
	return d > sameEventDays*24*time.Hour
}

// cluster merges pairs from the strongest down; two clusters merge only
// when at least half of their cross pairs are related, so a single
// bridging article cannot chain two events.
func cluster(n int, scores map[pair]float64) []int {
	parent := make([]int, n)
	members := make([][]int32, n)
	for i := range parent {
		parent[i] = i
		members[i] = []int32{int32(i)}
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	strong := make([]pair, 0)
	for p, s := range scores {
		if s >= sameEventScore {
			strong = append(strong, p)
		}
	}
	sort.Slice(strong, func(i, j int) bool {
		si, sj := scores[strong[i]], scores[strong[j]]
		if si != sj {
			return si > sj
		}
		if strong[i].a != strong[j].a {
			return strong[i].a < strong[j].a
		}
		return strong[i].b < strong[j].b
	})
	for _, p := range strong {
		ra, rb := find(int(p.a)), find(int(p.b))
		if ra == rb || !cohesive(members[ra], members[rb], scores) {
			continue
		}
		if len(members[ra]) < len(members[rb]) {
			ra, rb = rb, ra
		}
		parent[rb] = ra
		members[ra] = append(members[ra], members[rb]...)
		members[rb] = nil
	}
	out := make([]int, n)
	for i := range out {
		out[i] = find(i)
	}
	return out
}

func cohesive(a, b []int32, scores map[pair]float64) bool {
	if len(a)*len(b) > 4096 {
		return true
	}
	linked := 0
	for _, x := range a {
		for _, y := range b {
			p := pair{x, y}
			if x > y {
				p = pair{y, x}
			}
			if scores[p] >= relatedScore {
				linked++
			}
		}
	}
	return linked*2 >= len(a)*len(b)
}

// buildEvents turns clusters into events with IDs, titles, dates, sources
// and related links.
func buildEvents(docs []groupDoc, roots []int, scores map[pair]float64) []Event {
	byRoot := map[int][]int{}
	var order []int
	for i, r := range roots {
		if _, ok := byRoot[r]; !ok {
			order = append(order, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	events := make([]Event, 0, len(order))
	eventOf := make([]int, len(docs))
	for _, r := range order {
		idx := byRoot[r]
		ev := Event{}
		for _, i := range idx {
			fp := docs[i].fp
			ev.Members = append(ev.Members, fp.Hash)
			eventOf[i] = len(events)
			if !fp.Published.IsZero() {
				if ev.From.IsZero() || fp.Published.Before(ev.From) {
					ev.From = fp.Published
				}
				if fp.Published.After(ev.To) {
					ev.To = fp.Published
				}
			}
			if fp.Source != "" && !contains(ev.Sources, fp.Source) {
				ev.Sources = append(ev.Sources, fp.Source)
			}
		}
		sort.Strings(ev.Members)
		sort.Strings(ev.Sources)
		ev.ID = eventID(ev.Members[0])
		ev.Title = eventTitle(docs, idx)
		events = append(events, ev)
	}
	related := map[[2]int]bool{}
	for p := range scores {
		ea, eb := eventOf[p.a], eventOf[p.b]
		if ea != eb {
			related[[2]int{ea, eb}], related[[2]int{eb, ea}] = true, true
		}
	}
	for k := range related {
		events[k[0]].Related = append(events[k[0]].Related, events[k[1]].ID)
	}
	for i := range events {
		sort.Strings(events[i].Related)
	}
	sort.SliceStable(events, func(i, j int) bool { return events[i].ID < events[j].ID })
	return events
}

// eventID derives a stable ID from the smallest member hash.
func eventID(hash string) string {
	sum := sha256.Sum256([]byte("event:" + hash))
	return "e" + hex.EncodeToString(sum[:])[:8]
}

// eventTitle is the headline of the member whose title shares the most
// weight with the other members; headlines derived from a lead come last.
func eventTitle(docs []groupDoc, idx []int) string {
	best, bestScore := "", math.Inf(-1)
	for _, i := range idx {
		fp := docs[i].fp
		score := 0.0
		words := map[string]bool{}
		for _, w := range strings.Fields(fold(fp.Title)) {
			words[stem(strings.Trim(w, ".,:;!?\"'"))] = true
		}
		for _, j := range idx {
			if j == i {
				continue
			}
			for _, t := range docs[j].fp.Terms {
				if words[t] {
					score++
				}
			}
			for _, n := range docs[j].fp.Names {
				if words[n] {
					score += 2
				}
			}
		}
		if fp.TitleDerived {
			score -= 1000
		}
		if score > bestScore || score == bestScore && len(fp.Title) < len(best) {
			best, bestScore = fp.Title, score
		}
	}
	return best
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
