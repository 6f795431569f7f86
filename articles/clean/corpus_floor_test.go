package clean

import (
	"strings"
	"testing"

	"reader/articles/clean/corpus"
)

// TestRealPagesFloor holds the cleaner to a floor on ten real pages
// committed as testdata (testdata/corpus, a WCXB subset): the body's token
// F1 against the page's true text, and the headline. The full evaluation
// over the whole corpus is `go run ./articles/clean/eval`.
func TestRealPagesFloor(t *testing.T) {
	pages, err := corpus.LoadWCXB("testdata/corpus", "dev")
	if err != nil || len(pages) != 10 {
		t.Fatalf("%d pages, %v", len(pages), err)
	}
	var f1 float64
	titles := 0
	for i, pg := range pages {
		r := Prepare(corpus.PageText(pg.HTML, corpus.VariantFor(i))).Finish()
		var body []string
		for j, l := range r.Lines {
			if l.Reason == "" && j != r.TitleLine {
				body = append(body, l.Text)
			}
		}
		_, _, f := corpus.TokenF1(strings.Join(body, "\n"), pg.Truth.Main)
		f1 += f
		if !r.TitleDerived && corpus.SameTitle(r.Title, pg.Truth.Title) {
			titles++
		}
		t.Logf("%s F1 %.3f title %q", pg.ID, f, r.Title)
	}
	f1 /= float64(len(pages))
	t.Logf("mean F1 %.3f, %d of %d headlines right", f1, titles, len(pages))
	if f1 < 0.90 || titles < 8 {
		t.Errorf("mean F1 %.3f (floor 0.90), %d headlines right (floor 8)", f1, titles)
	}
}
