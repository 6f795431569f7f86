package events

import (
	"math/rand"
	"slices"
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

// sortScoredPairs orders pairs as one sort by a, then b, does.
func TestSortScoredPairs(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	seen := map[[2]int32]bool{}
	var pairs []scoredPair
	for len(pairs) < 3000 {
		a := int32(r.Intn(200))
		b := a + 1 + int32(r.Intn(30))
		if !seen[[2]int32{a, b}] {
			seen[[2]int32{a, b}] = true
			pairs = append(pairs, scoredPair{a, b, r.Float64()})
		}
	}
	want := slices.Clone(pairs)
	slices.SortFunc(want, func(x, y scoredPair) int {
		if x.a != y.a {
			return int(x.a - y.a)
		}
		return int(x.b - y.b)
	})
	if got := sortScoredPairs(pairs, 231); !slices.Equal(got, want) {
		t.Fatal("pairs sorted otherwise than by one sort")
	}
}
