// Package store keeps articles, their reading state and their events in a
// local SQLite file, so the reader opens instantly on what it has seen
// before. It knows nothing of terminals, and nothing of parsing or grouping:
// articles come in through store/ingest, which parses, fingerprints and
// groups them, and the store keeps what it is given in SQLite.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"syscall"

	_ "modernc.org/sqlite" // pure-Go SQLite driver, no cgo
)

// Memory is the path that opens a store living only in memory.
const Memory = ":memory:"

// Store is an open reader database.
type Store struct {
	db       *sql.DB
	path     string
	readOnly bool
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
// up to date. A file that is not a reader store is refused untouched. A
// store in a folder or file the user cannot write is opened read-only:
// reading, searching and exporting work, and writes fail with ErrReadOnly.
func Open(path string) (*Store, error) {
	if path == Memory {
		// A private database: one connection, so it is not shared even within the process.
		db, err := sql.Open("sqlite", "file::memory:?_pragma=foreign_keys(1)")
		if err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
		// Every connection to a private in-memory database is a new database.
		db.SetMaxOpenConns(1)
		return finishOpen(&Store{db: db, path: path})
	}
	readOnly := !writable(path)
	if !readOnly {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
	} else if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open store %s: the folder is read-only and the store does not exist", path)
	}
	s := &Store{path: path, readOnly: readOnly}
	var err error
	if s.db, err = sql.Open("sqlite", dsn(path, readOnly, false)); err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if readOnly {
		// A store in WAL mode needs its shared-memory file to be read; in a
		// folder nobody may write, it is read as a file that cannot change.
		if err := s.db.QueryRow(`SELECT count(*) FROM sqlite_schema`).Scan(new(int)); err != nil {
			s.db.Close()
			if s.db, err = sql.Open("sqlite", dsn(path, true, true)); err != nil {
				return nil, fmt.Errorf("open store %s: %w", path, err)
			}
		}
	}
	return finishOpen(s)
}

// dsn is the driver's name for the store at path: foreign keys on, writers
// waiting up to 30 s for one another (a regrouping of a large store holds
// the write lock for a fraction of that), write transactions taking the
// lock at their start so they never fail half way, and a new store made
// of 16 KB pages (an existing one keeps its own): an import writes each
// page several times over its transactions, and larger pages take a
// quarter of the reads and about 6% of the import's CPU less.
func dsn(path string, readOnly, immutable bool) string {
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "busy_timeout(30000)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "page_size(16384)")
	q.Set("_txlock", "immediate")
	if readOnly {
		q.Set("mode", "ro")
	}
	if immutable {
		q.Set("immutable", "1")
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// writable reports whether the store at path can be written: the file
// (when it exists) and its folder, where SQLite keeps its journals.
func writable(path string) bool {
	dir := filepath.Dir(path)
	for {
		if _, err := os.Stat(dir); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent // the nearest folder that exists is where one would be made
	}
	if syscall.Access(dir, 2 /* W_OK */) != nil {
		return false
	}
	if _, err := os.Stat(path); err == nil && syscall.Access(path, 2) != nil {
		return false
	}
	return true
}

// finishOpen recognises the database and brings its schema up to date.
func finishOpen(s *Store) (*Store, error) {
	if err := s.prepare(context.Background()); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("open store %s: %w", s.path, err)
	}
	return s, nil
}

// ReadOnly reports whether the store was opened read-only.
func (s *Store) ReadOnly() bool { return s.readOnly }

// CanWrite refuses a write (what, as in "import") to a read-only store
// with a clear error wrapping ErrReadOnly, and is nil otherwise.
func (s *Store) CanWrite(what string) error {
	if s.readOnly {
		return fmt.Errorf("%s: store %s is %w", what, s.path, ErrReadOnly)
	}
	return nil
}

// Path is the file the store lives in, or Memory.
func (s *Store) Path() string { return s.path }

// Close releases the database.
func (s *Store) Close() error { return s.db.Close() }

// ErrNotFound is returned when an article or event does not exist.
var ErrNotFound = errors.New("not found")

// ErrForeign is returned when the file is a database but not a reader store.
var ErrForeign = errors.New("not a reader store (a database of another program; it was left untouched)")

// ErrReadOnly is returned for a write to a store opened read-only.
var ErrReadOnly = errors.New("read-only")
