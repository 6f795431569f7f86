package facts

import (
	"reader/articles"
	"reader/articles/internal/textutil"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzDeadline bounds one fuzz input: fact extraction runs on every article
// the user opens, so an input that makes it spin is a bug like a panic.
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

var durationKeyRe = regexp.MustCompile(`^[0-9]+(y|mo|w|d|h)$`)

// articleFromText makes an article of paragraphs, one per non-blank line,
// normalised the way the cleaner leaves body text.
func articleFromText(file, text string) articles.Article {
	a := articles.Article{File: file, Lang: "en"}
	for _, line := range strings.Split(text, "\n") {
		if l := textutil.NormalizeLine(line); l != "" {
			a.Body = append(a.Body, articles.Block{Kind: articles.Paragraph, Text: l})
		}
	}
	return a
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

// wordsInBlocks reports whether every word of s, apostrophes, hyphens
// and a possessive 's at its ends aside, is found in the article. (Found,
// not a word of it: the extracting patterns' word boundaries are not
// those of textutil.Words(), "chief" matches in "chief'00".)
func wordsInBlocks(a articles.Article, s string) bool {
	for _, w := range textutil.Words(s) {
		w = strings.Trim(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), "'’-")
		if !inBlocks(a, w) {
			return false
		}
	}
	return true
}

var canonicalCountries = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range countries {
		m[c] = true
	}
	return m
}()

// checkFactText checks that what a fact quotes of a source is drawn from
// that source's text: quotes, snippets and dates verbatim, names and roles
// word by word; lists and countries are canonical names.
func checkFactText(t *testing.T, a articles.Article, kind Kind, label, wording string) {
	t.Helper()
	for name, v := range map[string]string{"label": label, "wording": wording} {
		if !utf8.ValidString(v) {
			t.Fatalf("%s fact %s is not valid UTF-8: %q", kind, name, v)
		}
	}
	switch kind {
	case KindQuote, KindDate:
		if !inBlocks(a, wording) {
			t.Fatalf("%s %q is not in the article %q", kind, wording, a.Paragraphs())
		}
	case KindAmount, KindPercent, KindDuration, KindQuantity, KindCount:
		w := strings.TrimSuffix(strings.TrimPrefix(wording, "… "), " …")
		if w == "" || !inBlocks(a, w) {
			t.Fatalf("%s %q (%s) is not in the article %q", kind, wording, label, a.Paragraphs())
		}
	case KindList:
		for _, c := range strings.Split(wording, ", ") {
			if !canonicalCountries[c] {
				t.Fatalf("list item %q of %q is not a country", c, wording)
			}
		}
	case KindPlace:
		if !inBlocks(a, wording) && !(canonicalCountries[label] && wording == label) {
			t.Fatalf("place %q (%s) is not in the article %q", wording, label, a.Paragraphs())
		}
	case KindPerson, KindOrg:
		if !wordsInBlocks(a, wording) {
			t.Fatalf("%s %q (%s) has words not in the article %q", kind, wording, label, a.Paragraphs())
		}
	default:
		t.Fatalf("unknown fact kind %q", kind)
	}
}

// FuzzMentions: fact extraction from any paragraphs never panics nor
// spins, and every statement it finds is drawn from the text.
func FuzzMentions(f *testing.F) {
	for _, s := range []string{
		"Huge Corp will spend $2 billion (about 1.76 million euros) over the next five years, chairman Jane Roe said on Monday.",
		"\"We have never been asked to install a back door, not once,\" said Jane Roe, the company's chief executive.",
		"Officials from France, Germany and Japan met in Oslo on 3 March; the talks lasted 18 months.",
		"Le maire Jean Dupont a déclaré « nous ne céderons rien sur la sécurité du port » lundi 12 juin à Marseille.",
		"It cost €5 (about $0) in the end.",
		"Prices rose 4.5 per cent in 2023, to 1,200,000 yuan; a 12-week, two-year plan.",
		"•• “” «» „ \u00a0 - ’s 's ... 0 0,0 1.2.3 99999999999999999999999 mrd. bn k",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := articleFromText("a.txt", text)
		var ms []Mention
		withinDeadline(t, "Extract", func() { ms = Extract(a) })
		for _, m := range ms {
			checkFactText(t, a, m.Kind, m.Label, m.Wording)
			if !utf8.ValidString(m.Note) || !utf8.ValidString(m.Key) {
				t.Fatalf("invalid UTF-8 in %+v", m)
			}
		}
		for _, b := range a.Body {
			for _, d := range FindDurations(b.Text) {
				if d.Start < 0 || d.Start+len(d.Text) > len(b.Text) || b.Text[d.Start:d.Start+len(d.Text)] != d.Text {
					t.Fatalf("duration %q at %d is not where it says in %q", d.Text, d.Start, b.Text)
				}
				if !durationKeyRe.MatchString(d.Key) || !strings.HasPrefix(durationLabel(d.Key), strings.TrimRight(d.Key, "ymowdh")+" ") {
					t.Fatalf("duration %q has key %q, label %q", d.Text, d.Key, durationLabel(d.Key))
				}
			}
			for _, am := range FindAmounts(b.Text) {
				if am.Start < 0 || am.Start > am.End || am.End > len(b.Text) || am.Text != strings.TrimSpace(b.Text[am.Start:am.End]) {
					t.Fatalf("amount %q at [%d,%d) is not where it says in %q", am.Text, am.Start, am.End, b.Text)
				}
			}
		}
	})
}
