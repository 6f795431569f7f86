package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"reader/articles"
)

// encodeFingerprints computes and encodes what grouping needs of each
// article, so the store can regroup without re-reading bodies.
func encodeFingerprints(arts []articles.Article) ([]string, error) {
	out := make([]string, len(arts))
	for i, fp := range articles.Fingerprints(arts) {
		data, err := json.Marshal(fp)
		if err != nil {
			return nil, fmt.Errorf("encode fingerprint of %s: %w", arts[i].File, err)
		}
		out[i] = string(data)
	}
	return out, nil
}

// regroup recomputes the events from every stored fingerprint and writes
// them, inside the caller's transaction, so events and articles always agree.
func regroup(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, fingerprint FROM articles WHERE fingerprint IS NOT NULL`)
	if err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	var fps []articles.Fingerprint
	idOf := map[string]int64{}
	for rows.Next() {
		var id int64
		var data string
		if err := rows.Scan(&id, &data); err != nil {
			rows.Close()
			return fmt.Errorf("regroup: %w", err)
		}
		var fp articles.Fingerprint
		if err := json.Unmarshal([]byte(data), &fp); err != nil {
			continue // a damaged fingerprint leaves that article ungrouped
		}
		fps = append(fps, fp)
		idOf[fp.Hash] = id
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	events := articles.GroupEvents(fps)
	if _, err := tx.ExecContext(ctx, `DELETE FROM state WHERE key = 'regroup'`); err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET event_id = NULL`); err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM events`); err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	insert, err := tx.PrepareContext(ctx, `INSERT INTO events (id, title, date_from, date_to, sources, related) VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	defer insert.Close()
	member, err := tx.PrepareContext(ctx, `UPDATE articles SET event_id = ? WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	defer member.Close()
	for _, ev := range events {
		sources, _ := json.Marshal(nonNil(ev.Sources))
		related, _ := json.Marshal(nonNil(ev.Related))
		if _, err := insert.ExecContext(ctx, ev.ID, ev.Title, timeValue(ev.From), timeValue(ev.To), string(sources), string(related)); err != nil {
			return fmt.Errorf("regroup: event %s: %w", ev.ID, err)
		}
		for _, h := range ev.Members {
			if _, err := member.ExecContext(ctx, ev.ID, idOf[h]); err != nil {
				return fmt.Errorf("regroup: event %s: %w", ev.ID, err)
			}
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
