package compare

import (
	"testing"

	"reader/articles"
	"reader/articles/facts"
)

// disagreementsOf compares two fixed reports and a third and counts the
// disagreements of one kind: what a rule's test asks of a third report
// told two ways. Each report is "lang|headline\n\nbody".
func disagreementsOf(t *testing.T, kind facts.Kind, a, b, third string) int {
	t.Helper()
	var arts []articles.Article
	for i, r := range []string{a, b, third} {
		lang, body, _ := cut(r)
		arts = append(arts, story(t, string(rune('a'+i))+".txt", lang, body))
	}
	n := 0
	for _, f := range Compare("e", arts).Facts {
		if f.Kind == kind && f.Disagree {
			n++
		}
	}
	return n
}
