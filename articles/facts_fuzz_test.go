package articles

import (
	"reader/articles/internal/textutil"
	"reflect"
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
func articleFromText(file, text string) Article {
	a := Article{File: file, Lang: "en"}
	for _, line := range strings.Split(text, "\n") {
		if l := textutil.NormalizeLine(line); l != "" {
			a.Body = append(a.Body, Block{Kind: Paragraph, Text: l})
		}
	}
	return a
}

// inBlocks reports whether s is found in one block of the article.
func inBlocks(a Article, s string) bool {
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
func wordsInBlocks(a Article, s string) bool {
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
func checkFactText(t *testing.T, a Article, kind FactKind, label, wording string) {
	t.Helper()
	for name, v := range map[string]string{"label": label, "wording": wording} {
		if !utf8.ValidString(v) {
			t.Fatalf("%s fact %s is not valid UTF-8: %q", kind, name, v)
		}
	}
	switch kind {
	case FactQuote, FactDate:
		if !inBlocks(a, wording) {
			t.Fatalf("%s %q is not in the article %q", kind, wording, a.Paragraphs())
		}
	case FactAmount, FactPercent, FactDuration, FactQuantity, FactCount:
		w := strings.TrimSuffix(strings.TrimPrefix(wording, "… "), " …")
		if w == "" || !inBlocks(a, w) {
			t.Fatalf("%s %q (%s) is not in the article %q", kind, wording, label, a.Paragraphs())
		}
	case FactList:
		for _, c := range strings.Split(wording, ", ") {
			if !canonicalCountries[c] {
				t.Fatalf("list item %q of %q is not a country", c, wording)
			}
		}
	case FactPlace:
		if !inBlocks(a, wording) && !(canonicalCountries[label] && wording == label) {
			t.Fatalf("place %q (%s) is not in the article %q", wording, label, a.Paragraphs())
		}
	case FactPerson, FactOrg:
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
		"Officials from France, Germany and Japan met in Oslo on 3 March; the talks lasted 18 textutil.Months.",
		"Le maire Jean Dupont a déclaré « nous ne céderons rien sur la sécurité du port » lundi 12 juin à Marseille.",
		"It cost €5 (about $0) in the end.",
		"Prices rose 4.5 per cent in 2023, to 1,200,000 yuan; a 12-week, two-year plan.",
		"•• “” «» „ \u00a0 - ’s 's ... 0 0,0 1.2.3 99999999999999999999999 mrd. bn k",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := articleFromText("a.txt", text)
		var ms []mention
		withinDeadline(t, "extractMentions", func() { ms = extractMentions(a) })
		for _, m := range ms {
			checkFactText(t, a, m.kind, m.label, m.wording)
			if !utf8.ValidString(m.note) || !utf8.ValidString(m.key) {
				t.Fatalf("invalid UTF-8 in %+v", m)
			}
		}
		for _, b := range a.Body {
			for _, d := range findDurations(b.Text) {
				if d.start < 0 || d.start+len(d.text) > len(b.Text) || b.Text[d.start:d.start+len(d.text)] != d.text {
					t.Fatalf("duration %q at %d is not where it says in %q", d.text, d.start, b.Text)
				}
				if !durationKeyRe.MatchString(d.key) || !strings.HasPrefix(durationLabel(d.key), strings.TrimRight(d.key, "ymowdh")+" ") {
					t.Fatalf("duration %q has key %q, label %q", d.text, d.key, durationLabel(d.key))
				}
			}
			for _, am := range findAmounts(b.Text) {
				if am.start < 0 || am.start > am.end || am.end > len(b.Text) || am.text != strings.TrimSpace(b.Text[am.start:am.end]) {
					t.Fatalf("amount %q at [%d,%d) is not where it says in %q", am.text, am.start, am.end, b.Text)
				}
			}
		}
	})
}

// FuzzCompare: two fuzzed articles, parsed, fingerprinted and compared.
// Nothing panics; fingerprints keep their caps and carry no duplicates;
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
		a, errA := Parse(RawFile{Name: "one/a.txt", Data: da})
		b, errB := Parse(RawFile{Name: "two/b.txt", Data: db})
		if errA != nil || errB != nil {
			return
		}
		for _, art := range []Article{a, b} {
			requireCleanArticle(t, art)
			var fp Fingerprint
			withinDeadline(t, "NewFingerprint", func() { fp = NewFingerprint(art) })
			checkFingerprint(t, art, fp)
		}
		var ab, ba, one Comparison
		withinDeadline(t, "Compare", func() {
			ab = Compare("e1", []Article{a, b})
			ba = Compare("e1", []Article{b, a})
			one = Compare("e1", []Article{a})
		})
		if !reflect.DeepEqual(ab, ba) {
			t.Fatalf("comparison depends on the order of the articles:\n%+v\n%+v", ab, ba)
		}
		byFile := map[string]Article{a.File: a, b.File: b}
		for _, c := range []Comparison{ab, one} {
			checkComparison(t, c, byFile)
		}
		if one.SharedByAll != 0 {
			t.Fatalf("one article shares %d facts with nobody", one.SharedByAll)
		}
	})
}

