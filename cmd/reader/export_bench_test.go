package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"reader/articles/articlegen"
)

// BenchmarkExportPaths is `reader export --json FOLDER` of 2,000 generated
// files of realistic event sizes: read, parse, group, compare every event
// (on every core) and print, to io.Discard.
func BenchmarkExportPaths(b *testing.B) {
	const n = 2000
	dir := b.TempDir()
	files, _ := articlegen.GenerateRealistic(17, n)
	for _, f := range files {
		p := filepath.Join(dir, f.Name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := exportPaths([]string{dir}, io.Discard, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
