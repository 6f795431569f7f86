package events

import "math"

// mayRelate (candidates.go) bounds what two reports share of tokens held
// by more than postingCap reports by the lesser of their masses of such
// tokens: loose, as two reports holding many common tokens each may share
// few. At 100k generated reports 444k of the 858k pairs it lets through
// to scoring are not related. sharedBound is a tighter bound, as exact:
// each report's mass of common tokens is split into buckets by a hash of
// the token (names and figures apart from words), and a token both share
// is in the same bucket of each, so what they share is at most the sum
// over buckets of the lesser mass. It only spares scoring pairs that
// would not be related; which pairs are candidates is mayRelate's
// matter, unchanged.
type sharedBound struct {
	ix   *groupIndex
	mass []float64 // position i's buckets are mass[i*boundBuckets:][:boundBuckets]
}

// Buckets of a report's common tokens: the first entityBuckets hold names
// and figures, the rest words, which weigh little. At 100k generated
// reports 16 buckets (14 and 2) spare 298k of the 858k scorings, 12 (8
// and 4) 223k; 128 bytes a report.
const (
	entityBuckets = 14
	boundBuckets  = 16
)

// newSharedBound splits each position's common mass into its buckets.
func (ix *groupIndex) newSharedBound() *sharedBound {
	sb := &sharedBound{ix: ix, mass: make([]float64, len(ix.order)*boundBuckets)}
	for i := range ix.order {
		m := sb.mass[i*boundBuckets:][:boundBuckets]
		for _, t := range ix.tokens(int32(i)) {
			if ix.df[t] <= postingCap {
				continue
			}
			h := mix(uint64(t))
			c := h % entityBuckets
			if !entityKind(ix.kind[t]) {
				c = entityBuckets + h%(boundBuckets-entityBuckets)
			}
			m[c] += ix.weight[t] * ix.weight[t]
		}
	}
	return sb
}

// mayRelate is the groupIndex's mayRelate with the tighter bound: false
// only for a pair whose similarity is below relatedScore.
func (sb *sharedBound) mayRelate(a, b int32, acc, ent float64) bool {
	const slack = 1 - 1e-9 // sums in another order may differ in the last bits
	ix := sb.ix
	ma := sb.mass[int(a)*boundBuckets:][:boundBuckets]
	mb := sb.mass[int(b)*boundBuckets:][:boundBuckets]
	e := 0.0
	for c := range entityBuckets {
		e += math.Min(ma[c], mb[c])
	}
	d := e
	for c := entityBuckets; c < boundBuckets; c++ {
		d += math.Min(ma[c], mb[c])
	}
	if (acc+d)/(ix.norm[a]*ix.norm[b]+1e-9) >= relatedScore*slack {
		return true
	}
	return ix.otherLanguage(a, b) && (ent+e)/(ix.entNorm[a]*ix.entNorm[b]+1e-9) >= relatedScore*slack
}
