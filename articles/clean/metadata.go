package clean

import (
	"strconv"
	"strings"
	"unicode"

	"reader/articles/internal/textutil"
)

// The lines read for metadata: a few above the headline (kickers, dates
// set above it), the lines between it and the story, and the story's first
// lines; then the lines right after the story, where some outlets sign.
const (
	metaAbove     = 8
	metaBelow     = 25
	metaIntoStory = 3
	metaAfter     = 6
	metaFar       = 40 // how far farDate looks around the headline
)

// authorCand is one reading of the author, ranked by its shape and its
// distance from the headline.
type authorCand struct {
	name     string
	at, rank int
	dist     int
}

// readMetadata reads the byline, date, outlet and link from the lines around
// the story once the story and its headline are known. What it finds near
// the headline overrides what readVocabulary read at the page's edges.
func (c *cleaning) readMetadata() {
	anchor := c.title
	if anchor < 0 {
		anchor = c.firstStory(0)
	}
	if anchor < 0 {
		return
	}
	body := c.firstStory(anchor + 1)
	if body < 0 || body > anchor+metaBelow {
		body = min(anchor+metaBelow, len(c.units)-1)
	}
	lo, hi := max(0, anchor-metaAbove), min(len(c.units), body+metaIntoStory+1)
	dist := func(i int) int {
		if i < anchor {
			return anchor - i + 1
		}
		return i - anchor
	}
	lang := c.dateLanguage(lo, hi)

	var best authorCand
	for i := lo; i < hi; i++ {
		text := c.units[i].text
		if i == c.title {
			// A headline taken for a byline is read as one all the same.
			if name, shape, _ := c.readByline(text); shape == markedByline {
				best = authorCand{name: name, at: -1, rank: int(markedByline)}
			}
			continue
		}
		if cand := c.bylineAt(i, lo, hi, lang); cand.rank > 0 {
			cand.dist = dist(i)
			if best.rank == 0 || cand.rank < best.rank || cand.rank == best.rank && cand.dist < best.dist {
				best = cand
			}
		}
		if s := creditOutlet(text); s != "" {
			c.ev.source = s
		}
		if c.vocab[i] == "link" && c.ev.url == "" {
			c.ev.url = text // a link by the headline: the page's own
		}
	}
	if best.rank == 0 || best.rank > int(namedDated) {
		// An author who signs under the story; the line model may have
		// kept a marker and the name under it as the story's last lines.
		last := c.lastStory()
		for i := max(last-2, hi); last >= 0 && i < min(len(c.units), last+metaAfter+1); i++ {
			if cand := c.signedBelow(i); cand.rank > 0 {
				best = cand
				break
			}
		}
	}
	// A credit at the story's foot ("Originally published on The Daily",
	// "republished from ...") names the outlet; the line is no story.
	if last := c.lastStory(); last >= 0 {
		for i := max(last, hi); i < min(len(c.units), last+metaAfter+1); i++ {
			if s := creditOutlet(c.units[i].text); s != "" {
				if c.ev.source == "" {
					c.ev.source = s
				}
				if i != c.title && c.units[i].words <= 25 {
					c.reason[i] = "credit line"
				}
			}
		}
	}
	if best.rank == 0 || best.rank > int(namedDated) {
		// An author box or a link to the author's other stories.
		for i := range c.units {
			next := ""
			if i+1 < len(c.units) {
				next = c.units[i+1].text
			}
			if name := authorBox(c.units[i].text, next); name != "" {
				best = authorCand{name: name, at: -1, rank: int(namedDated)}
				break
			}
		}
	}
	if best.rank > 0 && (best.rank <= int(namedDated) || c.ev.author == "") {
		c.ev.author = textutil.NormalizeLine(best.name)
		c.dropMetaLine(best.at)
	}
	c.readDate(anchor, lo, hi, dist, lang)
	if s := c.wireCredit(body); s != "" && c.ev.source == "" {
		c.ev.source = s
	}
}

