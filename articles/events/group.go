package events

import (
	"math"
	"reader/articles"
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

// GroupEvents groups fingerprints into events: candidate pairs come from
// shared rare tokens (an inverted index with capped posting lists, so the
// work grows near-linearly with the number of articles), then each pair is
// scored, and clusters are merged only when most of their cross pairs agree,
// which stops one article chaining two events together. The result does not
// depend on input order or file names. It is a Grouper fed the whole slice;
// callers that read fingerprints one at a time should use a Grouper.
func GroupEvents(fps []Fingerprint) []articles.Event {
	g := NewGrouper()
	for i := range fps {
		g.Add(fps[i])
	}
	return g.Events()
}

// sortedByHash lists the documents in order of hash. sort.Slice on an index
// in order of Add takes the same steps as on the fingerprints themselves.
func (g *Grouper) sortedByHash() []int32 {
	order := make([]int32, len(g.docs))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool { return g.docs[order[i]].hash < g.docs[order[j]].hash })
	return order
}

// groupIndex is the documents in hash order with their tokens renumbered
// in order of first appearance along that order, weighted by kind and
// rarity (IDF), and the inverted index of the tokens rare enough to pair
// articles up. Grouping IDs, not vocabulary IDs, fix the order in which
// scores are summed, so results do not depend on the order of Add.
type groupIndex struct {
	g      *Grouper
	order  []int32   // document of each position
	newID  []int32   // vocabulary ID -> grouping ID
	weight []float64 // grouping ID -> weight, the same in every article
	norm   []float64 // by position
	// The positions holding grouping ID t, ascending, are
	// postDocs[postStart[t]:postStart[t+1]]; empty for a token too common
	// or too rare to pair articles.
	postStart, postDocs []int32
}

// index builds the groupIndex of the documents in the given order.
func (g *Grouper) index(order []int32) *groupIndex {
	ix := &groupIndex{g: g, order: order, newID: make([]int32, len(g.vocab))}
	for i := range ix.newID {
		ix.newID[i] = -1
	}
	kindOf := make([]uint8, 0, len(g.vocab)) // by grouping ID
	df := make([]int32, 0, len(g.vocab))
	var buf []int32
	for _, d := range order {
		buf = g.docs[d].appendTokens(buf[:0])
		for _, t := range buf { // distinct within a document
			id := ix.newID[t]
			if id < 0 {
				id = int32(len(df))
				ix.newID[t] = id
				df = append(df, 0)
				kindOf = append(kindOf, g.kindOf[t])
			}
			df[id]++
		}
	}
	n := float64(len(order))
	ix.weight = make([]float64, len(df))
	for t := range df {
		idf := math.Log(1 + n/float64(df[t]))
		ix.weight[t] = kindWeights[kindOf[t]] * idf
	}
	kindOf = nil
	ix.postStart = make([]int32, len(df)+1)
	for t, c := range df {
		ix.postStart[t+1] = ix.postStart[t]
		if c >= 2 && c <= postingCap {
			ix.postStart[t+1] += c
		}
	}
	ix.postDocs = make([]int32, ix.postStart[len(df)])
	fill := slices.Clone(ix.postStart[:len(df)]) // each list's next slot
	ix.norm = make([]float64, len(order))
	for i := range order {
		buf = ix.tokens(i, buf)
		norm := 0.0
		for _, t := range buf {
			if df[t] >= 2 { // a token no other article has cannot match; it only dilutes
				w := ix.weight[t]
				norm += w * w
			}
			if ix.postStart[t+1] > ix.postStart[t] {
				ix.postDocs[fill[t]] = int32(i)
				fill[t]++
			}
		}
		ix.norm[i] = math.Sqrt(norm)
	}
	return ix
}

// tokens returns the grouping IDs of the document at position i,
// ascending, in buf's space.
func (ix *groupIndex) tokens(i int, buf []int32) []int32 {
	buf = ix.g.docs[ix.order[i]].appendTokens(buf[:0])
	for k, t := range buf {
		buf[k] = ix.newID[t]
	}
	slices.Sort(buf)
	return buf
}
