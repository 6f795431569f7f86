package store

import (
	"context"
	"database/sql"
	"fmt"
)

// Watcher tells when another process (or another connection) has changed
// the articles of a store, so a reader can show them without a restart.
// It holds one connection of its own, because PRAGMA data_version only
// counts the changes made through other connections.
type Watcher struct {
	conn    *sql.Conn
	version int64
	stamp   [2]int64 // number of articles and the highest id, as last seen
}

// Watch starts watching the store. A private in-memory store has one
// connection and no other process, so it returns nil, nil.
func (s *Store) Watch(ctx context.Context) (*Watcher, error) {
	if s.path == Memory {
		return nil, nil
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("watch store: %w", err)
	}
	w := &Watcher{conn: conn}
	if _, err := w.Changed(ctx); err != nil {
		conn.Close()
		return nil, err
	}
	return w, nil
}

// Changed reports whether articles were added or removed since the last
// call. It costs one pragma when nothing was written at all; marks (read,
// starred) written elsewhere do not count as a change.
func (w *Watcher) Changed(ctx context.Context) (bool, error) {
	if w == nil {
		return false, nil
	}
	var v int64
	if err := w.conn.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v); err != nil {
		return false, fmt.Errorf("watch store: %w", err)
	}
	if v == w.version && w.version != 0 {
		return false, nil
	}
	w.version = v
	var stamp [2]int64
	if err := w.conn.QueryRowContext(ctx, "SELECT count(*), coalesce(max(id), 0) FROM articles").Scan(&stamp[0], &stamp[1]); err != nil {
		return false, fmt.Errorf("watch store: %w", err)
	}
	changed := stamp != w.stamp
	w.stamp = stamp
	return changed, nil
}

// Close gives the watcher's connection back.
func (w *Watcher) Close() error {
	if w == nil {
		return nil
	}
	return w.conn.Close()
}
