package store

import (
	"context"
	"fmt"

	"reader/articles"
)

// RecentFeedPages returns up to n of the newest articles the feed at
// feedURL has brought, as the files they were read from: beside a new
// item, they let the cleaner find the lines the outlet repeats on every
// page (a footer, a sign-up box) that one page alone cannot show.
func (s *Store) RecentFeedPages(ctx context.Context, feedURL string, n int) ([]articles.RawFile, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT a.file, a.raw FROM feeds f
		JOIN feed_items fi ON fi.feed_id = f.id
		JOIN articles a ON a.id = fi.article_id
		WHERE f.url = ? ORDER BY a.id DESC LIMIT ?`, feedURL, n)
	if err != nil {
		return nil, fmt.Errorf("read feed pages: %w", err)
	}
	defer rows.Close()
	var out []articles.RawFile
	for rows.Next() {
		var f articles.RawFile
		var raw string
		if err := rows.Scan(&f.Name, &raw); err != nil {
			return nil, fmt.Errorf("read feed pages: %w", err)
		}
		f.Data = []byte(raw)
		out = append(out, f)
	}
	return out, rows.Err()
}

// RecentSourcePages returns up to n of the newest stored articles of the
// outlet named source, as the files they were read from, for the same
// use as RecentFeedPages when files of a named outlet are imported.
func (s *Store) RecentSourcePages(ctx context.Context, source string, n int) ([]articles.RawFile, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT file, raw FROM articles WHERE source = ? ORDER BY id DESC LIMIT ?`, source, n)
	if err != nil {
		return nil, fmt.Errorf("read %s pages: %w", source, err)
	}
	defer rows.Close()
	var out []articles.RawFile
	for rows.Next() {
		f := articles.RawFile{Source: source}
		var raw string
		if err := rows.Scan(&f.Name, &raw); err != nil {
			return nil, fmt.Errorf("read %s pages: %w", source, err)
		}
		f.Data = []byte(raw)
		out = append(out, f)
	}
	return out, rows.Err()
}
