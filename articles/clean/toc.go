package clean

// tocLabelRe opens a table of contents.
var tocLabelRe = lazyRE(`(?i)^(table of contents|contents|in this (article|post|guide)|on this page|jump to|sommaire|dans cet article|inhalt(sverzeichnis)?|in diesem artikel|índice|contenido|en este artículo|indice|sommario|in questo articolo|inhoud(sopgave)?|conteúdo|neste artigo)\s*:?$`)

// maxTOCLabelWords is the most words a line tocLabelRe matches has ("in
// diesem Artikel"): its labels are letters and single spaces, and what
// may follow them (spaces, a colon) is no word.
const maxTOCLabelWords = 3

// dropContents removes a table of contents: its label and the entries
// under it that name a later line of the page (the subheads they link
// to); and a reading-time line ("8 min read"), which says nothing of the
// story.
func (c *cleaning) dropContents() {
	later := map[string]int{} // each short line's text, lower-cased -> its last position
	for i, u := range c.units {
		if u.words <= 14 {
			later[c.lower[i]] = i
		}
	}
	for i, u := range c.units {
		if i == c.title {
			continue
		}
		// Every branch of readingTimeRe holds a digit, and a label
		// tocLabelRe takes has at most three words: most lines need
		// neither pattern run.
		if hasDigitRun(u.text, 1) && readingTimeRe.MatchString(u.text) && c.reason[i] == "" {
			c.reason[i] = "reading time"
			continue
		}
		if u.words > maxTOCLabelWords || !tocLabelRe.MatchString(u.text) {
			continue
		}
		var entries []int
		for j := i + 1; j < len(c.units); j++ {
			if at, ok := later[c.lower[j]]; !ok || at <= j {
				break
			}
			entries = append(entries, j)
		}
		if len(entries) < 2 {
			continue
		}
		c.reason[i] = "table of contents"
		for _, j := range entries {
			c.reason[j] = "table of contents"
		}
	}
}
