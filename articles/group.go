package articles

import (
	"math"
	"slices"
	"sort"
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
	fp     *Fingerprint
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
	// Sorted by hash through an index, so the large structs neither move
	// nor are copied; sort.Slice does the same steps on any element type.
	order := make([]int32, len(fps))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool { return fps[order[i]].Hash < fps[order[j]].Hash })
	sorted := make([]*Fingerprint, len(fps))
	for i, k := range order {
		sorted[i] = &fps[k]
	}
	docs, postings := indexDocs(sorted)
	g := scorePairs(docs, postings)
	clusters := cluster(len(docs), g)
	return buildEvents(docs, clusters, g)
}

// indexDocs assigns token IDs, weights tokens by kind and rarity (IDF), and
// builds the inverted index.
func indexDocs(fps []*Fingerprint) ([]groupDoc, [][]posting) {
	kinds := [...]struct {
		weight float64
		get    func(*Fingerprint) []string
	}{
		{weightName, func(f *Fingerprint) []string { return f.Names }},
		{weightNumber, func(f *Fingerprint) []string { return f.Numbers }},
		{weightTerm, func(f *Fingerprint) []string { return f.Terms }},
		{weightLead, func(f *Fingerprint) []string { return f.Lead }},
	}
	// One ID space over all kinds, numbered in order of first appearance.
	var ids [len(kinds)]map[string]int32
	for k := range ids {
		ids[k] = make(map[string]int32, len(fps))
	}
	var df []int32
	var kindWeight []float64
	var lastDoc []int32 // lastDoc[id] is 1 + the last doc that counted id
	docs := make([]groupDoc, len(fps))
	for i, fp := range fps {
		docs[i].fp = fp
		n := 0
		for _, k := range kinds {
			n += len(k.get(fp))
		}
		tokens := make([]int32, 0, n)
		for k, kind := range kinds {
			for _, t := range kind.get(fp) {
				id, ok := ids[k][t]
				if !ok {
					id = int32(len(df))
					ids[k][t] = id
					df = append(df, 0)
					kindWeight = append(kindWeight, kind.weight)
					lastDoc = append(lastDoc, 0)
				}
				if lastDoc[id] != int32(i)+1 {
					lastDoc[id] = int32(i) + 1
					df[id]++
					tokens = append(tokens, id)
				}
			}
		}
		slices.Sort(tokens)
		docs[i].tokens = tokens
	}
	n := float64(len(fps))
	tokenWeight := make([]float64, len(df)) // by kind and rarity, the same in every article
	for t := range df {
		idf := math.Log(1 + n/float64(df[t]))
		tokenWeight[t] = kindWeight[t] * idf
	}
	postings := make([][]posting, len(df))
	for i := range docs {
		d := &docs[i]
		d.weight = make([]float64, len(d.tokens))
		for j, t := range d.tokens {
			d.weight[j] = tokenWeight[t]
			if df[t] >= 2 { // a token no other article has cannot match; it only dilutes
				d.norm += d.weight[j] * d.weight[j]
			}
			if df[t] >= 2 && df[t] <= postingCap {
				if postings[t] == nil {
					postings[t] = make([]posting, 0, df[t])
				}
				postings[t] = append(postings[t], posting{int32(i), d.weight[j]})
			}
		}
		d.norm = math.Sqrt(d.norm)
	}
	return docs, postings
}

// posting is one article holding a token, with the token's weight there.
type posting struct {
	doc    int32
	weight float64
}
