package clean

import (
	"strings"

	"reader/articles/internal/textutil"
)

// maxPagerWords is the longest line pagerLink judges: a link to the
// previous or the next post names that post, no more.
const maxPagerWords = 20

// pagerLabelRe opens a link to the next or the previous article, with or
// without its title ("Next post", "Article suivant Après ...", "Vorschau
// auf den nächsten Artikel", "... weiter zu ..."). It is matched against
// the lower-cased line.
var pagerLabelRe = lazyRE(`^(?:next (?:article|post|story)|previous (?:article|post|story)|article (?:suivant|précédent)|nächster artikel|vorheriger artikel|` +
	`vorschau auf den nächsten artikel|artículo (?:siguiente|anterior)|articolo (?:successivo|precedente)|(?:\.\.\.|…) ?weiter zu)\b`)

// pagerFirst are the first words of pagerLabelRe's lines, the cheap test
// before it runs.
var pagerFirst = lazyWordSet(`next previous article nächster vorheriger vorschau artículo articolo`)

// pagerLink: line i is a link to the previous post ("← Older post", "←
// Der 1. Stammtisch steht fest!") or to the next ("Next post →", "Read
// more →", "Article suivant ..."), as blogs set them under the story. A
// run of lines each ending with an arrow is a flow or a list of steps the
// story draws, and stays.
func (c *cleaning) pagerLink(i int) bool {
	t := strings.TrimSpace(c.units[i].text)
	if t == "" || textutil.WordsOver(t, maxPagerWords) {
		return false
	}
	if strings.HasPrefix(t, "←") {
		return true
	}
	if l := c.lower[i]; (pagerFirst()[firstWord(l)] || strings.HasPrefix(l, "...") || strings.HasPrefix(l, "…")) && pagerLabelRe.MatchString(l) {
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
