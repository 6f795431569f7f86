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
	Articles           int // stored articles its items brought
}

// AddFeed subscribes to a feed URL (or local feed file); adding it again
// changes nothing.
func (s *Store) AddFeed(ctx context.Context, url string) (Feed, error) {
	if err := s.CanWrite("add feed"); err != nil {
		return Feed{}, err
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO feeds (url) VALUES (?) ON CONFLICT (url) DO NOTHING`, url); err != nil {
		return Feed{}, fmt.Errorf("add feed %s: %w", url, err)
	}
	row := s.db.QueryRowContext(ctx, `SELECT `+feedColumns+` FROM feeds WHERE url = ?`, url)
	return scanFeed(row)
}

// RemoveFeed unsubscribes. The articles its items brought stay unless
// withArticles is set; then those no other feed brought too are removed,
// how many is returned, and the events owe a regrouping
// (ingest.RemoveFeed pays it at once).
func (s *Store) RemoveFeed(ctx context.Context, url string, withArticles bool) (int, error) {
	if err := s.CanWrite("remove feed"); err != nil {
		return 0, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, s.writeError("remove feed "+url, err)
	}
	defer tx.Rollback()
	removed := 0
	if withArticles {
		const ids = `SELECT article_id FROM feed_items WHERE feed_id = (SELECT id FROM feeds WHERE url = ?)
			AND article_id IS NOT NULL AND article_id NOT IN (
				SELECT article_id FROM feed_items WHERE article_id IS NOT NULL AND feed_id <> (SELECT id FROM feeds WHERE url = ?))`
		if _, err := tx.ExecContext(ctx, `DELETE FROM articles_fts WHERE rowid IN (`+ids+`)`, url, url); err != nil {
			return 0, s.writeError("remove feed "+url, err)
		}
		r, err := tx.ExecContext(ctx, `DELETE FROM articles WHERE id IN (`+ids+`)`, url, url)
		if err != nil {
			return 0, s.writeError("remove feed "+url, err)
		}
		n, _ := r.RowsAffected()
		removed = int(n)
		if removed > 0 {
			if err := oweFullRegroup(ctx, tx); err != nil {
				return 0, s.writeError("remove feed "+url, err)
			}
		}
	}
	r, err := tx.ExecContext(ctx, `DELETE FROM feeds WHERE url = ?`, url)
	if err != nil {
		return 0, s.writeError("remove feed "+url, err)
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return 0, fmt.Errorf("remove feed %s: %w", url, ErrNotFound)
	}
	if err := tx.Commit(); err != nil {
		return 0, s.writeError("remove feed "+url, err)
	}
	return removed, nil
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

const feedColumns = `id, url, title, etag, last_modified, last_error, last_fetched,
	(SELECT count(article_id) FROM feed_items WHERE feed_id = feeds.id)`

func scanFeed(row interface{ Scan(...any) error }) (Feed, error) {
	var f Feed
	var fetched sql.NullString
	if err := row.Scan(&f.ID, &f.URL, &f.Title, &f.ETag, &f.LastModified, &f.LastError, &fetched, &f.Articles); err != nil {
		return f, fmt.Errorf("read feed: %w", err)
	}
	f.LastFetched = parseTime(fetched)
	return f, nil
}
