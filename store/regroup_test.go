package store

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"reader/articles"
)

// TestHelperWriteWithoutWaiting is not a test: TestRegroupDoesNotHoldTheWriteLock
// runs the test binary again with READER_WRITE_DB set, and this stores one
// chunk of articles with no busy timeout at all, so it fails at once if
// another process holds the write lock.
func TestHelperWriteWithoutWaiting(t *testing.T) {
	path := os.Getenv("READER_WRITE_DB")
	if path == "" {
		t.Skip("helper process only")
	}
	s, err := Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	s.db.SetMaxOpenConns(1)
	if _, err := s.db.Exec(`PRAGMA busy_timeout = 0`); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	_, err = writeUngrouped(context.Background(), s, batchArticles(99, 3))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
}

// While a regrouping works out the events, another process can write (it
// does not wait for the grouping of the whole store), and the regrouping
// then covers what that process wrote.
func TestRegroupDoesNotHoldTheWriteLock(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a child process")
	}
	ctx := context.Background()
	s, path := openTemp(t)
	var arts []articles.Article
	for b := 0; b < 4; b++ {
		arts = append(arts, batchArticles(b, 50)...)
	}
	if _, err := writeUngrouped(ctx, s, arts); err != nil {
		t.Fatal(err)
	}
	var child error
	var out []byte
	regroupPlanned = func() {
		regroupPlanned = nil // once
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriteWithoutWaiting$")
		cmd.Env = append(os.Environ(), "READER_WRITE_DB="+filepath.Clean(path))
		out, child = cmd.CombinedOutput()
	}
	defer func() { regroupPlanned = nil }()
	done, err := s.RegroupIfPending(ctx, testGrouper)
	if child != nil {
		t.Fatalf("another process could not write while the events were regrouped: %v\n%s", child, out)
	}
	if err != nil || !done {
		t.Fatalf("regroup = %v, %v", done, err)
	}
	sums, _ := s.Summaries(ctx, Filter{})
	if len(sums) != 203 {
		t.Fatalf("%d articles, want 203", len(sums))
	}
	for _, sum := range sums {
		if sum.EventID == "" {
			t.Fatalf("%s was not grouped: the regrouping missed the other process's write", sum.File)
		}
	}
	if owed, _ := s.regroupToken(ctx, s.db); owed != "" {
		t.Fatal("a regrouping is still owed")
	}
}
