package events

import (
	"regexp"
	"strings"
	"unicode"

	"reader/articles/internal/textutil"
)

// Figures are typed by what they mean before they become grouping keys:
// amounts, percentages, counts and durations say what happened, while a
// date, a time of day or a year says only when, and reports of unrelated
// happenings share those all the time. So dates and times are masked out
// of a line before its numbers are read, and a bare year is dropped.

// calendarRe matches the dates and times of day that are masked: numeric
// dates (10.03.2026, 2026-03-10, 10/03/26), clock times (4:17, 08h15,
// 22 h 03, 3.40 Uhr, 4 a.m.), and a day of the month beside a month name
// (13 March, 3. April, 8 mars, 13 de marzo, March 13).
var calendarRe = func() *regexp.Regexp {
	var months []string
	for m := range textutil.Months {
		if len(m) >= 3 {
			months = append(months, regexp.QuoteMeta(m))
		}
	}
	month := `(?:` + strings.Join(months, "|") + `)\.?`
	return regexp.MustCompile(`(?i)` +
		`\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b` +
		`|\b\d{1,2}\s?[:h]\s?\d{2}\b` +
		`|\b\d{1,2}[.:]\d{2}\s?(?:uhr|h)\b` +
		`|\b\d{1,2}\s?(?:a\.m\.|p\.m\.|am\b|pm\b|uhr\b)` +
		`|\b\d{1,2}(?:\.|er|º|st|nd|rd|th)?\s+(?:de\s+)?` + month + `(?:\s|$|[,;])` +
		`|\b` + month + `\s+\d{1,2}(?:st|nd|rd|th)?\b`)
}()

// approxWords put a count after them ("about 2000", "rund 2000",
// "unos 2000"): a number of 1900 to 2100 after one is not a year.
var approxWords = wordSet("about around some nearly almost over more than least roughly approximately " +
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

// figureKeys returns the grouping keys of one line's figures: "pct:" for
// a percentage; "n:" for an amount (with a currency, a magnitude or a
// fraction) or a count of a thousand or more; "q:" for a measure with its
// unit ("q:15km"); "c:" for a smaller count of ten or more, which says
// less; "d:" for a duration. Dates, times of day and years give no key.
func figureKeys(line string) []string {
	masked := calendarRe.ReplaceAllStringFunc(line, blank)
	var out []string
	for _, a := range findAmounts(masked) {
		whole := a.value == float64(int64(a.value))
		switch {
		case a.percent:
			out = append(out, "pct:"+formatValue(a.value))
		case a.currency != "" || !whole:
			out = append(out, "n:"+formatValue(a.value))
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
	for _, d := range findDurations(masked) {
		out = append(out, "d:"+d.key)
	}
	return out
}

// blank is s as spaces, so that masking keeps every other byte in place.
func blank(s string) string { return strings.Repeat(" ", len(s)) }

// isYear tells a year from a count of 1900 to 2100: written as four
// digits with no separator, it is a year unless a word of approximation
// stands before it or another number after it.
func isYear(text string, a amount) bool {
	digits := strings.TrimLeft(a.text, "$€£¥ ")
	if len(digits) != 4 {
		return false
	}
	before := strings.Fields(text[:a.start])
	if len(before) > 0 && approxWords[strings.ToLower(strings.Trim(before[len(before)-1], ",;:("))] {
		return false
	}
	return true
}

// units maps the words and symbols of measures, in the languages the
// reader knows, to one symbol, so "15 km", "15 kilomètres" and "15
// Kilometer" are one measure and "15 MW" another.
var units = func() map[string]string {
	table := map[string]string{
		"km":  "km Km kilometre kilometres kilometer kilometers kilomètre kilomètres kilómetro kilómetros chilometri chilometro quilómetros",
		"m":   "metre metres meter meters mètre mètres metro metros",
		"cm":  "cm centimetre centimetres centimeter centimeters centimètres centímetros zentimeter",
		"kmh": "km/h kph mph",
		"ha":  "ha hectare hectares hektar hectárea hectáreas ettari",
		"kg":  "kg kilo kilos kilogram kilograms kilogramme kilogrammes kilogramm kilogramos",
		"g":   "g gram grams gramme grammes gramm gramos grammi",
		"t":   "tonne tonnes ton tons tonnen toneladas tonnellate",
		"mw":  "MW megawatt megawatts mégawatts megavatios",
		"gw":  "GW gigawatt gigawatts gigavatios",
		"in":  "inch inches pouce pouces zoll pulgadas pollici",
		"mah": "mAh",
		"l":   "litre litres liter liters litros",
		"deg": "°C degrees degrés grad grados",
	}
	m := map[string]string{}
	for sym, words := range table {
		for _, w := range strings.Fields(words) {
			m[w] = sym
		}
	}
	return m
}()

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
	if u, ok := units[w]; ok {
		return u
	}
	if len(w) >= 4 { // a word, in any case; a symbol only as written
		return units[strings.ToLower(w)]
	}
	return ""
}

// appendWordAmounts appends the keys of amounts whose number is written
// as a word before a magnitude ("vier Millionen Euro", "two billion"),
// as findAmounts reads only digits.
func appendWordAmounts(out []string, text string) []string {
	prev := ""
	textutil.EachLetterRun(text, func(start, end int) {
		w := strings.ToLower(text[start:end])
		if n := numberWords[prev]; n > 1 && magnitudes[w] >= 1e6 {
			out = append(out, "n:"+formatValue(float64(n)*magnitudes[w]))
		}
		prev = w
	})
	return out
}
