package articles

import (
	"fmt"
	"math"
	"reader/articles/internal/textutil"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mention is one statement of a fact in one article.
type mention struct {
	kind    FactKind
	key     string // what identifies the fact across sources
	label   string
	wording string // the source's own textutil.Words
	value   string // what is compared for disagreement ("" when nothing is)
	context map[string]bool
	amount  *amount
	note    string // an inconsistency inside this one source
	quote   map[string]bool
}

var (
	roleAlt      = roleAlternation()
	nameRun      = `\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,2}`
	roleBefore   = regexp.MustCompile(`((?:\b\p{Ll}[\p{L}’'\-]*\s+){0,2}(?i:` + roleAlt + `))\s*,?\s+(` + nameRun + `)`)
	roleAfter    = regexp.MustCompile(`(` + nameRun + `),\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?((?:[\p{L}'’\-]+\s+){0,4}?(?i:` + roleAlt + `)(?:\s+of\s+the\s+\p{Ll}+)?)`)
	quoteRe      = regexp.MustCompile(`[“"«„]\s*([^“”"«»„]{20,600}?)\s*[”"»“]`)
	dayMonthRe   = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(\p{L}{3,10})\b|\b(\p{L}{3,10})\s+(\d{1,2})(?:st|nd|rd|th)?\b`)
	placeRe      = regexp.MustCompile(`\b(?:in|at|from|near|à|en|in der|in den|im|a|em|en la|nella|na|no)\s+(\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})`)
	conversionRe = regexp.MustCompile(`(?i)\(\s*(?:about|approximately|around|roughly|some|nearly|environ|soit|près de|etwa|rund|ca\.|circa|unos|alrededor de|cerca de|quasi|aproximadamente)\s`)
	orgWordRe    = regexp.MustCompile(`\b(Congress|Centre|Center|Council|Agency|Group|Ministry|Bank|University|College|Commission|Company|Corp|Corporation|Inc|Ltd|Association|Alliance|Union|Organisation|Organization|Institute|Court|Party|Parliament|Police|Department|Office|Bureau|Committee|Foundation|Network|Times|Post|News|Airport|Airlines|Motors|Technologies|Systems|Partners|Fund|Authority|Board|Federation|League|Club|Team|Service|Services)\b`)
)

func roleAlternation() string {
	var alts []string
	for w := range roleWords {
		alts = append(alts, regexp.QuoteMeta(strings.TrimSpace(w)))
	}
	// Longest first, so "co-founder" wins over "founder".
	sortByLenDesc(alts)
	return `\b(?:` + strings.Join(alts, "|") + `)\b`
}

func sortByLenDesc(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && (len(s[j]) > len(s[j-1]) || len(s[j]) == len(s[j-1]) && s[j] < s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// extractMentions finds the comparable statements of one article.
func extractMentions(a Article) []mention {
	var out []mention
	var listed []string
	for _, b := range a.Body {
		if b.Kind == Heading {
			continue
		}
		if b.Kind == Bullet || b.Kind == Numbered {
			if inList := countriesIn(b.Text); len(inList) > 0 {
				listed = append(listed, inList[0])
			}
		} else {
			listed = append(listed, enumeratedCountries(b.Text)...)
		}
		for _, s := range textutil.SplitSentences(b.Text) {
			if strings.TrimSpace(s) == "" {
				continue
			}
			out = append(out, sentenceMentions(s)...)
		}
		for _, q := range quoteMentions(b.Text) {
			q.value = a.Lang // compared only to tell a translation
			out = append(out, q)
		}
	}
	out = dropBusyPlaces(out, bodyText(a.Body))
	if set := uniqueSorted(listed); len(set) >= 2 {
		out = append(out, mention{kind: FactList, key: "list:countries", label: "countries named together",
			wording: strings.Join(set, ", "), value: strings.Join(set, ", ")})
	}
	return out
}

func sentenceMentions(s string) []mention {
	var out []mention
	ctx := contextTerms(s)
	amounts := findAmounts(s)
	for i, am := range amounts {
		am := am
		if !(am.currency != "" || am.percent || am.value >= 1e6) {
			continue
		}
		if i > 0 && conversionRe.MatchString(s[max(0, am.start-20):am.start+1]) {
			continue // a conversion, checked with the amount it converts
		}
		m := mention{kind: FactAmount, amount: &am, context: ctx, wording: snippet(s, am.start, am.end)}
		if am.percent {
			m.kind, m.key, m.label = FactPercent, "pct:"+formatValue(am.value), formatValue(am.value)+"%"
		} else {
			m.key, m.label = "amt:"+am.currency+":"+formatValue(am.value), amountLabel(am)
		}
		if i+1 < len(amounts) {
			if note := conversionNote(s, am, amounts[i+1]); note != "" {
				m.note = note
				m.wording = snippet(s, am.start, amounts[i+1].end)
			}
		}
		out = append(out, m)
	}
	for _, d := range findDurations(s) {
		out = append(out, mention{kind: FactDuration, key: "dur:" + d.key, label: durationLabel(d.key), wording: snippet(s, d.start, d.start+len(d.text)), context: ctx})
	}
	for _, w := range textutil.Words(s) {
		if en, ok := weekdays[strings.ToLower(w)]; ok && textutil.IsCapitalised(w) || ok && !textutil.IsCapitalised(w) && len(w) > 6 {
			out = append(out, mention{kind: FactDate, key: "weekday", label: "day of the week", wording: w, value: en})
			break
		}
	}
	for _, m := range dayMonthRe.FindAllStringSubmatch(s, -1) {
		day, mon := m[1], m[2]
		if day == "" {
			day, mon = m[4], m[3]
		}
		month, ok := textutil.Months[strings.ToLower(mon)]
		if !ok || len(mon) < 3 {
			continue
		}
		label := strings.TrimLeft(day, "0") + " " + month.String()
		out = append(out, mention{kind: FactDate, key: "date:" + label, label: label, wording: m[0]})
	}
	out = append(out, peopleMentions(s)...)
	out = append(out, placeMentions(s)...)
	return out
}

// conversionNote flags "X (about Y)" where Y, in another currency, is not
// within a plausible exchange rate of X: a slip of magnitude.
func conversionNote(s string, a, b amount) string {
	if a.currency == "" || b.currency == "" || a.currency == b.currency || a.value == 0 || b.value == 0 {
		return ""
	}
	between := s[a.end:min(len(s), b.start+1)]
	if !conversionRe.MatchString(between) {
		return ""
	}
	ratio := b.value / a.value
	if ratio > 0.05 && ratio < 20 {
		return ""
	}
	factor := ratio
	if factor < 1 {
		factor = 1 / factor
	}
	return fmt.Sprintf("%s is given as %s: off by a factor of about %s", amountLabel(a), amountLabel(b), formatValue(roundMagnitude(factor)))
}

func roundMagnitude(f float64) float64 {
	p := 1.0
	for p*10 <= f && !math.IsInf(p*10, 1) {
		p *= 10
	}
	return p
}

func amountLabel(a amount) string {
	v, unit := a.value, ""
	switch {
	case v >= 1e9:
		v, unit = v/1e9, " billion"
	case v >= 1e6:
		v, unit = v/1e6, " million"
	}
	cur := a.currency
	if cur != "" {
		cur += " "
	}
	return cur + formatValue(v) + unit
}

func durationLabel(key string) string {
	units := map[string]string{"y": "years", "mo": "months", "w": "weeks", "d": "days", "h": "hours"}
	i := strings.IndexFunc(key, func(r rune) bool { return r < '0' || r > '9' })
	n, u := key[:i], units[key[i:]]
	if n == "1" {
		u = strings.TrimSuffix(u, "s")
	}
	return n + " " + u
}

// snippet is the source's own words around a match: about eight textutil.Words
// either side, within the sentence.
func snippet(s string, start, end int) string {
	const span = 8
	from, to, prefix, suffix := start, end, "", ""
	for n := 0; from > 0; {
		i := strings.LastIndexByte(s[:from-1], ' ')
		if n++; n > span {
			prefix = "… "
			break
		}
		from = i + 1
		if i < 0 {
			from = 0
		}
	}
	for n := 0; to < len(s); {
		i := strings.IndexByte(s[to+1:], ' ')
		if n++; n > span {
			suffix = " …"
			break
		}
		if i < 0 {
			to = len(s)
		} else {
			to += 1 + i
		}
	}
	return prefix + strings.TrimSpace(s[from:to]) + suffix
}

func contextTerms(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range textutil.Words(s) {
		lw := textutil.Fold(w)
		if len([]rune(lw)) >= 4 && !textutil.Stopwords[lw] && !textutil.IsNumeric(w) {
			out[textutil.Stem(lw)] = true
		}
	}
	return out
}

// enumSepRe is what may stand between the items of an enumeration.
var enumSepRe = regexp.MustCompile(`^(?:\s*,\s*|\s*,?\s+(?:and|or|&|et|ou|und|oder|y|o|e|en|of)\s+)$`)

// enumeratedCountries returns the countries a sentence lists together
// ("A, B and C"), not those it merely names apart.
func enumeratedCountries(s string) []string {
	var hits []countryHit
	for name, canon := range countries {
		for i := 0; ; {
			j := strings.Index(s[i:], name)
			if j < 0 {
				break
			}
			st, en := i+j, i+j+len(name)
			if wordBoundary(s, st, en) {
				hits = append(hits, countryHit{canon, st, en})
			}
			i = en
		}
	}
	sort.Slice(hits, func(a, b int) bool {
		return hits[a].start < hits[b].start || hits[a].start == hits[b].start && hits[a].end > hits[b].end
	})
	var out []string
	lastEnd, inRun := -1, false
	for k, h := range hits {
		if h.start < lastEnd {
			continue // inside a longer name
		}
		if k > 0 && lastEnd >= 0 && enumSepRe.MatchString(s[lastEnd:h.start]) {
			if !inRun {
				out = append(out, hits[prevIndex(hits, k, lastEnd)].name)
			}
			out = append(out, h.name)
			inRun = true
		} else {
			inRun = false
		}
		lastEnd = h.end
	}
	return out
}

type countryHit struct {
	name       string
	start, end int
}

func prevIndex(hits []countryHit, k, end int) int {
	for i := k - 1; i >= 0; i-- {
		if hits[i].end == end {
			return i
		}
	}
	return k - 1
}

func wordBoundary(s string, start, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:start])
	after, _ := utf8.DecodeRuneInString(s[end:])
	ok := func(r rune) bool { return r == utf8.RuneError || !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	return (start == 0 || ok(before)) && (end == len(s) || ok(after))
}

// dropBusyPlaces drops place candidates named often in the article: a name
// that is the subject of sentence after sentence is an actor, not a venue.
func dropBusyPlaces(ms []mention, text string) []mention {
	out := ms[:0]
	for _, m := range ms {
		if m.kind == FactPlace && countries[m.label] == "" && strings.Count(text, m.label) > 2 {
			continue
		}
		out = append(out, m)
	}
	return out
}

func countriesIn(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, run := range capitalRuns(s) {
		if c, ok := countries[run]; ok && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}

// capitalRuns lists every run of one to four capitalised textutil.Words (and each
// shorter run inside a longer one), for looking names up.
func capitalRuns(s string) []string {
	toks := strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == ',' || r == ';' || r == ':' || r == '(' || r == ')' || r == '"' || r == '“' || r == '”'
	})
	var out []string
	for i := range toks {
		for n := 4; n >= 1; n-- {
			if i+n > len(toks) {
				continue
			}
			run := strings.Join(toks[i:i+n], " ")
			run = strings.TrimRight(run, ".")
			if textutil.IsCapitalised(run) {
				out = append(out, run)
			}
		}
	}
	return out
}

func uniqueSorted(list []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sortStrings(out)
	return out
}
