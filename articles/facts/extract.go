package facts

import (
	"fmt"
	"math"
	"reader/articles"
	"reader/articles/internal/textutil"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mention is one statement of a fact in one article.
type Mention struct {
	Kind    Kind
	Key     string // what identifies the fact across sources
	Label   string
	Wording string // the source's own textutil.Words
	Value   string // what is compared for disagreement ("" when nothing is)
	Context map[string]bool
	Amount  *Amount
	Note    string // an inconsistency inside this one source
	Quote   map[string]bool
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

// Extract finds the comparable statements of one article.
func Extract(a articles.Article) []Mention {
	var out []Mention
	var listed []string
	for _, b := range a.Body {
		if b.Kind == articles.Heading {
			continue
		}
		if b.Kind == articles.Bullet || b.Kind == articles.Numbered {
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
			q.Value = a.Lang // compared only to tell a translation
			out = append(out, q)
		}
	}
	out = dropBusyPlaces(out, bodyText(a.Body))
	if set := uniqueSorted(listed); len(set) >= 2 {
		out = append(out, Mention{Kind: KindList, Key: "list:countries", Label: "countries named together",
			Wording: strings.Join(set, ", "), Value: strings.Join(set, ", ")})
	}
	return out
}

func sentenceMentions(s string) []Mention {
	var out []Mention
	ctx := contextTerms(s)
	amounts := FindAmounts(s)
	for i, am := range amounts {
		am := am
		if !(am.Currency != "" || am.Percent || am.Value >= 1e6) {
			continue
		}
		if i > 0 && conversionRe.MatchString(s[max(0, am.Start-20):am.Start+1]) {
			continue // a conversion, checked with the amount it converts
		}
		m := Mention{Kind: KindAmount, Amount: &am, Context: ctx, Wording: snippet(s, am.Start, am.End)}
		if am.Percent {
			m.Kind, m.Key, m.Label = KindPercent, "pct:"+FormatValue(am.Value), FormatValue(am.Value)+"%"
		} else {
			m.Key, m.Label = "amt:"+am.Currency+":"+FormatValue(am.Value), AmountLabel(am)
		}
		if i+1 < len(amounts) {
			if note := conversionNote(s, am, amounts[i+1]); note != "" {
				m.Note = note
				m.Wording = snippet(s, am.Start, amounts[i+1].End)
			}
		}
		out = append(out, m)
	}
	for _, d := range FindDurations(s) {
		out = append(out, Mention{Kind: KindDuration, Key: "dur:" + d.Key, Label: durationLabel(d.Key), Wording: snippet(s, d.Start, d.Start+len(d.Text)), Context: ctx})
	}
	for _, w := range textutil.Words(s) {
		if en, ok := weekdays[strings.ToLower(w)]; ok && textutil.IsCapitalised(w) || ok && !textutil.IsCapitalised(w) && len(w) > 6 {
			out = append(out, Mention{Kind: KindDate, Key: "weekday", Label: "day of the week", Wording: w, Value: en})
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
		out = append(out, Mention{Kind: KindDate, Key: "date:" + label, Label: label, Wording: m[0]})
	}
	out = append(out, peopleMentions(s)...)
	out = append(out, placeMentions(s)...)
	return out
}

// conversionNote flags "X (about Y)" where Y, in another currency, is not
// within a plausible exchange rate of X: a slip of magnitude.
func conversionNote(s string, a, b Amount) string {
	if a.Currency == "" || b.Currency == "" || a.Currency == b.Currency || a.Value == 0 || b.Value == 0 {
		return ""
	}
	between := s[a.End:min(len(s), b.Start+1)]
	if !conversionRe.MatchString(between) {
		return ""
	}
	ratio := b.Value / a.Value
	if ratio > 0.05 && ratio < 20 {
		return ""
	}
	factor := ratio
	if factor < 1 {
		factor = 1 / factor
	}
	return fmt.Sprintf("%s is given as %s: off by a factor of about %s", AmountLabel(a), AmountLabel(b), FormatValue(roundMagnitude(factor)))
}

func roundMagnitude(f float64) float64 {
	p := 1.0
	for p*10 <= f && !math.IsInf(p*10, 1) {
		p *= 10
	}
	return p
}

func AmountLabel(a Amount) string {
	v, unit := a.Value, ""
	switch {
	case v >= 1e9:
		v, unit = v/1e9, " billion"
	case v >= 1e6:
		v, unit = v/1e6, " million"
	}
	cur := a.Currency
	if cur != "" {
		cur += " "
	}
	return cur + FormatValue(v) + unit
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
		return hits[a].Start < hits[b].Start || hits[a].Start == hits[b].Start && hits[a].End > hits[b].End
	})
	var out []string
	lastEnd, inRun := -1, false
	for k, h := range hits {
		if h.Start < lastEnd {
			continue // inside a longer name
		}
		if k > 0 && lastEnd >= 0 && enumSepRe.MatchString(s[lastEnd:h.Start]) {
			if !inRun {
				out = append(out, hits[prevIndex(hits, k, lastEnd)].name)
			}
			out = append(out, h.name)
			inRun = true
		} else {
			inRun = false
		}
		lastEnd = h.End
	}
	return out
}

type countryHit struct {
	name       string
	Start, End int
}

func prevIndex(hits []countryHit, k, end int) int {
	for i := k - 1; i >= 0; i-- {
		if hits[i].End == end {
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
func dropBusyPlaces(ms []Mention, text string) []Mention {
	out := ms[:0]
	for _, m := range ms {
		if m.Kind == KindPlace && countries[m.Label] == "" && strings.Count(text, m.Label) > 2 {
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

func bodyText(blocks []articles.Block) string {
	var b strings.Builder
	for _, bl := range blocks {
		b.WriteString(bl.Text)
		b.WriteByte('\n')
	}
	return b.String()
}
