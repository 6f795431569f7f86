package facts

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzExtract: extraction from any paragraphs never panics nor spins, and
// every statement quotes the article: its value and its wording are the
// source's own words.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Huge Corp will spend $2 billion (about 1.76 million euros) over the next five years, chairman Jane Roe said on Monday.",
		"\"We have never been asked to install a back door, not once,\" said Jane Roe, the company's chief executive.",
		"Officials from France, Germany and Japan met in Oslo on 3 March; the talks lasted 18 months.",
		"Le maire Jean Dupont a déclaré « nous ne céderons rien sur la sécurité du port » lundi 12 juin à Marseille.",
		"It cost €5 (about $0) in the end.",
		"Prices rose 4.5 per cent in 2023, to 1,200,000 yuan; a 12-week, two-year plan.",
		"•• “” «» „ \u00a0 - ’s 's ... 0 0,0 1.2.3 99999999999999999999999 mrd. bn k",
		"Dr. Jane Ann Doe, 34-year-old, $3B €20m a day 16.057% ago 34 U.S. two-day",
		"Arabic-Indic digits ٣٤ and ٥ km, Devanagari ४२ people, fullwidth ３ days",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := article("en", text)
		done := make(chan []Fact, 1)
		go func() { done <- Extract(a) }()
		var fs []Fact
		select {
		case fs = <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("Extract did not finish within 10s")
		}
		body := strings.Join(a.Paragraphs(), "\n")
		for _, f := range fs {
			for name, v := range map[string]string{"subject": f.Subject, "value": f.Value, "norm": f.Norm, "wording": f.Wording, "slip": f.Slip} {
				if !utf8.ValidString(v) {
					t.Fatalf("%s of %+v is not valid UTF-8", name, f)
				}
			}
			if f.Kind == KindList {
				continue // canonical country names
			}
			w := strings.TrimSuffix(strings.TrimPrefix(f.Wording, "… "), " …")
			if w == "" || !strings.Contains(body, w) || f.Value == "" || !strings.Contains(body, f.Value) {
				t.Fatalf("%s fact %+v does not quote the article %q", f.Kind, f, body)
			}
			if f.Num != nil && (f.Num.Value < 0 || f.Num.Value != f.Num.Value) {
				t.Fatalf("bad figure %+v", f.Num)
			}
		}
	})
}
