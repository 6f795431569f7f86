package clean

import (
	"strings"
	"time"
	"unicode"

	"reader/articles/internal/textutil"
)

// readDate reads the publication date from the lines around the headline
// ([lo, hi), dist telling how far each is from it), else from further
// away, else from the page's link; the date line leaves the story.
func (c *cleaning) readDate(anchor, lo, hi int, dist func(int) int, lang string) {
	var pub, upd time.Time
	pubDist, updDist, pubAt := 1<<30, 1<<30, -1
	for i := lo; i < hi; i++ {
		if i == c.title {
			continue
		}
		// A line's first date of each kind is its own; later ones are
		// other dates ("Posted on DATE" then a modification date).
		seenPub, seenUpd := false, false
		cued := i > 0 && updateCueRe.MatchString(c.units[i-1].text)
		hits := datesOfLine(c.units[i].text, lang)
		if hits == nil {
			hits = shortYearDate(c.units[i].text, lang) // by the headline, "14.11.24" is a date
		}
		for _, h := range hits {
			h.updated = h.updated || cued
			if h.updated && !seenUpd && dist(i) < updDist {
				upd, updDist = h.t, dist(i)
			}
			if !h.updated && !seenPub && dist(i) < pubDist {
				pub, pubDist, pubAt = h.t, dist(i), i
			}
			seenPub, seenUpd = seenPub || !h.updated, seenUpd || h.updated
		}
	}
	if pubAt < 0 && upd.IsZero() {
		pub, pubAt = c.farDate(anchor, lo, hi, lang)
	} else if pubAt < 0 {
		// Only an update stands by the headline: the publication is
		// earlier, on a date line a little further up (a second copy of
		// the header) or on one that says so.
		if t, at := c.nearDateLine(anchor, lo, hi, lang, true); at >= 0 && t.Before(upd) {
			pub, pubAt = t, at
		} else if t, at := c.saysPublished(lang); at >= 0 && t.Before(upd) {
			pub, pubAt = t, at
		}
	}
	if t := c.firstPublished(lang); !t.IsZero() && (pub.IsZero() || t.Before(pub) && !c.saysPublishedOn(pub, lang)) {
		pub, pubAt = t, -1
	}
	switch {
	case !pub.IsZero():
		c.ev.published = pub
		c.dropMetaLine(pubAt)
	case !upd.IsZero():
		c.ev.published = upd
	case c.ev.published.IsZero() && c.ev.url != "":
		if t, ok := urlDate(c.ev.url); ok {
			c.ev.published = t
		}
	}
}

// farDate looks further for the date when none stands by the headline:
// first a line that is little more than a date in the wider neighbourhood,
// nearest first; then, anywhere, a line that says it is the publication
// date, then one that says it is an update; then a dated line just under
// the story. Dates in lists of other stories are rarely any of these.
func (c *cleaning) farDate(anchor, lo, hi int, lang string) (time.Time, int) {
	if t, at := c.nearDateLine(anchor, lo, hi, lang, false); at >= 0 {
		return t, at
	}
	if t, at := c.saysPublished(lang); at >= 0 {
		return t, at
	}
	for _, u := range c.units {
		if u.words > 12 {
			continue
		}
		for _, h := range lineDates(u.text, lang) {
			if h.updated && updatedRe.MatchString(h.before) {
				return h.t, -1 // an update is the last resort; the line stays
			}
		}
	}
	// Then the post's own footer: a dated line just under the story
	// ("Monday, August 11th, 2025 at 11:00 am | Categories: ..."), or,
	// past the share buttons, a signed one ("August 12, 2025 By Jane Doe").
	if last := c.lastStory(); last >= 0 {
		for i := last + 1; i < min(len(c.units), last+9); i++ {
			if c.units[i].words > 16 {
				continue
			}
			if commenterRe.MatchString(c.units[i].text) {
				break // the comments begin
			}
			hits := lineDates(c.units[i].text, lang)
			if signed := besideByline(hits); i > last+3 || len(hits) > 0 && textutil.WordsOver(hits[0].before, 1) {
				hits = signed // further down, or after words, only a signed date
			}
			if len(hits) > 0 && !hits[0].updated {
				return hits[0].t, -1
			}
		}
	}
	// Last, a line that is little more than a date anywhere on the page
	// (at the story's foot, or far above it), the nearest to the headline;
	// the line stays, as it may belong to something else. On WCXB dev this
	// finds 10 more true dates of 655.
	best, bestAt := time.Time{}, -1
	for i, u := range c.units {
		if u.words > 6 || c.vocab[i] != "" {
			continue
		}
		hits := lineDates(u.text, lang)
		if len(hits) == 0 || hits[0].updated {
			continue
		}
		if bestAt < 0 || abs(i-anchor) < abs(bestAt-anchor) {
			best, bestAt = hits[0].t, i
		}
	}
	return best, -1
}

