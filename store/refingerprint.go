package store

import (
	"context"
	"fmt"

	"reader/articles"
	"reader/articles/events"
)

// refreshPage is how many articles RefreshFingerprints reads, works out
// and writes at a time: one page's articles are all it holds.
const refreshPage = 1000

// RefreshFingerprints works out every stored article's fingerprint again
// with fingerprint and stores it, and owes a full regrouping. A store keeps
// the fingerprints its articles were imported with; when grouping reads
// articles differently (a new version of the reader), `reader regroup`
// calls this first, so old articles are grouped as new ones are. It returns
// how many articles it refreshed.
func (s *Store) RefreshFingerprints(ctx context.Context, fingerprint func([]articles.Article) []events.Fingerprint) (int, error) {
	if err := s.CanWrite("refresh fingerprints"); err != nil {
		return 0, err
	}
	done := 0
	for after := int64(0); ; {
		ids, arts, err := s.articlePage(ctx, after)
		if err != nil {
			return done, err
		}
		if len(arts) == 0 {
			break
		}
		if err := s.writeFingerprints(ctx, ids, fingerprint(arts)); err != nil {
			return done, err
		}
		done += len(arts)
		after = ids[len(ids)-1]
	}
	if done == 0 {
		return 0, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return done, s.writeError("refresh fingerprints", err)
	}
	defer tx.Rollback()
	if err := oweFullRegroup(ctx, tx); err != nil {
		return done, s.writeError("refresh fingerprints", err)
	}
	if err := tx.Commit(); err != nil {
		return done, s.writeError("refresh fingerprints", err)
	}
	return done, nil
}

// articlePage reads the stored articles of the next refreshPage ids above
// after, with their ids.
func (s *Store) articlePage(ctx context.Context, after int64) ([]int64, []articles.Article, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, `+articleColumns+` FROM articles WHERE id > ? ORDER BY id LIMIT ?`, after, refreshPage)
	if err != nil {
		return nil, nil, fmt.Errorf("refresh fingerprints: %w", err)
	}
	defer rows.Close()
	var (
		ids  []int64
		arts []articles.Article
	)
	for rows.Next() {
		var id int64
		a, err := scanArticle(idFirst{rows, &id})
		if err != nil {
			return nil, nil, fmt.Errorf("refresh fingerprints: %w", err)
		}
		ids, arts = append(ids, id), append(arts, a)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("refresh fingerprints: %w", err)
	}
	return ids, arts, nil
}

// idFirst scans a row whose first column is the article's id into id,
// and the rest as scanArticle asks.
type idFirst struct {
	row interface{ Scan(...any) error }
	id  *int64
}

func (r idFirst) Scan(dest ...any) error { return r.row.Scan(append([]any{r.id}, dest...)...) }

// writeFingerprints stores one page's fingerprints in one transaction.
func (s *Store) writeFingerprints(ctx context.Context, ids []int64, fps []events.Fingerprint) error {
	if len(fps) != len(ids) {
		return fmt.Errorf("refresh fingerprints: %d fingerprints for %d articles", len(fps), len(ids))
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.writeError("refresh fingerprints", err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `UPDATE articles SET fingerprint = ? WHERE id = ?`)
	if err != nil {
		return s.writeError("refresh fingerprints", err)
	}
	defer stmt.Close()
	for i, id := range ids {
		if _, err := stmt.ExecContext(ctx, encodeFingerprint(fps[i]), id); err != nil {
			return s.writeError("refresh fingerprints", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return s.writeError("refresh fingerprints", err)
	}
	return nil
}
