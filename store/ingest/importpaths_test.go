package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"reader/articles"
	"reader/articles/articlegen"
	"reader/store"
)

// writeFiles writes generated files under dir.
func writeFiles(t *testing.T, dir string, files []articles.RawFile) {
	t.Helper()
	for _, f := range files {
		p := filepath.Join(dir, f.Name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// ImportPaths reads a folder a chunk at a time: every good file stored,
// the outlet named where the text names none, a copy met twice in one
// import stored once, each bad file and missing path named in one error
// while the rest goes on, progress counting every file up to the total,
// and the events grouped at the end.
func TestImportPathsStreamsAFolderInChunks(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	dir := t.TempDir()
	files, _ := articlegen.Generate(21, 2*importChunk+10, 500)
	writeFiles(t, dir, files)
	// A copy of the first file under another name, in the last chunk, and
	// two bad files.
	if err := os.WriteFile(filepath.Join(dir, "zz-copy.txt"), files[0].Data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "binary.txt"), []byte{0, 1, 2, 3, 0, 0}, 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing")
	total := len(files) + 3
	unique := map[string]bool{}
	for _, f := range files {
		unique[string(f.Data)] = true
	}
	stored := len(unique) // generated reports can repeat one another
	var calls [][2]int
	res, errs := ImportPaths(ctx, s, []string{dir, missing}, "Wire Desk", func(done, total int) {
		calls = append(calls, [2]int{done, total})
	})
	named := map[string]bool{}
	for _, err := range errs {
		var fe *articles.FileError
		if !errors.As(err, &fe) {
			t.Fatalf("not a file's error: %v", err)
		}
		named[filepath.Base(fe.File)] = true
	}
	if len(errs) != 3 || !named["empty.txt"] || !named["binary.txt"] || !named["missing"] {
		t.Fatalf("errors %v, want empty.txt, binary.txt and missing named", errs)
	}
	if res.Added != stored || res.Existing != len(files)+1-stored {
		t.Fatalf("result %+v, want %d added and the copies counted as stored", res, stored)
	}
	if len(calls) != 4 || calls[0] != [2]int{0, total} || calls[len(calls)-1] != [2]int{total, total} {
		t.Fatalf("progress %v, want 0, each chunk and %d of %d", calls, total, total)
	}
	sums, err := s.Summaries(ctx, store.Filter{})
	if err != nil || len(sums) != stored {
		t.Fatalf("%d stored: %v", len(sums), err)
	}
	for _, sum := range sums {
		if sum.Source != "Wire Desk" || sum.EventID == "" {
			t.Fatalf("%s: source %q, event %q", sum.File, sum.Source, sum.EventID)
		}
	}
	// Again: nothing new, nothing lost.
	res, errs = ImportPaths(ctx, s, []string{dir}, "", nil)
	if res.Added != 0 || res.Existing != len(files)+1 || len(errs) != 2 {
		t.Fatalf("again: %+v %v", res, errs)
	}
	if n, _ := s.Count(ctx); n != stored {
		t.Fatalf("%d stored after importing again", n)
	}
}

// Importing a folder through ImportPaths stores what reading it whole and
// importing the files from memory stores.
func TestImportPathsMatchesImportFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	files, _ := articlegen.Generate(22, 150, 40)
	writeFiles(t, dir, files)
	a, _ := openTemp(t)
	if _, errs := ImportPaths(ctx, a, []string{dir}, "", nil); len(errs) > 0 {
		t.Fatal(errs[0])
	}
	b, _ := openTemp(t)
	raw, errs := articles.ReadPaths([]string{dir})
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	if _, errs := ImportFiles(ctx, b, raw, nil); len(errs) > 0 {
		t.Fatal(errs[0])
	}
	list := func(s *store.Store) string {
		evs, err := s.Events(ctx, store.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, ev := range evs {
			for _, art := range ev.Articles {
				out = append(out, ev.ID+" "+art.Hash+" "+art.File)
			}
		}
		return strings.Join(out, "\n")
	}
	if list(a) != list(b) {
		t.Error("the folder read in chunks is stored otherwise than read whole")
	}
}
