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
	"reader/articles/events"
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

// testGrouper is the grouping the reader regroups with (the ingest
// package gives it to the store the same way).
func testGrouper() Grouper { return events.NewGrouper() }

// importArticles stores parsed articles and regroups, in one transaction,
// as an import does.
func importArticles(ctx context.Context, s *Store, arts []articles.Article) (ImportResult, error) {
	b, err := NewBatch(arts, events.Fingerprints(arts), nil)
	if err != nil {
		return ImportResult{}, err
	}
	return s.WriteBatchGrouped(ctx, b, testGrouper)
}

// writeUngrouped stores parsed articles in one transaction and leaves the
// regrouping owed, as a chunk of an import does.
func writeUngrouped(ctx context.Context, s *Store, arts []articles.Article) (ImportResult, error) {
	b, err := NewBatch(arts, events.Fingerprints(arts), nil)
	if err != nil {
		return ImportResult{}, err
	}
	return s.WriteBatch(ctx, b)
}

// importFiles parses raw files and stores them, as an import does.
func importFiles(t testing.TB, s *Store, files []articles.RawFile) {
	t.Helper()
	arts, errs := articles.ParseBatch(files)
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	if _, err := importArticles(context.Background(), s, arts); err != nil {
		t.Fatal(err)
	}
}

func TestArticleRoundTrip(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	want := testArticle("a.txt", "Alpha", 5)
	if _, err := importArticles(ctx, s, []articles.Article{want}); err != nil {
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
	if _, err := importArticles(ctx, s, []articles.Article{testArticle("a.txt", "Alpha", 1), testArticle("b.txt", "Beta", 2)}); err != nil {
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
	if _, err := importArticles(ctx, s2, []articles.Article{testArticle("a.txt", "Alpha", 1)}); err != nil {
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

func TestFilterBySource(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	a, b := testArticle("a.txt", "Alpha", 1), testArticle("b.txt", "Beta", 2)
	b.Source = "Other Daily"
	if _, err := importArticles(ctx, s, []articles.Article{a, b}); err != nil {
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
	if _, err := importArticles(context.Background(), s, []articles.Article{testArticle("a.txt", "Alpha", 1)}); err != nil {
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

func TestMemoryStoresArePrivate(t *testing.T) {
	a, _ := Open(Memory)
	defer a.Close()
	b, _ := Open(Memory)
	defer b.Close()
	importArticles(context.Background(), a, []articles.Article{testArticle("a.txt", "Alpha", 1)})
	if n, _ := b.Count(context.Background()); n != 0 {
		t.Fatalf("a second memory store sees %d articles of the first", n)
	}
}
