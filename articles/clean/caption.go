package clean

import (
	"strings"
	"unicode/utf8"

	"reader/articles/internal/textutil"
)

// A caption left between a story's paragraphs reads like a subhead to the
// line model: short, no full stop. What tells it apart is what it names:
// a subhead announces what the paragraphs below tell and shares their
// words, while a caption names what the picture shows (a product, a
// person, a place) in words the story never uses again. A short line
// inside the story that names something (a capital inside the line or a
// figure) is taken for a caption when at least captionWords of its content
// words, leaving out the story's own topic words (those of most
// paragraphs), occur in no other line of the story, and none of them does.
const captionWords = 3

// dropOrphanCaptions removes such captions.
func (c *cleaning) dropOrphanCaptions() {
	kept := c.kept()
	var paras []int
	for _, i := range kept {
		if i != c.title && c.units[i].list == Paragraph && textutil.EndsSentence(c.units[i].text) {
			paras = append(paras, i)
		}
	}
	if len(paras) < 3 {
		return
	}
	var candidates []int // the caption-shaped lines: on most pages none
	for k, i := range kept {
		if k > 0 && k < len(kept)-1 && i != c.title && c.captionShaped(i) {
			candidates = append(candidates, i)
		}
	}
	if len(candidates) == 0 {
		return
	}
	stems := make(map[int]map[string]bool, len(kept))
	for _, i := range kept {
		stems[i] = lineStems(c.units[i].text)
	}
	for _, i := range candidates {
		own, alone := 0, true
		for s := range stems[i] {
			in := 0 // paragraphs holding the stem
			for _, p := range paras {
				if stems[p][s] {
					in++
				}
			}
			if in*2 > len(paras) {
				continue // a topic word of the whole story
			}
			own++
			for _, j := range kept {
				if j != i && j != c.title && stems[j][s] {
					alone = false
				}
			}
		}
		if alone && own >= captionWords {
			c.reason[i] = "caption"
		}
	}
}

// captionShaped reports whether unit i has a caption's shape: a short
// paragraph line without a full stop, not in title case, naming something
// inside it (a capitalised word after the first, or a figure), between
// paragraphs of the story.
func (c *cleaning) captionShaped(i int) bool {
	u := c.units[i]
	if u.list != Paragraph || textutil.EndsSentence(u.text) || utf8.RuneCountInString(u.text) > 100 {
		return false
	}
	ws := textutil.Words(u.text)
	if len(ws) < 3 || len(ws) > 12 || textutil.IsTitleCase(ws) {
		return false
	}
	names := false
	for k, w := range ws {
		if k > 0 && textutil.IsCapitalised(w) || textutil.IsNumeric(w) {
			names = true
		}
	}
	prev, next := c.prevKept(i), c.nextKept(i)
	return names && prev >= 0 && next >= 0 && textutil.EndsSentence(c.units[prev].text) && textutil.EndsSentence(c.units[next].text)
}

// lineStems are a line's content words cut to their first five letters,
// so "invested" meets "investment".
func lineStems(t string) map[string]bool {
	out := map[string]bool{}
	for _, w := range textutil.Words(t) {
		lw := strings.ToLower(w)
		if textutil.Stopwords()[lw] || utf8.RuneCountInString(lw) < 3 || textutil.IsNumeric(w) {
			continue
		}
		lw = textutil.FoldLower(lw)
		if r := []rune(lw); len(r) > 5 {
			lw = string(r[:5])
		}
		out[lw] = true
	}
	return out
}
