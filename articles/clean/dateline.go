package clean

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"reader/articles/internal/textutil"
)

// dateHit is one full date (with a year) found in a line: where it starts
// and whether the words before it say it is an update rather than the
// publication.
type dateHit struct {
	t       time.Time
	at, end int    // where the date starts and ends in after
	before  string // the line's text before the date
	after   string // the line's text the places are in
	updated bool
}

var (
	isoDayRe    = lazyRE(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	monthDayRe  = lazyRE(`(?i)\b(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th|\.)?\s*,?\s+(\d{4})(?:\b|\d)`)
	dayMonthRe  = lazyRE(`(?i)\b(\d{1,2})(?:\.|er|º|ª|st|nd|rd|th)?(?:\s+|-|\.)?(?:de\s+|of\s+)?(\p{L}{3,12})(?:\.?,?\s+|-|\.)(?:de\s+)?(\d{4})\b`)
	yearMonthRe = lazyRE(`(?i)\b(\d{4})\.?,?\s+(\p{L}{3,12})\.?\s+(\d{1,2})\b`)
	numericRe   = lazyRE(`\b(\d{1,2})([./-])(\d{1,2})([./-])(\d{4})\b`)
	yearFirstRe = lazyRE(`\b(\d{4})\s?[/.–-]\s?(\d{1,2})\s?[/.–-]\s?(\d{1,2})\b`)
	cjkDateRe   = lazyRE(`(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]`)

	// updatedRe and publishedRe are the words that say which date a date is.
	updatedRe   = lazyRE(`(?i)(updated|update|modified|revised|mis à jour|mise à jour|actualisé|aktualisiert|geändert|actualizado|actualizada|actualización|aggiornato|aggiornamento|atualizado|atualizada|bijgewerkt|gewijzigd)`)
	publishedRe = lazyRE(`(?i)(published|posted|publié|publiée|publication|veröffentlicht|veröffentlichung|erschienen|erscheinungsdatum|publiziert|publicado|publicada|pubblicato|pubblicata|gepubliceerd|geplaatst)`)
)

// dayFirstLangs write an ambiguous numeric date day first ("04/03/2024" is
// the 4th of March).
var dayFirstLangs = map[string]bool{"fr": true, "de": true, "es": true, "it": true, "pt": true, "nl": true, "pl": true,
	"ru": true, "cs": true, "sk": true, "da": true, "sv": true, "nb": true, "no": true, "fi": true, "tr": true, "ro": true,
	"hu": true, "el": true, "uk": true, "hr": true, "sl": true, "ca": true}

// lineDates returns the full dates of a line in reading order. lang, when
// known, settles numeric dates such as 04/03/2024 that read both ways (a
// language code, or "mdy" or "dmy" when the page's other dates tell); a
// date that reads both ways without it is left out.
func lineDates(text, lang string) []dateHit {
	if !hasDigitRun(text, 4) {
		return nil
	}
	text = splitGlued(text)
	var hits []dateHit
	add := func(at, end int, t time.Time, ok bool) {
		for _, h := range hits {
			if at < h.at+10 && h.at < at+10 {
				return // the same date read by two patterns
			}
		}
		if ok {
			hits = append(hits, dateHit{t: t, at: at, end: end})
		}
	}
	for _, m := range isoDayRe.FindAllStringSubmatchIndex(text, -1) {
		t, ok := dayOf(text[m[2]:m[3]], text[m[4]:m[5]], text[m[6]:m[7]])
		add(m[0], m[1], t, ok)
	}
	for _, m := range cjkDateRe.FindAllStringSubmatchIndex(text, -1) {
		t, ok := dayOf(text[m[2]:m[3]], text[m[4]:m[5]], text[m[6]:m[7]])
		add(m[0], m[1], t, ok)
	}
	for _, m := range monthDayRe.FindAllStringSubmatchIndex(text, -1) {
		if mon, ok := textutil.Months()[strings.ToLower(text[m[2]:m[3]])]; ok {
			t, ok := makeDay(text[m[6]:m[7]], mon, text[m[4]:m[5]])
			add(m[0], m[1], t, ok)
		}
	}
	for _, m := range dayMonthRe.FindAllStringSubmatchIndex(text, -1) {
		if mon, ok := textutil.Months()[strings.ToLower(text[m[4]:m[5]])]; ok {
			t, ok := makeDay(text[m[6]:m[7]], mon, text[m[2]:m[3]])
			add(m[0], m[1], t, ok)
		}
	}
	for _, m := range yearMonthRe.FindAllStringSubmatchIndex(text, -1) {
		if mon, ok := textutil.Months()[strings.ToLower(text[m[4]:m[5]])]; ok {
			t, ok := makeDay(text[m[2]:m[3]], mon, text[m[6]:m[7]])
			add(m[0], m[1], t, ok)
		}
	}
	for _, m := range yearFirstRe.FindAllStringSubmatchIndex(text, -1) {
		t, ok := dayOf(text[m[2]:m[3]], text[m[4]:m[5]], text[m[6]:m[7]])
		add(m[0], m[1], t, ok)
	}
	for _, m := range numericRe.FindAllStringSubmatchIndex(text, -1) {
		if text[m[4]:m[5]] != text[m[8]:m[9]] {
			continue // 04/03.2024 is not a date
		}
		t, ok := numericDate(text[m[2]:m[3]], text[m[6]:m[7]], text[m[10]:m[11]], text[m[4]:m[5]] == ".", lang)
		add(m[0], m[1], t, ok)
	}
	if strings.Contains(text, "://") {
		// A link's path carries the date of the page it links to.
		for _, u := range urlRe.FindAllStringIndex(text, -1) {
			hits = slices.DeleteFunc(hits, func(h dateHit) bool { return h.at >= u[0] && h.at < u[1] })
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	for i := range hits {
		hits[i].before, hits[i].after = text[:hits[i].at], text
		hits[i].updated = updatedBefore(hits[i].before)
	}
	// Two dates side by side with nothing but punctuation between them
	// are the publication and the update, which pages print in either
	// order ("May 21, 2025April 24, 2025 by ..."): the later is the update.
	for i := 0; i+1 < len(hits); i++ {
		a, b := &hits[i], &hits[i+1]
		if a.updated || b.updated || a.t.Equal(b.t) || !sideBySide(text, *a, *b) {
			continue
		}
		if a.t.After(b.t) {
			a.updated = true
		} else {
			b.updated = true
		}
	}
	return hits
}

// sideBySide: nothing but spaces and punctuation stands between dates a
// and b of text.
func sideBySide(text string, a, b dateHit) bool {
	return a.end <= b.at && !hasLetterOrDigit(text[a.end:b.at])
}

// shortYearRe is a line that is only a numeric date with a two-digit
// year: "14.11.24", "3/18/25".
var shortYearRe = lazyRE(`^\s*(\d{1,2})([./])(\d{1,2})([./])(\d{2})\s*$`)

// shortYearDate reads a line that is only a date with a two-digit year,
// of this century; in a longer line such a figure is as often a version
// or a score.
func shortYearDate(text, lang string) []dateHit {
	m := shortYearRe.FindStringSubmatch(text)
	if m == nil || m[2] != m[4] {
		return nil
	}
	t, ok := numericDate(m[1], m[3], "20"+m[5], m[2] == ".", lang)
	if !ok {
		return nil
	}
	return []dateHit{{t: t, end: len(text), after: text}}
}

// updatedBefore: the last date word before a date says "updated".
func updatedBefore(prefix string) bool {
	u := updatedRe.FindAllStringIndex(prefix, -1)
	if u == nil {
		return false
	}
	p := publishedRe.FindAllStringIndex(prefix, -1)
	return p == nil || u[len(u)-1][0] > p[len(p)-1][0]
}

// numericDate reads a/b/year. A part above 12 is the day; else a dotted
// date is day first unless the page is known to write the month first
// (some American pages dot their dates: 06.18.2025), and a slashed one is
// settled by the language ("mdy", "dmy", a language code; English whose
// spelling does not tell is read month first).
func numericDate(a, b, year string, dotted bool, lang string) (time.Time, bool) {
	x, _ := strconv.Atoi(a)
	y, _ := strconv.Atoi(b)
	switch {
	case x > 12 || dotted && y <= 12 && lang != "mdy":
		return dayOf(year, b, a)
	case y > 12:
		return dayOf(year, a, b)
	case x == y:
		return dayOf(year, a, b)
	case lang == "mdy" || lang == "en":
		return dayOf(year, a, b)
	case lang == "dmy" || dayFirstLangs[lang]:
		return dayOf(year, b, a)
	}
	return time.Time{}, false
}

func dayOf(year, month, day string) (time.Time, bool) {
	m, err := strconv.Atoi(month)
	if err != nil || m < 1 || m > 12 {
		return time.Time{}, false
	}
	return makeDay(year, time.Month(m), day)
}

// makeDay builds a date that exists, in a plausible range of years.
func makeDay(year string, mon time.Month, day string) (time.Time, bool) {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || y < 1990 || y > 2100 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, mon, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// hasDigitRun: text has n digits in a row, the cheap test before any date
// pattern runs. Most lines have no such run, and it reads about one byte
// in n of them: a run of n digits starting at or after i takes in byte
// i+n-1, so where that byte is no digit the run cannot start before i+n.
func hasDigitRun(text string, n int) bool {
	if n <= 1 {
		return strings.ContainsAny(text, "0123456789")
	}
	for i := n - 1; i < len(text); {
		if !isDigit(text[i]) {
			i += n
			continue
		}
		start, end := i, i // the digits around i, as far as n of them
		for start > 0 && isDigit(text[start-1]) && end-start+1 < n {
			start--
		}
		for end+1 < len(text) && isDigit(text[end+1]) && end-start+1 < n {
			end++
		}
		if end-start+1 >= n {
			return true
		}
		i = end + 1 + n // byte end+1 is no digit: a run starts after it
	}
	return false
}

// urlDateRe finds the /2024/03/04/ a link's path often carries.
var urlDateRe = lazyRE(`/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)`)

// urlDate reads the publication date from a link's path.
func urlDate(link string) (time.Time, bool) {
	m := urlDateRe.FindStringSubmatch(link)
	if m == nil {
		return time.Time{}, false
	}
	return dayOf(m[1], m[2], m[3])
}
