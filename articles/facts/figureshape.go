package facts

import (
	"reader/articles/internal/textutil"
	"strconv"
	"strings"
	"sync"
)

// How a figure is written: decimals, ranges, percentages in words, a
// duration in two units, cents, and tens and units in several words.

// parseDecimal reads a number whose one separator is a decimal mark.
func parseDecimal(s string) (float64, bool) {
	v, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	return v, err == nil
}

// rangeBefore reads the opening of a range that the figure at toks[from]
// closes: "between 3,000 and 4,000", "zwischen 3000 und 4000", "3,000 to
// 4,000", "3,000-4,000". It returns where the range starts and its low
// end as a share of y. "from 3,000 to 4,000" is a change, not a range.
func rangeBefore(toks []token, from int, y float64) (start int, low float64, ok bool) {
	if from < 2 || toks[from-2].kind != tNum || y <= 0 {
		return 0, 0, false
	}
	x, _, okx := parseNumber(toks[from-2].s)
	if !okx || x <= 0 || x >= y || x < y/100 {
		return 0, 0, false
	}
	switch j := toks[from-1]; {
	case j.is("and", "und", "et", "y", "e", "en"):
		if from >= 3 && toks[from-3].is("between", "zwischen", "entre", "tra", "fra", "tussen") {
			return from - 3, x / y, true
		}
	case j.is("to", "bis", "à", "a", "tot", "-", "–"):
		if from >= 3 && toks[from-3].is("from", "von", "de", "da", "van", "des", "du") {
			return 0, 0, false
		}
		if from >= 3 && isMonth(toks[from-3].lower) || j.is("–", "-") && !j.glued && toks[from].kind == tWord {
			return 0, 0, false // "ROME, Aug 10 – Eighteen people": a dateline, then the story
		}
		return from - 2, x / y, true
	}
	return 0, 0, false
}

// percentAfter: toks[to] opens a percentage's word ("percent", "Prozent",
// "per cent", "por ciento").
func percentAfter(toks []token, to int) bool {
	return to < len(toks) && (toks[to].is("percent", "prozent", "pourcent", "procent", "proc", "procenta", "procentu", "procentů", "prosent", "prosenttia", "prosentin", "prosenttiin", "prosentilla", "prosentista") ||
		strings.HasPrefix(toks[to].lower, "százalék") && !strings.HasPrefix(toks[to].lower, "százalékpont") || // Hungarian, in any case: "7,4 százalékra"
		toks[to].is("per", "pour", "por") && to+1 < len(toks) && toks[to+1].is("cent", "ciento", "cento") ||
		toks[to].is("la") && to+1 < len(toks) && toks[to+1].is("sută", "suta")) // Romanian "12 la sută"
}

// durationHours is each duration unit in hours.
var durationHours = map[string]float64{"s": 1.0 / 3600, "min": 1.0 / 60, "h": 1, "d": 24, "w": 168, "mo": 730, "y": 8766, "dec": 87660}

// DurationHours is a duration's unit ("dur:h", "dur:w") in hours, for
// comparing lengths of time given in different units; 0 for other units.
func DurationHours(unit string) float64 {
	u, ok := strings.CutPrefix(unit, "dur:")
	if !ok {
		return 0
	}
	return durationHours[u]
}

// compoundDuration reads the smaller part of a duration given in two
// units after toks[:to] in unit u ("and 40 minutes" after "six hours";
// "6 minutes" after "2 hours"): its value in u and where it ends.
func compoundDuration(toks []token, to int, u string) (float64, int, bool) {
	j := to
	if j < len(toks) && toks[j].is("and", "et", "und", "y", "e", "en", ",") {
		j++
	}
	if j+1 >= len(toks) {
		return 0, 0, false
	}
	var v float64
	switch t := toks[j]; t.kind {
	case tNum:
		x, _, ok := parseNumber(t.s)
		if !ok {
			return 0, 0, false
		}
		v = x
	case tWord:
		x, ok := textutil.NumberWords()[t.lower]
		if !ok {
			return 0, 0, false
		}
		v = float64(x)
	default:
		return 0, 0, false
	}
	u2, ok := textutil.DurationUnits()[toks[j+1].lower]
	if !ok && u == "min" && secondWords()[toks[j+1].lower] {
		u2, ok = "s", true // "two minutes and 48 seconds", "2 min 48 s"
	}
	if !ok || durationHours[u2] == 0 || durationHours[u2] >= durationHours[u] {
		return 0, 0, false
	}
	return v * durationHours[u2] / durationHours[u], j + 2, true
}

// andAHalf: toks[to:] add half a unit to the duration before them ("and
// a half", "et demi", "y medio", "e mezzo", "e meio", "en een half"):
// where the words end.
func andAHalf(toks []token, to int) (int, bool) {
	if to+1 >= len(toks) || !toks[to].is("and", "et", "y", "e", "en", "und") {
		return 0, false
	}
	if toks[to+1].is("demi", "demie", "medio", "media", "mezzo", "mezza", "meio", "meia", "halb", "half") {
		return to + 2, true
	}
	if to+2 < len(toks) && toks[to+1].is("a", "een", "ein", "einem") && toks[to+2].is("half", "halb", "halbes") {
		return to + 3, true
	}
	return 0, false
}