func checkFingerprint(t *testing.T, a Article, fp Fingerprint) {
	t.Helper()
	if fp.Hash != a.Hash || fp.Title != a.Title || fp.Source != a.Source || !fp.Published.Equal(a.Published) {
		t.Fatalf("fingerprint does not carry the article's identity: %+v", fp)
	}
	for name, list := range map[string][]string{"Names": fp.Names, "Numbers": fp.Numbers, "Terms": fp.Terms, "Lead": fp.Lead} {
		caps := map[string]int{"Names": maxNames, "Numbers": maxNumbers, "Terms": maxTerms, "Lead": maxLead}
		if len(list) > caps[name] {
			t.Fatalf("%s has %d entries, cap %d", name, len(list), caps[name])
		}
		seen := map[string]bool{}
		for _, k := range list {
			if k == "" || seen[k] || !utf8.ValidString(k) {
				t.Fatalf("%s has an empty, repeated or invalid entry %q: %q", name, k, list)
			}
			seen[k] = true
		}
	}
	for _, n := range fp.Numbers {
		if !strings.HasPrefix(n, "n:") && !strings.HasPrefix(n, "pct:") && !strings.HasPrefix(n, "y:") && !strings.HasPrefix(n, "d:") {
			t.Fatalf("number key %q has no kind", n)
		}
	}
	// The lead is the start of the text, so when nothing was cut by a
	// cap, what it names and counts the whole article does too.
	if len(fp.Names) < maxNames && len(fp.Numbers) < maxNumbers {
		all := map[string]bool{}
		for _, k := range append(append([]string{}, fp.Names...), fp.Numbers...) {
			all[k] = true
		}
		for _, k := range fp.Lead {
			if !all[k] {
				t.Fatalf("lead key %q is not among the names %q or numbers %q of the article", k, fp.Names, fp.Numbers)
			}
		}
	}
}

func checkComparison(t *testing.T, c Comparison, byFile map[string]Article) {
	t.Helper()
	n := len(c.Files)
	if len(c.Sources) != n || len(c.Titles) != n {
		t.Fatalf("%d files, %d sources, %d titles", n, len(c.Sources), len(c.Titles))
	}
	if c.SharedByAll+c.SingleSource+c.Disagreements > len(c.Facts) {
		t.Fatalf("counts %d+%d+%d exceed %d facts", c.SharedByAll, c.SingleSource, c.Disagreements, len(c.Facts))
	}
	for i, f := range c.Files {
		a, ok := byFile[f]
		if !ok || c.Sources[i] != a.Source || c.Titles[i] != a.Title {
			t.Fatalf("column %d (%q) does not match its article", i, f)
		}
	}
	for _, fact := range c.Facts {
		if len(fact.Values) == 0 || len(fact.Values) > n {
			t.Fatalf("fact %q has %d values for %d articles", fact.Label, len(fact.Values), n)
		}
		if fact.Disagree && fact.Note == "" {
			t.Fatalf("fact %q disagrees without a note", fact.Label)
		}
		if !utf8.ValidString(fact.Note) || !utf8.ValidString(fact.Label) {
			t.Fatalf("invalid UTF-8 in fact %+v", fact)
		}
		for file, wording := range fact.Values {
			a, ok := byFile[file]
			if !ok {
				t.Fatalf("fact %q cites %q, not a compared file", fact.Label, file)
			}
			checkFactText(t, a, fact.Kind, fact.Label, wording)
		}
	}
	// Column by column, the rows hold the article's passages in order.
	for k, file := range c.Files {
		var want []string
		for _, b := range byFile[file].Body {
			if b.Kind != Heading {
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
