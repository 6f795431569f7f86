package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"

	"reader/articles/events"
)

// Limits of grouping new articles among their neighbours instead of
// regrouping the whole store.
const (
	// incrementalMax is the most new articles grouped among their
	// neighbours; more, or more than a quarter of the store, and the whole
	// store is regrouped, which then costs little more.
	incrementalMax = 2000
	// localMax is the most articles one such grouping may gather (the new
	// ones, the stored ones sharing their names and figures, and the rest
	// of those articles' events); more, and the store is regrouped.
	localMax = 20000
	// candidateCap is how many stored articles a token brings in whole, as
	// grouping's own posting cap; a token held by more (a big story's
	// names) brings a spread of candidateSample of them, whose events bring
	// in the rest of the story.
	candidateCap    = 48
	candidateSample = 8
	// candidatesPer is how many stored articles one new article brings in
	// (with their events): those sharing the most with it. Its event, if
	// it joins one, is among them; a name or two shared with the others
	// only links it to their events. 16 took a fifth more CPU for 10 new
	// reports in the generated 100k store, with the same events.
	candidatesPer = 8
)

// groupDoc is a stored article as an incremental grouping reads it.
type groupDoc struct {
	id    int64
	event string
	fp    events.Fingerprint
	keys  []events.TokenKey
}

// groupIncrementally groups the articles stored since the events were
// last grouped (group_pending) inside tx: with the stored articles that
// share a name or a figure with them, and the other members of those
// articles' events, weighed by the rarity of each token in the whole
// store, as a full regrouping would. Only the events that change are
// rewritten. ok is false, with nothing written, when it cannot: the token
// index is missing or out of date, or the new articles are too many.
func groupIncrementally(ctx context.Context, tx *sql.Tx, newGrouper NewGrouper) (ok bool, err error) {
	if cur, err := indexCurrent(ctx, tx); err != nil || !cur {
		return false, err
	}
	var total, waiting int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM group_pending)`).Scan(&total, &waiting); err != nil {
		return false, fmt.Errorf("group new articles: %w", err)
	}
	if waiting > incrementalMax || waiting*4 > total {
		return false, nil
	}
	if waiting == 0 { // a lone article removed: nothing left to group
		return true, settle(ctx, tx)
	}
	// New articles, not yet in the token index; and articles whose event
	// lost a member (a removal, a replacement), indexed already.
	fresh, err := readGroupDocs(ctx, tx, `SELECT id, fingerprint, coalesce(event_id, '') FROM articles WHERE id IN (SELECT article FROM group_pending WHERE indexed = 0)`)
	if err != nil {
		return false, err
	}
	again, err := readGroupDocs(ctx, tx, `SELECT id, fingerprint, coalesce(event_id, '') FROM articles WHERE id IN (SELECT article FROM group_pending WHERE indexed = 1)`)
	if err != nil {
		return false, err
	}
	// The new articles' tokens: how many of them hold each, and which
	// stored articles do.
	added := map[int64]int32{}
	for _, d := range fresh {
		for _, k := range d.keys {
			added[k.Key]++
		}
	}
	stored, err := readTokens(ctx, tx, mapKeys(added), true)
	if err != nil {
		return false, err
	}
	// Only new articles look for neighbours: an event that lost a member
	// can only split, so its other members are regrouped among themselves.
	candidates := pickCandidates(fresh, stored, total)
	local, err := gatherNeighbours(ctx, tx, append(slices.Clone(fresh), again...), candidates)
	if err != nil {
		return false, err
	}
	if len(local) > localMax {
		return false, nil
	}
	df, err := corpusDF(ctx, tx, local, stored, added)
	if err != nil {
		return false, err
	}
	g := newGrouper()
	if cg, ok := g.(interface {
		UseCorpus(int, map[int64]int32)
	}); ok {
		cg.UseCorpus(total, df)
	}
	for _, d := range local {
		g.Add(d.fp)
	}
	if err := applyLocal(ctx, tx, local, g.Events()); err != nil {
		return false, err
	}
	if err := indexFresh(ctx, tx, fresh, stored, added); err != nil {
		return false, err
	}
	return true, settle(ctx, tx)
}

// settle records that nothing waits to be grouped any more.
func settle(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM group_pending; DELETE FROM state WHERE key = 'regroup'`); err != nil {
		return fmt.Errorf("group new articles: %w", err)
	}
	return nil
}

