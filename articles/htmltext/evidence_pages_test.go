package htmltext

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// committedPages are the ten WCXB pages committed as the cleaner's test data.
func committedPages(b testing.TB) [][]byte {
	paths, _ := filepath.Glob("../clean/testdata/corpus/wcxb-articles/dev/html/*.html.gz")
	if len(paths) == 0 {
		b.Skip("no committed pages")
	}
	var out [][]byte
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
		out = append(out, data)
	}
	return out
}

// BenchmarkLines and BenchmarkLinesEvidence read the ten pages with the
// saved-page habits; one op is all ten. Their difference is what the
// markup's evidence costs.
func BenchmarkLines(b *testing.B) {
	pages := committedPages(b)
	v := Variant{BlankAfterBlock: true, BRBreaks: true, DropChrome: true, ListBullets: true}
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			Lines(p, v)
		}
	}
}

func BenchmarkLinesEvidence(b *testing.B) {
	pages := committedPages(b)
	v := Variant{BlankAfterBlock: true, BRBreaks: true, DropChrome: true, ListBullets: true}
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			LinesEvidence(p, v)
		}
	}
}

// LinesEvidence gives exactly Lines's lines, one evidence each, on real
// pages with every converter habit.
func TestLinesEvidenceKeepsLines(t *testing.T) {
	for _, p := range committedPages(t) {
		for _, v := range []Variant{{}, {BlankAfterBlock: true, BRBreaks: true, DropChrome: true, ListBullets: true},
			{BlankAfterBlock: true, BRBreaks: true, IndentSpaces: true, TrailingSpace: true}, {BRBreaks: true, KeepNBSP: true}} {
			lines, ev := LinesEvidence(p, v)
			if want := Lines(p, v); !reflect.DeepEqual(lines, want) {
				t.Fatalf("LinesEvidence's lines differ from Lines's with %+v", v)
			}
			if len(ev) != len(lines) {
				t.Fatalf("%d evidence for %d lines", len(ev), len(lines))
			}
		}
	}
}
