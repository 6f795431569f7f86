package store

import (
	"context"
	"strings"
	"testing"

	"reader/articles"
)

func TestSearchRanksAndHighlights(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	a := testArticle("a.txt", "Storm hits the coast", 1)
	a.Body = []articles.Block{{Text: "Heavy rain fell on Tuesday across the région."}}
	b := testArticle("b.txt", "Budget talks resume", 2)
	b.Body = []articles.Block{{Text: "Ministers met again. A storm of protest followed the budget."}}
	c := testArticle("c.txt", "Unrelated", 3)
	c.Body = []articles.Block{{Text: "Nothing to see."}}
	if _, err := importArticles(ctx, s, []articles.Article{a, b, c}); err != nil {
		t.Fatal(err)
	}
	hits, err := s.Search(ctx, "storm", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 || hits[0].Title != "Storm hits the coast" {
		t.Fatalf("hits = %+v, want the title match first", hits)
	}
	if !strings.Contains(hits[1].Snippet, MarkStart+"storm"+MarkEnd) {
		t.Fatalf("snippet %q lacks the highlighted word", hits[1].Snippet)
	}
	// Prefix on the last word, diacritics folded, several words all required.
	if hits, _ := s.Search(ctx, "budg", 0); len(hits) != 1 {
		t.Fatalf("prefix search = %d hits", len(hits))
	}
	if hits, _ := s.Search(ctx, "region", 0); len(hits) != 1 {
		t.Fatalf("diacritic-folded search = %d hits", len(hits))
	}
	if hits, _ := s.Search(ctx, "storm protest", 0); len(hits) != 1 || hits[0].Title != "Budget talks resume" {
		t.Fatalf("two-word search = %+v", hits)
	}
	// FTS5 syntax in the input is taken as words, never as an error.
	for _, q := range []string{`"unbalanced`, `storm OR`, `NEAR(`, `*`, `col:storm`} {
		if _, err := s.Search(ctx, q, 0); err != nil {
			t.Fatalf("search %q: %v", q, err)
		}
	}
}

func TestSearchIndexIsBackfilledByMigration(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	if _, err := importArticles(ctx, s, []articles.Article{testArticle("a.txt", "Harbour reopens", 1)}); err != nil {
		t.Fatal(err)
	}
	// Pretend the store was written before search existed: drop the index
	// and step the version back, then let migrate run again.
	if _, err := s.db.Exec(`DROP TABLE articles_fts; DROP TABLE group_tokens; DROP TABLE group_pending; ALTER TABLE events DROP COLUMN grouped; DROP TABLE feed_items; DROP TABLE feeds; DROP TABLE state; PRAGMA user_version = 2`); err != nil {
		t.Fatal(err)
	}
	if err := s.migrate(ctx); err != nil {
		t.Fatal(err)
	}
	hits, err := s.Search(ctx, "harbour", 0)
	if err != nil || len(hits) != 1 {
		t.Fatalf("after backfill: %v, %v", hits, err)
	}
	if hits, _ := s.Search(ctx, "subhead", 0); len(hits) != 1 {
		t.Fatalf("body text not indexed by backfill")
	}
}
