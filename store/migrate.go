package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// migrations take the schema from version i to i+1. Append only: a released
// migration is never edited.
var migrations = []string{
	// 1: articles and their reading state.
	`CREATE TABLE articles (
		id            INTEGER PRIMARY KEY,
		hash          TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
		file          TEXT NOT NULL,
		raw           TEXT NOT NULL,
		title         TEXT NOT NULL,
		title_derived INTEGER NOT NULL DEFAULT 0,
		source        TEXT NOT NULL DEFAULT '',
		author        TEXT NOT NULL DEFAULT '',
		url           TEXT NOT NULL DEFAULT '',
		lang          TEXT NOT NULL DEFAULT '',
		published     TEXT,
		body          TEXT NOT NULL,
		removed       TEXT NOT NULL,
		words         INTEGER NOT NULL DEFAULT 0,
		imported_at   TEXT NOT NULL,
		read          INTEGER NOT NULL DEFAULT 0,
		starred       INTEGER NOT NULL DEFAULT 0
	);
	CREATE INDEX articles_order ON articles (published DESC, id);`,
	// 2: events and the fingerprints that grouping works on.
	`ALTER TABLE articles ADD COLUMN fingerprint TEXT;
	CREATE TABLE events (
		id        TEXT PRIMARY KEY,
		title     TEXT NOT NULL,
		date_from TEXT,
		date_to   TEXT,
		sources   TEXT NOT NULL DEFAULT '[]',
		related   TEXT NOT NULL DEFAULT '[]'
	);
	ALTER TABLE articles ADD COLUMN event_id TEXT REFERENCES events(id) ON DELETE SET NULL;
	CREATE INDEX articles_event ON articles (event_id);`,
	// 3: full-text search over titles and bodies, backfilled from what is stored.
	`CREATE VIRTUAL TABLE articles_fts USING fts5(
		title, body, tokenize = 'unicode61 remove_diacritics 2'
	);
	INSERT INTO articles_fts (rowid, title, body)
		SELECT id, title, (SELECT group_concat(json_extract(value, '$.text'), char(10)) FROM json_each(articles.body))
		FROM articles;`,
	// 4: feed subscriptions with the validators of their last fetch.
	`CREATE TABLE feeds (
		id            INTEGER PRIMARY KEY,
		url           TEXT NOT NULL UNIQUE,
		title         TEXT NOT NULL DEFAULT '',
		etag          TEXT NOT NULL DEFAULT '',
		last_modified TEXT NOT NULL DEFAULT '',
		last_error    TEXT NOT NULL DEFAULT '',
		last_fetched  TEXT
	);`,
	// 5: small facts about the store itself, such as a regrouping that an
	// interrupted import still owes.
	`CREATE TABLE state (
		key   TEXT PRIMARY KEY,
		value TEXT NOT NULL
	) WITHOUT ROWID;`,
	// 6: the articles table rebuilt with its small columns first and the
	// long texts last. SQLite keeps the start of a long row in the b-tree
	// page and the rest in a chain of overflow pages, so the list, the
	// reading marks and the fingerprints now come from the first page of
	// each row instead of a walk through its whole text.
	`CREATE TABLE articles_new (
		id            INTEGER PRIMARY KEY,
		hash          TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
		file          TEXT NOT NULL,
		title         TEXT NOT NULL,
		title_derived INTEGER NOT NULL DEFAULT 0,
		source        TEXT NOT NULL DEFAULT '',
		author        TEXT NOT NULL DEFAULT '',
		url           TEXT NOT NULL DEFAULT '',
		lang          TEXT NOT NULL DEFAULT '',
		published     TEXT,
		words         INTEGER NOT NULL DEFAULT 0,
		imported_at   TEXT NOT NULL,
		read          INTEGER NOT NULL DEFAULT 0,
		starred       INTEGER NOT NULL DEFAULT 0,
		event_id      TEXT REFERENCES events(id) ON DELETE SET NULL,
		fingerprint   TEXT,
		body          TEXT NOT NULL,
		removed       TEXT NOT NULL,
		raw           TEXT NOT NULL
	);
	INSERT INTO articles_new (id, hash, file, title, title_derived, source, author, url, lang, published, words, imported_at, read, starred, event_id, fingerprint, body, removed, raw)
		SELECT id, hash, file, title, title_derived, source, author, url, lang, published, words, imported_at, read, starred, event_id, fingerprint, body, removed, raw FROM articles;
	DROP TABLE articles;
	ALTER TABLE articles_new RENAME TO articles;
	CREATE INDEX articles_order ON articles (published DESC, id);
	CREATE INDEX articles_event ON articles (event_id);`,
	// 7: where an article came from (the absolute path of a file, the link
	// of a feed item), so a changed file replaces its earlier version; and
	// the items each feed has brought, so they are never fetched again and
	// an unsubscribe can take its articles with it.
	`ALTER TABLE articles ADD COLUMN origin TEXT;
	CREATE INDEX articles_origin ON articles (origin) WHERE origin IS NOT NULL;
	CREATE TABLE feed_items (
		feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
		key        TEXT NOT NULL,
		article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
		PRIMARY KEY (feed_id, key)
	) WITHOUT ROWID;
	CREATE INDEX feed_items_article ON feed_items (article_id);`,
	// 8: the grouping's token index, so an import of a few articles groups
	// them among the stored reports that share their names and figures
	// instead of regrouping the whole store: how many articles hold each
	// token (df) and, for names and figures, which (articles: their IDs,
	// ascending, as uvarint gaps); and the articles waiting to be grouped:
	// new ones, not yet in the index, and (indexed) those whose event lost
	// a member; and, on each event, the incremental grouping that last
	// wrote it (state 'local_groupings' counts them), so a reader open on
	// the store takes the events that changed instead of its whole list.
	// The index is filled by the next full regrouping, owed from here on.
	`CREATE TABLE group_tokens (
		token    INTEGER PRIMARY KEY,
		df       INTEGER NOT NULL,
		articles BLOB
	);
	CREATE TABLE group_pending (
		article INTEGER PRIMARY KEY,
		indexed INTEGER NOT NULL DEFAULT 0
	);
	ALTER TABLE events ADD COLUMN grouped INTEGER NOT NULL DEFAULT 0;
	INSERT INTO state (key, value) VALUES ('regroup', 'index')
		ON CONFLICT (key) DO UPDATE SET value = excluded.value;`,
}

