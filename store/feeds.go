package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"reader/articles/feeds"
)

// Feed is a subscription and how its last fetch went.
type Feed struct {
	ID                 int64
	URL, Title         string
	ETag, LastModified string
	LastError          string
	LastFetched        time.Time
}

// AddFeed subscribes to a feed URL (or local feed file); adding it again
// changes nothing.
func (s *Store) AddFeed(ctx context.Context, url string) (Feed, error) {
	if _, err := s.db.ExecContext(ctx, `INSERT INTO feeds (url) VALUES (?) ON CONFLICT (url) DO NOTHING`, url); err != nil {
		return Feed{}, fmt.Errorf("add feed %s: %w", url, err)
	}
	row := s.db.QueryRowContext(ctx, `SELECT `+feedColumns+` FROM feeds WHERE url = ?`, url)
	return scanFeed(row)
}

// RemoveFeed unsubscribes; the articles already imported stay.
func (s *Store) RemoveFeed(ctx context.Context, url string) error {
	r, err := s.db.ExecContext(ctx, `DELETE FROM feeds WHERE url = ?`, url)
	if err != nil {
		return fmt.Errorf("remove feed %s: %w", url, err)
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return fmt.Errorf("remove feed %s: %w", url, ErrNotFound)
	}
	return nil
}

// Feeds lists the subscriptions.
func (s *Store) Feeds(ctx context.Context) ([]Feed, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	defer rows.Close()
	var out []Feed
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

const feedColumns = `id, url, title, etag, last_modified, last_error, last_fetched`

func scanFeed(row interface{ Scan(...any) error }) (Feed, error) {
	var f Feed
	var fetched sql.NullString
	if err := row.Scan(&f.ID, &f.URL, &f.Title, &f.ETag, &f.LastModified, &f.LastError, &fetched); err != nil {
		return f, fmt.Errorf("read feed: %w", err)
	}
	f.LastFetched = parseTime(fetched)
	return f, nil
}

// recordFetch keeps the validators and the outcome of a fetch.
func (s *Store) recordFetch(ctx context.Context, r feeds.Result) error {
	errText := ""
	if r.Err != nil {
		errText = r.Err.Error()
	}
	_, err := s.db.ExecContext(ctx, `UPDATE feeds SET
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

// RefreshResult says what a refresh brought.
type RefreshResult struct {
	Feeds, Failed, NotModified int
	ImportResult
}

// Refresh fetches every subscribed feed concurrently and imports the new
// items. A feed that fails is reported and recorded; the others go on, and
// nothing stored is lost. progress, when set, is told how many feeds are done.
func (s *Store) Refresh(ctx context.Context, f feeds.Fetcher, progress func(done, total int)) (RefreshResult, []error) {
	subs, err := s.Feeds(ctx)
	if err != nil {
		return RefreshResult{}, []error{err}
	}
	list := make([]feeds.Subscription, len(subs))
	for i, sub := range subs {
		list[i] = feeds.Subscription{URL: sub.URL, ETag: sub.ETag, LastModified: sub.LastModified}
	}
	results := f.FetchAll(ctx, list, progress)
	res := RefreshResult{Feeds: len(subs)}
	var errs, warnings []error // failed feeds first, then items that fell back to their summary
	for _, r := range results {
		switch {
		case r.Err != nil:
			res.Failed++
			errs = append(errs, r.Err)
		case r.NotModified:
			res.NotModified++
		default:
			imported, importErrs := s.ImportFiles(ctx, r.Files, nil)
			res.Added += imported.Added
			res.Existing += imported.Existing
			errs = append(errs, importErrs...)
		}
		warnings = append(warnings, r.Warnings...)
		if err := s.recordFetch(ctx, r); err != nil {
			errs = append(errs, err)
		}
	}
	return res, append(errs, warnings...)
}
