package ingest

import (
	"context"
	"strings"
	"testing"

	"reader/articles"
	"reader/store"
)

func TestImportIsIdempotent(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	batch := []articles.Article{testArticle("a.txt", "Alpha", 1), testArticle("b.txt", "Beta", 2)}
	res, err := Import(ctx, s, batch)
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 2 || res.Existing != 0 {
		t.Fatalf("first import = %+v, want 2 added", res)
	}
	res, err = Import(ctx, s, batch)
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 0 || res.Existing != 2 {
		t.Fatalf("second import = %+v, want 2 existing", res)
	}
	if n, _ := s.Count(ctx); n != 2 {
		t.Fatalf("count = %d, want 2", n)
	}
}

func TestFailedImportRollsBack(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	if _, err := Import(ctx, s, []articles.Article{testArticle("a.txt", "Alpha", 1)}); err != nil {
		t.Fatal(err)
	}
	bad := testArticle("bad.txt", "Broken", 3)
	bad.Hash = "not-a-hash" // violates the schema's CHECK: the whole batch must fail
	_, err := Import(ctx, s, []articles.Article{testArticle("b.txt", "Beta", 2), bad})
	if err == nil || !strings.Contains(err.Error(), "bad.txt") {
		t.Fatalf("import error = %v, want one naming bad.txt", err)
	}
	sums, _ := s.Summaries(ctx, store.Filter{})
	if len(sums) != 1 || sums[0].Title != "Alpha" {
		t.Fatalf("after failed import = %+v, want only Alpha", sums)
	}
}

func TestImportFilesReportsBadFilesAndGoesOn(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	good := articles.RawFile{Name: "good.txt", Data: []byte("A headline for the test\n\nA body paragraph long enough to count as prose here.")}
	files := []articles.RawFile{good, {Name: "empty.txt"}, {Name: "bin.txt", Data: []byte{0, 1, 2, 3}}}
	var progressed int
	res, errs := ImportFiles(ctx, s, files, func(done, total int) { progressed = done })
	if res.Added != 1 || len(errs) != 2 || progressed != 3 {
		t.Fatalf("res %+v errs %v progress %d", res, errs, progressed)
	}
	for _, err := range errs {
		if !strings.Contains(err.Error(), ".txt: ") {
			t.Fatalf("error does not name its file: %v", err)
		}
	}
	res, errs = ImportFiles(ctx, s, []articles.RawFile{good, good}, nil)
	if res.Added != 0 || res.Existing != 2 || len(errs) != 0 {
		t.Fatalf("re-import %+v %v", res, errs)
	}
}

func TestImportBuiltinSet(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	res, errs := ImportFiles(ctx, s, articles.Builtin(), nil)
	if res.Added != 5 || len(errs) != 0 {
		t.Fatalf("builtin import %+v %v", res, errs)
	}
	res, _ = ImportFiles(ctx, s, articles.Builtin(), nil)
	if res.Existing != 5 || res.Added != 0 {
		t.Fatalf("builtin re-import %+v", res)
	}
}

func TestImportGroupsTheBuiltinSetIntoEvents(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	if _, errs := ImportFiles(ctx, s, articles.Builtin(), nil); len(errs) > 0 {
		t.Fatal(errs)
	}
	events, err := s.Events(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	sizes := map[int]int{}
	var big store.EventSummary
	for _, ev := range events {
		sizes[len(ev.Articles)]++
		if len(ev.Articles) == 4 {
			big = ev
		}
	}
	if len(events) != 2 || sizes[4] != 1 || sizes[1] != 1 {
		t.Fatalf("events = %d, sizes %v", len(events), sizes)
	}
	arts, err := s.EventArticles(ctx, big.ID)
	if err != nil || len(arts) != 4 {
		t.Fatalf("event articles: %d %v", len(arts), err)
	}
	if big.Title == "" || len(big.Related) != 1 {
		t.Fatalf("event %+v", big)
	}
	var listed bool
	for _, ev := range events {
		listed = listed || ev.ID == big.Related[0]
	}
	if !listed {
		t.Fatalf("related event %s is not in the list", big.Related[0])
	}
	// Events survive a reopen.
	s.Close()
	s2, _ := store.Open(path)
	defer s2.Close()
	again, _ := s2.Events(ctx, store.Filter{})
	if len(again) != 2 {
		t.Fatalf("after reopen: %d events", len(again))
	}
}
