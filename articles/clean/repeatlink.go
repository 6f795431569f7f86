package clean

// minLinkCopies: a link standing this many times on a saved page, word
// for word, is one of the page's buttons.
const minLinkCopies = 3

// maxRepeatedLinkWords is the longest line dropRepeatedLinks judges.
const maxRepeatedLinkWords = 12

// dropRepeatedLinks removes, on a saved page, the kept short lines that
// are a link and nothing else and that the page repeats word for word
// (a shop's "Compare deals with ..." under each product, a "Buy now"
// button): the page's buttons, which the line model, seeing each beside
// the story's paragraphs, keeps.
func (c *cleaning) dropRepeatedLinks() {
	if c.dom == nil {
		return
	}
	copies := map[string]int{}
	for i, u := range c.units {
		if u.words <= maxRepeatedLinkWords && c.dom[i][0] >= 0.99 {
			copies[c.folded[i]]++
		}
	}
	for i, u := range c.units {
		if c.reason[i] != "" || i == c.title || u.words > maxRepeatedLinkWords || c.dom[i][0] < 0.99 {
			continue
		}
		if copies[c.folded[i]] >= minLinkCopies {
			c.reason[i] = "navigation"
		}
	}
}
