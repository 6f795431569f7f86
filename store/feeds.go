package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
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
	if err := s.canWrite("add feed"); err != nil {
		return Feed{}, err
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO feeds (url) VALUES (?) ON CONFLICT (url) DO NOTHING`, url); err != nil {
		return Feed{}, fmt.Errorf("add feed %s: %w", url, err)
	}
	row := s.db.QueryRowContext(ctx, `SELECT `+feedColumns+` FROM feeds WHERE url = ?`, url)
	return scanFeed(row)
}

// RemoveFeed unsubscribes; the articles already imported stay.
func (s *Store) RemoveFeed(ctx context.Context, url string) error {
	if err := s.canWrite("remove feed"); err != nil {
		return err
	}
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
