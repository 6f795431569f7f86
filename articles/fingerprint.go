package articles

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fingerprint is the compact, storable description of an article that
// grouping needs, so the store can regroup without re-reading bodies.
// Names and numbers are the language-independent signals: they let a
// translated report join its event.
type Fingerprint struct {
	Hash         string
	Title        string
	TitleDerived bool `json:",omitempty"`
	Source       string
	Lang         string
	Published    time.Time
	Names        []string // folded capitalised names, most frequent first
	Numbers      []string // normalised amounts and figures
	Terms        []string // folded content words, most frequent first
	Lead         []string // names and numbers of the headline and first paragraphs: what happened
}

const (
	maxNames   = 40
	maxNumbers = 20
	maxTerms   = 60
	maxLead    = 30
	leadBlocks = 2
)

// NewFingerprint extracts the grouping features of an article.
func NewFingerprint(a Article) Fingerprint {
	text := a.Title + ".\n" + bodyText(a.Body)
	names, nums, terms := features(text)
	lead := a.Title + ".\n"
	for i := 0; i < len(a.Body) && i < leadBlocks; i++ {
		lead += a.Body[i].Text + "\n"
	}
	ln, lnum, _ := features(lead)
	leadAll := map[string]int{}
	for _, m := range []map[string]int{ln, lnum} {
		for k, v := range m {
			leadAll[k] += v
		}
	}
	return Fingerprint{
		Hash: a.Hash, Title: a.Title, TitleDerived: a.TitleDerived, Source: a.Source, Lang: a.Lang, Published: a.Published,
		Names: topKeys(names, maxNames), Numbers: topKeys(nums, maxNumbers), Terms: topKeys(terms, maxTerms),
		Lead: topKeys(leadAll, maxLead),
	}
}

// features counts a text's names (single capitalised words and runs of
// them), notable numbers and durations, and stemmed content words.
func features(text string) (names, nums, terms map[string]int) {
	names, nums, terms = map[string]int{}, map[string]int{}, map[string]int{}
	for _, sentence := range splitSentences(text) {
		toks := words(sentence)
		titleCase := isTitleCase(toks)
		run := []string{}
		flush := func() {
			if len(run) >= 2 {
				names[strings.Join(run, " ")]++
			}
			run = run[:0]
		}
		for i, w := range toks {
			lw := fold(w)
			if len([]rune(lw)) < 2 || stopwords[lw] || isNumeric(w) {
				flush()
				continue
			}
			if !titleCase && isCapitalised(w) && (i > 0 || len(toks) == 1) || isAcronym(w) {
				names[lw]++
				run = append(run, lw)
				continue
			}
			flush()
			if len([]rune(lw)) >= 4 {
				terms[stem(lw)]++
			}
		}
		flush()
	}
	for _, n := range extractNumbers(text) {
		nums[n]++
	}
	for _, d := range findDurations(text) {
		nums["d:"+d.key]++
	}
	return names, nums, terms
}

// topKeys returns the n most frequent keys, ties broken alphabetically.
func topKeys(m map[string]int, n int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}

var sentenceEnd = regexp.MustCompile(`([.!?…。])\s+|\n+`)

// splitSentences cuts text at sentence ends, roughly: enough to tell a
// sentence-initial capital from a name.
func splitSentences(text string) []string {
	return sentenceEnd.Split(text, -1)
}

// isTitleCase spots Headline Case, where capitals say nothing of names.
func isTitleCase(toks []string) bool {
	caps, n := 0, 0
	for _, w := range toks {
		if stopwords[strings.ToLower(w)] || isNumeric(w) {
			continue
		}
		n++
		if isCapitalised(w) {
			caps++
		}
	}
	return n >= 4 && caps*10 >= n*8
}

func isCapitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func isNumeric(w string) bool {
	for _, r := range w {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

var accentFolder = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// fold lower-cases and strips accents, so "Zürich" and "Zurich" meet.
func fold(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(s), "'s"), "’s")
	if isPlain(s) {
		return strings.Trim(s, "'-")
	}
	out, _, err := transform.String(accentFolder, s)
	if err != nil {
		return s
	}
	return strings.Trim(strings.NewReplacer("’", "", "'", "").Replace(out), "-")
}

