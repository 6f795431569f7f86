package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"reader/articles"
	"reader/articles/events"
)

// ImportResult says what an import changed.
type ImportResult struct {
	Added    int // new articles
	Existing int // articles already in the store (same content hash)
	Replaced int // earlier versions of a file or link replaced by new content
}

// Batch is parsed articles ready to be written: each with its fingerprint
// encoded as the store keeps it, and where it came from. Making one does
// not touch the database, so the next batch can be made while one is
// written.
type Batch struct {
	arts    []articles.Article
	fps     [][]byte // encoded as the store keeps them (encodeFingerprint)
	origins []string
}

// NewBatch encodes fps[i], the fingerprint of arts[i], so the store can
// regroup without re-reading bodies. origins, when not nil, holds where
// each article came from (a feed item's link, a file's absolute path, ""
// for none): an article from an origin stored with other content replaces
// that earlier version in place, keeping its marks.
func NewBatch(arts []articles.Article, fps []events.Fingerprint, origins []string) (Batch, error) {
	if len(fps) != len(arts) || (origins != nil && len(origins) != len(arts)) {
		return Batch{}, fmt.Errorf("make batch: %d articles, %d fingerprints, %d origins", len(arts), len(fps), len(origins))
	}
	b := Batch{arts: arts, fps: make([][]byte, len(arts)), origins: origins}
	if b.origins == nil {
		b.origins = make([]string, len(arts))
	}
	for i, fp := range fps {
		b.fps[i] = encodeFingerprint(fp)
	}
	return b, nil
}

// Len is the number of articles in the batch.
func (b Batch) Len() int { return len(b.arts) }

// WriteBatch writes a batch in one transaction that also records that the
// events need regrouping (RegroupIfPending pays it): either all of it is
// stored or none of it is.
func (s *Store) WriteBatch(ctx context.Context, b Batch) (ImportResult, error) {
	if err := s.CanWrite("import"); err != nil {
		return ImportResult{}, err
	}
	if b.Len() == 0 {
		return ImportResult{}, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return ImportResult{}, fmt.Errorf("import: %w", err)
	}
	defer tx.Rollback()
	res, err := insertArticles(ctx, tx, b)
	if err != nil {
		return ImportResult{}, err
	}
	if res.Added+res.Replaced > 0 {
		if err := oweRegroup(ctx, tx); err != nil {
			return ImportResult{}, fmt.Errorf("import: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return ImportResult{}, fmt.Errorf("import: %w", err)
	}
	return res, nil
}

// WriteBatchGrouped writes a batch and regroups the events inside the same
// transaction: either all of it is stored, events included, or, on any
// error, none of it is and the store is as it was. An article whose
// content hash is already stored is left alone, keeping its reading state,
// which makes re-imports idempotent.
func (s *Store) WriteBatchGrouped(ctx context.Context, b Batch, newGrouper NewGrouper) (ImportResult, error) {
	if err := s.CanWrite("import"); err != nil {
		return ImportResult{}, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return ImportResult{}, fmt.Errorf("import: %w", err)
	}
	defer tx.Rollback()
	res, err := insertArticles(ctx, tx, b)
	if err != nil {
		return ImportResult{}, err
	}
	if res.Added+res.Replaced > 0 {
		if err := regroup(ctx, tx, newGrouper); err != nil {
			return ImportResult{}, fmt.Errorf("import: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return ImportResult{}, fmt.Errorf("import: %w", err)
	}
	return res, nil
}

// insertArticles writes a batch's articles, their search index entries and
// their encoded fingerprints inside tx. An article whose origin is stored
// with other content replaces that earlier version in place, keeping its
// marks.
func insertArticles(ctx context.Context, tx *sql.Tx, b Batch) (ImportResult, error) {
	var res ImportResult
	w, err := prepareWriter(ctx, tx)
	if err != nil {
		return res, fmt.Errorf("import: %w", err)
	}
	defer w.close()
	now := time.Now().UTC().Format(time.RFC3339)
	for i, a := range b.arts {
		outcome, err := w.write(ctx, a, b.fps[i], b.origins[i], now)
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

// StoredHashes says which of the content hashes the store holds, asking in
// batches rather than once a hash.
func (s *Store) StoredHashes(ctx context.Context, hashes []string) (map[string]bool, error) {
	const batch = 500 // well under SQLite's limit on bound parameters
	stored := map[string]bool{}
	for start := 0; start < len(hashes); start += batch {
		part := hashes[start:min(len(hashes), start+batch)]
		args := make([]any, len(part))
		for i, h := range part {
			args[i] = h
		}
		q := `SELECT hash FROM articles WHERE hash IN (?` + strings.Repeat(`, ?`, len(part)-1) + `)`
		rows, err := s.db.QueryContext(ctx, q, args...)
		if err != nil {
			return nil, fmt.Errorf("look up stored articles: %w", err)
		}
		for rows.Next() {
			var h string
			if err := rows.Scan(&h); err != nil {
				rows.Close()
				return nil, fmt.Errorf("look up stored articles: %w", err)
			}
			stored[h] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("look up stored articles: %w", err)
		}
	}
	return stored, nil
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
