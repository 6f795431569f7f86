package articlegen

import (
	"testing"

	"reader/articles"
	"reader/articles/events"
)

func TestGenerateIsDeterministic(t *testing.T) {
	a, _ := Generate(1, 50, 10)
	b, _ := Generate(1, 50, 10)
	c, _ := Generate(2, 50, 10)
	same, differs := true, false
	for i := range a {
		same = same && string(a[i].Data) == string(b[i].Data) && a[i].Name == b[i].Name
		differs = differs || string(a[i].Data) != string(c[i].Data)
	}
	if !same || !differs {
		t.Fatalf("same seed same output: %v; other seed differs: %v", same, differs)
	}
}

// TestGroupingRecoversGeneratedEvents scores grouping against the truth:
// most articles must land with the others of their event, and events must
// not be merged together.
func TestGroupingRecoversGeneratedEvents(t *testing.T) {
	files, truth := Generate(42, 600, 150)
	arts, errs := articles.ParseBatch(files)
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	byHash := map[string]string{}
	var fps []events.Fingerprint
	for _, a := range arts {
		byHash[a.Hash] = a.File
		fps = append(fps, events.NewFingerprint(a))
	}
	evs := events.GroupEvents(fps)
	pure, together := 0, 0
	for _, ev := range evs {
		count := map[int]int{}
		for _, h := range ev.Members {
			count[truth[byHash[h]]]++
		}
		best := 0
		for _, n := range count {
			best = max(best, n)
		}
		pure += best
	}
	// Pairs of same-event articles that were grouped together.
	sizes := map[int]int{}
	for _, e := range truth {
		sizes[e]++
	}
	for _, ev := range evs {
		count := map[int]int{}
		for _, h := range ev.Members {
			count[truth[byHash[h]]]++
		}
		for _, n := range count {
			together += n * (n - 1) / 2
		}
	}
	all := 0
	for _, n := range sizes {
		all += n * (n - 1) / 2
	}
	purity := float64(pure) / float64(len(arts))
	recall := float64(together) / float64(all)
	t.Logf("%d events found for %d true; purity %.2f, pair recall %.2f", len(evs), len(sizes), purity, recall)
	if purity < 0.9 || recall < 0.6 {
		t.Fatalf("purity %.2f (want >= 0.9), pair recall %.2f (want >= 0.6)", purity, recall)
	}
}
