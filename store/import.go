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
}

// Import adds articles to the store in one transaction, events regrouped
// inside it: either all of them are stored or, on any error, none are and
// the store is as it was. An article whose content hash is already stored
// is left alone, keeping its reading state, which makes re-imports
// idempotent.
func (s *Store) Import(ctx context.Context, arts []articles.Article) (ImportResult, error) {
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
	if res.Added > 0 {
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
// write lock only for the writes) inside tx.
func insertArticles(ctx context.Context, tx *sql.Tx, arts []articles.Article, fps []string) (ImportResult, error) {
	var res ImportResult
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO articles
		(hash, file, raw, title, title_derived, source, author, url, lang, published,
		 body, removed, words, imported_at, fingerprint)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (hash) DO NOTHING`)
	if err != nil {
		return res, fmt.Errorf("import: %w", err)
	}
	defer stmt.Close()
	index, err := tx.PrepareContext(ctx, `INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)`)
	if err != nil {
		return res, fmt.Errorf("import: %w", err)
	}
	defer index.Close()
	now := time.Now().UTC().Format(time.RFC3339)
	for i, a := range arts {
		id, err := insertArticle(ctx, stmt, a, fps[i], now)
		if err == nil && id > 0 {
			_, err = index.ExecContext(ctx, id, a.Title, indexText(a.Paragraphs()))
		}
		if err != nil {
			return ImportResult{}, fmt.Errorf("import %s: %w", a.File, err)
		}
		if id > 0 {
			res.Added++
		} else {
			res.Existing++
		}
	}
	return res, nil
}

// insertArticle stores one article and returns its new row ID, or 0 when
// an article with the same content hash was already stored.
func insertArticle(ctx context.Context, stmt *sql.Stmt, a articles.Article, fp string, now string) (int64, error) {
	body, err := encodeBody(a.Body)
	if err != nil {
		return 0, err
	}
	removed, err := encodeRemoved(a.Removed)
	if err != nil {
		return 0, err
	}
	r, err := stmt.ExecContext(ctx, a.Hash, a.File, a.Raw, a.Title, a.TitleDerived, a.Source,
		a.Author, a.URL, a.Lang, timeValue(a.Published), body, removed, a.Words(), now, fp)
	if err != nil {
		return 0, err
	}
	if n, err := r.RowsAffected(); err != nil || n != 1 {
		return 0, err
	}
	return r.LastInsertId()
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