// nextLocalGrouping counts one more incremental grouping and returns its
// number, which the events it writes carry.
func nextLocalGrouping(ctx context.Context, tx *sql.Tx) (int64, error) {
	var n int64
	err := tx.QueryRowContext(ctx, `INSERT INTO state (key, value) VALUES ('local_groupings', '1')
		ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
		RETURNING CAST(value AS INTEGER)`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("group new articles: %w", err)
	}
	return n, nil
}

// pickCandidates lists the stored articles worth grouping with the new
// ones: for each new article, the candidatesPer stored articles that share
// the most weight of names and figures with it (each shared token weighed
// by its kind and its rarity in the store, as grouping weighs it). A token
// held by more than candidateCap articles brings an even spread of
// candidateSample of its holders; one held by a sixty-fourth of the store
// (and more than 1,024) names the times, not a story, and brings none, as
// in grouping.
func pickCandidates(fresh []groupDoc, stored map[int64]tokenRow, total int) map[int64]bool {
	common := max(1024, total/64)
	out := map[int64]bool{}
	shared := map[int64]float64{}
	for _, d := range fresh {
		clear(shared)
		for _, k := range d.keys {
			h := stored[k.Key].holders
			if !k.Candidate || len(h) == 0 || len(h) > common {
				continue
			}
			w := k.Weight * math.Log(1+float64(total)/float64(stored[k.Key].df+1))
			if len(h) <= candidateCap {
				for _, id := range h {
					shared[id] += w * w
				}
				continue
			}
			for i := range candidateSample {
				shared[h[i*len(h)/candidateSample]] += w * w
			}
		}
		ids := mapKeys(shared)
		slices.SortFunc(ids, func(a, b int64) int {
			if c := cmp.Compare(shared[b], shared[a]); c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		})
		for _, id := range ids[:min(len(ids), candidatesPer)] {
			out[id] = true
		}
	}
	return out
}

