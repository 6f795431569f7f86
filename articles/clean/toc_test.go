package clean

import (
	"strings"
	"testing"
)

// A guide's table of contents and reading time go; the subheads they
// repeat stay in the story, and so do its paragraphs; the related posts
// after the story go, one opening with a figure too.
func TestTableOfContentsAndReadingTime(t *testing.T) {
	page := strings.Join([]string{
		"Blog", "Pricing",
		"How to plan a small harbour festival on a budget",
		"Written by Dana Ortiz", "8 min read",
		"Table of contents", "Set a budget first", "Choose the venue",
		"Planning a festival for a few hundred people does not have to cost a fortune, and a small team can run one that pays for itself.",
		"Set a budget first",
		"Start with what you can spend, not with what you would like to have, and list the fixed costs before the rest of them.",
		"Choose the venue",
		"Town halls and libraries often rent rooms at a fraction of hotel prices, and many include projectors and wifi.",
		"Related posts", "10 ideas for your next team outing", "How to write a speaker invitation",
	}, "\n")
	r := Prepare(page).Finish()
	seen := map[string]int{}
	for _, l := range r.Lines {
		if l.Reason == "" {
			seen[l.Text]++
		}
	}
	for _, gone := range []string{"8 min read", "Table of contents", "10 ideas for your next team outing", "How to write a speaker invitation"} {
		if seen[gone] > 0 {
			t.Errorf("%q kept", gone)
		}
	}
	for _, heading := range []string{"Set a budget first", "Choose the venue"} {
		if seen[heading] != 1 {
			t.Errorf("subhead %q kept %d times, want once", heading, seen[heading])
		}
	}
}
