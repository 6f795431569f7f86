package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"reader/articles"
	"reader/articles/articlegen"
)

// A watcher tells an import's stored chunks (only new articles, ungrouped)
// from a regrouping or a removal, and SummariesAfter gives the new ones.
func TestWatcherTellsAdditionsFromRegroupings(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	files, _ := articlegen.Generate(31, 90, 30)
	arts, errs := articles.ParseBatch(files)
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	if _, err := importArticles(ctx, s, arts[:40]); err != nil {
		t.Fatal(err)
	}
	w, err := s.Watch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	other, err := Open(path) // another process
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	expect := func(step string, changed, added bool) Change {
		t.Helper()
		c, err := w.Changes(ctx)
		if err != nil || c.Changed != changed || c.Added != added {
			t.Fatalf("%s: %+v %v, want changed=%v added=%v", step, c, err, changed, added)
		}
		return c
	}
	expect("nothing written", false, false)
	var lastMax int64
	if err := s.db.QueryRow(`SELECT max(id) FROM articles`).Scan(&lastMax); err != nil {
		t.Fatal(err)
	}
	for i, part := range [][]articles.Article{arts[40:60], arts[60:90]} {
		if _, err := writeUngrouped(ctx, other, part); err != nil {
			t.Fatal(err)
		}
		c := expect(fmt.Sprintf("chunk %d", i), true, true)
		if c.Since != lastMax {
			t.Fatalf("chunk %d: since %d, want %d", i, c.Since, lastMax)
		}
		sums, err := s.SummariesAfter(ctx, c.Since)
		if err != nil || len(sums) != len(part) {
			t.Fatalf("chunk %d: %d new summaries of %d: %v", i, len(sums), len(part), err)
		}
		for _, sum := range sums {
			lastMax = max(lastMax, sum.ID)
			if sum.EventID != "" {
				t.Fatalf("chunk %d: new article %d already in event %s", i, sum.ID, sum.EventID)
			}
		}
	}
	if _, err := other.RegroupIfPending(ctx, testGrouper); err != nil {
		t.Fatal(err)
	}
	expect("regrouped", true, false)
	if err := other.DeleteArticle(ctx, lastMax-3); err != nil {
		t.Fatal(err)
	}
	expect("removed", true, false)
	if err := other.SetRead(ctx, lastMax, true); err != nil {
		t.Fatal(err)
	}
	expect("a mark", false, false)
}
