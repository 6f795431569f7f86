package compare

import (
	"strings"
	"testing"

	"reader/articles"
)

// TestFunctionWordsNameNoFact: a fact whose sources tie it to a
// preposition alone ("w środę", "på onsdagen") is not labelled by it.
func TestFunctionWordsNameNoFact(t *testing.T) {
	c := Compare("e", []articles.Article{
		story(t, "pl.txt", "pl", "Huta w Sławowie zostanie zamknięta\n\nZarząd ogłosił decyzję w środę. Pracę straci 1350 osób."),
		story(t, "pl2.txt", "pl", "Koniec huty w Sławowie\n\nDecyzję ogłoszono w środę. Pracę straci 1350 osób."),
	})
	for _, f := range c.Facts {
		for _, w := range strings.Fields(strings.ReplaceAll(f.Label, "·", " ")) {
			if w == "w" || w == "på" {
				t.Errorf("fact %q labelled by a preposition", f.Label)
			}
		}
	}
	if len(c.Facts) == 0 {
		t.Fatal("no facts read")
	}
}
