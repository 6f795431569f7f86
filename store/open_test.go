package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Another program's database is refused byte for byte untouched, whatever
// its schema version, and no journal is switched or left beside it.
func TestForeignDatabasesAreLeftByteForByte(t *testing.T) {
	cases := map[string]string{
		"versioned":      `PRAGMA user_version = 3; CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('keep me')`,
		"unversioned":    `CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('keep me')`,
		"same tables":    `PRAGMA user_version = 1; CREATE TABLE articles (x TEXT)`, // a reader-like name, not our header
		"other app":      `PRAGMA application_id = 1234; PRAGMA user_version = 7`,
		"other app, v0+": `PRAGMA application_id = 1234`,
	}
	for name, setup := range cases {
		path := filepath.Join(t.TempDir(), "other.db")
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(setup); err != nil {
			t.Fatal(err)
		}
		// Make sure the header is on disk even for a schema with no table.
		if _, err := db.Exec(`CREATE TABLE IF NOT EXISTS z (y); DROP TABLE z`); err != nil {
			t.Fatal(err)
		}
		db.Close()
		before, _ := os.ReadFile(path)
		_, err = Open(path)
		if !errors.Is(err, ErrForeign) || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: open = %v, want ErrForeign naming the file", name, err)
		}
		after, _ := os.ReadFile(path)
		if !bytes.Equal(before, after) {
			t.Errorf("%s: the database was modified", name)
		}
		for _, side := range []string{"-wal", "-shm", "-journal"} {
			if _, err := os.Stat(path + side); err == nil {
				t.Errorf("%s: %s left beside it", name, side)
			}
		}
	}
}

// A store written before the application ID existed is still recognised
// by its tables, and marked.
func TestOlderStoreIsRecognisedAndMarked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, _ := sql.Open("sqlite", path)
	for v := 0; v < 6; v++ {
		if _, err := db.Exec(migrations[v]); err != nil {
			t.Fatal(err)
		}
	}
	db.Exec(`PRAGMA user_version = 6`)
	db.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var id, version int
	s.db.QueryRow(`PRAGMA application_id`).Scan(&id)
	s.db.QueryRow(`PRAGMA user_version`).Scan(&version)
	if id != appID || version != SchemaVersion() {
		t.Fatalf("application_id %x, version %d", id, version)
	}
}

// TestHelperOpenStore is not a test: TestNewStoreOpenedByManyProcessesAtOnce
// runs it in several processes at once with READER_OPEN_DB set.
func TestHelperOpenStore(t *testing.T) {
	path := os.Getenv("READER_OPEN_DB")
	if path == "" {
		t.Skip("helper process only")
	}
	s, err := Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if _, err := s.Count(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	s.Close()
}

// Processes that open a new store at the same moment all succeed: the
// schema is made once, in one write transaction.
func TestNewStoreOpenedByManyProcessesAtOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns child processes")
	}
	for trial := 0; trial < 4; trial++ {
		path := filepath.Join(t.TempDir(), "new.db")
		var cmds []*exec.Cmd
		var outs []*strings.Builder
		for i := 0; i < 5; i++ {
			cmd := exec.Command(os.Args[0], "-test.run=^TestHelperOpenStore$")
			cmd.Env = append(os.Environ(), "READER_OPEN_DB="+path)
			var out strings.Builder
			cmd.Stderr, cmd.Stdout = &out, &out
			cmds, outs = append(cmds, cmd), append(outs, &out)
		}
		for _, cmd := range cmds {
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
		}
		for i, cmd := range cmds {
			if err := cmd.Wait(); err != nil {
				t.Errorf("trial %d, process %d: %v\n%s", trial, i, err, outs[i])
			}
		}
		s := reopenChecked(t, path)
		s.Close()
	}
}

// immutable makes a file or folder unwritable even for root (chattr +i),
// or skips the test where the file system cannot.
func immutable(t *testing.T, paths ...string) {
	t.Helper()
	for _, p := range paths {
		if out, err := exec.Command("chattr", "+i", p).CombinedOutput(); err != nil {
			t.Skipf("cannot make %s read-only here: %v %s", p, err, out)
		}
		t.Cleanup(func() { exec.Command("chattr", "-i", p).Run() })
	}
}

// A store whose file and folder cannot be written opens read-only: it
// lists, reads, searches and exports, and a write says "read-only".
func TestReadOnlyStoreStillReads(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "reader.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := importArticles(ctx, s, batchArticles(0, 5)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	immutable(t, path, dir)
	ro, err := Open(path)
	if err != nil {
		t.Fatalf("open a read-only store: %v", err)
	}
	defer ro.Close()
	if !ro.ReadOnly() {
		t.Fatal("the store does not know it is read-only")
	}
	sums, err := ro.Summaries(ctx, Filter{})
	if err != nil || len(sums) != 5 {
		t.Fatalf("list: %d, %v", len(sums), err)
	}
	if _, err := ro.Article(ctx, sums[0].ID); err != nil {
		t.Fatal(err)
	}
	if hits, err := ro.Search(ctx, "article", 0); err != nil || len(hits) != 5 {
		t.Fatalf("search: %d, %v", len(hits), err)
	}
	if all, err := ro.AllArticles(ctx); err != nil || len(all) != 5 {
		t.Fatalf("export: %d, %v", len(all), err)
	}
	if evs, err := ro.Events(ctx, Filter{}); err != nil || len(evs) == 0 {
		t.Fatalf("events: %v", err)
	}
	err = ro.SetStarred(ctx, sums[0].ID, true)
	if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), "read-only") || !strings.Contains(err.Error(), path) {
		t.Fatalf("a write to a read-only store = %v", err)
	}
}
