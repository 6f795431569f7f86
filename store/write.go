package store

import (
	"context"
	"database/sql"
	"errors"

	"reader/articles"
)

// outcome is what writing one article did.
type outcome int

const (
	existing outcome = iota // the same content was stored already
	added                   // a new article
	replaced                // new content for a stored file or link
)

// writer holds the statements an import writes articles with.
type writer struct {
	tx                                                      *sql.Tx
	insert, index, unindex, byOrigin, byHash, swap, pending *sql.Stmt
}

func prepareWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{tx: tx}
	for _, p := range []struct {
		stmt **sql.Stmt
		q    string
	}{
		{&w.insert, `INSERT INTO articles
		(hash, file, raw, title, title_derived, source, author, url, lang, published,
		 body, removed, words, imported_at, fingerprint, origin)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (hash) DO NOTHING`},
		{&w.index, `INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)`},
		{&w.unindex, `DELETE FROM articles_fts WHERE rowid = ?`},
		{&w.byOrigin, `SELECT id, hash FROM articles WHERE origin = ? ORDER BY id DESC LIMIT 1`},
		{&w.byHash, `SELECT EXISTS (SELECT 1 FROM articles WHERE hash = ?)`},
		// A new or replaced article waits in group_pending, not yet in
		// the token index, until it is grouped.
		{&w.pending, `INSERT INTO group_pending (article, indexed) VALUES (?, 0)
		ON CONFLICT (article) DO UPDATE SET indexed = 0`},
		{&w.swap, `UPDATE articles SET hash = ?, file = ?, raw = ?, title = ?, title_derived = ?,
		source = ?, author = ?, url = ?, lang = ?, published = ?, body = ?, removed = ?, words = ?,
		imported_at = ?, fingerprint = ? WHERE id = ?`},
	} {
		stmt, err := tx.PrepareContext(ctx, p.q)
		if err != nil {
			w.close()
			return nil, err
		}
		*p.stmt = stmt
	}
	return w, nil
}

func (w *writer) close() {
	for _, s := range []*sql.Stmt{w.insert, w.index, w.unindex, w.byOrigin, w.byHash, w.swap, w.pending} {
		if s != nil {
			s.Close()
		}
	}
}

// write stores one article: new, a new version of the file or link it
// came from (same row, marks kept), or nothing when its content is stored.
func (w *writer) write(ctx context.Context, a articles.Article, fp []byte, origin, now string) (outcome, error) {
	var id int64
	body, err := encodeBody(a.Body)
	if err != nil {
		return existing, err
	}
	removed, err := encodeRemoved(a.Removed)
	if err != nil {
		return existing, err
	}
	if origin != "" {
		var hash string
		err := w.byOrigin.QueryRowContext(ctx, origin).Scan(&id, &hash)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return existing, err
		}
		if err == nil {
			var stored bool
			if err := w.byHash.QueryRowContext(ctx, a.Hash).Scan(&stored); err != nil {
				return existing, err
			}
			if hash == a.Hash || stored {
				return existing, nil
			}
			if err := unindexArticle(ctx, w.tx, id); err != nil {
				return existing, err
			}
			if _, err := w.swap.ExecContext(ctx, a.Hash, a.File, a.Raw, a.Title, a.TitleDerived, a.Source,
				a.Author, a.URL, a.Lang, timeValue(a.Published), body, removed, a.Words(), now, fp, id); err != nil {
				return existing, err
			}
			if _, err := w.unindex.ExecContext(ctx, id); err != nil {
				return existing, err
			}
			if _, err := w.index.ExecContext(ctx, id, a.Title, indexText(a.Paragraphs())); err != nil {
				return existing, err
			}
			_, err = w.pending.ExecContext(ctx, id)
			return replaced, err
		}
	}
	var originValue any
	if origin != "" {
		originValue = origin
	}
	r, err := w.insert.ExecContext(ctx, a.Hash, a.File, a.Raw, a.Title, a.TitleDerived, a.Source,
		a.Author, a.URL, a.Lang, timeValue(a.Published), body, removed, a.Words(), now, fp, originValue)
	if err != nil {
		return existing, err
	}
	if n, err := r.RowsAffected(); err != nil || n != 1 {
		return existing, err
	}
	if id, err = r.LastInsertId(); err != nil {
		return existing, err
	}
	if _, err = w.index.ExecContext(ctx, id, a.Title, indexText(a.Paragraphs())); err != nil {
		return existing, err
	}
	_, err = w.pending.ExecContext(ctx, id)
	return added, err
}
