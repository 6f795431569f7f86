package events

import (
	"math/rand"
	"testing"
)

// The scorer gives similarity's result to the bit for every pair of the
// hand-written set (three languages, shared names and figures) and of a
// set of one large story among others, whichever report's tokens it
// holds and in whatever order the reports come.
func TestScorerMatchesSimilarity(t *testing.T) {
	bound, _ := boundSet(150)
	for _, fps := range [][]Fingerprint{fingerprints(groupSet(t)), bound} {
		scorerMatchesSimilarity(t, fps)
	}
}

func scorerMatchesSimilarity(t *testing.T, fps []Fingerprint) {
	g := NewGrouper()
	for _, fp := range fps {
		g.Add(fp)
	}
	ix := g.index(g.sortedByHash())
	n := int32(len(ix.order))
	sc := ix.newScorer()
	r := rand.New(rand.NewSource(5))
	related := 0
	for _, a := range r.Perm(int(n)) {
		for b := int32(0); b < n; b++ {
			if b == int32(a) {
				continue
			}
			raw, score := ix.similarity(int32(a), b)
			gotRaw, gotScore := sc.similarity(int32(a), b)
			if gotRaw != raw || gotScore != score {
				t.Fatalf("pair %d, %d: scorer %v, %v, similarity %v, %v", a, b, gotRaw, gotScore, raw, score)
			}
			if raw >= relatedScore {
				related++
			}
		}
	}
	if related == 0 {
		t.Fatal("no related pair: the set does not try the scorer")
	}
	t.Logf("%d reports, %d ordered pairs related", n, related)
}
