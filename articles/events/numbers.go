package events

import (
	"maps"
	"reader/articles/internal/textutil"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// numberPattern is a number with its optional currency sign or code before
// it, and percent, magnitude and currency words after it.
const numberPattern = `(?i)([$€£¥]|\b(?:us|usd|eur|gbp|chf|cny|yuan|rmb)\s?)?(\d{1,3}(?:[,.\x{00a0} ]\d{3})+|\d+(?:[.,]\d+)?)\s*(%|per ?cent\b|pour ?cent\b|prozent\b|procent\b|por ?ciento\b|per ?cento\b|por ?cento\b)?\s*(bn\b|billions?\b|milliards?\b|milliarden?\b|mrd\.?|miljard\b|miljarden\b|miliardi\b|mil millones\b|bilhões\b|bilh\.|m\b|mn\b|millions?\b|millionen\b|miljoen\b|miljoenen\b|millones\b|milioni\b|milhões\b|mio\.?|k\b|thousand\b|tausend\b|mille\b|mila\b)?\s*(?:de\s+|d'|of\s+)?(dollars?\b|euros?\b|pounds?\b|yuan\b|yen\b|francs?\b|dollar\b|dólares\b|dollari\b|sterling\b)?`

var (
	thousandsRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\d{1,3}[,.]\d{3}$`) })
	// numberRe is numberPattern anchored: findAmounts tries it only where a
	// match can start, instead of letting the engine try every position.
	numberRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:` + numberPattern + `)`) })
)

// Bounds of numberPattern that findAmounts relies on. A match starts at
// most maxNumberPrefix bytes before its first digit ("yuan ", or "uſd "
// under case folding), and after its digits it spans only white space and
// words of at most numberTailBytes bytes in all.
const (
	maxNumberPrefix = 5
	numberTailBytes = 96
)

// magnitudes maps the words of magnitudes to powers of ten: the shared
// table and the abbreviations figures are written with, glued or dotted
// ("€20m", "$5k", "3 Mrd.").
var magnitudes = sync.OnceValue(func() map[string]float64 {
	m := maps.Clone(textutil.Magnitudes())
	for w, v := range map[string]float64{"m": 1e6, "k": 1e3, "mrd.": 1e9, "mio.": 1e6, "bilh.": 1e9, "mil millones": 1e9} {
		m[w] = v
	}
	return m
})

// Amount is a number found in text with what makes it comparable.
type amount struct {
	value    float64
	currency string // "USD", "EUR", ... or ""
	percent  bool
	text     string
	start    int
	end      int
}

// findAmounts finds numbers with their magnitude, currency and percent sign.
func findAmounts(text string) []amount {
	var out []amount
	for pos := 0; pos < len(text); {
		m := nextNumber(text, pos)
		if m == nil {
			break
		}
		pos = m[1]
		get := func(g int) string {
			if m[2*g] < 0 {
				return ""
			}
			return text[m[2*g]:m[2*g+1]]
		}
		v, ok := parseNumber(get(2))
		if !ok {
			continue
		}
		if m[8] >= 0 && letterAt(text, m[9]) {
			// "300 000 mètres": the regexp's \b is ASCII's, and "m" before
			// a letter outside ASCII begins a word, not a magnitude.
			m[8], m[9], m[10], m[11] = -1, -1, -1, -1
			m[1] = max(m[5], m[7])
			pos = m[1]
		}
		a := amount{value: v, text: strings.TrimSpace(text[m[0]:m[1]]), start: m[0], end: m[1]}
		if mag := strings.ToLower(get(4)); mag != "" {
			a.value *= magnitudes()[mag]
		}
		a.percent = get(3) != ""
		a.currency = currencyOf(get(1), get(5))
		out = append(out, a)
	}
	return out
}

// letterAt says whether a letter starts at text[i].
func letterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// nextNumber returns the submatch indexes of the leftmost match of
// numberPattern at or after pos, as an unanchored search would find it, or
// nil. Every match has a digit within maxNumberPrefix bytes of its start,
// so only the few positions before each digit are tried, on a window long
// enough for any match there.
func nextNumber(text string, pos int) []int {
	tried := pos
	for {
		d := indexDigit(text, pos)
		if d < 0 {
			return nil
		}
		end := numberWindowEnd(text, d)
		for p := max(tried, d-maxNumberPrefix); p <= d; p++ {
			if !canStartNumber(text, p) {
				continue
			}
			if m := numberRe().FindStringSubmatchIndex(text[p:end]); m != nil {
				for i := range m {
					if m[i] >= 0 {
						m[i] += p
					}
				}
				return m
			}
		}
		tried, pos = d+1, d+1
	}
}

