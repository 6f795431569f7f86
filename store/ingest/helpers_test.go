package ingest

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"reader/articles"
	"reader/store"
)

// Helpers shared by the pipeline tests.

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

func openTemp(t *testing.T) (*store.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sub", "reader.db")
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// batchArticles makes n distinct articles whose body says which batch and
// index they are, so a reader can tell a whole article from a torn one.
func batchArticles(batch, n int) []articles.Article {
	out := make([]articles.Article, n)
	for i := range out {
		name := fmt.Sprintf("batch%d-%d.txt", batch, i)
		a := testArticle(name, fmt.Sprintf("Batch %d article %d", batch, i), 1+i%28)
		a.Raw = name + strings.Repeat(" filler", 200)
		a.Hash = hashOf(a.Raw)
		out[i] = a
	}
	return out
}

// reopenChecked opens the store a killed child left behind and checks that
// SQLite finds it whole.
func reopenChecked(t *testing.T, path string) *store.Store {
	t.Helper()
	s, err := store.Open(path)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	var check string
	if err := rawDB(t, path).QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	return s
}

// rawDB opens the store's file beside the store, for what a test does
// behind the store's back (a trigger that fills the disk, a check).
func rawDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
