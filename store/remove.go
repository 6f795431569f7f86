package store

import (
	"context"
	"fmt"
	"path/filepath"
)

// DeleteArticle removes one article and its search entry, takes it out of
// the token index and records that the events owe a grouping, of the
// other members of its event (ingest.DeleteArticle pays it at once).
// Nothing else changes.
func (s *Store) DeleteArticle(ctx context.Context, id int64) error {
	if err := s.CanWrite("remove article"); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.writeError(fmt.Sprintf("remove article %d", id), err)
	}
	defer tx.Rollback()
	if err := unindexArticle(ctx, tx, id); err != nil {
		return s.writeError(fmt.Sprintf("remove article %d", id), err)
	}
	r, err := tx.ExecContext(ctx, `DELETE FROM articles WHERE id = ?`, id)
	if err != nil {
		return s.writeError(fmt.Sprintf("remove article %d", id), err)
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return fmt.Errorf("remove article %d: %w", id, ErrNotFound)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM articles_fts WHERE rowid = ?`, id); err != nil {
		return s.writeError(fmt.Sprintf("remove article %d", id), err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM group_pending WHERE article = ?`, id); err != nil {
		return s.writeError(fmt.Sprintf("remove article %d", id), err)
	}
	if err := oweRegroup(ctx, tx); err != nil {
		return s.writeError(fmt.Sprintf("remove article %d", id), err)
	}
	if err := tx.Commit(); err != nil {
		return s.writeError(fmt.Sprintf("remove article %d", id), err)
	}
	return nil
}

// ArticlesFrom lists the stored articles that came from a file (by the
// path it was imported from, or its name) or a link.
func (s *Store) ArticlesFrom(ctx context.Context, ref string) ([]Summary, error) {
	abs, err := filepath.Abs(ref)
	if err != nil {
		abs = ref
	}
	// Files on disk and feed items are found by their origin, along its
	// index; only what has none (the built-in sample) is looked for by
	// its name or link, through every row.
	sums, err := s.querySummaries(ctx, `SELECT `+summaryColumns("articles")+` FROM articles
		WHERE origin IN (?, ?) ORDER BY id`, ref, abs)
	if err != nil || len(sums) > 0 {
		return sums, err
	}
	return s.querySummaries(ctx, `SELECT `+summaryColumns("articles")+` FROM articles
		WHERE file = ? OR url = ? ORDER BY id`, ref, ref)
}
