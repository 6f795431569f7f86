package store

import (
	"context"
	"database/sql"
	"fmt"
)

// Watcher tells when another process (or another connection) has changed
// the articles of a store, so a reader can show them without a restart,
// and whether the change only added articles, which the reader can take
// as they are instead of reading its whole list again.
// It holds one connection of its own, because PRAGMA data_version only
// counts the changes made through other connections.
type Watcher struct {
	conn    *sql.Conn
	version int64
	stamp   stamp
}

// stamp is what a watcher compares: the number of articles, the highest
// id, and how many full and incremental groupings the store has written.
type stamp struct{ count, maxID, groupings, local int64 }

// Change is what changed since a watcher last looked.
type Change struct {
	Changed bool // articles were added or removed, or the events regrouped
	// Added is true when the change only added articles, or grouped them
	// incrementally: every article with an id above Since is new, and no
	// full regrouping moved the others. A reader can then take the new
	// articles (SummariesAfter) and the events incremental groupings wrote
	// (EventsGroupedSince) instead of its whole list.
	Added bool
	Since int64 // the highest article id when the watcher last looked
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
	if _, err := w.Changes(ctx); err != nil {
		conn.Close()
		return nil, err
	}
	return w, nil
}

// Changed reports whether articles were added or removed, or the events
// regrouped, since the last call. It costs one pragma when nothing was
// written at all; marks (read, starred) written elsewhere do not count as
// a change.
func (w *Watcher) Changed(ctx context.Context) (bool, error) {
	c, err := w.Changes(ctx)
	return c.Changed, err
}

// Changes is Changed, saying also whether the change only added articles.
func (w *Watcher) Changes(ctx context.Context) (Change, error) {
	if w == nil {
		return Change{}, nil
	}
	var v int64
	if err := w.conn.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v); err != nil {
		return Change{}, fmt.Errorf("watch store: %w", err)
	}
	if v == w.version && w.version != 0 {
		return Change{}, nil
	}
	w.version = v
	var now stamp
	if err := w.conn.QueryRowContext(ctx, `SELECT count(*), coalesce(max(id), 0),
		coalesce((SELECT CAST(value AS INTEGER) FROM state WHERE key = 'groupings'), 0),
		coalesce((SELECT CAST(value AS INTEGER) FROM state WHERE key = 'local_groupings'), 0) FROM articles`).
		Scan(&now.count, &now.maxID, &now.groupings, &now.local); err != nil {
		return Change{}, fmt.Errorf("watch store: %w", err)
	}
	was := w.stamp
	w.stamp = now
	if now == was {
		return Change{}, nil
	}
	c := Change{Changed: true, Since: was.maxID}
	if now.groupings == was.groupings && now.count >= was.count && now.count-was.count == now.maxID-was.maxID {
		// As many new articles as new ids: none removed, and (ids growing)
		// every id above the last highest is a new article. Incremental
		// groupings may have placed them (GroupingMarks tells).
		c.Added = true
	}
	return c, nil
}

// Close gives the watcher's connection back.
func (w *Watcher) Close() error {
	if w == nil {
		return nil
	}
	return w.conn.Close()
}

// noteRegrouped counts, inside a regrouping's transaction, that the events
// were written again, so watchers know the change was not only additions.
func noteRegrouped(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO state (key, value) VALUES ('groupings', '1')
		ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`)
	return err
}

// SummariesAfter lists the articles whose id is above id, in list order:
// the articles added since a Watcher's Change.Since.
func (s *Store) SummariesAfter(ctx context.Context, id int64) ([]Summary, error) {
	return s.querySummaries(ctx, `SELECT `+summaryColumns("articles")+` FROM articles
		WHERE id > ? ORDER BY published IS NULL, published DESC, id`, id)
}
