package compare

import (
	"reader/articles"
	"reader/articles/facts"
	"reader/articles/internal/textutil"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzDeadline bounds one fuzz input: comparison runs on every event the
// user opens, so an input that makes it spin is a bug like a panic.
const fuzzDeadline = 10 * time.Second

func withinDeadline(t *testing.T, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(fuzzDeadline):
		t.Fatalf("%s did not finish within %s", what, fuzzDeadline)
	}
}

// inBlocks reports whether s is found in one block of the article.
func inBlocks(a articles.Article, s string) bool {
	for _, b := range a.Body {
		if strings.Contains(b.Text, s) {
			return true
		}
	}
	return false
}

// wordsInBlocks reports whether every word of s, apostrophes, hyphens and
// a possessive 's at its ends aside, is found in the article.
func wordsInBlocks(a articles.Article, s string) bool {
	for _, w := range textutil.Words(s) {
		w = strings.Trim(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), "'’-")
		if !inBlocks(a, w) {
			return false
		}
	}
	return true
}

// checkFactText checks that what a fact quotes of a source is drawn from
// that source's text.
func checkFactText(t *testing.T, a articles.Article, kind facts.Kind, label, wording string) {
	t.Helper()
	for name, v := range map[string]string{"label": label, "wording": wording} {
		if !utf8.ValidString(v) {
			t.Fatalf("%s fact %s is not valid UTF-8: %q", kind, name, v)
		}
	}
	switch kind {
	case facts.KindQuote, facts.KindDate, facts.KindPlace, facts.KindAmount, facts.KindPercent, facts.KindDuration, facts.KindQuantity, facts.KindCount:
		w := strings.TrimSuffix(strings.TrimPrefix(wording, "… "), " …")
		if w == "" || !inBlocks(a, w) {
			t.Fatalf("%s %q (%s) is not in the article %q", kind, wording, label, a.Paragraphs())
		}
	case facts.KindPerson, facts.KindOrg:
		if !wordsInBlocks(a, wording) {
			t.Fatalf("%s %q (%s) has words not in the article %q", kind, wording, label, a.Paragraphs())
		}
	}
}

// FuzzCompare: two fuzzed articles, parsed and compared. Nothing panics;
// the comparison has one column per article whatever their order, every
// fact quotes its sources' own text, and the aligned rows hold each
// article's passages exactly once and in order.
func FuzzCompare(f *testing.F) {
	f.Add([]byte("Huge Corp to spend $2 billion on security\n\nHuge Corp will spend $2 billion (about 1.76 million euros) over five years, chairman Jane Roe said on Monday.\n\n\"We have never been asked to install a back door, not once,\" Jane Roe said."),
		[]byte("Huge Corp eyes $2bn security overhaul\n\nHuge Corp may spend at least $2 billion over the next five years, its president Jane Roe told reporters in Oslo.\n\nThe plan covers France, Germany and Japan."))
	f.Add([]byte("---\ntitle: Same\nsource: Same\n---\nA sentence that says the same thing in both places."), []byte("---\ntitle: Same\nsource: Same\n---\nA sentence that says the same thing in both places."))
	f.Add([]byte("It cost €5 (about $0) in the end, the agency said on 3 March."), []byte("Title\n\nBody."))
	f.Add([]byte("• France\n• Germany\n1. Japan\n2. Italy"), []byte("\x1b[31m"))
	f.Fuzz(func(t *testing.T, da, db []byte) {
		a, errA := articles.Parse(articles.RawFile{Name: "one/a.txt", Data: da})
		b, errB := articles.Parse(articles.RawFile{Name: "two/b.txt", Data: db})
		if errA != nil || errB != nil {
			return
		}
		var ab, ba, one Comparison
		withinDeadline(t, "Compare", func() {
			ab = Compare("e1", []articles.Article{a, b})
			ba = Compare("e1", []articles.Article{b, a})
			one = Compare("e1", []articles.Article{a})
		})
		if !reflect.DeepEqual(ab, ba) {
			t.Fatalf("comparison depends on the order of the articles:\n%+v\n%+v", ab, ba)
		}
		byFile := map[string]articles.Article{a.File: a, b.File: b}
		for _, c := range []Comparison{ab, one} {
			checkComparison(t, c, byFile)
		}
		if one.SharedByAll != 0 {
			t.Fatalf("one article shares %d facts with nobody", one.SharedByAll)
		}
	})
}

func checkComparison(t *testing.T, c Comparison, byFile map[string]articles.Article) {
	t.Helper()
	n := len(c.Columns)
	if c.SharedByAll+c.SingleSource+c.Disagreements > len(c.Facts) {
		t.Fatalf("counts %d+%d+%d exceed %d facts", c.SharedByAll, c.SingleSource, c.Disagreements, len(c.Facts))
	}
	for i, col := range c.Columns {
		a, ok := byFile[col.File]
		if !ok || col.Source != a.Source || col.Title != a.Title {
			t.Fatalf("column %d (%q) does not match its article", i, col.File)
		}
	}
	for _, fact := range c.Facts {
		if len(fact.Values) != n || fact.Sources() == 0 {
			t.Fatalf("fact %q has %d values, %d said, for %d articles", fact.Label, len(fact.Values), fact.Sources(), n)
		}
		if fact.Disagree && fact.Note == "" {
			t.Fatalf("fact %q disagrees without a note", fact.Label)
		}
		if !utf8.ValidString(fact.Note) || !utf8.ValidString(fact.Label) {
			t.Fatalf("invalid UTF-8 in fact %+v", fact)
		}
		for k, v := range fact.Values {
			if v.Said() {
				checkFactText(t, byFile[c.Columns[k].File], fact.Kind, fact.Label, v.Text)
			}
		}
	}
	// Column by column, the rows hold the article's passages in order.
	for k, col := range c.Columns {
		var want []string
		for _, b := range byFile[col.File].Body {
			if b.Kind != articles.Heading {
				want = append(want, b.Text)
			}
		}
		var got []string
		for r, row := range c.Rows {
			if len(row.Cells) != n {
				t.Fatalf("row %d has %d cells for %d articles", r, len(row.Cells), n)
			}
			cell := row.Cells[k]
			for _, sp := range cell.Shared {
				if sp[0] < 0 || sp[0] >= sp[1] || sp[1] > len(cell.Text) {
					t.Fatalf("shared span %v outside cell %q", sp, cell.Text)
				}
			}
			if cell.Text != "" {
				got = append(got, cell.Text)
			}
		}
		if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Fatalf("column %d rows %q, want the passages %q", k, got, want)
		}
	}
}
