package clean

import (
	"reader/articles/internal/textutil"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// evidence collects what the text tells about the article while cleaning.
type evidence struct {
	source, author, url string
	published           time.Time
}

// cleaning is the state of one document through the cleaner's passes: each
// unit ends up kept (reason "") or removed with the reason why.
type cleaning struct {
	units    []unit
	reason   []string
	vocab    []string    // the furniture vocabulary each unit matches, "" for none
	repeated []bool      // the unit recurs in other documents of the batch
	prob     []float64   // the line model's probability that the unit is story
	dom      [][]float32 // what a saved page's markup says of each unit, nil for plain text
	own      []wordSet   // each unit's content words
	folded   []string    // each unit's lower-cased words, the key of copies
	lower    []string    // each unit's text lower-cased, for the phrase lists
	phrases  []uint64    // each unit's phrase list bits (linePhrases), found by readLines
	title    int         // index of the headline unit, -1 when the text has none
	ev       evidence
	bylines  map[string]bylineRead // readByline's answers, for the passes that ask again
}

// bylineRead is what readByline says of a line.
type bylineRead struct {
	name  string
	shape bylineShape
	bare  bool
}

// readByline is readByline(text), read once a page: the vocabulary, the
// headline's and the metadata's passes ask of the same lines.
func (c *cleaning) readByline(text string) (name string, shape bylineShape, bare bool) {
	if r, ok := c.bylines[text]; ok {
		return r.name, r.shape, r.bare
	}
	name, shape, bare = readByline(text)
	if c.bylines == nil {
		c.bylines = map[string]bylineRead{}
	}
	c.bylines[text] = bylineRead{name, shape, bare}
	return name, shape, bare
}

func newCleaning(units []unit) *cleaning {
	n := len(units)
	c := &cleaning{units: units, reason: make([]string, n), vocab: make([]string, n), repeated: make([]bool, n), title: -1}
	c.readLines()
	return c
}

// kept lists the indexes of units not removed so far.
func (c *cleaning) kept() []int {
	var out []int
	for i := range c.units {
		if c.reason[i] == "" {
			out = append(out, i)
		}
	}
	return out
}

// readVocabulary notes the page-furniture vocabulary of each line, for the
// model to weigh, and reads the evidence such lines carry.
func (c *cleaning) readVocabulary() {
	n := len(c.units)
	var links []string
	defer func() {
		if c.ev.url == "" {
			c.ev.url = siteLink(links)
		}
	}()
	for i, u := range c.units {
		text := u.text
		edge := i < 8 || i >= n-8
		if u.list == Paragraph {
			if r := boilerplateReasonHinted(text, u.words, rulesFrom(c.phrases[i]&ruleHintLists)); r != "" {
				c.vocab[i] = r
				if s := readOnSource(text); s != "" && c.ev.source == "" {
					c.ev.source = s
				}
				if s := copyrightOwner(text); s != "" && r == "copyright" && c.ev.source == "" {
					c.ev.source = s
				}
				if r == "link" {
					links = append(links, text)
					if edge && c.ev.url == "" {
						c.ev.url = text
					}
				}
				continue
			}
		}
		if !edge {
			continue
		}
		if a, shape, _ := c.readByline(text); shape == markedByline {
			if c.ev.author == "" {
				c.ev.author = a
			}
			if hits := lineDates(text, ""); len(hits) > 0 && c.ev.published.IsZero() {
				c.ev.published = hits[0].t
			}
			continue
		}
		if hits := datesOfLine(text, ""); len(hits) > 0 && c.ev.published.IsZero() {
			c.ev.published = hits[0].t
		}
	}
}

// markBios removes author bio paragraphs and the name line just before one.
func (c *cleaning) markBios() {
	for i, u := range c.units {
		if c.reason[i] != "" || u.list != Paragraph || i < len(c.units)/2 {
			continue
		}
		name, outlet, ok := authorBio(u.text)
		if !ok {
			continue
		}
		c.reason[i] = "author bio"
		if c.ev.author == "" {
			c.ev.author = name
		}
		if c.ev.source == "" && outlet != "" {
			c.ev.source = outlet
		}
		if j := c.prevKept(i); j >= 0 && textutil.FoldKey(c.units[j].text) == textutil.FoldKey(name) {
			c.reason[j] = "byline"
		}
	}
}

func (c *cleaning) prevKept(i int) int {
	for j := i - 1; j >= 0; j-- {
		if c.reason[j] == "" {
			return j
		}
	}
	return -1
}

func (c *cleaning) nextKept(i int) int {
	for j := i + 1; j < len(c.units); j++ {
		if c.reason[j] == "" {
			return j
		}
	}
	return -1
}

// headlineLike: a short line that does not end like a sentence (a question
// or exclamation may), and is not a label.
func headlineLike(s string) bool {
	return headlineLikeWords(s, textutil.CountWordsUpTo(s, 30))
}

// headlineLikeWords is headlineLike given the line's word count (exact up
// to 30), which the line model's features have at hand.
func headlineLikeWords(s string, n int) bool {
	if n < 3 || n > 30 || utf8.RuneCountInString(s) > 220 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " \"'”’»"))
	return last != '.' && last != ':' && last != ';' && last != ','
}

