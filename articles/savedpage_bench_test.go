package articles

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParseSavedPage reads the ten committed WCXB pages as saved web
// pages, as `reader import` reads .html: the page's text and markup
// evidence, readability's metadata, and the cleaner. One op is all ten.
func BenchmarkParseSavedPage(b *testing.B) {
	paths, _ := filepath.Glob("clean/testdata/corpus/wcxb-articles/dev/html/*.html.gz")
	if len(paths) == 0 {
		b.Skip("no committed pages")
	}
	var files []RawFile
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		z, err := gzip.NewReader(f)
		if err != nil {
			b.Fatal(err)
		}
		data, err := io.ReadAll(z)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, RawFile{Name: filepath.Base(p[:len(p)-3]), Data: bytes.Clone(data)})
	}
	if _, err := Parse(files[0]); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, f := range files {
			if _, err := Parse(f); err != nil {
				b.Fatal(err)
			}
		}
	}
}