// nearDateLine is the nearest line outside [lo, hi), within metaFar of
// the headline, that is little more than a date, and its date; -1 when
// there is none. Strict, it looks only above the headline (a second copy
// of the page's header), and not at a column of dates.
func (c *cleaning) nearDateLine(anchor, lo, hi int, lang string, strict bool) (time.Time, int) {
	for d := 1; d <= metaFar; d++ {
		for _, i := range []int{anchor + d, anchor - d} {
			if i >= lo && i < hi || i < 0 || i >= len(c.units) || c.units[i].words > 8 {
				continue
			}
			if strict && (i > anchor || c.inDateColumn(i, lang)) {
				continue
			}
			for _, h := range lineDates(c.units[i].text, lang) {
				if !h.updated && !(i > 0 && updateCueRe.MatchString(c.units[i-1].text)) {
					return h.t, i
				}
			}
		}
	}
	return time.Time{}, -1
}

// inDateColumn: line i is one of a table's or a list's dates, with
// another short dated line, or one of its shape, two lines above or below.
func (c *cleaning) inDateColumn(i int, lang string) bool {
	shape := digitShape(c.units[i].text)
	for _, j := range []int{i - 2, i + 2} {
		if j < 0 || j >= len(c.units) || c.units[j].words > 8 {
			continue
		}
		if digitShape(c.units[j].text) == shape || len(lineDates(c.units[j].text, lang)) > 0 {
			return true
		}
	}
	return false
}

// digitShape is text with every digit written 0.
func digitShape(text string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '0'
		}
		return r
	}, text)
}

// saysPublished is the first short line of the page that says its date is
// the publication ("Published: DATE"), and its date; -1 when none does.
func (c *cleaning) saysPublished(lang string) (time.Time, int) {
	for i, u := range c.units {
		if u.words > 12 {
			continue
		}
		hits := lineDates(u.text, lang)
		for k, h := range hits {
			// "Published: DATE", or "DATE. Updated: DATE".
			if !h.updated && (publishedRe.MatchString(h.before) || k+1 < len(hits) && updatedRe.MatchString(h.after[h.end:hits[k+1].at])) {
				return h.t, i
			}
		}
	}
	return time.Time{}, -1
}

// saysPublishedOn: a short line of the page calls t the publication
// date ("Posted on DATE").
func (c *cleaning) saysPublishedOn(t time.Time, lang string) bool {
	for _, u := range c.units {
		if u.words > 12 {
			continue
		}
		for _, h := range lineDates(u.text, lang) {
			if h.t.Equal(t) && !h.updated && publishedRe.MatchString(h.before) {
				return true
			}
		}
	}
	return false
}

// firstPublishedRe says that a date is the story's first publication,
// which a page shows under it when it has updated the story since.
var firstPublishedRe = lazyRE(`(?i)\b(?:(?:originally|first|initially)\s+(?:published|posted|appeared)|initialement publiée?|publiée? initialement|ursprünglich veröffentlicht|erstmals veröffentlicht|zuerst erschienen|publicad[oa] originalmente|originalmente publicad[oa]|publicad[oa] inicialmente|pubblicat[oa] originariamente|oorspronkelijk gepubliceerd)\b([^.!?]*)$`)

