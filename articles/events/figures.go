package events

import (
	"strings"
	"sync"
	"unicode"

	"reader/articles/internal/textutil"
)

// Figures are typed by what they mean before they become grouping keys:
// amounts, percentages, counts and durations say what happened, while a
// date, a time of day or a year says only when, and reports of unrelated
// happenings share those all the time. So dates and times are masked out
// of a line before its numbers are read, and a bare year is dropped.

// maskCalendar returns line with its dates and times of day blanked:
// numeric dates (10.03.2026, 2026-03-10, 10/03/26), clock times (4:17,
// 08h15, 22 h 03, 3.40 Uhr, 4 a.m.), and a day of the month beside a
// month name (13 March, 3. April, 8 mars, 13 de marzo, March 13). It
// scans the line's digit runs by hand: it runs on every line of every
// report.
func maskCalendar(line string) string {
	var b []byte // a copy, made at the first blank
	mask := func(from, to int) {
		if b == nil {
			b = []byte(line)
		}
		for k := from; k < to; k++ {
			b[k] = ' '
		}
	}
	prevWord := ""
	for i := 0; i < len(line); {
		c := line[i]
		if !isDigitByte(c) {
			if isLetterByte(c) || c >= 0x80 {
				j := i
				for j < len(line) && (isLetterByte(line[j]) || line[j] >= 0x80) {
					j++
				}
				prevWord = line[i:j]
				i = j
				continue
			}
			if c != ' ' && c != '.' {
				prevWord = ""
			}
			i++
			continue
		}
		if i > 0 && isLetterByte(line[i-1]) { // "T12", "5G": not a figure of the calendar
			i = digitsEnd(line, i)
			continue
		}
		e := digitsEnd(line, i)
		if end := calendarEnd(line, i, e, prevWord); end > 0 {
			mask(i, end)
			i, prevWord = end, ""
			continue
		}
		i, prevWord = e, ""
	}
	if b == nil {
		return line
	}
	return string(b)
}

// calendarEnd is the end of the date or time of day whose first digits
// are line[s:e], or 0 when they start none. prev is the word before them.
func calendarEnd(line string, s, e int, prev string) int {
	n := e - s
	// 10.03.2026, 2026-03-10, 10/03/26
	if e < len(line) && (line[e] == '.' || line[e] == '/' || line[e] == '-') && n <= 4 {
		e2 := digitsEnd(line, e+1)
		if m := e2 - e - 1; m >= 1 && m <= 2 && e2 < len(line) && line[e2] == line[e] {
			if e3 := digitsEnd(line, e2+1); e3-e2-1 >= 2 && e3-e2-1 <= 4 {
				return e3
			}
		}
	}
	if n > 2 {
		return 0
	}
	if isMonth(prev) { // March 13
		return e
	}
	rest := line[e:]
	// 4:17, 08h15, 22 h 03, 3.40 Uhr
	if t := strings.TrimLeft(rest, " "); t != "" && (t[0] == ':' || t[0] == 'h' || t[0] == '.') {
		sep := t[0]
		u := strings.TrimLeft(t[1:], " ")
		if d := digitsEnd(u, 0); d == 2 && (sep != '.' || clockWord(u[2:])) {
			return len(line) - len(u) + 2
		}
	}
	// 4 a.m., 4 Uhr; 13 March, 3. April, 8 mars, 1er mai, 13 de marzo
	t := strings.TrimLeft(rest, ".")
	for _, suf := range []string{"er", "st", "nd", "rd", "th", "º"} {
		if strings.HasPrefix(t, suf) {
			t = t[len(suf):]
			break
		}
	}
	if clockWord(t) {
		return e
	}
	t = strings.TrimLeft(t, " ")
	t = strings.TrimPrefix(t, "de ")
	w := 0
	for w < len(t) && (isLetterByte(t[w]) || t[w] >= 0x80) {
		w++
	}
	if isMonth(t[:w]) {
		return e
	}
	return 0
}

// clockWord: whether s opens with the word of a time of day ("a.m.", "pm",
// "Uhr", "h").
func clockWord(s string) bool {
	s = strings.TrimLeft(s, " ")
	for _, w := range []string{"a.m.", "p.m.", "am", "pm", "Uhr", "uhr", "h"} {
		if strings.HasPrefix(s, w) && (len(s) == len(w) || !isLetterByte(s[len(w)])) {
			return true
		}
	}
	return false
}

// isMonth: whether a word names a month, in full or cut to three letters.
func isMonth(w string) bool {
	if len(w) < 3 {
		return false
	}
	_, ok := textutil.Months()[strings.ToLower(strings.TrimSuffix(w, "."))]
	return ok
}

func digitsEnd(s string, i int) int {
	for i < len(s) && isDigitByte(s[i]) {
		i++
	}
	return i
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// approxWords put a count after them ("about 2000", "rund 2000",
// "unos 2000"): a number of 1900 to 2100 after one is not a year.
var approxWords = lazyWordSet("about around some nearly almost over more than least roughly approximately " +
	"environ près quelque quelques plus moins" +
	" rund etwa fast über mehr knapp gut insgesamt " +
	"unos unas cerca casi más alrededor " +
	"circa quasi oltre")

func wordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// lazyWordSet is wordSet(list) made on first use, so that a program that
// never groups pays nothing for the tables at start-up.
func lazyWordSet(list string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool { return wordSet(list) })
}

