package clean

import "reader/articles/internal/textutil"

// relatedReason is the reason the vocabulary gives a related-stories
// heading ("Read also", "Noticias relacionadas", "Leggi anche").
const relatedReason = "related link"

// dropRelatedTail removes the headlines listed under a related-stories
// heading after the story, up to the first line that is no headline. The line model judges each line on its own and
// keeps one that reads like a headline; under such a heading, with no
// story paragraph after it, a line that is no sentence is another story's
// headline.
func (c *cleaning) dropRelatedTail() {
	for i := range c.units {
		if c.reason[i] != relatedReason && c.vocab[i] != relatedReason || i == c.title {
			continue
		}
		var heads []int
		for j := i + 1; j < len(c.units); j++ {
			if c.reason[j] != "" || j == c.title {
				continue
			}
			t := c.units[j].text
			if prose(t, 8) {
				heads = nil // the story goes on: a box inside it, left as it is
				break
			}
			if !headlineShaped(t) {
				break // the list ends (a table's cells end it at once)
			}
			heads = append(heads, j)
		}
		if len(heads) > 0 {
			c.reason[i] = relatedReason
		}
		for _, j := range heads {
			c.reason[j] = relatedReason
		}
	}
}

// headlineShaped: a line of four to twenty words that opens with a
// capital or a figure ("10 ideas for ...") and ends no sentence, as a
// story's headline does.
func headlineShaped(t string) bool {
	n := textutil.CountWordsUpTo(t, 20)
	return n >= 4 && n <= 20 && !textutil.EndsSentence(t) && (textutil.IsCapitalised(t) || t[0] >= '0' && t[0] <= '9')
}
