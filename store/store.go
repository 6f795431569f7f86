// Package store keeps articles, their reading state and their events in a
// local SQLite file, so the reader opens instantly on what it has seen
// before. It knows nothing of terminals.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	_ "modernc.org/sqlite" // pure-Go SQLite driver, no cgo
)

// Memory is the path that opens a store living only in memory.
const Memory = ":memory:"

// Store is an open reader database.
type Store struct {
	db   *sql.DB
	path string
}

// DefaultPath is where the store lives when the user does not choose:
// $XDG_DATA_HOME/reader/reader.db, or ~/.local/share/reader/reader.db.
func DefaultPath() (string, error) {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("find home directory: %w", err)
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "reader", "reader.db"), nil
}

// Open opens (creating when needed) the store at path and brings its schema
// up to date. A file that is not a reader store is refused, not rewritten.
func Open(path string) (*Store, error) {
	// A private database: one connection, so it is not shared even within the process.
	dsn := "file::memory:?_pragma=foreign_keys(1)"
	if path != Memory {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
		q := url.Values{}
		q.Add("_pragma", "foreign_keys(1)")
		q.Add("_pragma", "busy_timeout(5000)")
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Set("_txlock", "immediate")
		dsn = "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if path == Memory {
		// Every connection to a private in-memory database is a new database.
		db.SetMaxOpenConns(1)
	}
	s := &Store{db: db, path: path}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

// Path is the file the store lives in, or Memory.
func (s *Store) Path() string { return s.path }

// Close releases the database.
func (s *Store) Close() error { return s.db.Close() }

// ErrNotFound is returned when an article or event does not exist.
var ErrNotFound = errors.New("not found")

// ErrForeign is returned when the file is a database but not a reader store.
var ErrForeign = errors.New("not a reader store (it has tables of another program)")
