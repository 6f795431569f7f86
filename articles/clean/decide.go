package clean

import (
	"strings"
	"sync"
	"unicode"

	"reader/articles/internal/textutil"

	"reader/articles/clean/gbdt"
)

// decide runs the line model over the page: a first pass on each line's own
// shape and surroundings, a second on what the first thought of its
// neighbours. A line below the threshold is removed, with the first pass's
// strongest reason in words.
func (c *cleaning) decide() {
	m, err := loadModels()
	if err != nil {
		panic(err) // the models are embedded; tests load them
	}
	base := pageVectors(c)
	line1, line2 := m.line1, m.line2
	if c.dom != nil && m.line1h != nil {
		// A saved page: the models that also weigh its markup.
		base, line1, line2 = withDOM(base, c.dom), m.line1h, m.line2h
	}
	n := len(base)
	p1, words := make([]float64, n), make([]float64, n)
	for i, v := range base {
		p1[i] = line1.Prob(v)
		words[i] = float64(fieldCount(c.units[i].text))
	}
	second := secondVectors(base, p1, words, c.own) // pageVectors gathered each line's content words
	c.prob = make([]float64, n)
	for i, v := range second {
		c.prob[i] = line2.Prob(v)
	}
	// On a page of a few lines (an article copied or read from a feed: a
	// headline and a few paragraphs) the neighbours and the story's
	// vocabulary the second pass leans on are too few to judge by, and the
	// first pass decides alone; nor does any page lose all its prose to the
	// second pass.
	if n < fewLines || !keepsProse(c.prob, words) && keepsProse(p1, words) {
		copy(c.prob, p1)
	}
	var doubtful []int // lines the model alone removed, by a narrow margin
	for i := range second {
		if c.reason[i] != "" {
			continue
		}
		// Vocabulary that only page furniture uses (comment forms, cookie
		// notices, share prompts), bylines and date lines go whatever the
		// model says: short pages give it too little context to tell, and
		// such lines are never the story.
		if veto := vetoed(c.units[i], c.vocab[i]); veto != "" {
			c.reason[i] = veto
			continue
		}
		switch {
		case c.repeated[i]:
			// A model trained page by page cannot learn what recurs across
			// an outlet's pages; short non-prose lines that do are furniture.
			c.reason[i] = "repeated across documents"
		case c.prob[i] >= Threshold:
		default:
			c.reason[i] = c.removalReason(i, line1, base[i], p1[i])
			if c.prob[i] >= cellThreshold {
				doubtful = append(doubtful, i)
			}
		}
	}
	c.keepTableCells(doubtful, words)
}

// cellThreshold: a short line the model removes with a probability of
// keeping it this high or higher is in doubt, and its neighbours decide.
const cellThreshold = 0.4

// cellWords: a line of this many words or fewer can be a table cell.
const cellWords = 3

// keepTableCells keeps the doubtful short lines (indices in page order)
// that sit between two short lines the model keeps: a table scraped one
// cell a line reads as a run of such lines, and keeping its numbers while
// its names go would leave rows without their labels. The neighbours are
// judged as decided before any of the doubtful lines is kept, so that a
// run of doubtful lines (a menu) stays removed.
func (c *cleaning) keepTableCells(doubtful []int, words []float64) {
	cell := func(i int) bool {
		return i >= 0 && i < len(c.units) && c.reason[i] == "" && words[i] <= cellWords
	}
	var keep []int
	for _, i := range doubtful {
		if words[i] <= cellWords && cell(i-1) && cell(i+1) {
			keep = append(keep, i)
		}
	}
	for _, i := range keep {
		c.reason[i] = ""
	}
}

// fewLines: a page of fewer lines is judged by the first pass alone.
const fewLines = 8

// fieldCount is len(strings.Fields(s)) without building the fields.
func fieldCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// keepsProse reports whether a verdict keeps any line of eight words or more.
func keepsProse(prob, words []float64) bool {
	for i, p := range prob {
		if p >= Threshold && words[i] >= 8 {
			return true
		}
	}
	return false
}

// vetoed names the furniture a line is by its vocabulary or shape, or "".
// Prose (a long sentence) is never vetoed: it may mention cookies.
func vetoed(u unit, vocab string) string {
	if u.words > 24 && textutil.EndsSentence(u.text) {
		return ""
	}
	switch {
	case vocab != "":
		return vocab
	case bylineAuthor(u.text) != "":
		return "byline"
	}
	if _, ok := dateLine(u.text); ok {
		return "date line"
	}
	return ""
}

// removalReason says why a line went, in words: the furniture vocabulary or
// the byline or date shape it has, else the feature that counted most
// against it.
func (c *cleaning) removalReason(i int, line1 *gbdt.Model, x []float32, p1 float64) string {
	text := c.units[i].text
	switch {
	case c.vocab[i] != "":
		return c.vocab[i]
	case bylineAuthor(text) != "":
		return "byline"
	case p1 >= Threshold:
		return "among page furniture"
	}
	if _, ok := dateLine(text); ok {
		return "date line"
	}
	return strongestReason(line1, x)
}

// reasonWords says what a feature tells, when it counts against a line.
var reasonWords = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, group := range []struct {
		words    string
		features string
	}{
		{"short, not a sentence", "words,chars,sentence,colon,commas,words of max,starts upper,blank before,indent"},
		{"few common words", "stop,stop count,cjk"},
		{"shaped like a menu item", "caps,acronyms,headline,label,list"},
		{"menu separators", "separators,punct"},
		{"a date or time line", "digits,year,date,clock,date line"},
		{"byline", "byline"},
		{"a link or address", "url"},
		{"a call to action", "call to action"},
		{"ad or affiliate notice", "disclosure"},
		{"unlike its neighbours", "overlap previous,overlap next"},
		{"quote marks out of place", "quote"},
		{"repeated on the page", "copies before,copies after"},
		{"links, as menus are", "dom link share,dom block link share,dom outer link share,dom link share -1,dom link share +1"},
		{"marked by the page as furniture", "dom furniture class up,dom furniture inside content,dom in header,dom in form,dom alike,dom parent alike,dom depth"},
		{"outside the page's article", "dom in main,dom page has main,dom content class up,dom heading"},
		{"far from the story", "position,from top,from bottom,char position,page lines,page max words,short run,prose above,prose below,inside prose,prose near,prose words above,window words,since furniture heading,to furniture heading"},
	} {
		for _, f := range strings.Split(group.features, ",") {
			m[f] = group.words
		}
	}
	for _, v := range vocabReasons {
		m["vocab "+v] = v
	}
	for _, f := range neighbourFeatures {
		for _, off := range []string{"-2", "-1", "+1", "+2"} {
			m[f+" "+off] = "among menu-like lines"
		}
	}
	return m
})

// strongestReason names the feature that counted most against a line.
func strongestReason(m *gbdt.Model, x []float32) string {
	contrib := m.Explain(x)
	worst, at := 0.0, -1
	for i, v := range contrib {
		if v < worst {
			worst, at = v, i
		}
	}
	if at < 0 {
		return "page furniture"
	}
	if w := reasonWords()[m.Features[at]]; w != "" {
		return w
	}
	return "page furniture"
}