// appID marks a database as a reader store in its header (PRAGMA
// application_id): "RDR1".
const appID = 0x52445231

// schemaTables are the tables each schema version has (SQLite's own and
// the search index's shadow tables aside), by which a store written before
// the application ID was set is recognised.
var schemaTables = [...]string{
	1: "articles",
	2: "articles events",
	3: "articles articles_fts events",
	4: "articles articles_fts events feeds",
	5: "articles articles_fts events feeds state",
	6: "articles articles_fts events feeds state",
	7: "articles articles_fts events feed_items feeds state",
	8: "articles articles_fts events feed_items feeds group_pending group_tokens state",
}

// header is what a database says about itself.
type header struct {
	appID, version int
	tables         string // its tables, sorted, space-separated
	articleCols    int    // how many of the columns every reader's articles table has
}

// queryRower reads from a database or a transaction.
type queryRower interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func readHeader(ctx context.Context, q queryRower) (header, error) {
	var h header
	if err := q.QueryRowContext(ctx, `PRAGMA application_id`).Scan(&h.appID); err != nil {
		return h, fmt.Errorf("read the database header: %w", err)
	}
	if err := q.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&h.version); err != nil {
		return h, fmt.Errorf("read schema version: %w", err)
	}
	err := q.QueryRowContext(ctx, `SELECT coalesce(group_concat(name, ' '), '') FROM (SELECT name FROM sqlite_schema
		WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts_%' ORDER BY name)`).Scan(&h.tables)
	if err != nil {
		return h, fmt.Errorf("read schema: %w", err)
	}
	err = q.QueryRowContext(ctx, `SELECT count(*) FROM pragma_table_info('articles')
		WHERE name IN ('hash', 'file', 'raw', 'title', 'body', 'removed', 'imported_at', 'read', 'starred')`).Scan(&h.articleCols)
	if err != nil {
		return h, fmt.Errorf("read schema: %w", err)
	}
	return h, nil
}

