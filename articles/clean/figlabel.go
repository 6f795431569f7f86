package clean

import "strings"

// figureLabelRe opens a numbered figure's caption: "Figure 3:", "Fig.
// 2.", "Abbildung 4:", "Abb. 1", "Figura 2 -". Such a caption describes a
// picture or a chart, not the story's own words.
var figureLabelRe = lazyRE(`^(?:figure|fig\.|abbildung|abb\.|figura|fig)(?:\s*\d{1,3}[a-z]?\s*[:.\-–—)]|\s*:)`)

// creditedCaptionRe ends a caption with its picture's credit in brackets:
// "... in Dienst gestellt. (Foto: Getty)", "(Quelle: Archiv/DJV)",
// "(Photo: Reuters)".
var creditedCaptionRe = lazyRE(`\((?:foto|fotos|photo|photos|bild|bilder|quelle|source|credit|image|picture|crédit|crédito)\s*:\s*[^()]{1,80}\)\s*\.?$`)

// maxCreditedCaptionWords is the longest line a credit in brackets marks
// as a caption.
const maxCreditedCaptionWords = 40

// maxFigureLabelWords is the longest line dropFigureLabels judges: a
// caption, not a paragraph that discusses the figure.
const maxFigureLabelWords = 60

// dropFigureLabels removes the kept lines that are a numbered figure's
// caption. It runs before the passes that give back prose under the
// story's paragraphs: a caption written as sentences, as a paper or a
// report writes them, is given back as part of the story.
func (c *cleaning) dropFigureLabels() {
	for i, u := range c.units {
		if c.reason[i] != "" || i == c.title || u.words > maxFigureLabelWords {
			continue
		}
		l := c.lower[i]
		if (strings.HasPrefix(l, "fig") || strings.HasPrefix(l, "abb")) && figureLabelRe.MatchString(l) {
			c.reason[i] = "caption"
		}
	}
}

// dropCreditedCaptions removes the kept lines that are a caption ending
// with its picture's credit. It runs after the passes that give back
// prose under the story's paragraphs, which such a caption reads as.
func (c *cleaning) dropCreditedCaptions() {
	for i, u := range c.units {
		if c.reason[i] != "" || i == c.title || u.words > maxCreditedCaptionWords {
			continue
		}
		l := c.lower[i]
		if strings.HasSuffix(strings.TrimRight(l, " ."), ")") && creditedCaptionRe.MatchString(l) {
			c.reason[i] = "caption"
		}
	}
}
