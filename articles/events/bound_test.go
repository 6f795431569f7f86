package events

import (
	"fmt"
	"math/rand"
	"slices"
	"testing"
	"time"
)

// The bucketed bound never rules out a related pair, and rules out more
// pairs than mayRelate: over every pair of a set of 400 reports each
// giving 4 of 30 figures held by more than postingCap reports, and
// naming a place held by 4, so that two reports share none or one of the
// four common figures each gives.
func TestSharedBoundIsExact(t *testing.T) {
	day := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	r := rand.New(rand.NewSource(9))
	var fps []Fingerprint
	for i := range 400 {
		var numbers []string
		for _, k := range r.Perm(30)[:4] {
			numbers = append(numbers, fmt.Sprintf("amount:%d", k))
		}
		fps = append(fps, Fingerprint{
			Hash: fmt.Sprintf("%016x", mix(uint64(i+1))), Title: fmt.Sprint(i), Lang: "en", Published: day,
			Names: []string{fmt.Sprintf("place%d", i/4)}, Numbers: numbers,
			Terms: []string{fmt.Sprintf("word%d", i/4), fmt.Sprintf("word%d", r.Intn(40)), fmt.Sprintf("own%d", i)},
		})
	}
	g := NewGrouper()
	for _, fp := range fps {
		g.Add(fp)
	}
	ix := g.index(g.sortedByHash())
	common := ix.commonMass()
	sb := ix.newSharedBound()
	loose, tight := 0, 0
	for a := int32(0); int(a) < len(ix.order); a++ {
		for b := a + 1; int(b) < len(ix.order); b++ {
			acc, ent := 0.0, 0.0 // what they share of tokens held by at most postingCap reports
			for _, t := range ix.tokens(a) {
				if ix.df[t] <= postingCap && slices.Contains(ix.tokens(b), t) {
					w2 := ix.weight[t] * ix.weight[t]
					acc += w2
					if entityKind(ix.kind[t]) {
						ent += w2
					}
				}
			}
			if !ix.mayRelate(a, b, acc, ent, common) {
				loose++
			}
			if !sb.mayRelate(a, b, acc, ent) {
				tight++
				if raw, _ := ix.similarity(a, b); raw >= relatedScore {
					t.Fatalf("pair %d, %d ruled out, similarity %.3f", a, b, raw)
				}
			}
		}
	}
	t.Logf("%d reports: mayRelate rules out %d pairs, the bucketed bound %d", len(ix.order), loose, tight)
	if tight <= loose {
		t.Fatalf("the bucketed bound rules out %d pairs, mayRelate %d", tight, loose)
	}
}