// check says whether the database is a reader store (or empty, to become
// one), and refuses anything else before a byte of it is written.
func (h header) check() error {
	switch {
	case h.appID == appID:
	case h.appID != 0:
		return ErrForeign
	case h.version == 0 && h.tables == "":
		return nil // a new store
	case h.version < 1 || h.version >= len(schemaTables) || h.tables != schemaTables[h.version] || h.articleCols != 9:
		return ErrForeign
	}
	if h.version > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this reader (%d): upgrade the reader", h.version, len(migrations))
	}
	return nil
}

// prepare recognises the database and brings its schema up to date; a
// read-only store must be up to date already.
func (s *Store) prepare(ctx context.Context) error {
	h, err := s.readHeaderSnapshot(ctx)
	if err != nil {
		return err
	}
	if err := h.check(); err != nil {
		return err
	}
	if s.readOnly {
		if h.version != len(migrations) || h.appID != appID {
			return fmt.Errorf("%w, and its schema (version %d) needs upgrading to %d: open it once where it can be written", ErrReadOnly, h.version, len(migrations))
		}
		return nil
	}
	if h.appID != appID || h.version != len(migrations) {
		if err := s.migrate(ctx); err != nil {
			return err
		}
	}
	if s.path == Memory {
		return nil
	}
	return s.switchToWAL(ctx)
}

// switchToWAL puts the store in WAL mode. The switch needs the database to
// itself for a moment and SQLite answers "busy" at once, without waiting,
// while another process opening the same new store holds it; so it is
// tried again for as long as a writer would wait.
func (s *Store) switchToWAL(ctx context.Context) error {
	deadline := time.Now().Add(30 * time.Second)
	for wait := 5 * time.Millisecond; ; wait = min(2*wait, 200*time.Millisecond) {
		var mode string
		err := s.db.QueryRowContext(ctx, `PRAGMA journal_mode = WAL`).Scan(&mode)
		if err == nil {
			return nil
		}
		if !isBusy(err) || time.Now().After(deadline) {
			return fmt.Errorf("switch to WAL: %w", err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("switch to WAL: %w", ctx.Err())
		case <-time.After(wait):
		}
	}
}

// isBusy reports SQLite's "database is locked" and "busy" answers.
func isBusy(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "SQLITE_BUSY") || strings.Contains(msg, "database is locked")
}

// readHeaderSnapshot reads the header in one read transaction, so that a
// store another process is creating at this moment is seen before or after
// its schema was made, never half of each (its tables, not yet its mark).
func (s *Store) readHeaderSnapshot(ctx context.Context) (header, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return header{}, fmt.Errorf("read the database header: %w", err)
	}
	defer tx.Rollback()
	return readHeader(ctx, tx)
}

// migrate applies the migrations the database has not seen, and marks it
// as a reader store, in one write transaction: the header is read again
// inside it, so two processes opening a new store at once migrate it once.
func (s *Store) migrate(ctx context.Context) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback()
	h, err := readHeader(ctx, tx)
	if err != nil {
		return err
	}
	if err := h.check(); err != nil {
		return err
	}
	for v := h.version; v < len(migrations); v++ {
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			return fmt.Errorf("migrate to %d: %w", v+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d; PRAGMA application_id = %d`, len(migrations), appID)); err != nil {
		return fmt.Errorf("migrate to %d: %w", len(migrations), err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate to %d: %w", len(migrations), err)
	}
	return nil
}

// SchemaVersion is the schema version this reader brings a store to, so
// caches of stores (test fixtures) can tell an old layout from the current one.
func SchemaVersion() int { return len(migrations) }
