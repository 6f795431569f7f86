package events_test

import (
	"testing"

	"reader/articles"
	"reader/articles/articlegen"
	"reader/articles/events"
)

// TestLargeEventFormsOneEvent: a story covered by 300 outlets, among
// 700 reports of 175 other stories, forms one event holding nothing else,
// although its names are held by far more reports than postingCap.
func TestLargeEventFormsOneEvent(t *testing.T) {
	big, _ := articlegen.Generate(101, 300, 1)
	rest, _ := articlegen.Generate(202, 700, 175)
	for i := range rest {
		rest[i].Name = "other/" + rest[i].Name
	}
	arts, errs := articles.ParseBatch(append(big, rest...))
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	inBig := map[string]bool{}
	for _, a := range arts[:len(big)] {
		inBig[a.Hash] = true
	}
	evs := events.GroupEvents(events.Fingerprints(arts))
	best, bestOthers := 0, 0
	for _, ev := range evs {
		n := 0
		for _, h := range ev.Members {
			if inBig[h] {
				n++
			}
		}
		if n > best {
			best, bestOthers = n, len(ev.Members)-n
		}
	}
	t.Logf("the 300-report story: %d in its largest event, with %d reports of other stories; %d events in all", best, bestOthers, len(evs))
	if best != len(inBig) || bestOthers != 0 {
		t.Fatalf("the story's largest event holds %d of its %d reports and %d others", best, len(inBig), bestOthers)
	}
}