// stem is a crude suffix stripper: enough to meet "allegations" and
// "allegation", "concerns" and "concern".
func stem(w string) string {
	for _, suf := range []string{"'s", "ies", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			if suf == "ies" {
				return w[:len(w)-3] + "y"
			}
			if suf == "es" && !strings.HasSuffix(w, "sses") && !strings.HasSuffix(w, "shes") && !strings.HasSuffix(w, "ches") {
				return w[:len(w)-1]
			}
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

var (
	thousandsRe = regexp.MustCompile(`^\d{1,3}[,.]\d{3}$`)
	numberRe    = regexp.MustCompile(`(?i)([$€£¥]|\b(?:us|usd|eur|gbp|chf|cny|yuan|rmb)\s?)?(\d{1,3}(?:[,.\x{00a0} ]\d{3})+|\d+(?:[.,]\d+)?)\s*(%|per ?cent\b|pour ?cent\b|prozent\b|por ?ciento\b|per ?cento\b|por ?cento\b)?\s*(bn\b|billions?\b|milliards?\b|milliarden?\b|mrd\.?|miliardi\b|mil millones\b|bilhões\b|bilh\.|m\b|mn\b|millions?\b|millionen\b|millones\b|milioni\b|milhões\b|mio\.?|k\b|thousand\b|tausend\b|mille\b)?\s*(?:de\s+|d'|of\s+)?(dollars?\b|euros?\b|pounds?\b|yuan\b|yen\b|francs?\b|dollar\b|dólares\b|dollari\b|sterling\b)?`)
)

// magnitudes maps magnitude words to powers of ten.
var magnitudes = map[string]float64{
	"bn": 1e9, "billion": 1e9, "billions": 1e9, "milliard": 1e9, "milliards": 1e9, "milliarde": 1e9, "milliarden": 1e9,
	"mrd": 1e9, "mrd.": 1e9, "miliardi": 1e9, "mil millones": 1e9, "bilhões": 1e9, "bilh.": 1e9,
	"m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6, "millionen": 1e6, "millones": 1e6, "milioni": 1e6, "milhões": 1e6,
	"mio": 1e6, "mio.": 1e6, "k": 1e3, "thousand": 1e3, "tausend": 1e3, "mille": 1e3,
}

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
	for _, m := range numberRe.FindAllStringSubmatchIndex(text, -1) {
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
		a := amount{value: v, text: strings.TrimSpace(text[m[0]:m[1]]), start: m[0], end: m[1]}
		if mag := strings.ToLower(get(4)); mag != "" {
			a.value *= magnitudes[mag]
		}
		a.percent = get(3) != ""
		a.currency = currencyOf(get(1), get(5))
		out = append(out, a)
	}
	return out
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

// parseNumber reads "2", "2.5", "2,5", "1,200,000" and "1.200.000".
func parseNumber(s string) (float64, bool) {
	s = strings.NewReplacer("\u00a0", "", " ", "").Replace(s)
	if strings.Count(s, ",")+strings.Count(s, ".") > 1 || thousandsRe.MatchString(s) {
		s = strings.NewReplacer(",", "", ".", "").Replace(s)
	} else {
		s = strings.Replace(s, ",", ".", 1)
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// extractNumbers returns the grouping keys of a text's notable numbers:
// amounts with a currency or magnitude, percentages, and figures of three
// or more digits. Years are kept as such.
func extractNumbers(text string) []string {
	var out []string
	for _, a := range findAmounts(text) {
		switch {
		case a.percent:
			out = append(out, "pct:"+formatValue(a.value))
		case a.currency != "" || a.value >= 1000 && !(a.value >= 1900 && a.value <= 2100 && a.value == float64(int(a.value))):
			out = append(out, "n:"+formatValue(a.value))
		case a.value >= 1900 && a.value <= 2100:
			out = append(out, "y:"+formatValue(a.value))
		}
	}
	return out
}

func formatValue(v float64) string { return strconv.FormatFloat(v, 'g', 4, 64) }
