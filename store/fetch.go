package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Fetch is how fetching a feed went, as the store records it.
type Fetch struct {
	URL                string // the subscription's address
	Title              string // the feed's title; "" keeps the one stored
	ETag, LastModified string // validators for the next request, saved only when Failure is ""
	Failure            string // why the fetch failed; "" when it did not
}

// SeenItems is the set of item keys a feed has brought into the store.
func (s *Store) SeenItems(ctx context.Context, feedID int64) (map[string]bool, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT key FROM feed_items WHERE feed_id = ?`, feedID)
	if err != nil {
		return nil, fmt.Errorf("read feed items: %w", err)
	}
	defer rows.Close()
	seen := map[string]bool{}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, fmt.Errorf("read feed items: %w", err)
		}
		seen[k] = true
	}
	return seen, rows.Err()
}

// WriteFeedItems writes a feed's new items (b), the record of which article
// each item key brought (keys maps an article's content hash to its item
// key) and the fetch with its validators, all in one transaction, which
// also records that the events need regrouping: when it fails nothing is
// saved, so the next refresh asks for the items again.
func (s *Store) WriteFeedItems(ctx context.Context, f Fetch, b Batch, keys map[string]string) (ImportResult, error) {
	if err := s.CanWrite("refresh"); err != nil {
		return ImportResult{}, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return ImportResult{}, fmt.Errorf("write feed items: %w", err)
	}
	defer tx.Rollback()
	res, err := insertArticles(ctx, tx, b)
	if err != nil {
		return ImportResult{}, err
	}
	if res.Added+res.Replaced > 0 {
		if err := oweRegroup(ctx, tx); err != nil {
			return ImportResult{}, fmt.Errorf("write feed items: %w", err)
		}
	}
	for hash, key := range keys {
		if _, err := tx.ExecContext(ctx, `INSERT INTO feed_items (feed_id, key, article_id)
			SELECT f.id, ?, (SELECT id FROM articles WHERE hash = ?) FROM feeds f WHERE f.url = ?
			ON CONFLICT (feed_id, key) DO UPDATE SET article_id = excluded.article_id`, key, hash, f.URL); err != nil {
			return ImportResult{}, fmt.Errorf("write feed item %s: %w", key, err)
		}
	}
	if err := recordFetchTx(ctx, tx, f); err != nil {
		return ImportResult{}, err
	}
	if err := tx.Commit(); err != nil {
		return ImportResult{}, fmt.Errorf("write feed items: %w", err)
	}
	return res, nil
}

// RecordFetch keeps the outcome of a fetch that brought no items to store:
// a failure (the validators are left as they were, so nothing is skipped
// next time) or a 304.
func (s *Store) RecordFetch(ctx context.Context, f Fetch) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("record fetch of %s: %w", f.URL, err)
	}
	defer tx.Rollback()
	if err := recordFetchTx(ctx, tx, f); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("record fetch of %s: %w", f.URL, err)
	}
	return nil
}

func recordFetchTx(ctx context.Context, tx *sql.Tx, f Fetch) error {
	failed := f.Failure != ""
	_, err := tx.ExecContext(ctx, `UPDATE feeds SET
		title = CASE WHEN ? <> '' THEN ? ELSE title END,
		etag = CASE WHEN ? THEN etag ELSE ? END,
		last_modified = CASE WHEN ? THEN last_modified ELSE ? END,
		last_error = ?, last_fetched = ? WHERE url = ?`,
		f.Title, f.Title, failed, f.ETag, failed, f.LastModified, f.Failure,
		time.Now().UTC().Format(time.RFC3339), f.URL)
	if err != nil {
		return fmt.Errorf("record fetch of %s: %w", f.URL, err)
	}
	return nil
}
