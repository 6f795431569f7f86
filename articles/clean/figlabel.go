package clean

import "strings"

// figureLabelRe opens a numbered figure's caption: "Figure 3:", "Fig.
// 2.", "Abbildung 4:", "Abb. 1", "Figura 2 -". Such a caption describes a
// picture or a chart, not the story's own words.
var figureLabelRe = lazyRE(`^(?:figure|fig\.|abbildung|abb\.|figura|fig)\s*\d{1,3}[a-z]?\s*[:.\-–—)]`)

// maxFigureLabelWords is the longest line dropFigureLabels judges: a
// caption, not a paragraph that discusses the figure.
const maxFigureLabelWords = 60

// dropFigureLabels removes the kept lines that are a numbered figure's
// caption.
func (c *cleaning) dropFigureLabels() {
	for i, u := range c.units {
		if c.reason[i] != "" || i == c.title || u.words > maxFigureLabelWords {
			continue
		}
		l := c.lower[i]
		if !strings.HasPrefix(l, "fig") && !strings.HasPrefix(l, "abb") {
			continue
		}
		if figureLabelRe.MatchString(l) {
			c.reason[i] = "caption"
		}
	}
}
