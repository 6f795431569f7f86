package corpus

import (
	"fmt"
	"testing"
)

// The five folds part the pages: every page is in exactly one, and the
// default fold is what Holdout leaves out.
func TestHoldoutFoldsPartThePages(t *testing.T) {
	var pages []Page
	for i := range 23 {
		pages = append(pages, Page{ID: fmt.Sprint(i)})
	}
	seen := map[string]int{}
	for f := range Folds {
		for _, p := range HoldoutFold(pages, f) {
			seen[p.ID]++
		}
	}
	for _, p := range pages {
		if seen[p.ID] != 1 {
			t.Errorf("page %s in %d folds, want 1", p.ID, seen[p.ID])
		}
	}
	def, held := HoldoutFold(pages, DefaultFold), Holdout(pages)
	if len(def) != len(held) || len(held) != 5 || held[0].ID != "2" || held[1].ID != "7" {
		t.Errorf("Holdout = %v, want the default fold %v", held, def)
	}
}