// halfDuration reads a year and a half written without a figure: "a year
// and a half", "un an et demi", "un año y medio", "anderthalb Jahre",
// "anderhalf jaar": one and a half of the unit, and where it ends; and
// the other halves written in one word ("dreieinhalb Jahre Haft",
// "tweeënhalf jaar").
// It is tried at every word, so base comes by pointer, copied only for a find.
func halfDuration(s string, toks []token, i int, base *Fact) (Fact, int, bool) {
	t := toks[i]
	var u string
	end, v := 0, 1.5
	switch {
	case i+1 < len(toks) && fusedHalf(t.lower) > 0:
		u, end, v = textutil.DurationUnits()[toks[i+1].lower], i+2, fusedHalf(t.lower)
	case indefiniteArticles()[t.lower] && i+1 < len(toks):
		u = textutil.DurationUnits()[toks[i+1].lower]
		if e, ok := andAHalf(toks, i+2); ok && u != "" {
			end = e
		}
	}
	if u == "" || end == 0 {
		return Fact{}, 0, false
	}
	n := Number{Value: v, Unit: "dur:" + u, Digits: strconv.FormatFloat(v, 'f', -1, 64), Hedge: About} // a round figure: "an hour and a half" for 86 minutes
	f := *base
	f.Kind, f.Attribute, f.Num = KindDuration, "length", &n
	f.Subject = durationSubject(toks, i)
	f.Value, f.Norm = words(s, toks, i, end), FormatNumber(n)
	f.Wording = snippet(s, toks, i, end)
	return f, end, true
}

// secondWords are the words of seconds after a figure. Seconds are read
// only as the smaller part of minutes: alone they are mostly race times
// and margins, several to a report, each of another athlete.
var secondWords = sync.OnceValue(func() map[string]bool {
	return wordSet("s sec secs second seconds seconde secondes sekunde sekunden segundo segundos secondo secondi seconden")
})

// oneUnitBefore reads a larger unit of time written with an article
// before the figure at toks[from:] in unit u ("einem Jahr und" before
// "zehn Monaten", "a year and" before "six months"): its length in u
// and where the words start.
func oneUnitBefore(toks []token, from int, u string) (float64, int, bool) {
	if from < 2 || !toks[from-1].is("and", "et", "und", "y", "e", "en") {
		return 0, 0, false
	}
	w, start := toks[from-2].lower, from-3
	if rest, elided := strings.CutPrefix(strings.ReplaceAll(w, "’", "'"), "un'"); elided {
		w, start = rest, from-2 // "un'ora e 48 minuti"
	} else if from < 3 || !indefiniteArticles()[toks[from-3].lower] {
		return 0, 0, false
	}
	u2, ok := textutil.DurationUnits()[w]
	if !ok || durationHours[u2] <= durationHours[u] {
		return 0, 0, false
	}
	if r, exact := exactUnitRatios[u2+"/"+u]; exact {
		return r, start, true
	}
	return durationHours[u2] / durationHours[u], start, true
}

// indefiniteArticles stand for one before a unit: "a year", "einem Jahr".
var indefiniteArticles = lazyWordSet("a an one ein eine einem einen einer un une una uno um uma een één")

// ExactUnits reports whether two units of time convert into each other
// by a whole ratio ("dur:y" and "dur:mo", "dur:w" and "dur:d"), so that a
// length in one is a length in the other, not an estimate of it (nine
// months are no 36 weeks).
func ExactUnits(a, b string) bool {
	ua, oka := strings.CutPrefix(a, "dur:")
	ub, okb := strings.CutPrefix(b, "dur:")
	if !oka || !okb {
		return a == b
	}
	if ua == ub {
		return true
	}
	_, ab := exactUnitRatios[ua+"/"+ub]
	_, ba := exactUnitRatios[ub+"/"+ua]
	return ab || ba
}

// exactUnitRatios are the whole ratios of units of time that
// durationHours, made for comparing, gives only nearly.
var exactUnitRatios = map[string]float64{"y/mo": 12, "y/w": 52, "w/d": 7, "d/h": 24, "h/min": 60}

// hundredsAfter reads the hundreds written out after "mille" or
// "thousand" from toks[k] ("deux cents", "two hundred and fifty"): their
// value and where they end; end is k when none stand there.
func hundredsAfter(toks []token, k int) (float64, int) {
	if k+1 >= len(toks) || !toks[k+1].is("cent", "cents", "hundred") {
		return 0, k
	}
	v := textutil.NumberWords()[toks[k].lower]
	if v == 0 && toks[k].is("a", "one", "un") {
		v = 1
	}
	if v <= 0 || v >= 10 {
		return 0, k
	}
	total, end := float64(v*100), k+2
	if end < len(toks) && toks[end].is("and", "et") {
		end++
	}
	if end < len(toks) {
		if w := textutil.NumberWords()[toks[end].lower]; w > 0 && w < 100 {
			return total + float64(w), end + 1
		}
	}
	if toks[end-1].is("and", "et") {
		end--
	}
	return total, end
}

