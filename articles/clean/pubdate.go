package clean

import (
	"time"

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
		for _, h := range datesOfLine(c.units[i].text, lang) {
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
// date. Dates in lists of other stories are rarely either.
func (c *cleaning) farDate(anchor, lo, hi int, lang string) (time.Time, int) {
	for d := 1; d <= metaFar; d++ {
		for _, i := range []int{anchor + d, anchor - d} {
			if i >= lo && i < hi || i < 0 || i >= len(c.units) || textutil.WordsOver(c.units[i].text, 8) {
				continue
			}
			for _, h := range lineDates(c.units[i].text, lang) {
				if !h.updated {
					return h.t, i
				}
			}
		}
	}
	var upd time.Time
	for i, u := range c.units {
		if textutil.WordsOver(u.text, 12) {
			continue
		}
		for _, h := range lineDates(u.text, lang) {
			if !h.updated && publishedRe.MatchString(h.before) {
				return h.t, i
			}
			if h.updated && upd.IsZero() {
				upd = h.t
			}
		}
	}
	if !upd.IsZero() {
		return upd, -1 // an update is the last resort; the line stays
	}
	// Last, a line that is little more than a date anywhere on the page
	// (at the story's foot, or far above it), the nearest to the headline;
	// the line stays, as it may belong to something else. On WCXB dev this
	// finds 10 more true dates of 655.
	best, bestAt := time.Time{}, -1
	for i, u := range c.units {
		if textutil.WordsOver(u.text, 6) || c.vocab[i] != "" {
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
