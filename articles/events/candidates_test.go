package events

import (
	"fmt"
	"math/rand"
	"slices"
	"testing"
	"time"
)

// boundSet is size reports of one story, each holding every one of the
// story's names and figures and some words of its own, among 300 reports
// of 100 three-report stories. It returns the fingerprints and the
// story's hashes.
func boundSet(size int) ([]Fingerprint, map[string]bool) {
	day := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	var fps []Fingerprint
	story := map[string]bool{}
	add := func(id string, names, numbers, terms []string) {
		fps = append(fps, Fingerprint{
			Hash: fmt.Sprintf("%016x", mix(uint64(len(fps)+1))), Title: id, Source: "outlet " + id,
			Lang: "en", Published: day, Names: names, Numbers: numbers, Terms: terms, Lead: names[:2],
		})
	}
	for i := range size {
		var names, numbers, terms []string
		for k := range 8 {
			names = append(names, fmt.Sprintf("storyname%d", k))
		}
		for k := range 3 {
			numbers = append(numbers, fmt.Sprintf("amount:%d", 100+k))
		}
		for k := range 20 {
			terms = append(terms, fmt.Sprintf("storyword%d", k))
		}
		for k := range 5 {
			terms = append(terms, fmt.Sprintf("own%d-%d", i, k))
		}
		add(fmt.Sprintf("story %d", i), names, numbers, terms)
		story[fps[len(fps)-1].Hash] = true
	}
	for e := range 100 {
		for i := range 3 {
			names := []string{fmt.Sprintf("place%d", e), fmt.Sprintf("person%d", e), fmt.Sprintf("aside%d-%d", e, i)}
			numbers := []string{fmt.Sprintf("amount:%d", 1000+e)}
			var terms []string
			for k := range 10 {
				terms = append(terms, fmt.Sprintf("word%d-%d", e, k))
			}
			add(fmt.Sprintf("other %d-%d", e, i), names, numbers, terms)
		}
	}
	return fps, story
}

// candidates lists the pairs eachCandidate gives for fps, failing on a
// pair given twice or out of order.
func candidates(t *testing.T, fps []Fingerprint) (*groupIndex, map[[2]int32]bool) {
	t.Helper()
	g := NewGrouper()
	for _, fp := range fps {
		g.Add(fp)
	}
	ix := g.index(g.sortedByHash())
	pairs := map[[2]int32]bool{}
	last := int32(-1)
	ix.eachCandidate(func(a, b int32) {
		p := [2]int32{min(a, b), max(a, b)}
		if a == b || a < last || pairs[p] {
			t.Fatalf("pair %d, %d given twice, out of order or with itself", a, b)
		}
		last, pairs[p] = a, true
	})
	return ix, pairs
}

// storyPairs counts the pairs of two reports of the story.
func storyPairs(ix *groupIndex, pairs map[[2]int32]bool, story map[string]bool) int {
	n := 0
	for p := range pairs {
		if story[ix.g.docs[ix.order[p[0]]].hash] && story[ix.g.docs[ix.order[p[1]]].hash] {
			n++
		}
	}
	return n
}

// storyIsOneEvent fails unless the story's reports form one event that
// holds nothing else.
func storyIsOneEvent(t *testing.T, fps []Fingerprint, story map[string]bool) {
	t.Helper()
	for _, ev := range GroupEvents(fps) {
		in := 0
		for _, h := range ev.Members {
			if story[h] {
				in++
			}
		}
		if in > 0 && (in != len(story) || len(ev.Members) != in) {
			t.Fatalf("an event holds %d of the story's %d reports and %d others", in, len(story), len(ev.Members)-in)
		}
	}
}

// A story of 45 reports whose tokens are held by at most postingCap
// reports makes every one of its reports a candidate of every other,
// 990 pairs all well above the lower bound; each report has at most
// maxCandidates of them scored, and the story is still one event.
func TestCandidatesPerReportAreBounded(t *testing.T) {
	fps, story := boundSet(45)
	ix, pairs := candidates(t, fps)
	n := len(ix.order)
	in := storyPairs(ix, pairs, story)
	t.Logf("%d reports: %d pairs scored, %d of them in the story (990 without the bound)", n, len(pairs), in)
	if all := len(story) * (len(story) - 1) / 2; in > maxCandidates*len(story) || in >= all {
		t.Errorf("%d of the story's %d pairs scored, want at most %d", in, all, maxCandidates*len(story))
	}
	ranked := len(pairs) // the pairs not sampled: each kept by one of its reports
	for _, p := range ix.sampledPairs() {
		if pairs[[2]int32{int32(p >> 32), int32(p & 0xffffffff)}] {
			ranked--
		}
	}
	if ranked > maxCandidates*n {
		t.Errorf("%d ranked pairs scored, want at most %d", ranked, maxCandidates*n)
	}
	storyIsOneEvent(t, fps, story)
}

// mayRelate never rules out a related pair: over every pair of a set
// with shared rare and common tokens, a pair it rules out is not related.
func TestMayRelateIsExact(t *testing.T) {
	fps, _ := boundSet(150)
	g := NewGrouper()
	for _, fp := range fps {
		g.Add(fp)
	}
	ix := g.index(g.sortedByHash())
	ruledOut, related := 0, 0
	for a := int32(0); int(a) < len(ix.order); a++ {
		for b := a + 1; int(b) < len(ix.order); b++ {
			acc, ent, name := 0.0, 0.0, 0.0 // what they share of tokens held by at most postingCap reports
			for _, t := range ix.tokens(a) {
				if ix.df[t] <= postingCap && slices.Contains(ix.tokens(b), t) {
					w2 := ix.weight[t] * ix.weight[t]
					acc += w2
					if entityKind(ix.kind[t]) {
						ent += w2
					}
					if ix.kind[t] == kindName {
						name += w2
					}
				}
			}
			raw, _ := ix.similarity(a, b)
			if raw >= relatedScore {
				related++
			}
			if !ix.mayRelate(a, b, acc, ent, name) {
				ruledOut++
				if raw >= relatedScore {
					t.Fatalf("pair %d, %d ruled out, similarity %.3f", a, b, raw)
				}
			}
		}
	}
	t.Logf("%d reports: %d pairs related, %d ruled out", len(ix.order), related, ruledOut)
	if ruledOut == 0 {
		t.Fatal("no pair ruled out: the set does not try the test")
	}
}

// Which candidates a report keeps does not depend on the order of Add,
// even when many tie: the story's reports are alike, their lower bounds
// equal but for their own words.
func TestBoundedCandidatesIgnoreInputOrder(t *testing.T) {
	fps, _ := boundSet(45)
	first := GroupEvents(fps)
	r := rand.New(rand.NewSource(3))
	for i := range 3 {
		r.Shuffle(len(fps), func(a, b int) { fps[a], fps[b] = fps[b], fps[a] })
		again := GroupEvents(fps)
		if len(again) != len(first) {
			t.Fatalf("shuffle %d: %d events, want %d", i, len(again), len(first))
		}
		for j := range first {
			if first[j].ID != again[j].ID || !slices.Equal(first[j].Members, again[j].Members) || !slices.Equal(first[j].Related, again[j].Related) {
				t.Fatalf("shuffle %d: event %d differs", i, j)
			}
		}
	}
}
