package ingest

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"reader/articles/articlegen"
	"reader/store"
)

// BenchmarkImport imports generated articles into a new SQLite file: parse,
// clean, store and group, as `reader PATH` does. The 100k case also
// reports the process's peak resident memory during the import (run it
// alone: `go test -run XXX -bench 'Import$/100k' -benchtime 1x ./store`).
func BenchmarkImport(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			files, _ := articlegen.Generate(11, n, n/4)
			b.SetBytes(int64(articlegen.Size(files)))
			timeImports(b, n, func(s *store.Store) {
				if _, errs := ImportFiles(context.Background(), s, files, nil); len(errs) > 0 {
					b.Fatal(errs[0])
				}
			})
		})
	}
}

// BenchmarkImportFolder is `reader import FOLDER` over 100,000 generated
// files of realistic event sizes (articlegen.GenerateRealistic), in five
// subfolders of 20,000: one import, reading the files from disk a chunk
// at a time, parsing, cleaning, storing and grouping. It reports the
// process's peak resident memory (run it alone, as that peak is the
// process's: `go test -run XXX -bench ImportFolder -benchtime 1x ./store/ingest`).
func BenchmarkImportFolder(b *testing.B) {
	const n, parts = 100000, 5
	dir := b.TempDir()
	files, _ := articlegen.GenerateRealistic(11, n)
	for i, f := range files {
		p := filepath.Join(dir, fmt.Sprintf("part%d", i*parts/n), f.Name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	files = nil
	timeImports(b, n, func(s *store.Store) {
		if _, errs := ImportPaths(context.Background(), s, []string{dir}, "", nil); len(errs) > 0 {
			b.Fatal(errs[0])
		}
	})
}

// timeImports times importInto on a new store file per round, n articles a
// round, and reports articles/s and the peak resident memory of the rounds.
func timeImports(b *testing.B, n int, importInto func(*store.Store)) {
	runtime.GC()
	resetPeakRSS()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := store.Open(filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		importInto(s)
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	if mb := peakRSSMB(); mb > 0 {
		b.ReportMetric(mb, "peak-RSS-MB")
	}
}

// resetPeakRSS starts the kernel's peak-memory count afresh (Linux), so
// the peak read later belongs to the import, not to what ran before.
func resetPeakRSS() {
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// peakRSSMB reads the process's peak resident memory (VmHWM) in MB, or 0
// where /proc does not tell.
func peakRSSMB() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			if err != nil {
				return 0
			}
			return float64(kb) / 1000
		}
	}
	return 0
}

// BenchmarkRegroupAll regroups a store of 10,000 generated reports in
// full, as the end of an import into a new store does: the grouping is
// worked out from the stored fingerprints, and the events and the token
// index are written. Only the first round rewrites the articles' rows
// (their events change from none); later rounds find them unchanged, so
// the figure leaves out the ~10,000 row updates an import's regrouping
// pays.
func BenchmarkRegroupAll(b *testing.B) {
	files, _ := articlegen.GenerateRealistic(13, 10000)
	s, err := store.Open(filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, errs := ImportFiles(context.Background(), s, files, nil); len(errs) > 0 {
		b.Fatal(errs[0])
	}
	files = nil
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := RegroupAll(context.Background(), s); err != nil {
			b.Fatal(err)
		}
	}
}
