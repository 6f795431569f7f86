package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"

	"reader/articles"
)

// applyLocal writes what an incremental grouping found inside tx: the
// gathered articles' events replace the events they were in. A new event
// keeps the links its members' old events had to events outside the
// grouping, and an old event that is gone hands the links other events
// had to it to the event that took most of its members.
func applyLocal(ctx context.Context, tx *sql.Tx, local []groupDoc, evs []articles.Event) error {
	idOf := make(map[string]int64, len(local))
	was := make(map[int64]string, len(local))
	old := map[string][]int64{} // each old event's members
	for _, d := range local {
		idOf[d.fp.Hash] = d.id
		was[d.id] = d.event
		if d.event != "" {
			old[d.event] = append(old[d.event], d.id)
		}
	}
	now := make(map[int64]string, len(local))
	fresh := map[string]bool{}
	for _, ev := range evs {
		fresh[ev.ID] = true
		for _, h := range ev.Members {
			now[idOf[h]] = ev.ID
		}
	}
	oldIDs := mapKeys(old)
	slices.Sort(oldIDs)
	outside := map[string][]string{} // each old event's links to events not regrouped
	err := batchQuery(ctx, tx, `SELECT id, related FROM events WHERE id IN `, stringArgs(oldIDs), func(rows *sql.Rows) error {
		var id, related string
		if err := rows.Scan(&id, &related); err != nil {
			return err
		}
		var list []string
		_ = json.Unmarshal([]byte(related), &list) // a damaged list links nothing
		for _, r := range list {
			if _, regrouped := old[r]; !regrouped && !fresh[r] {
				outside[id] = append(outside[id], r)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("group new articles: %w", err)
	}
	for i := range evs {
		ev := &evs[i]
		for _, h := range ev.Members {
			ev.Related = append(ev.Related, outside[was[idOf[h]]]...)
		}
		slices.Sort(ev.Related)
		ev.Related = slices.Compact(ev.Related)
	}
	if err := writeEvents(ctx, tx, evs); err != nil {
		return err
	}
	seq, err := nextLocalGrouping(ctx, tx)
	if err != nil {
		return err
	}
	ids := make([]any, len(evs))
	for i, ev := range evs {
		ids[i] = ev.ID
	}
	if err := execBatched(ctx, tx, `UPDATE events SET grouped = ? WHERE id IN `, seq, ids); err != nil {
		return fmt.Errorf("group new articles: %w", err)
	}
	member, err := tx.PrepareContext(ctx, `UPDATE articles SET event_id = ? WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("group new articles: %w", err)
	}
	defer member.Close()
	for _, d := range local {
		if e := now[d.id]; e != d.event && e != "" {
			if _, err := member.ExecContext(ctx, e, d.id); err != nil {
				return fmt.Errorf("group new articles: article %d: %w", d.id, err)
			}
		}
	}
	for _, o := range oldIDs {
		if fresh[o] {
			continue
		}
		if err := retireEvent(ctx, tx, o, successor(old[o], now), seq); err != nil {
			return err
		}
	}
	return nil
}

// successor is the event that took most of an old event's members (the
// smallest ID among equals).
func successor(members []int64, now map[int64]string) string {
	count := map[string]int{}
	best := ""
	for _, id := range members {
		e := now[id]
		count[e]++
		if best == "" || count[e] > count[best] || count[e] == count[best] && e < best {
			best = e
		}
	}
	return best
}

// retireEvent deletes an event no article belongs to any more and points
// the events linked to it at its successor; those events count as written
// by grouping seq, so a reader following the groupings takes their new
// links.
func retireEvent(ctx context.Context, tx *sql.Tx, id, next string, seq int64) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE id = ?`, id); err != nil {
		return fmt.Errorf("group new articles: event %s: %w", id, err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, related FROM events WHERE instr(related, ?) > 0`, `"`+id+`"`)
	if err != nil {
		return fmt.Errorf("group new articles: event %s: %w", id, err)
	}
	fixed := map[string][]string{}
	for rows.Next() {
		var ev, related string
		if err := rows.Scan(&ev, &related); err != nil {
			rows.Close()
			return fmt.Errorf("group new articles: event %s: %w", id, err)
		}
		var list []string
		_ = json.Unmarshal([]byte(related), &list)
		for i, r := range list {
			if r == id {
				list[i] = next
			}
		}
		list = slices.DeleteFunc(list, func(r string) bool { return r == "" || r == ev })
		slices.Sort(list)
		fixed[ev] = slices.Compact(list)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("group new articles: event %s: %w", id, err)
	}
	for ev, list := range fixed {
		b, _ := json.Marshal(nonNil(list))
		if _, err := tx.ExecContext(ctx, `UPDATE events SET related = ?, grouped = iif(? < 0, grouped, ?) WHERE id = ?`, string(b), seq, seq, ev); err != nil {
			return fmt.Errorf("group new articles: event %s: %w", ev, err)
		}
	}
	return nil
}
