package store

import (
	"database/sql"
	"path/filepath"
	"testing"
)

// A new store is made of 16 KB pages; a store made before with smaller
// pages opens and keeps them.
func TestNewStoresUseLargePagesOldOnesKeepTheirs(t *testing.T) {
	pageSize := func(s *Store) int {
		var n int
		if err := s.db.QueryRow(`PRAGMA page_size`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	s, err := Open(filepath.Join(t.TempDir(), "new.db"))
	if err != nil {
		t.Fatal(err)
	}
	if n := pageSize(s); n != 16384 {
		t.Errorf("new store: page size %d, want 16384", n)
	}
	s.Close()

	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; CREATE TABLE z (y); DROP TABLE z`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	old, err := Open(path)
	if err != nil {
		t.Fatalf("a store of 4 KB pages: %v", err)
	}
	defer old.Close()
	if n := pageSize(old); n != 4096 {
		t.Errorf("old store: page size %d, want its own 4096", n)
	}
}
