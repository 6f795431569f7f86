package main

import (
	"testing"

	"reader/articles/clean/corpus"
)

// TestWCXBTestFloor runs the full evaluation on WCXB's test split where the
// corpus is present (CI has it; a fresh clone does not, and skips) and holds
// the cleaner to floors a little under what it measures today, so that a
// change that makes it worse on unseen pages fails.
func TestWCXBTestFloor(t *testing.T) {
	root, ok := corpus.Root()
	if !ok {
		t.Skip("no corpus beside the repository")
	}
	pages, err := corpus.LoadWCXB(root, "test")
	if err != nil {
		t.Fatal(err)
	}
	m := summarize(measure(pages, corpus.VariantFor(0), "text"))
	t.Logf("WCXB test: %d pages, body F1 %.3f, leak %d/%d, headline %d/%d, author %d/%d, date %d/%d",
		m.pages, m.f1, m.leaked, m.without, m.titleOK, m.titleIn, m.authorOK, m.authorN, m.dateOK, m.dateN)
	if m.f1 < 0.90 || float64(m.titleOK) < 0.75*float64(m.titleIn) || float64(m.leaked) > 0.12*float64(m.without) {
		t.Errorf("below the floor: body F1 %.3f (0.90), headline %d/%d (75%%), leak %d/%d (12%%)",
			m.f1, m.titleOK, m.titleIn, m.leaked, m.without)
	}
}