// figureKeys returns the grouping keys of one line's figures: "pct:" for
// a percentage; "n:" for an amount (with a currency, a magnitude or a
// fraction) or a count of a thousand or more; "q:" for a measure with its
// unit ("q:15km"); "c:" for a smaller count of ten or more, which says
// less; "d:" for a duration. Dates, times of day and years give no key.
func figureKeys(line string) []string {
	masked := maskCalendar(line)
	durs := findDurations(masked)
	var out []string
	for _, a := range findAmounts(masked) {
		whole := a.value == float64(int64(a.value))
		switch {
		case a.percent:
			out = append(out, "pct:"+formatValue(a.value))
		case a.currency == "" && !whole && a.value < 10 && magnitudeBefore(masked[:a.start]):
			out = append(out, "q:"+formatValue(a.value)+"mag") // "a magnitude 5.6 earthquake", "der Stärke 5,6"
		case a.currency == "" && !whole && a.value < 10:
			// a bare small decimal: a score, a rating, a version ("8.5",
			// "2.1") says little of what happened
			out = append(out, "c:"+formatValue(a.value))
		case a.currency != "" || !whole:
			out = append(out, "n:"+formatValue(a.value))
		case startsDuration(durs, a.start):
			// the duration's key says it; a span of years past childhood
			// is most often an age ("aged 41", "41 ans"): a count too
			if a.value >= 13 && a.value < 130 && yearsAt(durs, a.start) {
				out = append(out, "c:"+formatValue(a.value))
			}
		case a.value >= 1900 && a.value <= 2100 && isYear(masked, a):
			// a year: when, not what
		case unitAfter(masked[a.end:]) != "":
			out = append(out, "q:"+formatValue(a.value)+unitAfter(masked[a.end:]))
		case a.value >= 1000:
			out = append(out, "n:"+formatValue(a.value))
		case a.value >= 10:
			out = append(out, "c:"+formatValue(a.value))
		}
	}
	out = appendWordAmounts(out, masked)
	for _, d := range durs {
		out = append(out, "d:"+d.key)
	}
	return out
}

// magnitudeBefore: the text before a number ends with the word for a
// quake's magnitude ("magnitude", "Stärke", "magnitudo").
func magnitudeBefore(before string) bool {
	before = strings.TrimRight(before, " \u00a0")
	i := strings.LastIndexAny(before, " \u00a0(")
	return textutil.Units()[strings.ToLower(before[i+1:])].Symbol == "mag"
}

// isYear tells a year from a count of 1900 to 2100: written as four
// digits with no separator, it is a year unless a word of approximation
// stands before it or another number after it.
func isYear(text string, a amount) bool {
	digits := strings.TrimLeft(a.text, "$€£¥ ")
	if len(digits) != 4 {
		return false
	}
	before := strings.Fields(text[:a.start])
	if len(before) > 0 && approxWords()[strings.ToLower(strings.Trim(before[len(before)-1], ",;:("))] {
		return false
	}
	return true
}

// unitAfter is the unit of measure that follows a number, after spaces or
// a hyphen ("15 km", "15-megawatt", "7,9 pouces"), or "".
func unitAfter(rest string) string {
	glued := rest != "" && rest[0] != ' ' && rest[0] != '-' && !strings.HasPrefix(rest, "\u00a0")
	rest = strings.TrimLeft(rest, " \u00a0-")
	end := strings.IndexFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '.' || r == ';' || r == ')' })
	if end < 0 {
		end = len(rest)
	}
	w := rest[:end]
	if glued && len(w) < 2 { // "5G" is no measure
		return ""
	}
	if u, ok := textutil.Units()[w]; ok {
		return u.Symbol
	}
	// A word in any case; a symbol written in capitals ("MW", "Km",
	// "mAh"), not a capital letter alone ("5 G").
	if len(w) >= 4 || len(w) >= 2 && w != strings.ToLower(w) {
		return textutil.Units()[strings.ToLower(w)].Symbol
	}
	return ""
}

// appendWordAmounts appends the keys of amounts whose number is written
// as a word before a magnitude ("vier Millionen Euro", "two billion"),
// as findAmounts reads only digits.
func appendWordAmounts(out []string, text string) []string {
	if !mayHaveMagnitudeWord(text) {
		return out
	}
	prev := ""
	textutil.EachLetterRun(text, func(start, end int) {
		w := strings.ToLower(text[start:end])
		if n := numberWords()[prev]; n > 1 && magnitudes()[w] >= 1e6 {
			out = append(out, "n:"+formatValue(float64(n)*magnitudes()[w]))
		}
		prev = w
	})
	return out
}

// yearsAt: whether the duration starting at start is counted in years.
func yearsAt(durs []duration, start int) bool {
	for _, d := range durs {
		if d.start == start {
			return strings.HasSuffix(d.key, "y")
		}
	}
	return false
}

func startsDuration(durs []duration, start int) bool {
	for _, d := range durs {
		if d.start == start {
			return true
		}
	}
	return false
}

// mayHaveMagnitudeWord is a cheap test that text may hold a magnitude of a
// million or more written as a word: each such word holds one of these.
func mayHaveMagnitudeWord(text string) bool {
	for _, part := range []string{"illi", "ilh", "ilio", "mio", "Mio", "mrd", "Mrd", "bn", "mn"} {
		if strings.Contains(text, part) {
			return true
		}
	}
	return false
}
