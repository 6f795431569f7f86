package store

import (
	"context"
	"database/sql"
	"strings"
)

// The store asks for many rows by key a few hundred keys at a time, well
// under SQLite's limit on bound parameters.

// batchQuery runs prefix + "(?, ?, ...)" over args a few hundred at a time,
// calling each for every row.
func batchQuery(ctx context.Context, tx *sql.Tx, prefix string, args []any, each func(*sql.Rows) error) error {
	const batch = 500 // well under SQLite's limit on bound parameters
	for start := 0; start < len(args); start += batch {
		part := args[start:min(len(args), start+batch)]
		rows, err := tx.QueryContext(ctx, prefix+`(?`+strings.Repeat(`, ?`, len(part)-1)+`)`, part...)
		if err != nil {
			return err
		}
		for rows.Next() {
			if err := each(rows); err != nil {
				rows.Close()
				return err
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// mapKeys lists a map's keys, in no order.
func mapKeys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// int64Args and stringArgs make query arguments of a list.
func int64Args(ids []int64) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

func stringArgs(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

// execBatched runs prefix + "(?, ...)" with first and then args, a few
// hundred args at a time.
func execBatched(ctx context.Context, tx *sql.Tx, prefix string, first any, args []any) error {
	const batch = 500
	for start := 0; start < len(args); start += batch {
		part := args[start:min(len(args), start+batch)]
		q := prefix + `(?` + strings.Repeat(`, ?`, len(part)-1) + `)`
		if _, err := tx.ExecContext(ctx, q, append([]any{first}, part...)...); err != nil {
			return err
		}
	}
	return nil
}
