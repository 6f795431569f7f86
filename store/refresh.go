package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"time"

	"reader/articles"
	"reader/articles/feeds"
)

// RefreshResult says what a refresh brought.
type RefreshResult struct {
	Feeds, Failed, NotModified int
	ImportResult
}

// Refresh fetches every subscribed feed concurrently and imports the new
// items. A feed's items, the validators that say they were seen (ETag,
// Last-Modified) and the record of its items are written in one
// transaction: when storing fails, the feed counts as failed and its next
// refresh fetches the items again. A feed that fails is reported and
// recorded; the others go on, and nothing stored is lost. progress, when
// set, is told how many feeds are done.
func (s *Store) Refresh(ctx context.Context, f feeds.Fetcher, progress func(done, total int)) (RefreshResult, []error) {
	if err := s.canWrite("refresh"); err != nil {
		return RefreshResult{}, []error{err}
	}
	subs, err := s.Feeds(ctx)
	if err != nil {
		return RefreshResult{}, []error{err}
	}
	list := make([]feeds.Subscription, len(subs))
	for i, sub := range subs {
		seen, err := s.seenItems(ctx, sub.ID)
		if err != nil {
			return RefreshResult{}, []error{err}
		}
		list[i] = feeds.Subscription{URL: sub.URL, ETag: sub.ETag, LastModified: sub.LastModified,
			Seen: func(key string) bool { return seen[key] }}
	}
	results := f.FetchAll(ctx, list, progress)
	res := RefreshResult{Feeds: len(subs)}
	var errs, warnings []error // failed feeds first, then items that fell back to their summary
	for _, r := range results {
		warnings = append(warnings, r.Warnings...)
		if r.Err == nil && !r.NotModified {
			imported, itemErrs, err := s.storeFeed(ctx, r)
			warnings = append(warnings, itemErrs...)
			if err == nil {
				res.Added += imported.Added
				res.Existing += imported.Existing
				res.Replaced += imported.Replaced
				continue
			}
			r.Err = fmt.Errorf("feed %s: store its items: %w", r.Sub.URL, err)
		}
		if r.Err != nil {
			res.Failed++
			errs = append(errs, r.Err)
		} else {
			res.NotModified++
		}
		if err := s.recordFetch(ctx, r); err != nil {
			errs = append(errs, err)
		}
	}
	if _, err := s.RegroupIfPending(ctx); err != nil {
		errs = append(errs, err)
	}
	return res, append(errs, warnings...)
}

// seenItems is the set of item keys a feed has brought into the store.
func (s *Store) seenItems(ctx context.Context, feedID int64) (map[string]bool, error) {
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

// storeFeed parses a fetched feed's files and stores them with the feed's
// new validators and item keys, all in one transaction. itemErrs are items
// that could not be parsed; err means nothing was stored.
func (s *Store) storeFeed(ctx context.Context, r feeds.Result) (res ImportResult, itemErrs []error, err error) {
	keyOf := map[string]string{} // content hash → item key
	for i, f := range r.Files {
		if i < len(r.Keys) && r.Keys[i] != "" {
			sum := sha256.Sum256(f.Data)
			keyOf[hex.EncodeToString(sum[:])] = r.Keys[i]
		}
	}
	fresh, existing, err := s.freshFiles(ctx, r.Files)
	if err != nil {
		return res, nil, err
	}
	arts, itemErrs := articles.ParseBatch(fresh)
	fps, err := encodeFingerprints(arts)
	if err != nil {
		return res, itemErrs, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return res, itemErrs, err
	}
	defer tx.Rollback()
	res, err = insertArticles(ctx, tx, arts, fps)
	if err != nil {
		return ImportResult{}, itemErrs, err
	}
	res.Existing += existing
	if res.Added+res.Replaced > 0 {
		if err := oweRegroup(ctx, tx); err != nil {
			return ImportResult{}, itemErrs, err
		}
	}
	for hash, key := range keyOf {
		if _, err := tx.ExecContext(ctx, `INSERT INTO feed_items (feed_id, key, article_id)
			SELECT f.id, ?, (SELECT id FROM articles WHERE hash = ?) FROM feeds f WHERE f.url = ?
			ON CONFLICT (feed_id, key) DO UPDATE SET article_id = excluded.article_id`, key, hash, r.Sub.URL); err != nil {
			return ImportResult{}, itemErrs, err
		}
	}
	if err := recordFetchTx(ctx, tx, r); err != nil {
		return ImportResult{}, itemErrs, err
	}
	if err := tx.Commit(); err != nil {
		return ImportResult{}, itemErrs, err
	}
	return res, itemErrs, nil
}

// recordFetch keeps the outcome of a fetch that brought no items to
// store: a failure (the validators are left as they were, so nothing is
// skipped next time) or a 304.
func (s *Store) recordFetch(ctx context.Context, r feeds.Result) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("record fetch of %s: %w", r.Sub.URL, err)
	}
	defer tx.Rollback()
	if err := recordFetchTx(ctx, tx, r); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("record fetch of %s: %w", r.Sub.URL, err)
	}
	return nil
}

func recordFetchTx(ctx context.Context, tx *sql.Tx, r feeds.Result) error {
	errText := ""
	if r.Err != nil {
		errText = r.Err.Error()
	}
	_, err := tx.ExecContext(ctx, `UPDATE feeds SET
		title = CASE WHEN ? <> '' THEN ? ELSE title END,
		etag = CASE WHEN ? THEN etag ELSE ? END,
		last_modified = CASE WHEN ? THEN last_modified ELSE ? END,
		last_error = ?, last_fetched = ? WHERE url = ?`,
		r.Title, r.Title, r.Err != nil, r.ETag, r.Err != nil, r.LastModified, errText,
		time.Now().UTC().Format(time.RFC3339), r.Sub.URL)
	if err != nil {
		return fmt.Errorf("record fetch of %s: %w", r.Sub.URL, err)
	}
	return nil
}