// firstPublishedCueWords are words one of which every branch of
// firstPublishedRe holds, found in one pass over a lower-cased line.
var firstPublishedCueWords = []string{"originally", "first", "initially", "initialement", "ursprünglich", "erstmals", "zuerst", "originalmente", "inicialmente", "originariamente", "oorspronkelijk"}

// firstPublished is a date the page says it first published the story on
// ("This article was originally published on 26 Sep 2019 ..."), in a line
// of any length; zero when it says none.
func (c *cleaning) firstPublished(lang string) time.Time {
	for i, u := range c.units {
		if c.phrases[i]&firstPublishedList == 0 {
			continue // the pattern's words are not in the line: no need to read its dates
		}
		for _, h := range lineDates(u.text, lang) {
			if m := firstPublishedRe.FindStringSubmatch(h.before); m != nil && !textutil.WordsOver(m[1], 5) {
				return h.t
			}
		}
	}
	return time.Time{}
}

// commenterRe is the line that names a comment's writer: "Jane says:",
// "Hans sagt:", "Marie dit :".
var commenterRe = lazyRE(`(?i)\s(?:says|said|wrote|sagt|schreibt|meint|dit|écrit|dice|escribió|diz|escreveu|scrive|ha scritto|zegt|schreef|pisze)\s*:?\s*$`)

// updateCueRe is a line that only says the next line's date is an
// update: "Last update:", "Updated on".
var updateCueRe = lazyRE(`(?i)^\W*(?:last\s+|latest\s+|dernière\s+|letzte\s+|última\s+|ultima\s+)?` + updatedRe.src + `(?:\s+(?:on|at|le|am|el|il|em|op))?\s*:?\s*$`)

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// datesOfLine reads the dates of a line that is about dates: short, or
// saying "published" or "updated" before its date; dates inside a story's
// sentences are not its publication.
func datesOfLine(text, lang string) []dateHit {
	hits := lineDates(text, lang)
	if len(hits) == 0 {
		return nil
	}
	if !textutil.WordsOver(text, 16) {
		return hits
	}
	if wireRe.MatchString(text) {
		return hits[:1] // a wire dateline's date opens the story: "CARDIFF, Nov. 16, 2026 /PRNewswire/ --"
	}
	prefix := hits[0].before
	if !textutil.WordsOver(prefix, 8) && (updatedRe.MatchString(prefix) || publishedRe.MatchString(prefix) || lineSeparators.in(prefix) || bylineMarkerRe.MatchString(prefix)) {
		return hits
	}
	return besideByline(hits)
}

var (
	// bylineBeforeRe and bylineAfterRe are a byline that a date ends or
	// opens: "By Jane Doe on DATE", "DATE By Jane Doe".
	bylineBeforeRe = lazyRE(`(?:^|[\s.|•·])(?i:by|par|von|por|door|av|przez)\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}\s*(?:(?i:on|le|am|el|il|op)|[,|•·–—-])?\s*$`)
	bylineAfterRe  = lazyRE(`^\s*[,|•·–—-]?\s*(?i:by|par|von|por|door|av|przez)\s+\p{Lu}`)
)

// besideByline keeps, of a long line's dates, those a byline stands
// beside, with the dates glued to them: a long line that ends
// "... By Jane Doe on Dec. 19, 2025" (a standfirst with its byline) or one
// that opens "On Jan. 12, 2025 By Jane Doe In Travel, Guides, ...".
func besideByline(hits []dateHit) []dateHit {
	for k := 0; k < len(hits); k++ {
		j := k
		for j+1 < len(hits) && sideBySide(hits[k].after, hits[j], hits[j+1]) {
			j++
		}
		if bylineBeforeRe.MatchString(hits[k].before) || bylineAfterRe.MatchString(hits[j].after[hits[j].end:]) {
			return hits[k : j+1]
		}
		k = j
	}
	return nil
}
