package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"

	"reader/articles/events"
)

// tokenIndex is the grouping's token index (the group_tokens table) as a
// full regrouping rebuilds it: how many articles hold each token, and
// which articles hold each candidate token (a name, a figure).
type tokenIndex struct {
	df      map[int64]int32
	holders map[int64][]int64 // ascending article IDs
	keys    []events.TokenKey // scratch
}

func newTokenIndex() *tokenIndex {
	return &tokenIndex{df: map[int64]int32{}, holders: map[int64][]int64{}}
}

// add counts the tokens of article id's fingerprint. Articles are added in
// ascending ID order.
func (ix *tokenIndex) add(id int64, fp events.Fingerprint) {
	ix.keys = events.TokenKeys(fp, ix.keys[:0])
	for _, k := range ix.keys {
		ix.df[k.Key]++
		if k.Candidate {
			ix.holders[k.Key] = append(ix.holders[k.Key], id)
		}
	}
}

// write replaces the stored index with ix inside tx, marks it as made by
// this grouping method and clears the articles waiting to be grouped.
func (ix *tokenIndex) write(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM group_tokens; DELETE FROM group_pending`); err != nil {
		return fmt.Errorf("write token index: %w", err)
	}
	keys := make([]int64, 0, len(ix.df))
	for k := range ix.df {
		keys = append(keys, k)
	}
	slices.Sort(keys) // rows go in key order, each at the end of the b-tree
	// A statement inserts tokenRows rows: a regrouping writes tens of
	// thousands, and one statement a row cost more in the driver than in
	// SQLite.
	const tokenRows = 100
	const row = `(?, ?, ?)`
	full, err := tx.PrepareContext(ctx, `INSERT INTO group_tokens (token, df, articles) VALUES `+row+strings.Repeat(`, `+row, tokenRows-1))
	if err != nil {
		return fmt.Errorf("write token index: %w", err)
	}
	defer full.Close()
	args := make([]any, 0, 3*tokenRows)
	var buf []byte
	for start := 0; start < len(keys); start += tokenRows {
		part := keys[start:min(len(keys), start+tokenRows)]
		args, buf = args[:0], buf[:0]
		for _, k := range part {
			var list any
			if ids, ok := ix.holders[k]; ok {
				from := len(buf)
				buf = appendIDs(buf, ids)
				list = buf[from:len(buf):len(buf)] // a grown buf leaves the earlier lists intact
			}
			args = append(args, k, ix.df[k], list)
		}
		var err error
		if len(part) == tokenRows {
			_, err = full.ExecContext(ctx, args...)
		} else {
			_, err = tx.ExecContext(ctx, `INSERT INTO group_tokens (token, df, articles) VALUES `+row+strings.Repeat(`, `+row, len(part)-1), args...)
		}
		if err != nil {
			return fmt.Errorf("write token index: %w", err)
		}
	}
	return markIndexCurrent(ctx, tx)
}

// markIndexCurrent records that the token index and the events were made
// by this grouping method.
func markIndexCurrent(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO state (key, value) VALUES ('group_index', ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, events.IndexVersion)
	return err
}

// staleIndex records, inside a writer's transaction, that the token index
// no longer describes the store (articles were removed or replaced): the
// next grouping regroups in full and rebuilds it.
func staleIndex(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM state WHERE key = 'group_index'`)
	return err
}