// wordHundreds reads a number of hundreds written in words from toks[i]:
// a hundreds word and the tens and units after it ("trescientas
// cuarenta", "trezentas e quarenta e duas", "duecento"), or a unit and
// the word for hundred ("three hundred and forty", "trois cent
// quarante"). It returns the value and where it ends; end is i when no
// hundreds stand there.
func (x *extractor) wordHundreds(toks []token, i int) (float64, int) {
	if h := textutil.HundredWords()[toks[i].lower]; h > 0 && !hundredOfPercent(toks, i) {
		j := i + 1
		if j+1 < len(toks) && toks[j].is("y", "e", "en", "und") && textutil.NumberWords()[toks[j+1].lower] > 0 {
			j++ // "trezentas e quarenta"
		}
		if v, end := tensAndUnits(toks, j, textutil.NumberWords()); end > j {
			return float64(h + v), end // "trezentas e quarenta e duas"
		}
		return float64(h), i + 1
	}
	if i+1 < len(toks) && (toks[i+1].is("hundred") || x.lang == "fr" && toks[i+1].is("cent", "cents")) {
		return hundredsAfter(toks, i)
	}
	return 0, i
}

// tensAndUnits reads a number under a hundred written in words from
// toks[j], its tens and units joined by "y", "e" or "et" ("sesenta y
// cuatro", "vingt et un", "quarenta e duas"): its value and where it
// ends; end is j when no such number stands there. words is the table
// the number words are read from.
func tensAndUnits(toks []token, j int, words map[string]int) (int, int) {
	if j >= len(toks) || toks[j].kind != tWord {
		return 0, j
	}
	v := words[toks[j].lower]
	if v <= 0 || v >= 100 {
		return 0, j
	}
	if end := j + 1; tens(toks[j].lower) && end+1 < len(toks) && compoundLinks()[toks[end].lower] {
		if u := words[toks[end+1].lower]; u > 0 && u < 10 {
			return v + u, end + 2
		}
	}
	return v, j + 1
}

// hundredOfPercent: the hundred at toks[i] is a percentage's word ("per
// cento", "por ciento"), no figure.
func hundredOfPercent(toks []token, i int) bool {
	return i > 0 && toks[i-1].is("per", "por", "pour") && toks[i].is("cento", "ciento", "cent")
}

// inHundreds: the number word at toks[i] is the tens and units, or the
// word for hundred, of a number of hundreds read from a word before it
// (wordHundreds).
func (x *extractor) inHundreds(toks []token, i int) bool {
	j := i - 1
	if j >= 1 && toks[j].is("y", "e", "en", "und", "and", "et") {
		j--
	}
	if j < 0 || textutil.NumberWords()[toks[i].lower] == 0 && !toks[i].is("hundred", "cent", "cents") {
		return false
	}
	if textutil.HundredWords()[toks[j].lower] > 0 {
		return true
	}
	if toks[j].is("hundred") || x.lang == "fr" && toks[j].is("cent", "cents") {
		return j >= 1 && (textutil.NumberWords()[toks[j-1].lower] > 0 || toks[j-1].is("a", "one", "un"))
	}
	return false
}

// centWords after a currency make the figure hundredths of it.
var centWords = lazyWordSet("cents cent centimes céntimos centesimi cêntimos")

// compoundLinks join the tens and the units of a number written in words
// in Spanish, Portuguese and French ("sesenta y cuatro", "trinta e dois",
// "vingt et un").
var compoundLinks = lazyWordSet("y e et")

// tens: a number word for twenty to ninety.
func tens(w string) bool {
	v := numberWords()[w]
	return v >= 20 && v%10 == 0 && v < 100
}

// fusedHalf is the value of a number and a half written in one word:
// "anderthalb" and "eineinhalb" 1.5, "dreieinhalb" 3.5, "tweeënhalf"
// 2.5; 0 for any other word.
func fusedHalf(w string) float64 {
	if len(w) < 7 || w[len(w)-1] != 'b' && w[len(w)-1] != 'f' {
		return 0 // every word comes here: most end otherwise
	}
	if w == "anderthalb" || w == "anderhalf" {
		return 1.5
	}
	for _, suf := range []string{"einhalb", "ënhalf", "enhalf"} {
		if n, ok := strings.CutSuffix(w, suf); ok && n != "" {
			if n == "ein" || n == "een" {
				return 1.5
			}
			if v := textutil.NumberWords()[n]; v >= 2 {
				return float64(v) + 0.5
			}
		}
	}
	return 0
}