// gatherNeighbours reads the candidates and every other member of their
// events, and returns them with the new articles, in ID order.
func gatherNeighbours(ctx context.Context, tx *sql.Tx, fresh []groupDoc, candidates map[int64]bool) ([]groupDoc, error) {
	ids := mapKeys(candidates)
	evs := map[string]bool{}
	err := batchQuery(ctx, tx, `SELECT DISTINCT coalesce(event_id, '') FROM articles WHERE id IN `, int64Args(ids), func(rows *sql.Rows) error {
		var e string
		if err := rows.Scan(&e); err != nil {
			return err
		}
		evs[e] = true
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("group new articles: %w", err)
	}
	delete(evs, "")
	local := slices.Clone(fresh)
	seen := map[int64]bool{}
	for _, d := range fresh {
		seen[d.id] = true
	}
	keep := func(docs []groupDoc) {
		for _, d := range docs {
			if !seen[d.id] {
				seen[d.id] = true
				local = append(local, d)
			}
		}
	}
	eventIDs := mapKeys(evs)
	slices.Sort(eventIDs)
	members, err := readGroupDocsIn(ctx, tx, `SELECT id, fingerprint, coalesce(event_id, '') FROM articles WHERE event_id IN `, stringArgs(eventIDs))
	if err != nil {
		return nil, err
	}
	keep(members)
	var loose []int64 // candidates in no event
	for _, id := range ids {
		if !seen[id] {
			loose = append(loose, id)
		}
	}
	more, err := readGroupDocsIn(ctx, tx, `SELECT id, fingerprint, coalesce(event_id, '') FROM articles WHERE id IN `, int64Args(loose))
	if err != nil {
		return nil, err
	}
	keep(more)
	slices.SortFunc(local, func(a, b groupDoc) int { return int(a.id - b.id) })
	return local, nil
}

// corpusDF is how many articles of the whole store hold each token of the
// gathered articles, the new ones counted in.
func corpusDF(ctx context.Context, tx *sql.Tx, local []groupDoc, stored map[int64]tokenRow, added map[int64]int32) (map[int64]int32, error) {
	df := map[int64]int32{}
	var missing []int64
	for _, d := range local {
		for _, k := range d.keys {
			if _, ok := df[k.Key]; ok {
				continue
			}
			if _, isNew := added[k.Key]; isNew {
				df[k.Key] = stored[k.Key].df + added[k.Key]
				continue
			}
			df[k.Key] = 0
			missing = append(missing, k.Key)
		}
	}
	rows, err := readTokens(ctx, tx, missing, false)
	if err != nil {
		return nil, err
	}
	for k, r := range rows {
		df[k] = r.df
	}
	return df, nil
}

// indexFresh adds the new articles to the token index.
func indexFresh(ctx context.Context, tx *sql.Tx, fresh []groupDoc, stored map[int64]tokenRow, added map[int64]int32) error {
	holders := map[int64][]int64{}
	for _, d := range fresh {
		for _, k := range d.keys {
			if k.Candidate {
				holders[k.Key] = append(holders[k.Key], d.id)
			}
		}
	}
	upsert, err := tx.PrepareContext(ctx, `INSERT INTO group_tokens (token, df, articles) VALUES (?, ?, ?)
		ON CONFLICT (token) DO UPDATE SET df = excluded.df, articles = excluded.articles`)
	if err != nil {
		return fmt.Errorf("index new articles: %w", err)
	}
	defer upsert.Close()
	keys := mapKeys(added)
	slices.Sort(keys)
	for _, k := range keys {
		var list any
		if h, ok := holders[k]; ok {
			ids := append(slices.Clone(stored[k].holders), h...)
			slices.Sort(ids)
			list = appendIDs(nil, slices.Compact(ids))
		}
		if _, err := upsert.ExecContext(ctx, k, stored[k].df+added[k], list); err != nil {
			return fmt.Errorf("index new articles: %w", err)
		}
	}
	return nil
}

// readGroupDocs reads articles' fingerprints and events; an article whose
// fingerprint is damaged is left out, ungrouped, as in a full regrouping.
func readGroupDocs(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]groupDoc, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("group new articles: %w", err)
	}
	defer rows.Close()
	var out []groupDoc
	for rows.Next() {
		d, ok, err := scanGroupDoc(rows)
		if err != nil {
			return nil, fmt.Errorf("group new articles: %w", err)
		}
		if ok {
			out = append(out, d)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("group new articles: %w", err)
	}
	return out, nil
}

// readGroupDocsIn is readGroupDocs with an IN list, asked in batches.
func readGroupDocsIn(ctx context.Context, tx *sql.Tx, prefix string, args []any) ([]groupDoc, error) {
	var out []groupDoc
	err := batchQuery(ctx, tx, prefix, args, func(rows *sql.Rows) error {
		d, ok, err := scanGroupDoc(rows)
		if ok {
			out = append(out, d)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("group new articles: %w", err)
	}
	return out, nil
}

func scanGroupDoc(rows *sql.Rows) (groupDoc, bool, error) {
	var d groupDoc
	var data sql.RawBytes
	if err := rows.Scan(&d.id, &data, &d.event); err != nil {
		return d, false, err
	}
	fp, err := decodeFingerprint(data)
	if err != nil {
		return d, false, nil
	}
	d.fp = fp
	d.keys = events.TokenKeys(fp, nil)
	return d, true, nil
}
