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

// TestHoldoutSets checks that -holdout narrows dev and the trafilatura
// pages to the fifth that `train -holdout` leaves out, and only those,
// for the default fold and for another, cut by position and by site.
func TestHoldoutSets(t *testing.T) {
	root, ok := corpus.Root()
	if !ok {
		t.Skip("no corpus beside the repository")
	}
	for _, set := range []string{"dev", "trafilatura"} {
		all, err := load(root, set, false)
		if err != nil {
			t.Fatal(err)
		}
		for _, bh := range []bool{false, true} {
			for _, fold := range []int{corpus.DefaultFold, 0} {
				heldFold, byHost = fold, bh
				held, err := load(root, set, true)
				heldFold, byHost = corpus.DefaultFold, false
				if err != nil {
					t.Fatal(err)
				}
				if len(all) != 1 || len(held) != 1 {
					t.Fatalf("%s: %d and %d groups, want one each", set, len(all), len(held))
				}
				want := corpus.HeldOut(all[0].pages, fold, bh)
				got := held[0].pages
				if len(got) != len(want) || len(got) == 0 || len(got) > len(all[0].pages)/4 {
					t.Fatalf("%s fold %d (by host %v): %d held-out pages of %d, want the %d of corpus.HeldOut", set, fold, bh, len(got), len(all[0].pages), len(want))
				}
				for i := range got {
					if got[i].ID != want[i].ID {
						t.Errorf("%s fold %d (by host %v): held-out page %d is %s, want %s", set, fold, bh, i, got[i].ID, want[i].ID)
					}
				}
			}
		}
	}
}