// bylineAt reads the author line i gives, with the rank its shape and its
// neighbours earn: a marked byline first, then a name with a date or a role
// beside it, then a name alone on a line next to a date or under the
// headline.
func (c *cleaning) bylineAt(i, lo, hi int, lang string) authorCand {
	name, shape, bare := c.readByline(c.units[i].text)
	if bare {
		return c.nameBelow(i, hi)
	}
	switch shape {
	case noByline:
		n, bare := looseByline(c.units[i].text)
		if n != "" {
			return authorCand{name: n, at: i, rank: int(markedByline)}
		}
		if bare {
			return c.nameBelow(i, hi)
		}
	case markedByline:
		return authorCand{name: name, at: i, rank: int(markedByline)}
	case namedDated:
		rest := strings.Replace(unglue(c.units[i].text), name, "", 1)
		if len(lineDates(rest, lang)) > 0 || roleLine(strings.TrimLeft(rest, ",;|•·-–— ")) {
			return authorCand{name: name, at: i, rank: int(namedDated)}
		}
	case nameOnly:
		if c.vocab[i] != "" || interfaceWords(name) {
			return authorCand{}
		}
		for _, j := range c.neighbours(i, lo, hi) {
			t := c.units[j].text
			if roleLine(t) || readingTimeRe.MatchString(t) || !textutil.WordsOver(t, 12) && len(lineDates(t, lang)) > 0 {
				return authorCand{name: name, at: i, rank: int(nameOnly)}
			}
		}
		if c.title >= 0 && i == c.title+1 && textutil.WordsOver(name, 1) {
			return authorCand{name: name, at: i, rank: int(nameOnly) + 1}
		}
	}
	return authorCand{}
}

// signedBelow reads a byline under the story at line i: a marked one, or
// a marker and the name under it ("Article written by:", then the name).
func (c *cleaning) signedBelow(i int) authorCand {
	text := c.units[i].text
	name, shape, bare := c.readByline(text)
	if shape == markedByline {
		return authorCand{name: name, at: i, rank: int(markedByline)}
	}
	if !bare && shape == noByline {
		if name, bare = looseByline(text); name != "" {
			return authorCand{name: name, at: i, rank: int(markedByline)}
		}
	}
	if bare {
		return c.nameBelow(i, min(len(c.units), i+3))
	}
	return authorCand{}
}

// nameBelow reads the name under a marker that stands alone ("By", then
// the name): on the next line, or on the one after when the next is
// something else (a kicker glued to the byline's element).
func (c *cleaning) nameBelow(i, hi int) authorCand {
	if j := i + 1; j < hi {
		if n := parseNames(unglue(c.units[j].text), true); n != "" {
			return authorCand{name: n, at: j, rank: int(markedByline)}
		}
		if n := namesWithRole(c.units[j].text); n != "" {
			return authorCand{name: n, at: j, rank: int(markedByline)}
		}
	}
	if j := i + 2; j < hi {
		if n := parseNames(unglue(c.units[j].text), false); n != "" && !interfaceWords(n) {
			return authorCand{name: n, at: j, rank: int(markedByline)}
		}
	}
	return authorCand{}
}

// readingTimeRe is a line giving the reading time, which sits in the
// byline block beside the author's name: "9 min read", "5 minute read",
// "Lesezeit: 4 Minuten", "Temps de lecture : 3 min".
var readingTimeRe = lazyRE(`(?i)^\s*(?:\d{1,3}\s*(?:min(?:ute)?s?|mn)\.?\s*(?:read|reading|de lecture|lesezeit|de lectura|di lettura)|(?:reading time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura)\s*:?\s*\d{1,3}\s*(?:min\w*)?)\s*$`)

// neighbours are the nearest line with text before i and the two after,
// inside [lo, hi) and on i's side of the headline.
func (c *cleaning) neighbours(i, lo, hi int) []int {
	var out []int
	side := func(j int) bool {
		return j >= lo && j < hi && j != c.title && (c.title < 0 || (i < c.title) == (j < c.title))
	}
	for j := i - 1; side(j); j-- {
		if hasLetterOrDigit(c.units[j].text) {
			out = append(out, j)
			break
		}
	}
	for j := i + 1; side(j) && len(out) < 3; j++ {
		if hasLetterOrDigit(c.units[j].text) {
			out = append(out, j)
		}
	}
	return out
}

// hasLetterOrDigit: the line says something; an icon's glyph or a
// separator alone does not stand between a name and its date.
func hasLetterOrDigit(text string) bool {
	return strings.IndexFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// dropMetaLine removes a short byline or date line from the story.
func (c *cleaning) dropMetaLine(i int) {
	if i >= 0 && i != c.title && c.reason[i] == "" && c.units[i].words <= 12 {
		c.reason[i] = "byline"
	}
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// firstStory is the first kept line at or after i that reads like a
// paragraph, -1 when there is none.
func (c *cleaning) firstStory(i int) int {
	for ; i < len(c.units); i++ {
		if c.reason[i] == "" && i != c.title && c.units[i].words > 11 {
			return i
		}
	}
	return -1
}

// lastStory is the last kept line, -1 when none is kept.
func (c *cleaning) lastStory() int {
	for i := len(c.units) - 1; i >= 0; i-- {
		if c.reason[i] == "" {
			return i
		}
	}
	return -1
}
