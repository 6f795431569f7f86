// Package storetest builds stores of generated articles for tests and
// benchmarks. Large stores take a while to import, so each size is built
// once per machine and kept in the temporary folder.
package storetest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"reader/articles/articlegen"
	"reader/store"
	"reader/store/ingest"
)

// seed fixes the generated articles, so a cached store is the same store.
const seed = 7

// Path returns the file of a store holding n generated articles over n/4
// events, importing them the first time it is asked for on this machine.
// Callers must only read it: it is shared between runs.
func Path(tb testing.TB, n int) string {
	tb.Helper()
	dir := filepath.Join(os.TempDir(), "reader-storetest")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(dir, fmt.Sprintf("gen-%d-%d-v%d.db", seed, n, store.SchemaVersion()))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	// Built under a name of its own and renamed into place, so test
	// processes building the same store at once do not meet.
	tmp := fmt.Sprintf("%s.%d.building", path, os.Getpid())
	defer os.Remove(tmp)
	s, err := store.Open(tmp)
	if err != nil {
		tb.Fatal(err)
	}
	files, _ := articlegen.Generate(seed, n, max(1, n/4))
	if _, errs := ingest.ImportFiles(context.Background(), s, files, nil); len(errs) > 0 {
		s.Close()
		tb.Fatal(errs[0])
	}
	if err := s.Close(); err != nil {
		tb.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		tb.Fatal(err)
	}
	return path
}

// Open opens the shared store of n generated articles; it is closed when
// the test ends.
func Open(tb testing.TB, n int) *store.Store {
	tb.Helper()
	s, err := store.Open(Path(tb, n))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}
