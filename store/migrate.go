package store

import (
	"context"
	"fmt"
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
}

// migrate applies the migrations the database has not seen, each in its
// own transaction, recording progress in PRAGMA user_version.
func (s *Store) migrate(ctx context.Context) error {
	var version int
	if err := s.db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if version == 0 {
		if err := s.refuseForeign(ctx); err != nil {
			return err
		}
	}
	if version > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this reader (%d): upgrade the reader", version, len(migrations))
	}
	for v := version; v < len(migrations); v++ {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("migrate to %d: %w", v+1, err)
		}
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate to %d: %w", v+1, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, v+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate to %d: %w", v+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migrate to %d: %w", v+1, err)
		}
	}
	return nil
}

// refuseForeign stops a fresh-looking version 0 from being written into a
// database that belongs to another program.
func (s *Store) refuseForeign(ctx context.Context) error {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'table'`).Scan(&n)
	if err != nil {
		return fmt.Errorf("read schema: %w", err)
	}
	if n > 0 {
		return ErrForeign
	}
	return nil
}

// SchemaVersion is the schema version this reader brings a store to, so
// caches of stores (test fixtures) can tell an old layout from the current one.
func SchemaVersion() int { return len(migrations) }
