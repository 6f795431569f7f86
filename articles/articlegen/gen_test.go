package articlegen

import (
	"strings"
	"testing"
	"unicode/utf8"

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

// TestGenerateRealistic: n articles, deterministic, events of 1 to
// MaxEventSize reports with the first one the largest, about four reports
// an event, many outlets and a large vocabulary.
func TestGenerateRealistic(t *testing.T) {
	const n = 3000
	a, truth := GenerateRealistic(1, n)
	b, _ := GenerateRealistic(1, n)
	if len(a) != n || len(truth) != n {
		t.Fatalf("%d files, %d in the truth, want %d", len(a), len(truth), n)
	}
	sizes := map[int]int{}
	outlets := map[string]bool{}
	words := map[string]bool{}
	for i, f := range a {
		if f.Name != b[i].Name || string(f.Data) != string(b[i].Data) {
			t.Fatalf("file %d differs between two runs of one seed", i)
		}
		sizes[truth[f.Name]]++
		outlets[strings.Split(f.Name, "/")[1]] = true
		for _, w := range strings.Fields(string(f.Data)) {
			words[w] = true
		}
		if !utf8.Valid(f.Data) {
			t.Fatalf("%s is not UTF-8", f.Name)
		}
	}
	if sizes[0] != MaxEventSize {
		t.Errorf("first event has %d reports, want %d", sizes[0], MaxEventSize)
	}
	singles, largest := 0, 0
	for e, s := range sizes {
		if s < 1 || s > MaxEventSize {
			t.Errorf("event %d has %d reports", e, s)
		}
		if s == 1 {
			singles++
		}
		if e > 0 {
			largest = max(largest, s)
		}
	}
	if avg := float64(n) / float64(len(sizes)); avg < 2.5 || avg > 6 {
		t.Errorf("%.1f reports an event on average over %d events, want about 4", avg, len(sizes))
	}
	if singles < len(sizes)/3 || largest < 20 {
		t.Errorf("%d single reports of %d events, largest after the first %d: not a long tail", singles, len(sizes), largest)
	}
	if len(outlets) < 300 || len(words) < 20000 {
		t.Errorf("%d outlets, %d distinct words", len(outlets), len(words))
	}
}

// TestGroupingKeepsRealisticStoriesApart: among 3,000 reports of realistic
// event sizes (most stories told once or twice, from some 400 outlets),
// few land in an event with an unrelated story: many one-report stories
// share an amount or a few common words and nothing else.
func TestGroupingKeepsRealisticStoriesApart(t *testing.T) {
	files, truth := GenerateRealistic(13, 3000)
	arts, errs := articles.ParseBatch(files)
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	fileOf := map[string]string{}
	fps := make([]events.Fingerprint, len(arts))
	for i, a := range arts {
		fileOf[a.Hash] = a.File
		fps[i] = events.NewFingerprint(a)
	}
	mixed := 0
	for _, ev := range events.GroupEvents(fps) {
		stories := map[int]bool{}
		for _, h := range ev.Members {
			e := truth[fileOf[h]]
			if e%4 == 3 {
				e-- // a related story (same actor, another happening) of the one before
			}
			stories[e] = true
		}
		if len(stories) > 1 {
			mixed += len(ev.Members)
		}
	}
	share := float64(mixed) / float64(len(arts))
	t.Logf("%d of %d reports in events that mix unrelated stories (%.1f%%)", mixed, len(arts), 100*share)
	if share > 0.15 {
		t.Errorf("%.1f%% of reports in events mixing unrelated stories, want at most 15%%", 100*share)
	}
}
