package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"reader/articles"
)

func hashOf(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func testArticle(name, title string, day int) articles.Article {
	raw := title + "\n\nBody of " + name + "."
	return articles.Article{
		File:      name,
		Hash:      hashOf(raw),
		Raw:       raw,
		Title:     title,
		Source:    "The Test Times",
		Author:    "Ann Writer",
		Lang:      "en",
		Published: time.Date(2024, 3, day, 9, 0, 0, 0, time.UTC),
		Body: []articles.Block{
			{Kind: articles.Heading, Text: "A subhead"},
			{Kind: articles.Paragraph, Text: "Body of " + name + "."},
			{Kind: articles.Bullet, Text: "first point"},
		},
		Removed: []articles.Removed{{At: 2, Text: "Share this", Reason: "share prompt"}},
	}
}

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sub", "reader.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func TestImportIsIdempotent(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	batch := []articles.Article{testArticle("a.txt", "Alpha", 1), testArticle("b.txt", "Beta", 2)}
	res, err := s.Import(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 2 || res.Existing != 0 {
		t.Fatalf("first import = %+v, want 2 added", res)
	}
	res, err = s.Import(ctx, batch)
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

func TestArticleRoundTrip(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	want := testArticle("a.txt", "Alpha", 5)
	if _, err := s.Import(ctx, []articles.Article{want}); err != nil {
		t.Fatal(err)
	}
	sums, err := s.Summaries(ctx, Filter{})
	if err != nil || len(sums) != 1 {
		t.Fatalf("summaries = %v, %v", sums, err)
	}
	if sums[0].Words != want.Words() || !sums[0].Published.Equal(want.Published) {
		t.Fatalf("summary = %+v", sums[0])
	}
	got, err := s.Article(ctx, sums[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != want.Title || got.Raw != want.Raw || got.Author != want.Author || !got.Published.Equal(want.Published) {
		t.Fatalf("article = %+v", got)
	}
	if len(got.Body) != 3 || got.Body[0].Kind != articles.Heading || got.Body[2].Kind != articles.Bullet {
		t.Fatalf("body = %+v", got.Body)
	}
	if len(got.Removed) != 1 || got.Removed[0] != want.Removed[0] {
		t.Fatalf("removed = %+v", got.Removed)
	}
	if _, err := s.Article(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing article error = %v", err)
	}
}

func TestStateSurvivesReopen(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	if _, err := s.Import(ctx, []articles.Article{testArticle("a.txt", "Alpha", 1), testArticle("b.txt", "Beta", 2)}); err != nil {
		t.Fatal(err)
	}
	sums, _ := s.Summaries(ctx, Filter{})
	alpha := sums[1] // newest first: Beta, Alpha
	if alpha.Title != "Alpha" {
		t.Fatalf("order: %+v", sums)
	}
	if err := s.SetRead(ctx, alpha.ID, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStarred(ctx, alpha.ID, true); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	// Re-importing the same article must not reset its state.
	if _, err := s2.Import(ctx, []articles.Article{testArticle("a.txt", "Alpha", 1)}); err != nil {
		t.Fatal(err)
	}
	starred, err := s2.Summaries(ctx, Filter{StarredOnly: true})
	if err != nil || len(starred) != 1 || starred[0].Title != "Alpha" || !starred[0].Read {
		t.Fatalf("starred after reopen = %+v, %v", starred, err)
	}
	unread, _ := s2.Summaries(ctx, Filter{UnreadOnly: true})
	if len(unread) != 1 || unread[0].Title != "Beta" {
		t.Fatalf("unread after reopen = %+v", unread)
	}
}

func TestFailedImportRollsBack(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	if _, err := s.Import(ctx, []articles.Article{testArticle("a.txt", "Alpha", 1)}); err != nil {
		t.Fatal(err)
	}
	bad := testArticle("bad.txt", "Broken", 3)
	bad.Hash = "not-a-hash" // violates the schema's CHECK: the whole batch must fail
	_, err := s.Import(ctx, []articles.Article{testArticle("b.txt", "Beta", 2), bad})
	if err == nil || !strings.Contains(err.Error(), "bad.txt") {
		t.Fatalf("import error = %v, want one naming bad.txt", err)
	}
	sums, _ := s.Summaries(ctx, Filter{})
	if len(sums) != 1 || sums[0].Title != "Alpha" {
		t.Fatalf("after failed import = %+v, want only Alpha", sums)
	}
}

func TestFilterBySource(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	a, b := testArticle("a.txt", "Alpha", 1), testArticle("b.txt", "Beta", 2)
	b.Source = "Other Daily"
	if _, err := s.Import(ctx, []articles.Article{a, b}); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Summaries(ctx, Filter{Source: "Other Daily"})
	if len(got) != 1 || got[0].Title != "Beta" {
		t.Fatalf("source filter = %+v", got)
	}
	srcs, _ := s.Sources(ctx)
	if strings.Join(srcs, "|") != "Other Daily|The Test Times" {
		t.Fatalf("sources = %v", srcs)
	}
}

func TestSchemaIsVersionedWithWAL(t *testing.T) {
	s, path := openTemp(t)
	var version int
	var mode string
	s.db.QueryRow(`PRAGMA user_version`).Scan(&version)
	s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode)
	if version != len(migrations) || mode != "wal" {
		t.Fatalf("version %d mode %q", version, mode)
	}
	var fk int
	s.db.QueryRow(`PRAGMA foreign_keys`).Scan(&fk)
	if fk != 1 {
		t.Fatal("foreign keys are off")
	}
	s.Close()
	// Reopening an up-to-date store changes nothing.
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s2.Close()
}

func TestForeignAndCorruptFilesAreRefusedUntouched(t *testing.T) {
	dir := t.TempDir()
	foreign := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", foreign)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('keep me')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(foreign); !errors.Is(err, ErrForeign) {
		t.Fatalf("open foreign = %v, want ErrForeign", err)
	}
	db, _ = sql.Open("sqlite", foreign)
	var x string
	if err := db.QueryRow(`SELECT x FROM notes`).Scan(&x); err != nil || x != "keep me" {
		t.Fatalf("foreign data changed: %q %v", x, err)
	}
	db.Close()

	corrupt := filepath.Join(dir, "corrupt.db")
	junk := []byte(strings.Repeat("this is not a database ", 200))
	os.WriteFile(corrupt, junk, 0o644)
	if _, err := Open(corrupt); err == nil || !strings.Contains(err.Error(), corrupt) {
		t.Fatalf("open corrupt = %v, want an error naming the file", err)
	}
	after, _ := os.ReadFile(corrupt)
	if string(after) != string(junk) {
		t.Fatal("corrupt file was modified")
	}
}

func TestMemoryStore(t *testing.T) {
	s, err := Open(Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if empty, err := s.Empty(context.Background()); !empty || err != nil {
		t.Fatalf("a new store: empty=%v err=%v", empty, err)
	}
	if _, err := s.Import(context.Background(), []articles.Article{testArticle("a.txt", "Alpha", 1)}); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.Count(context.Background()); n != 1 {
		t.Fatalf("count = %d", n)
	}
	if empty, err := s.Empty(context.Background()); empty || err != nil {
		t.Fatalf("after an import: empty=%v err=%v", empty, err)
	}
}

func TestDefaultPathFollowsXDG(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/data/home")
	if p, _ := DefaultPath(); p != "/data/home/reader/reader.db" {
		t.Fatalf("DefaultPath = %q", p)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/u")
	if p, _ := DefaultPath(); p != "/home/u/.local/share/reader/reader.db" {
		t.Fatalf("DefaultPath fallback = %q", p)
	}
}

func TestImportFilesReportsBadFilesAndGoesOn(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	good := articles.RawFile{Name: "good.txt", Data: []byte("A headline for the test\n\nA body paragraph long enough to count as prose here.")}
	files := []articles.RawFile{good, {Name: "empty.txt"}, {Name: "bin.txt", Data: []byte{0, 1, 2, 3}}}
	var progressed int
	res, errs := s.ImportFiles(ctx, files, func(done, total int) { progressed = done })
	if res.Added != 1 || len(errs) != 2 || progressed != 3 {
		t.Fatalf("res %+v errs %v progress %d", res, errs, progressed)
	}
	for _, err := range errs {
		if !strings.Contains(err.Error(), ".txt: ") {
			t.Fatalf("error does not name its file: %v", err)
		}
	}
	res, errs = s.ImportFiles(ctx, []articles.RawFile{good, good}, nil)
	if res.Added != 0 || res.Existing != 2 || len(errs) != 0 {
		t.Fatalf("re-import %+v %v", res, errs)
	}
}

func TestImportBuiltinSet(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	res, errs := s.ImportFiles(ctx, articles.Builtin(), nil)
	if res.Added != 5 || len(errs) != 0 {
		t.Fatalf("builtin import %+v %v", res, errs)
	}
	res, _ = s.ImportFiles(ctx, articles.Builtin(), nil)
	if res.Existing != 5 || res.Added != 0 {
		t.Fatalf("builtin re-import %+v", res)
	}
}

func TestImportGroupsTheBuiltinSetIntoEvents(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	if _, errs := s.ImportFiles(ctx, articles.Builtin(), nil); len(errs) > 0 {
		t.Fatal(errs)
	}
	events, err := s.Events(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	sizes := map[int]int{}
	var big EventSummary
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
	s2, _ := Open(path)
	defer s2.Close()
	again, _ := s2.Events(ctx, Filter{})
	if len(again) != 2 {
		t.Fatalf("after reopen: %d events", len(again))
	}
}

func TestMemoryStoresArePrivate(t *testing.T) {
	a, _ := Open(Memory)
	defer a.Close()
	b, _ := Open(Memory)
	defer b.Close()
	a.Import(context.Background(), []articles.Article{testArticle("a.txt", "Alpha", 1)})
	if n, _ := b.Count(context.Background()); n != 0 {
		t.Fatalf("a second memory store sees %d articles of the first", n)
	}
}