// isLabel: a section name, breadcrumb or site name: a few textutil.Words, no prose,
// maybe separated by commas, slashes, arrows or pipes.
func isLabel(s string) bool {
	n := textutil.CountWordsUpTo(s, 6)
	if n == 0 || n > 6 || textutil.EndsSentence(s) {
		return false
	}
	if n <= 3 && textutil.StopwordRatio(s) == 0 {
		return true
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",›»>|/", r) })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if textutil.WordsOver(p, 3) {
			return false
		}
	}
	return true
}

// markRepeatedTitle removes later copies of the headline.
func (c *cleaning) markRepeatedTitle() {
	if c.title < 0 {
		return
	}
	key := c.folded[c.title]
	for i := range c.units {
		if i != c.title && c.reason[i] == "" && c.folded[i] == key {
			c.reason[i] = "repeated headline"
		}
	}
}

// isHeading: a kept short line between paragraphs that does not end like a
// sentence and is followed by prose.
func (c *cleaning) isHeading(i int) bool {
	u := c.units[i]
	question := strings.HasSuffix(u.text, "?") && u.words <= 10
	if u.list != Paragraph || textutil.EndsSentence(u.text) && !question || u.words > 14 || utf8.RuneCountInString(u.text) > 120 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(u.text)
	if last == ',' || last == ';' {
		return false
	}
	j := c.nextKept(i)
	if j < 0 {
		return false
	}
	next := c.units[j]
	return next.list != Paragraph || textutil.EndsSentence(next.text) || next.words > 14
}

// deriveTitle builds a short headline from the lead when the text has none:
// the lead's first sentence, its main clause when it opens with a
// subordinate one, cut at a word boundary.
func deriveTitle(lead string) string {
	s := lead
	if i := strings.IndexAny(s, ".!?"); i > 0 {
		s = s[:i]
	}
	if i := strings.Index(s, ", "); i > 0 && i < len(s)/2 && len(textutil.Words(s[i+2:])) >= 5 {
		first := strings.ToLower(textutil.Words(s)[0])
		if subordinators[first] {
			s = s[i+2:]
		}
	}
	ws := strings.Fields(s)
	cut := false
	if len(ws) > 14 {
		ws, cut = ws[:12], true
		for len(ws) > 6 && textutil.Stopwords()[strings.ToLower(strings.Trim(ws[len(ws)-1], ",;:"))] {
			ws = ws[:len(ws)-1]
		}
	}
	s = strings.TrimRight(strings.Join(ws, " "), ",;:-–— ")
	r, size := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[size:]
	if cut {
		s += "…"
	}
	return s
}

// subordinators open a clause that is not the sentence's main news.
var subordinators = map[string]bool{
	"with": true, "as": true, "after": true, "despite": true, "while": true, "when": true, "amid": true,
	"although": true, "though": true, "since": true, "following": true, "in": true, "on": true, "before": true,
	"avec": true, "après": true, "alors": true, "malgré": true, "lorsque": true, "quand": true, "dans": true,
	"mit": true, "nach": true, "trotz": true, "während": true, "als": true, "obwohl": true,
	"con": true, "tras": true, "después": true, "aunque": true, "mientras": true, "cuando": true,
	"dopo": true, "mentre": true, "quando": true, "nonostante": true, "apesar": true, "enquanto": true,
}
