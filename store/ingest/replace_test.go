package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"reader/articles"
	"reader/store"
)

func importPaths(t *testing.T, s *store.Store, paths ...string) store.ImportResult {
	t.Helper()
	files, errs := articles.ReadPaths(paths)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	res, errs := ImportFiles(context.Background(), s, files, nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return res
}

// An edited file, imported again from the same path, replaces its earlier
// version and keeps its marks; a file of the same name elsewhere is another
// article.
func TestEditedFileReplacesItsEarlierVersion(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	dir, other := t.TempDir(), t.TempDir()
	path := filepath.Join(dir, "bridge.txt")
	write := func(p, text string) {
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(path, "Harbour bridge reopens after repair\n\nThe harbour bridge reopened to traffic on Monday after a two-year repair, the council said.")
	importPaths(t, s, dir)
	sums, _ := s.Summaries(ctx, store.Filter{})
	if len(sums) != 1 {
		t.Fatalf("%d articles after the first import", len(sums))
	}
	id := sums[0].ID
	s.SetStarred(ctx, id, true)
	s.SetRead(ctx, id, true)

	write(path, "Harbour bridge reopens after repair\n\nThe harbour bridge reopened to traffic on Tuesday after a two-year repair, the mayor said.")
	res := importPaths(t, s, dir)
	if res.Replaced != 1 || res.Added != 0 {
		t.Fatalf("import of the edited file = %+v, want 1 replaced", res)
	}
	sums, _ = s.Summaries(ctx, store.Filter{})
	if len(sums) != 1 || sums[0].ID != id || !sums[0].Starred || !sums[0].Read {
		t.Fatalf("after the edit: %+v; want the same article, starred and read", sums)
	}
	a, _ := s.Article(ctx, id)
	if !strings.Contains(strings.Join(a.Paragraphs(), " "), "Tuesday") {
		t.Fatalf("the article keeps its old text: %q", a.Paragraphs())
	}
	if hits, _ := s.Search(ctx, "Monday", 0); len(hits) != 0 {
		t.Fatalf("search still finds the old text: %+v", hits)
	}
	if hits, _ := s.Search(ctx, "Tuesday", 0); len(hits) != 1 {
		t.Fatalf("search does not find the new text: %+v", hits)
	}
	evs, _ := s.Events(ctx, store.Filter{})
	if len(evs) != 1 || len(evs[0].Articles) != 1 {
		t.Fatalf("events after the edit: %+v", evs)
	}

	write(filepath.Join(other, "bridge.txt"), "Harbour bridge reopens after repair\n\nThe harbour bridge reopened to traffic on Wednesday, the ministry said.")
	if res := importPaths(t, s, other); res.Added != 1 {
		t.Fatalf("a file of the same name in another folder = %+v, want a new article", res)
	}
}

// DeleteArticle removes that article, its search entry and its event
// membership, and nothing else.
func TestDeleteArticleRemovesOnlyIt(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	if _, errs := ImportFiles(ctx, s, articles.Builtin(), nil); len(errs) > 0 {
		t.Fatal(errs)
	}
	hits, _ := s.Search(ctx, "backdoors", 0)
	if len(hits) == 0 {
		t.Fatal("no article to delete")
	}
	before, _ := s.Count(ctx)
	if err := DeleteArticle(ctx, s, hits[0].ID); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.Count(ctx); n != before-1 {
		t.Fatalf("%d articles after deleting one of %d", n, before)
	}
	if _, err := s.Article(ctx, hits[0].ID); err == nil {
		t.Fatal("the deleted article is still there")
	}
	after, _ := s.Search(ctx, "backdoors", 0)
	if len(after) != len(hits)-1 {
		t.Fatalf("search finds %d, want %d", len(after), len(hits)-1)
	}
	evs, _ := s.Events(ctx, store.Filter{})
	for _, ev := range evs {
		for _, a := range ev.Articles {
			if a.ID == hits[0].ID {
				t.Fatal("the deleted article is still in an event")
			}
		}
	}
	if err := DeleteArticle(ctx, s, hits[0].ID); err == nil {
		t.Fatal("deleting it twice is not an error")
	}
}
