package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"reader/articles"
	"reader/articles/articlegen"
	"reader/store"
)

// A cut-short import leaves its articles stored and the grouping owed; the
// next call to RegroupIfPending settles it, and then nothing is owed.
func TestInterruptedImportIsRegroupedLater(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	arts, errs := articles.ParseBatch(articles.Builtin())
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	b, err := newBatch(arts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.WriteBatch(ctx, b); err != nil { // stored, not grouped: as if killed here
		t.Fatal(err)
	}
	if evs, _ := s.Events(ctx, store.Filter{}); len(evs) != len(arts) {
		t.Fatalf("before regrouping: %d events, want every article alone (%d)", len(evs), len(arts))
	}
	did, err := RegroupIfPending(ctx, s)
	if err != nil || !did {
		t.Fatalf("regroup: did=%v err=%v", did, err)
	}
	if evs, _ := s.Events(ctx, store.Filter{}); len(evs) >= len(arts) {
		t.Errorf("after regrouping: still %d events for %d articles", len(evs), len(arts))
	}
	if did, err := RegroupIfPending(ctx, s); did || err != nil {
		t.Errorf("second call: did=%v err=%v, want nothing owed", did, err)
	}
}

// A large import is stored in chunks, each reported as it lands.
func TestImportFilesReportsEachChunk(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	files, _ := articlegen.Generate(9, importChunk*2+10, 300)
	var calls []string
	res, errs := ImportFiles(ctx, s, files, func(done, total int) {
		n, err := s.Count(ctx)
		calls = append(calls, fmt.Sprintf("%d/%d stored=%d err=%v", done, total, n, err))
	})
	if len(errs) > 0 || res.Added != len(files) {
		t.Fatalf("added %d of %d: %v", res.Added, len(files), errors.Join(errs...))
	}
	want := []string{
		fmt.Sprintf("0/%d stored=0 err=<nil>", len(files)),
		fmt.Sprintf("%d/%d stored=%d err=<nil>", importChunk, len(files), importChunk),
		fmt.Sprintf("%d/%d stored=%d err=<nil>", 2*importChunk, len(files), 2*importChunk),
		fmt.Sprintf("%d/%d stored=%d err=<nil>", len(files), len(files), len(files)),
	}
	if !reflect.DeepEqual(calls, want) {
		t.Errorf("progress:\n%q\nwant\n%q", calls, want)
	}
}

// Importing in two steps ends with the same events as importing at once,
// and no stored event is left without articles.
func TestRegroupingInStepsMatchesAtOnce(t *testing.T) {
	ctx := context.Background()
	files, _ := articlegen.Generate(4, 300, 70)
	once, _ := openTemp(t)
	if _, errs := ImportFiles(ctx, once, files, nil); len(errs) > 0 {
		t.Fatal(errs[0])
	}
	steps, stepsPath := openTemp(t)
	for _, part := range [][]articles.RawFile{files[:120], files[120:250], files[250:]} {
		if _, errs := ImportFiles(ctx, steps, part, nil); len(errs) > 0 {
			t.Fatal(errs[0])
		}
	}
	a, err := once.Events(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := steps.Events(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("%d events at once, %d in steps", len(a), len(b))
	}
	members := func(evs []store.EventSummary) map[string]string {
		out := map[string]string{}
		for _, ev := range evs {
			for _, art := range ev.Articles {
				out[art.Hash] = ev.Title
			}
		}
		return out
	}
	if !reflect.DeepEqual(members(a), members(b)) {
		t.Errorf("the events differ between importing at once and in steps")
	}
	var orphans int
	if err := rawDB(t, stepsPath).QueryRow(`SELECT count(*) FROM events WHERE id NOT IN
		(SELECT event_id FROM articles WHERE event_id IS NOT NULL)`).Scan(&orphans); err != nil || orphans != 0 {
		t.Errorf("%d events without articles (%v)", orphans, err)
	}
}

// Large files come in smaller chunks: a chunk holds at most
// importChunkBytes of them, whether they come from memory or from disk.
func TestLargeFilesComeInSmallerChunks(t *testing.T) {
	ctx := context.Background()
	const n, size = 12, 4 << 20 // six to a chunk
	blob := make([]byte, size)  // refused as binary, quickly
	var files []articles.RawFile
	dir := t.TempDir()
	var paths []string
	for i := range n {
		blob[0] = byte(i + 1) // each file its own content
		name := filepath.Join(dir, fmt.Sprintf("page%02d.txt", i))
		if err := os.WriteFile(name, blob, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, articles.RawFile{Name: name, Data: bytes.Clone(blob)})
		paths = append(paths, name)
	}
	for _, from := range []string{"memory", "disk"} {
		s, _ := openTemp(t)
		var done []int
		progress := func(d, _ int) { done = append(done, d) }
		var errs []error
		if from == "memory" {
			_, errs = ImportFiles(ctx, s, files, progress)
		} else {
			_, errs = ImportPaths(ctx, s, paths, "", progress)
		}
		if want := []int{0, 6, 12}; !reflect.DeepEqual(done, want) {
			t.Errorf("from %s: progress after %v files, want %v", from, done, want)
		}
		if len(errs) != n {
			t.Errorf("from %s: %d errors, want one a file (%d): %v", from, len(errs), n, errors.Join(errs...))
		}
	}
}