// indexCurrent says whether the token index describes the store and was
// made by this grouping method.
func indexCurrent(ctx context.Context, tx *sql.Tx) (bool, error) {
	var v string
	err := tx.QueryRowContext(ctx, `SELECT value FROM state WHERE key = 'group_index'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return v == events.IndexVersion, err
}

// appendIDs appends ascending article IDs as uvarint gaps.
func appendIDs(b []byte, ids []int64) []byte {
	prev := int64(0)
	for _, id := range ids {
		b = binary.AppendUvarint(b, uint64(id-prev))
		prev = id
	}
	return b
}

// decodeIDs reads what appendIDs wrote.
func decodeIDs(b []byte) ([]int64, error) {
	var ids []int64
	prev := int64(0)
	for len(b) > 0 {
		gap, n := binary.Uvarint(b)
		if n <= 0 {
			return nil, errors.New("damaged token index")
		}
		prev += int64(gap)
		ids = append(ids, prev)
		b = b[n:]
	}
	return ids, nil
}

// tokenRow is one token's stored entry.
type tokenRow struct {
	df      int32
	holders []int64
}

// readTokens reads the stored entries of keys (tokens the index does not
// hold are left out), asking in batches of a few hundred; holders are
// decoded only when withHolders is set.
func readTokens(ctx context.Context, tx *sql.Tx, keys []int64, withHolders bool) (map[int64]tokenRow, error) {
	out := make(map[int64]tokenRow, len(keys))
	cols := `token, df, NULL`
	if withHolders {
		cols = `token, df, articles`
	}
	err := batchQuery(ctx, tx, `SELECT `+cols+` FROM group_tokens WHERE token IN `, int64Args(keys), func(rows *sql.Rows) error {
		var k int64
		var r tokenRow
		var list []byte
		if err := rows.Scan(&k, &r.df, &list); err != nil {
			return err
		}
		var err error
		if r.holders, err = decodeIDs(list); err != nil {
			return err
		}
		out[k] = r
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read token index: %w", err)
	}
	return out, nil
}

// unindexArticle takes an article about to be removed or replaced out of
// the token index, inside tx, and puts the other members of its event in
// line to be grouped again (without it, the event may split); an event
// left with no other member is retired. Without a current index the next
// grouping is a full one, and there is nothing to do.
func unindexArticle(ctx context.Context, tx *sql.Tx, id int64) error {
	if cur, err := indexCurrent(ctx, tx); err != nil || !cur {
		return err
	}
	var data []byte
	var event string
	var waiting bool
	err := tx.QueryRowContext(ctx, `SELECT coalesce(fingerprint, ''), coalesce(event_id, ''),
		EXISTS (SELECT 1 FROM group_pending WHERE article = ? AND indexed = 0) FROM articles WHERE id = ?`, id, id).
		Scan(&data, &event, &waiting)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("unindex article %d: %w", id, err)
	}
	// An article waiting to be grouped, or whose fingerprint is damaged,
	// was never counted in the index.
	if fp, err := decodeFingerprint(data); err == nil && !waiting {
		if err := dropFromIndex(ctx, tx, id, events.TokenKeys(fp, nil)); err != nil {
			return err
		}
	}
	if event == "" {
		return nil
	}
	r, err := tx.ExecContext(ctx, `INSERT INTO group_pending (article, indexed)
		SELECT id, 1 FROM articles WHERE event_id = ? AND id <> ? ON CONFLICT (article) DO NOTHING`, event, id)
	if err != nil {
		return fmt.Errorf("unindex article %d: %w", id, err)
	}
	if n, _ := r.RowsAffected(); n == 0 {
		var others bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE event_id = ? AND id <> ?)`, event, id).Scan(&others); err != nil {
			return fmt.Errorf("unindex article %d: %w", id, err)
		}
		if !others {
			return retireEvent(ctx, tx, event, "", -1) // a removal reads the list again
		}
	}
	return nil
}

// dropFromIndex takes one article's tokens out of the index.
func dropFromIndex(ctx context.Context, tx *sql.Tx, id int64, keys []events.TokenKey) error {
	list := make([]int64, len(keys))
	for i, k := range keys {
		list[i] = k.Key
	}
	rows, err := readTokens(ctx, tx, list, true)
	if err != nil {
		return err
	}
	for _, k := range keys {
		r, ok := rows[k.Key]
		if !ok {
			continue
		}
		if r.df <= 1 {
			if _, err := tx.ExecContext(ctx, `DELETE FROM group_tokens WHERE token = ?`, k.Key); err != nil {
				return fmt.Errorf("unindex article %d: %w", id, err)
			}
			continue
		}
		var held any
		if r.holders != nil {
			held = appendIDs(nil, slices.DeleteFunc(r.holders, func(h int64) bool { return h == id }))
		}
		if _, err := tx.ExecContext(ctx, `UPDATE group_tokens SET df = ?, articles = ? WHERE token = ?`, r.df-1, held, k.Key); err != nil {
			return fmt.Errorf("unindex article %d: %w", id, err)
		}
	}
	return nil
}
