package store

import (
	"context"
	"fmt"
	"strings"
	"unicode"
)

// Highlight markers wrap the matching words in search snippets. They are
// private-use characters, so they can never come from sanitized article text
// and the UI can turn them into styles.
const (
	MarkStart = "\uE000"
	MarkEnd   = "\uE001"
)

// SearchHit is one article matching a search, best first.
type SearchHit struct {
	Summary
	Snippet string // a piece of the body around the match, matches between MarkStart and MarkEnd
}

// Search finds articles whose title or body contains every word of query
// (the last word also as a prefix, so results come as the user types),
// ranked by BM25 with the title weighted above the body.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]SearchHit, error) {
	match := ftsQuery(query)
	if match == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = 200
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+summaryColumns("a")+`,
			snippet(articles_fts, 1, ?, ?, '…', 16)
		FROM articles_fts f JOIN articles a ON a.id = f.rowid
		WHERE articles_fts MATCH ?
		ORDER BY bm25(articles_fts, 5.0, 1.0)
		LIMIT ?`, MarkStart, MarkEnd, match, limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	var out []SearchHit
	for rows.Next() {
		var h SearchHit
		var snippet string
		sum, err := scanSummary(scanTail{rows, &snippet})
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		h.Summary, h.Snippet = sum, snippet
		out = append(out, h)
	}
	return out, rows.Err()
}

// scanTail scans a row into a Summary's fields plus extra trailing columns.
type scanTail struct {
	row   interface{ Scan(...any) error }
	extra *string
}

func (t scanTail) Scan(dest ...any) error { return t.row.Scan(append(dest, t.extra)...) }

// ftsQuery turns what a user typed into a safe FTS5 query: every word quoted
// (so FTS5 operators and punctuation in the input cannot break the query),
// all required, the last one also as a prefix.
func ftsQuery(q string) string {
	words := strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	if len(words) == 0 {
		return ""
	}
	for i, w := range words {
		words[i] = `"` + w + `"`
	}
	words[len(words)-1] += "*"
	return strings.Join(words, " ")
}

// indexText is what the full-text index holds for an article body.
func indexText(paragraphs []string) string { return strings.Join(paragraphs, "\n") }