// canStartNumber: whether a match of numberPattern may start at p. Its
// first character is a digit, a currency sign, or the first letter of a
// currency code, and a code must start a word (the pattern's \b).
func canStartNumber(text string, p int) bool {
	c := text[p]
	switch c {
	case '$', 0xC2, 0xE2: // $, £ and ¥ (C2 ..), € (E2 ..)
		return true
	case 'u', 'U', 'e', 'E', 'g', 'G', 'c', 'C', 'y', 'Y', 'r', 'R':
		return p == 0 || !isASCIIWordByte(text[p-1])
	}
	return c >= '0' && c <= '9'
}

// numberWindowEnd bounds the text a match whose first digit is at d can
// read: its digits and separators, then white space and at most
// numberTailBytes other bytes, with room for a final \b.
func numberWindowEnd(text string, d int) int {
	i := d
	for i < len(text) && (isDigitByte(text[i]) || textutil.IsRegexSpace(text[i]) || text[i] == ',' || text[i] == '.' || text[i] == 0xC2 || text[i] == 0xA0) {
		i++
	}
	for budget := numberTailBytes; i < len(text) && budget > 0; i++ {
		if !textutil.IsRegexSpace(text[i]) {
			budget--
		}
	}
	return min(i+8, len(text))
}

func indexDigit(s string, from int) int {
	for i := from; i < len(s); i++ {
		if isDigitByte(s[i]) {
			return i
		}
	}
	return -1
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// isASCIIWordByte is the \w of Go regular expressions, which \b uses.
func isASCIIWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func currencyOf(prefix, suffix string) string {
	p := strings.ToLower(strings.TrimSpace(prefix + " " + suffix))
	switch {
	case strings.Contains(p, "$"), strings.Contains(p, "dollar"), strings.Contains(p, "dólar"), strings.Contains(p, "usd"), strings.HasPrefix(p, "us"):
		return "USD"
	case strings.Contains(p, "€"), strings.Contains(p, "eur"):
		return "EUR"
	case strings.Contains(p, "£"), strings.Contains(p, "pound"), strings.Contains(p, "gbp"), strings.Contains(p, "sterling"):
		return "GBP"
	case strings.Contains(p, "¥"), strings.Contains(p, "yen"):
		return "JPY"
	case strings.Contains(p, "yuan"), strings.Contains(p, "cny"), strings.Contains(p, "rmb"):
		return "CNY"
	case strings.Contains(p, "franc"), strings.Contains(p, "chf"):
		return "CHF"
	}
	return ""
}

var (
	noSpaces     = strings.NewReplacer("\u00a0", "", " ", "")
	noSeparators = strings.NewReplacer(",", "", ".", "")
)

// parseNumber reads "2", "2.5", "2,5", "1,200,000" and "1.200.000".
func parseNumber(s string) (float64, bool) {
	s = noSpaces.Replace(s)
	if strings.Count(s, ",")+strings.Count(s, ".") > 1 || thousandsRe().MatchString(s) {
		s = noSeparators.Replace(s)
	} else {
		s = strings.Replace(s, ",", ".", 1)
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

func formatValue(v float64) string { return strconv.FormatFloat(v, 'g', 4, 64) }

// numberWords are textutil.NumberWords and the articles that count one
// ("a year", "une semaine", "einem Monat").
var numberWords = sync.OnceValue(func() map[string]int {
	m := maps.Clone(textutil.NumberWords())
	m["une"], m["eine"], m["einem"], m["einen"], m["una"], m["uma"], m["a"], m["an"] = 1, 1, 1, 1, 1, 1, 1, 1
	return m
})

// duration is a span of time found in text.
type duration struct {
	key   string // "5y", "18mo"
	text  string
	start int
}

// findDurations finds "5 years", "five-year", "cinq ans" and the like: a
// number or number word, then a unit word after a space or hyphen.
func findDurations(text string) []duration {
	var out []duration
	prevStart, prevEnd := -1, -1
	firstStart, firstEnd := -1, -1 // the run before the previous one
	textutil.EachLetterRun(text, func(start, end int) {
		fs, fe, ps, pe := firstStart, firstEnd, prevStart, prevEnd
		firstStart, firstEnd, prevStart, prevEnd = prevStart, prevEnd, start, end
		if ps < 0 {
			return
		}
		if gap := text[pe:start]; gap != " " && gap != "-" && gap != "\u00a0" {
			return
		}
		unit := strings.ToLower(text[start:end])
		u, ok := textutil.DurationUnits()[unit]
		if !ok {
			return
		}
		num := strings.ToLower(text[ps:pe])
		if fs >= 0 && text[fe:ps] == "-" {
			// a compound: "forty-eight hours", "vingt-quatre heures"
			if _, ok := numberWords()[strings.ToLower(text[fs:pe])]; ok {
				num, ps = strings.ToLower(text[fs:pe]), fs
			}
		}
		n, err := strconv.Atoi(num)
		if err != nil {
			w, ok := numberWords()[num]
			if !ok {
				return
			}
			n = w
		}
		if n == 1 && (num == "a" || num == "an") && u == "y" && unit == "an" {
			return
		}
		out = append(out, duration{key: strconv.Itoa(n) + u, text: text[ps:end], start: ps})
	})
	return out
}
