package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"reader/articles"
)

// ImportResult says what an import changed.
type ImportResult struct {
	Added    int // new articles
	Existing int // articles already in the store (same content hash)
	Replaced int // earlier versions of a file or link replaced by new content
}

// Import adds articles to the store in one transaction, events regrouped
// inside it: either all of them are stored or, on any error, none are and
// the store is as it was. An article whose content hash is already stored
// is left alone, keeping its reading state, which makes re-imports
// idempotent.
func (s *Store) Import(ctx context.Context, arts []articles.Article) (ImportResult, error) {
	if err := s.canWrite("import"); err != nil {
		return ImportResult{}, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return ImportResult{}, fmt.Errorf("import: %w", err)
	}
	defer tx.Rollback()
	fps, err := encodeFingerprints(arts)
	if err != nil {
		return ImportResult{}, fmt.Errorf("import: %w", err)
	}
	res, err := insertArticles(ctx, tx, arts, fps)
	if err != nil {
		return ImportResult{}, err
	}
	if res.Added+res.Replaced > 0 {
		if err := regroup(ctx, tx); err != nil {
			return ImportResult{}, fmt.Errorf("import: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return ImportResult{}, fmt.Errorf("import: %w", err)
	}
	return res, nil
}

// insertArticles writes articles, their search index entries and their
// encoded fingerprints (computed before, so the transaction holds the
// write lock only for the writes) inside tx. An article whose origin (the
// file or link it came from) is stored with other content replaces that
// earlier version in place, keeping its marks.
func insertArticles(ctx context.Context, tx *sql.Tx, arts []articles.Article, fps []string) (ImportResult, error) {
	var res ImportResult
	w, err := prepareWriter(ctx, tx)
	if err != nil {
		return res, fmt.Errorf("import: %w", err)
	}
	defer w.close()
	now := time.Now().UTC().Format(time.RFC3339)
	for i, a := range arts {
		outcome, err := w.write(ctx, a, fps[i], now)
		if err != nil {
			return ImportResult{}, fmt.Errorf("import %s: %w", a.File, err)
		}
		switch outcome {
		case added:
			res.Added++
		case replaced:
			res.Replaced++
		default:
			res.Existing++
		}
	}
	return res, nil
}

// Empty reports whether the store holds no article yet, without counting
// them: the reader asks at every start, whatever the store's size.
func (s *Store) Empty(ctx context.Context) (bool, error) {
	var any int
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM articles)`).Scan(&any); err != nil {
		return false, fmt.Errorf("look for articles: %w", err)
	}
	return any == 0, nil
}

// Count is the number of stored articles.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}
