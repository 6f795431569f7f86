package store

import (
	"context"
	"fmt"
	"strconv"

	"reader/articles"
)

// EachArticle hands every stored article, whole, to fn in list order
// (newest first, undated ones last in import order), one at a time, so
// an export of any size holds one article at once. It stops at fn's first
// error and returns it.
func (s *Store) EachArticle(ctx context.Context, fn func(articles.Article) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT `+articleColumns+` FROM articles
		ORDER BY published IS NULL, published DESC, id`)
	if err != nil {
		return fmt.Errorf("load articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return fmt.Errorf("load articles: %w", err)
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("load articles: %w", err)
	}
	return nil
}

// EventIDs lists the id of every event of the story list (an "a<ID>" for
// an article of no stored event), each where its newest article comes in
// list order, without reading the articles' text.
func (s *Store) EventIDs(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, coalesce(event_id, '') FROM articles
		ORDER BY published IS NULL, published DESC, id`)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	defer rows.Close()
	seen := map[string]bool{}
	var ids []string
	for rows.Next() {
		var id int64
		var eventID string
		if err := rows.Scan(&id, &eventID); err != nil {
			return nil, fmt.Errorf("list events: %w", err)
		}
		if eventID == "" {
			eventID = "a" + strconv.FormatInt(id, 10)
		}
		if !seen[eventID] {
			seen[eventID] = true
			ids = append(ids, eventID)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	return ids, nil
}
