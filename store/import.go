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

// Import adds articles to the store in one transaction: either all of them
// are stored or, on any error, none are and the store is as it was. An
// article whose content hash is already stored is left alone, keeping its
// reading state, which makes re-imports idempotent.
func (s *Store) Import(ctx context.Context, arts []articles.Article) (ImportResult, error) {
	var res ImportResult
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("import: %w", err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO articles
		(hash, file, raw, title, title_derived, source, author, url, lang, published,
		 body, removed, words, imported_at, fingerprint)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (hash) DO NOTHING`)
	if err != nil {
		return res, fmt.Errorf("import: %w", err)
	}
	defer stmt.Close()
	index, err := tx.PrepareContext(ctx, `INSERT INTO articles_fts (rowid, title, body)
		SELECT id, ?, ? FROM articles WHERE hash = ?`)
	if err != nil {
		return res, fmt.Errorf("import: %w", err)
	}
	defer index.Close()
	now := time.Now().UTC().Format(time.RFC3339)
	for _, a := range arts {
		added, err := insertArticle(ctx, stmt, a, now)
		if err == nil && added {
			_, err = index.ExecContext(ctx, a.Title, indexText(a.Paragraphs()), a.Hash)
		}
		if err != nil {
			return ImportResult{}, fmt.Errorf("import %s: %w", a.File, err)
		}
		if added {
			res.Added++
		} else {
			res.Existing++
		}
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

func insertArticle(ctx context.Context, stmt *sql.Stmt, a articles.Article, now string) (bool, error) {
	body, err := encodeBody(a.Body)
	if err != nil {
		return false, err
	}
	removed, err := encodeRemoved(a.Removed)
	if err != nil {
		return false, err
	}
	fp, err := encodeFingerprint(a)
	if err != nil {
		return false, err
	}
	r, err := stmt.ExecContext(ctx, a.Hash, a.File, a.Raw, a.Title, a.TitleDerived, a.Source,
		a.Author, a.URL, a.Lang, timeValue(a.Published), body, removed, a.Words(), now, fp)
	if err != nil {
		return false, err
	}
	n, err := r.RowsAffected()
	return n == 1, err
}

// Has reports whether an article with this content hash is stored, so
// callers can skip parsing files the store already holds.
func (s *Store) Has(ctx context.Context, hash string) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE hash = ?`, hash).Scan(&one)
	if err == sql.ErrNoRows {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("look up %s: %w", hash, err)
	}
	return true, nil
}

// Count is the number of stored articles.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}
