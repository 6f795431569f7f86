package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"reader/articles"
	"reader/articles/events"
)

// Grouper works out events from fingerprints given one at a time: when it
// regroups, the store gives it every stored fingerprint as it reads them,
// so the whole store's fingerprints are never decoded at once.
// events.NewGrouper makes one.
type Grouper interface {
	Add(events.Fingerprint)
	Events() []articles.Event
}

// NewGrouper makes an empty Grouper for one regrouping.
type NewGrouper func() Grouper

// regroup brings the events up to date inside the caller's transaction,
// so events and articles always agree: the articles stored since the last
// grouping are grouped among their neighbours when the token index allows
// (groupIncrementally), else the events are recomputed from every stored
// fingerprint.
func regroup(ctx context.Context, tx *sql.Tx, newGrouper NewGrouper) error {
	if done, err := groupIncrementally(ctx, tx, newGrouper); err != nil || done {
		return err
	}
	p, err := planRegroup(ctx, tx, newGrouper)
	if err != nil {
		return err
	}
	return p.apply(ctx, tx)
}

// regroupPlan is a regrouping worked out from one snapshot of the store:
// the events, and the articles whose event changes.
type regroupPlan struct {
	events  []articles.Event
	changes map[int64]string // article ID → its new event ID ("" for none)
	index   *tokenIndex      // the token index of what was grouped
}

// querier reads from a database or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// planRegroup reads the stored fingerprints and groups them. Only what
// changed is kept: an article row holds its whole text, so rewriting every
// row on each import would cost as much as the store is large.
func planRegroup(ctx context.Context, q querier, newGrouper NewGrouper) (regroupPlan, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, fingerprint, coalesce(event_id, '') FROM articles WHERE fingerprint IS NOT NULL`)
	if err != nil {
		return regroupPlan{}, fmt.Errorf("regroup: %w", err)
	}
	// Each fingerprint goes to the grouper as it is read, so the decoded
	// strings of the whole store are never in memory at once. The grouper
	// runs on a goroutine of its own, beside the reading, decoding and
	// token counting here: a full regrouping ends an import, with no other
	// work to share the cores.
	grouped := make(chan []articles.Event)
	feed := make(chan []events.Fingerprint, 4)
	go func() {
		grouper := newGrouper()
		for part := range feed {
			for _, fp := range part {
				grouper.Add(fp)
			}
		}
		grouped <- grouper.Events()
	}()
	const feedSize = 64 // fingerprints handed over at a time
	part := make([]events.Fingerprint, 0, feedSize)
	index := newTokenIndex()
	var data sql.RawBytes // the driver's bytes, decoded before the next row
	idOf := map[string]int64{}
	current := map[int64]string{}
	var readErr error
	for rows.Next() {
		var id int64
		var eventID string
		if readErr = rows.Scan(&id, &data, &eventID); readErr != nil {
			break
		}
		current[id] = eventID
		fp, err := decodeFingerprint(data)
		if err != nil {
			continue // a damaged fingerprint leaves that article ungrouped
		}
		if part = append(part, fp); len(part) == feedSize {
			feed <- part
			part = make([]events.Fingerprint, 0, feedSize)
		}
		index.add(id, fp)
		idOf[fp.Hash] = id
	}
	rows.Close()
	if len(part) > 0 {
		feed <- part
	}
	close(feed)
	evs := <-grouped
	if readErr == nil {
		readErr = rows.Err()
	}
	if readErr != nil {
		return regroupPlan{}, fmt.Errorf("regroup: %w", readErr)
	}
	p := regroupPlan{events: evs, changes: map[int64]string{}, index: index}
	next := make(map[int64]string, len(current))
	for _, ev := range p.events {
		for _, h := range ev.Members {
			next[idOf[h]] = ev.ID
		}
	}
	for id, was := range current {
		if now := next[id]; now != was {
			p.changes[id] = now
		}
	}
	return p, nil
}

// apply writes a plan inside tx and clears the regrouping owed.
func (p regroupPlan) apply(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM state WHERE key = 'regroup'`); err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	if err := noteRegrouped(ctx, tx); err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	if err := writeEvents(ctx, tx, p.events); err != nil {
		return err
	}
	if p.index != nil {
		if err := p.index.write(ctx, tx); err != nil {
			return err
		}
	}
	member, err := tx.PrepareContext(ctx, `UPDATE articles SET event_id = ? WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	defer member.Close()
	// In the order of the articles' rows: each update rewrites its row,
	// and neighbouring rows share pages.
	for _, id := range slices.Sorted(maps.Keys(p.changes)) {
		now := p.changes[id]
		var value any
		if now != "" {
			value = now
		}
		if _, err := member.ExecContext(ctx, value, id); err != nil {
			return fmt.Errorf("regroup: article %d: %w", id, err)
		}
	}
	// Events no article belongs to any more go last, once nothing refers to them.
	if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE id NOT IN (SELECT event_id FROM articles WHERE event_id IS NOT NULL)`); err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	return nil
}

// writeEvents inserts the events, or updates those already stored.
func writeEvents(ctx context.Context, tx *sql.Tx, events []articles.Event) error {
	upsert, err := tx.PrepareContext(ctx, `INSERT INTO events (id, title, date_from, date_to, sources, related)
		VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET title = excluded.title, date_from = excluded.date_from,
			date_to = excluded.date_to, sources = excluded.sources, related = excluded.related`)
	if err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	defer upsert.Close()
	for _, ev := range events {
		sources, _ := json.Marshal(nonNil(ev.Sources))
		related, _ := json.Marshal(nonNil(ev.Related))
		if _, err := upsert.ExecContext(ctx, ev.ID, ev.Title, timeValue(ev.From), timeValue(ev.To), string(sources), string(related)); err != nil {
			return fmt.Errorf("regroup: event %s: %w", ev.ID, err)
		}
	}
	return nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
