package store

import (
	"context"
	"fmt"
	"strings"
)

// MarkRead marks the articles with these IDs read, exactly those and no
// others, in one transaction, and says how many changed.
func (s *Store) MarkRead(ctx context.Context, ids []int64) (int, error) {
	if err := s.CanWrite("mark read"); err != nil {
		return 0, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, s.writeError("mark read", err)
	}
	defer tx.Rollback()
	const batch = 500 // well under SQLite's limit on bound parameters
	changed := 0
	for start := 0; start < len(ids); start += batch {
		part := ids[start:min(len(ids), start+batch)]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		r, err := tx.ExecContext(ctx, `UPDATE articles SET read = 1 WHERE read = 0 AND id IN (?`+strings.Repeat(`, ?`, len(part)-1)+`)`, args...)
		if err != nil {
			return 0, s.writeError("mark read", err)
		}
		n, _ := r.RowsAffected()
		changed += int(n)
	}
	if err := tx.Commit(); err != nil {
		return 0, s.writeError("mark read", err)
	}
	return changed, nil
}

// writeError wraps the error of a write with its context.
func (s *Store) writeError(what string, err error) error {
	return fmt.Errorf("%s: %w", what, err)
}
