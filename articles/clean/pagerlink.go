package clean

import (
	"strings"

	"reader/articles/internal/textutil"
)

// maxPagerWords is the longest line pagerLink judges: a link to the
// previous or the next post names that post, no more.
const maxPagerWords = 20

// pagerLink: line i is a link to the previous post ("← Older post", "←
// Der 1. Stammtisch steht fest!") or to the next ("Next post →", "Read
// more →"), as blogs set them under the story. A run of lines each ending
// with an arrow is a flow or a list of steps the story draws, and stays.
func (c *cleaning) pagerLink(i int) bool {
	t := strings.TrimSpace(c.units[i].text)
	if t == "" || textutil.WordsOver(t, maxPagerWords) {
		return false
	}
	if strings.HasPrefix(t, "←") {
		return true
	}
	if !strings.HasSuffix(t, "→") {
		return false
	}
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(c.units) && strings.HasSuffix(strings.TrimSpace(c.units[j].text), "→") {
			return false
		}
	}
	return true
}
