package clean

import (
	"reader/articles/internal/textutil"
	"strings"
)

// minStoryWords is how many words a line needs to be kept as the story of
// a page that would otherwise keep none.
const minStoryWords = 12

// keepSomeStory gives back the prose of a page the line model would leave
// with no story at all: a brief of one paragraph, as a file with front
// matter and one block of text makes it, has nothing around it to look
// like a story beside, and its one paragraph scores as a stray line. An
// empty article serves no one; the lines restored are whole sentences that
// no furniture vocabulary names and no other page repeats, and that the
// rules for furniture written as sentences (a blog's filing note, a
// site's notice or promotion, a legal notice, a credit line, a button)
// would not have removed had the model kept them.
func (c *cleaning) keepSomeStory() {
	for i, u := range c.units {
		if c.reason[i] == "" && i != c.title && u.words > minStoryWords-1 {
			return // the page keeps a story
		}
	}
	restored := false
	for i, u := range c.units {
		if c.reason[i] != "" && i != c.title && c.vocab[i] == "" && !c.repeated[i] &&
			prose(u.text, minStoryWords) {
			c.reason[i] = ""
			restored = true
		}
	}
	if restored {
		// Those rules judge only kept lines, and ran before.
		c.dropNavLabels()
		c.dropPromotions()
		c.dropSiteNotices()
		c.dropTagLines()
		c.dropCreditLines()
		c.dropLegalNotices()
	}
}

// storyEndFloor: a line the line model gives less than this chance of
// being story is not given back by keepStoryEnd. What the model is that
// sure of under a story's last paragraph is furniture written as a
// sentence (an outlet's tagline, an opt-out or trademark notice, a
// "thanks for reading"), not the story's last line; the story's own
// closing sentences it doubts far less.
const storyEndFloor = 0.1

// keepStoryEnd gives back a sentence the line model took from the end of
// the story: prose right under a kept paragraph of prose, with nothing
// between, is the story going on (its short last line, a sign-off), not
// furniture, unless the model all but rules it out (storyEndFloor).
func (c *cleaning) keepStoryEnd() {
	for i := 1; i < len(c.units); i++ {
		u, prev := c.units[i], c.units[i-1]
		if c.reason[i] == "" || c.vocab[i] != "" || c.repeated[i] || i == c.title || i-1 == c.title ||
			c.reason[i-1] != "" || !prose(u.text, 8) || !prose(prev.text, 12) {
			continue
		}
		if c.prob != nil && c.prob[i] < storyEndFloor {
			continue
		}
		c.reason[i] = ""
	}
}

// keepStoryStart gives back the story's first paragraph where the page
// opens with it, as a file with front matter does: the line model, which
// learned that a page's first lines are most often its menu, can take it
// for furniture. Prose of a sentence or more that opens the page, right
// above a kept paragraph of prose, is the story beginning. (Anywhere
// lower, such prose above the story is as often a disclosure: "We may earn
// a commission...".)
func (c *cleaning) keepStoryStart() {
	i := 0
	for i < len(c.units) && strings.TrimSpace(c.units[i].text) == "" {
		i++
	}
	if i+1 >= len(c.units) || c.reason[i] == "" || c.vocab[i] != "" || c.repeated[i] || i == c.title || i+1 == c.title ||
		c.reason[i+1] != "" || !prose(c.units[i].text, minStoryWords) || !prose(c.units[i+1].text, 8) {
		return
	}
	c.reason[i] = ""
}

// prose: a sentence of at least n words.
func prose(text string, n int) bool {
	return textutil.EndsSentence(text) && textutil.WordsOver(text, n-1)
}
