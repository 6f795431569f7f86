package facts

import (
	"fmt"
	"math"
	"reader/articles"
	"reader/articles/internal/textutil"
	"sort"
	"strconv"
	"strings"
)

// Extract finds the statements of one article, in the order it makes them.
// It reads each sentence once, word by word.
func Extract(a articles.Article) []Fact {
	x := newExtractor(a)
	var listed []string
	for bi, b := range a.Body {
		if b.Kind == articles.Heading {
			continue
		}
		x.block = bi
		x.blockPeople = x.blockPeople[:0]
		eachSentence(b.Text, func(start, end int) {
			x.sentence(b.Text, start, end)
		})
		if b.Kind == articles.Bullet || b.Kind == articles.Numbered {
			if c := x.leadingCountry(b.Text); c != "" {
				listed = append(listed, c)
			}
		}
		x.quotes(b.Text)
	}
	listed = append(listed, x.listed...)
	x.resolvePeople()
	for i := range x.out {
		x.out[i].Key = SubjectKey(x.out[i].Subject)
	}
	if set := uniqueSorted(listed); len(set) >= 2 {
		x.out = append(x.out, Fact{Kind: KindList, Subject: "countries", Attribute: "named together", Value: strings.Join(set, ", "),
			Norm: strings.Join(set, ", "), Wording: strings.Join(set, ", "), Block: -1, Lang: x.lang})
	}
	return x.out
}

// extractor holds what one article's sentences share.
type extractor struct {
	lang        string
	lower       map[string]bool // words the article writes in lower case
	out         []Fact
	toks        []token
	block       int
	listed      []string
	people      map[string]string // person names seen, folded, with their spelling
	blockPeople []personAt        // people named in the current block, by offset
	lastSpeaker string            // the person last quoted or said to speak
	capCount    map[string]int    // how often each capitalised word stands in the article
	surnames    map[string]bool   // the folded last names of the people seen
}

type personAt struct {
	name       string
	start, end int // offsets in the block
	speaks     bool
}

func newExtractor(a articles.Article) *extractor {
	x := &extractor{lang: a.Lang, lower: map[string]bool{}, capCount: map[string]int{}, surnames: map[string]bool{}, people: map[string]string{}}
	for _, b := range a.Body {
		textutil.EachLetterRun(b.Text, func(start, end int) {
			w := b.Text[start:end]
			if !textutil.IsCapitalised(w) {
				x.lower[w] = true
			} else {
				x.capCount[w]++
			}
		})
	}
	return x
}

// sentence extracts the statements of text[start:end].
func (x *extractor) sentence(text string, start, end int) {
	s := text[start:end]
	x.toks = tokenize(s, x.toks)
	toks := x.toks
	if len(toks) == 0 {
		return
	}
	ents := x.entities(s, toks)
	ctx := contextOf(toks)
	var names []string
	for _, e := range ents {
		if e.kind != entOther {
			names = append(names, textutil.Fold(e.name))
		}
	}
	base := Fact{Block: x.block, Context: ctx, Names: names, Lang: x.lang}
	used := make([]bool, len(toks)) // tokens a date or figure has taken
	first := len(x.out)
	x.dates(s, toks, used, base)
	x.figures(s, toks, used, base)
	// Each figure and date is anchored by the others of its sentence:
	// what ties a statement to its translation.
	if n := len(x.out) - first; n > 1 {
		norms := make([]string, 0, n)
		for _, f := range x.out[first:] {
			norms = append(norms, f.Norm)
		}
		for k := first; k < len(x.out); k++ {
			x.out[k].Anchors = norms
		}
	}
	x.roles(s, toks, ents, base)
	x.places(s, toks, ents, base)
	x.lists(toks, ents)
	for _, e := range ents {
		if e.kind == entPerson {
			x.lastSpeaker = e.name
			x.blockPeople = append(x.blockPeople, personAt{name: e.name, start: start + toks[e.from].start, end: start + toks[e.to-1].end, speaks: e.speaks})
		}
	}
}

// contextOf is the set of stems of a sentence's content words.
func contextOf(toks []token) map[string]bool {
	ctx := make(map[string]bool, len(toks))
	for _, t := range toks {
		if t.kind != tWord || len(t.lower) < 4 || textutil.Stopwords()[t.lower] {
			continue
		}
		ctx[textutil.Stem(textutil.FoldLower(t.lower))] = true
	}
	return ctx
}

// snippet is the source's own words around toks[from:to], about eight
// words either side, within the sentence.
func snippet(s string, toks []token, from, to int) string {
	const span = 8
	a, b := max(0, from-span), min(len(toks), to+span)
	out := strings.TrimSpace(s[toks[a].start:toks[b-1].end])
	if a > 0 {
		out = "… " + out
	}
	if b < len(toks) {
		out += " …"
	}
	return out
}

// words is the source's text of toks[from:to].
func words(s string, toks []token, from, to int) string {
	if from >= to {
		return ""
	}
	return s[toks[from].start:toks[to-1].end]
}

// subjectBefore is the noun phrase just before toks[i]: up to two content
// words, lower case, what a figure or a place is said of ("press
// conference" before "in"). Function words end it.
func subjectBefore(toks []token, i int) string {
	var ws []string
	for j := i - 1; j >= 0 && len(ws) < 2; j-- {
		t := toks[j]
		if t.kind != tWord || textutil.Stopwords()[t.lower] || t.capitalised() || numberWords()[t.lower] > 0 || hedgeWords()[t.lower] != 0 || notSubjects()[t.lower] {
			break
		}
		ws = append(ws, strings.TrimSuffix(strings.TrimSuffix(t.lower, "'s"), "’s"))
	}
	for l, r := 0, len(ws)-1; l < r; l, r = l+1, r-1 {
		ws[l], ws[r] = ws[r], ws[l]
	}
	return strings.Join(ws, " ")
}

// measureLinks join a thing to its measure: "a span of 220 metres".
var measureLinks = []string{"of", "de", "di", "da", "von", "van"}

// notSubjects are words that stand before a figure or a place but say
// nothing of what it is about.
var notSubjects = lazyWordSet(`am im um beim vom zum zur le el il lo del au du soll sollen wird werden kann muss doit peut va vont debe puede deve

just only still even already almost nearly roughly about around some least most than estimated another total
per cent percent reported reportedly currently recently now then also since until ago during while whereas being been`)

// subjectAfter is the noun a figure counts: the first plural-looking word
// among the next three lower-case words ("4,500 striking workers").
func subjectAfter(toks []token, i int, lang string) (string, int) {
	if i+1 < len(toks) && i > 0 && textutil.Magnitudes()[toks[i-1].lower] != 0 && toks[i].is("de", "of", "di") {
		i++ // "1,2 millones de hogares"
	}
	for j := i; j < len(toks) && j < i+3; j++ {
		t := toks[j]
		if t.kind != tWord || textutil.Stopwords()[t.lower] || hedgeWords()[t.lower] != 0 {
			return "", -1
		}
		if t.capitalised() && lang != "de" {
			continue // "3,700 Harbourtown residents"
		}
		if lang == "de" && !t.capitalised() && j > i {
			return "", -1
		}
		if _, month := textutil.Months()[t.lower]; month {
			return "", -1
		}
		if pluralLike(t.lower, lang) && lang != "de" || j == i && lang == "de" && t.capitalised() && len(t.lower) > 3 {
			return strings.TrimSuffix(strings.TrimSuffix(t.lower, "'s"), "’s"), j
		}
	}
	return "", -1
}

// irregularPlurals are plural nouns without a plural ending.
var irregularPlurals = lazyWordSet("people men women children police staff personnel cattle sheep fish deer crew folk mice teeth feet geese leute menschen personen kinder einwohner bewohner arbeiter mitarbeiter gente personas niños personne bambini persone pessoas crianças")

// pluralLike: w has a plural's ending in the language: "-s" or "-x" in
// most, "-i" or "-e" in Italian ("filiali", "persone"), "-en" or "-s" in
// Dutch ("filialen").
func pluralLike(w, lang string) bool {
	if irregularPlurals()[w] {
		return true
	}
	n := len(w)
	if n <= 3 {
		return false
	}
	switch lang {
	case "it":
		return w[n-1] == 'i' || w[n-1] == 'e'
	case "nl":
		return strings.HasSuffix(w, "en") || w[n-1] == 's'
	}
	return (w[n-1] == 's' || w[n-1] == 'x') && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// dates finds weekdays, calendar dates and years, tied to what happened
// on them.
func (x *extractor) dates(s string, toks []token, used []bool, base Fact) {
	if len(toks) < 5 {
		return // a weekday or date alone on a line is page furniture
	}
	for i, t := range toks {
		if t.kind != tWord {
			continue
		}
		en, ok := weekdays()[t.lower]
		if !ok && t.capitalised() && len(t.lower) > 8 {
			en, ok = weekdayCompound(t.lower) // "Donnerstagmorgen", "Sonntagabend"
		}
		if ok && (t.capitalised() || x.lang != "en" && x.lang != "de" && x.lang != "") {
			f := base
			f.Kind, f.Attribute, f.Value, f.Norm = KindDate, "day", t.s, en
			f.Subject = actionBefore(toks, i)
			f.Wording = snippet(s, toks, i, i+1)
			used[i] = true
			x.out = append(x.out, f)
			continue
		}
		if _, ok := textutil.Months()[t.lower]; ok && monthWord(t, x.lang) {
			// "18 December", "18. Dezember", "le 18 décembre", "December 18"
			from, to, day := -1, i+1, ""
			if i >= 1 && toks[i-1].kind == tNum && dayNumber(toks[i-1].s) {
				from, day = i-1, toks[i-1].s
			} else if i >= 2 && (toks[i-1].is(".", "de", "th", "st", "nd", "rd", "er", "º") && toks[i-1].glued || toks[i-1].is("de")) && toks[i-2].kind == tNum && dayNumber(toks[i-2].s) {
				from, day = i-2, toks[i-2].s
			} else if i+1 < len(toks) && toks[i+1].kind == tNum && dayNumber(toks[i+1].s) && !(i+2 < len(toks) && toks[i+2].is(":")) {
				from, to, day = i, i+2, toks[i+1].s
			}
			if from < 0 {
				continue
			}
			if to+1 < len(toks) && toks[to].is(",") && isYear(toks[to+1]) {
				to += 2
			} else if to < len(toks) && isYear(toks[to]) {
				to++
			}
			for k := from; k < to; k++ {
				used[k] = true
			}
			f := base
			f.Kind, f.Attribute = KindDate, "date"
			f.Value = words(s, toks, from, to)
			f.Norm = strings.TrimLeft(day, "0") + " " + textutil.Months()[t.lower].String()
			f.Subject = actionBefore(toks, from)
			f.Wording = snippet(s, toks, from, to)
			x.out = append(x.out, f)
		}
	}
	// Years after a preposition: "will open in 2027", "by 2022".
	for i, t := range toks {
		if used[i] || !isYear(t) || i == 0 || !yearPrepositions()[toks[i-1].lower] {
			continue
		}
		if i+1 < len(toks) && (toks[i+1].kind == tSym || textutil.Magnitudes()[toks[i+1].lower] != 0 || toks[i+1].is("-")) {
			continue
		}
		used[i] = true
		f := base
		f.Kind, f.Attribute, f.Value, f.Norm = KindDate, "year", t.s, t.s
		f.Subject = actionBefore(toks, i-1)
		f.Wording = snippet(s, toks, i-1, i+1)
		x.out = append(x.out, f)
	}
}

// weekdayCompound reads a German weekday joined to a part of the day.
func weekdayCompound(w string) (string, bool) {
	for _, part := range []string{"morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"} {
		if strings.HasSuffix(w, part) {
			en, ok := weekdays()[strings.TrimSuffix(w, part)]
			return en, ok
		}
	}
	return "", false
}

var yearPrepositions = lazyWordSet("in by until till before after since from to de en dès depuis d'ici avant après jusqu'en im ab bis seit vor nach hasta desde antes para entro dal fino até desde em")

// monthWord: a month name the way dates write it. English capitalises
// it; abbreviations are capitalised everywhere, so "ago" is no August.
func monthWord(t token, lang string) bool {
	if t.capitalised() {
		return len(t.lower) >= 3
	}
	return lang != "en" && lang != "" && len(t.lower) >= 4 && !t.is("mars", "mare", "sept", "juli", "june")
}

func dayNumber(s string) bool {
	v, _, ok := parseNumber(s)
	return ok && len(s) <= 2 && v >= 1 && v <= 31
}

func isYear(t token) bool {
	if t.kind != tNum || len(t.s) != 4 {
		return false
	}
	v, _, _ := parseNumber(t.s)
	return v >= 1900 && v <= 2100
}

// actionBefore is what a date or place is tied to: the nearest content
// word before it, skipping prepositions ("arrested on Monday" -> "arrested",
// "said on Tuesday" -> "said").
func actionBefore(toks []token, i int) string {
	// A verb after an auxiliary: "will launch the car in 2027" -> launch.
	for j := i - 1; j >= 1 && j >= i-5; j-- {
		if toks[j].kind != tWord || toks[j].is(",", ";") {
			break
		}
		if auxiliaries()[toks[j-1].lower] && !textutil.Stopwords()[toks[j].lower] && !toks[j].capitalised() && !notSubjects()[toks[j].lower] && weekdays()[toks[j].lower] == "" {
			return toks[j].lower
		}
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := toks[j]
		if t.kind != tWord {
			if t.is(",", ";", ":", "(", "—", "–") {
				break
			}
			continue
		}
		if textutil.Stopwords()[t.lower] || t.capitalised() || weekdays()[t.lower] != "" || notSubjects()[t.lower] || dayPartWords()[t.lower] ||
			textutil.Magnitudes()[t.lower] != 0 || currencyWords()[t.lower] != "" || isMonth(t.lower) || textutil.DurationUnits()[t.lower] != "" {
			continue // "$40 billion a year by 2031": worth, not year
		}
		if speechVerbs()[t.lower] {
			return "statement"
		}
		return strings.TrimSuffix(strings.TrimSuffix(t.lower, "'s"), "’s")
	}
	return ""
}

var auxiliaries = lazyWordSet("will would to should could can may might shall plans plan planned wants hopes expects va vont doit wird werden soll will va van debe quiere vuole deve vai")

var dayPartWords = lazyWordSet("morning afternoon evening night early late last next this matin soir après-midi morgen abend mañana tarde noche mattina sera")

// figures finds amounts, counts, quantities, durations and percentages.
func (x *extractor) figures(s string, toks []token, used []bool, base Fact) {
	var prev *Fact // the last amount, which a parenthesised conversion follows
	prevEnd := -1
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if used[i] {
			continue
		}
		word := t.kind == tWord && numberWords()[t.lower] > 1
		if t.kind == tWord && !word {
			if f, ok := hyphenDuration(s, toks, i, base); ok {
				used[i] = true
				x.out = append(x.out, f)
			}
			continue
		}
		if t.kind != tNum && !word {
			continue
		}
		if t.kind == tNum && (i+1 < len(toks) && toks[i+1].is(":", "/") && toks[i+1].glued || i > 0 && toks[i-1].is("#", "/", ":") && t.glued) {
			continue // a time of day, a ratio, a reference
		}
		if i > 0 && (toks[i-1].is("no", "nr", "number", "page", "article", "section", "room", "flight", "route", "chapter", "line", "version") || toks[i-1].kind == tWord && t.glued) {
			continue // "No. 10", "Model20"
		}
		if i > 1 && toks[i-1].capitalised() && !isMonth(toks[i-1].lower) && weekdays()[toks[i-1].lower] == "" && currencyWords()[toks[i-1].lower] == "" &&
			hedgeWords()[toks[i-1].lower] == 0 && textutil.Units()[toks[i-1].lower].Symbol == "" && !textutil.Stopwords()[toks[i-1].lower] && !isAcronymToken(toks[i-1]) {
			continue // a model's number: "Fold 3", "Series 7"
		}
		if i+1 < len(toks) && toks[i+1].glued && toks[i+1].kind == tWord && (toks[i+1].is("g", "th", "st", "nd", "rd", "d") || len(toks[i+1].lower) > 3 && textutil.Units()[toks[i+1].lower].Symbol == "") {
			continue // "3G", "18th"
		}
		n, from, to, kind, attr, subj, ok := x.figure(s, toks, i)
		if !ok {
			continue
		}
		for k := from; k < to; k++ {
			used[k] = true
		}
		f := base
		f.Kind, f.Attribute, f.Subject, f.Num = kind, attr, subj, &n
		f.Value = strings.TrimSpace(words(s, toks, from, to))
		f.Norm = FormatNumber(n)
		f.Wording = snippet(s, toks, from, to)
		// "5 billion dollars (about 4.3 million euros)": a conversion of
		// the figure before, checked against it, not a fact of its own.
		if prev != nil && kind == KindAmount && n.Unit != prev.Num.Unit && prev.Num.Unit != "" && from-prevEnd <= 3 && conversionBetween(toks, prevEnd, from) {
			if note := conversionNote(*prev.Num, n); note != "" {
				x.out[len(x.out)-1].Slip = note
				x.out[len(x.out)-1].Wording = snippet(s, toks, prevEnd-1, to)
			}
			prev = nil
			i = to - 1
			continue
		}
		x.out = append(x.out, f)
		if kind == KindAmount {
			prev, prevEnd = &x.out[len(x.out)-1], to
		}
		i = to - 1
	}
}

// hyphenDuration reads a written-out hyphenated duration: "two-day
// strike", "five-year plan".
func hyphenDuration(s string, toks []token, i int, base Fact) (Fact, bool) {
	w := toks[i].lower
	j := strings.IndexByte(w, '-')
	if j <= 0 || strings.HasSuffix(w, "-old") {
		return Fact{}, false
	}
	v := numberWords()[w[:j]]
	u, ok := textutil.DurationUnits()[w[j+1:]]
	if v == 0 || !ok || u == "y" && w[j+1:] == "an" {
		return Fact{}, false
	}
	n := Number{Value: float64(v), Unit: "dur:" + u, Digits: strconv.Itoa(v)}
	f := base
	f.Kind, f.Attribute, f.Num = KindDuration, "length", &n
	f.Subject, _ = nounAfter(toks, i+1)
	f.Value, f.Norm = toks[i].s, FormatNumber(n)
	f.Wording = snippet(s, toks, i, i+1)
	return f, true
}

// conversionBetween: only "(", "about" and the like stand between two figures.
func conversionBetween(toks []token, from, to int) bool {
	paren := false
	for k := from; k < to; k++ {
		switch {
		case toks[k].is("(", ",", "—", "–", "or", "soit", "ou", "oder", "o"):
			paren = paren || toks[k].is("(", "soit", "or", "ou", "oder", "o")
		case hedgeWords()[toks[k].lower] != 0 || toks[k].is("de", "près", "around", "about"):
		default:
			return false
		}
	}
	return paren
}

// conversionNote flags "X (about Y)" where Y, in another currency, is not
// within a plausible exchange rate of X: a slip of magnitude.
func conversionNote(a, b Number) string {
	if a.Value == 0 || b.Value == 0 {
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
	p := 1.0
	for p*10 <= factor && !math.IsInf(p*10, 1) {
		p *= 10
	}
	return fmt.Sprintf("%s is given as %s: off by a factor of about %s", FormatNumber(a), FormatNumber(b), groupThousands(p))
}

// figure reads the figure whose number is toks[i]: hedge and currency
// before it, magnitude, currency, percent, unit and rate after it, and what
// it is of.
func (x *extractor) figure(s string, toks []token, i int) (n Number, from, to int, kind Kind, attr, subj string, ok bool) {
	t := toks[i]
	var digits string
	if t.kind == tNum {
		n.Value, digits, ok = parseNumber(t.s)
		if !ok {
			return
		}
	} else {
		n.Value, digits = float64(numberWords()[t.lower]), fmt.Sprint(numberWords()[t.lower])
	}
	n.Digits = digits
	ok = false
	from, to = i, i+1
	// "magnitude 5.6", "der Stärke 5,9": the unit before the figure.
	if from > 0 && textutil.Units()[toks[from-1].lower].Symbol == "mag" && t.kind == tNum {
		n.Unit, from = "mag", from-1
		kind, attr = KindQuantity, "magnitude"
		subj, _ = nounAfter(toks, to)
		if subj == "" {
			subj = nounBeforeOf(toks, from)
		}
		ok = true
		return
	}
	// Before: a currency sign or code, and a hedge.
	if from > 0 && toks[from-1].kind == tSym && toks[from-1].s != "%" {
		n.Unit = currencySigns[toks[from-1].s]
		from--
		if from > 0 && toks[from-1].is("us", "u.s.", "a", "c", "hk", "nz") && toks[from-1].glued == false && toks[from].glued {
			if !toks[from-1].is("a") {
				from--
			}
		}
	} else if from > 0 && toks[from-1].kind == tWord && len(toks[from-1].lower) == 3 && currencyWords()[toks[from-1].lower] != "" && strings.ToUpper(toks[from-1].s) == toks[from-1].s {
		n.Unit = currencyWords()[toks[from-1].lower]
		from--
	}
	if h, k := hedgeBefore(toks, from); k > 0 {
		n.Hedge, from = h, from-k
	}
	// After: magnitude ("bn", "billion", glued "B" or "m"), currency, percent.
	if to < len(toks) {
		m := toks[to]
		if mag := textutil.Magnitudes()[strings.TrimSuffix(m.lower, ".")]; mag != 0 && m.kind == tWord {
			n.Value *= mag
			to++
		} else if m.kind == tWord && m.glued && (m.is("b", "bn") || m.is("m", "mn") && n.Unit != "" || m.is("k") || m.is("m") && to+1 < len(toks) && currencyWords()[toks[to+1].lower] != "") {
			n.Value *= map[string]float64{"b": 1e9, "bn": 1e9, "m": 1e6, "mn": 1e6, "k": 1e3}[m.lower]
			to++
		} else if m.is("mil") && to+1 < len(toks) && toks[to+1].is("millones", "milhões") {
			n.Value *= 1e9
			to += 2
		} else if m.is("mil") {
			n.Value *= 1e3
			to++
		}
	}
	if to < len(toks) && toks[to].is(".") && to > 0 && toks[to-1].is("mrd", "mio") {
		to++
	}
	if n.Unit == "" {
		k := to
		if k < len(toks) && toks[k].is("de", "of", "di", "do", "dos") && k+1 < len(toks) && currencyWords()[toks[k+1].lower] != "" {
			k++
		}
		if k+1 < len(toks) && toks[k].kind == tWord && currencyWords()[toks[k].lower] == "" && currencyWords()[toks[k+1].lower] != "" && len(toks[k+1].lower) > 3 {
			k++ // "2.5 billion Norwegian crowns"
		}
		if k < len(toks) && toks[k].kind == tWord {
			w := strings.TrimPrefix(strings.TrimPrefix(toks[k].lower, "d'"), "d’")
			if toks[k].is("us", "u.s.") && k+1 < len(toks) && toks[k+1].is("dollars", "dollar") {
				n.Unit, to = "USD", k+2
			} else if c := currencyWords()[w]; c != "" && (len(w) > 3 || strings.ToUpper(toks[k].s) == toks[k].s) {
				n.Unit, to = c, k+1
			}
		}
	}
	if n.Unit == "" && to < len(toks) {
		switch {
		case toks[to].is("%"):
			n.Unit, to = "%", to+1
		case toks[to].is("percent", "prozent", "pourcent") || toks[to].is("per", "pour", "por") && to+1 < len(toks) && toks[to+1].is("cent", "ciento", "cento"):
			n.Unit = "%"
			if toks[to].is("per", "pour", "por") {
				to++
			}
			to++
		}
		if n.Unit == "%" && n.Value > 100 && strings.Count(t.s, ".")+strings.Count(t.s, ",") == 1 {
			// "16.057%" is a share with three decimals, not sixteen thousand
			n.Value, _ = parseDecimal(t.s)
		}
	}
	// A rate: "€20m a day", "$40 billion a year".
	if to+1 < len(toks) && rateLinks()[toks[to].lower] && ratePeriods()[toks[to+1].lower] != "" && (n.Unit != "" || toks[to].is("per", "pro", "par")) {
		n.Per = ratePeriods()[toks[to+1].lower]
		to += 2
	}
	switch {
	case n.Unit == "%":
		kind, attr = KindPercent, "share"
		subj = subjectBefore(toks, from)
		if subj == "" || subj == "by" {
			subj = subjectOf(toks, to)
		}
		ok = true
		return
	case n.Unit != "":
		kind, attr = KindAmount, "amount"
		if n.Per != "" {
			attr = "amount a " + n.Per
		}
		subj = amountSubject(toks, from, to)
		ok = t.kind == tNum
		return
	}
	// An age after a name: "Jane Roe, 58, from …", "Jane Roe, 58 ans, …".
	if t.kind == tNum && to == i+1 && i >= 2 && toks[i-1].is(",") && toks[i-2].capitalised() && n.Value >= 1 && n.Value <= 120 && n.Value == float64(int(n.Value)) {
		k := to
		if k < len(toks) && textutil.DurationUnits()[toks[k].lower] == "y" {
			k++
		}
		if k == len(toks) || toks[k].is(",", ")", ";", ".") {
			j := i - 2
			for j > 0 && toks[j-1].capitalised() {
				j--
			}
			n.Unit, kind, attr = "dur:y", KindQuantity, "age"
			subj, from, to, ok = s[toks[j].start:toks[i-2].end], i, k, true
			return
		}
	}
	// A duration or an age: "48 hours", "48-hour strike", "five-year plan",
	// "a 34-year-old man".
	k := to
	if k < len(toks) && toks[k].is("-") && toks[k].glued {
		k++
	}
	if k < len(toks) && toks[k].kind == tWord {
		w := toks[k].lower
		unitWord, old := w, false
		if j := strings.IndexByte(w, '-'); j > 0 {
			unitWord, old = w[:j], strings.HasSuffix(w, "-old")
		}
		if u, isDur := textutil.DurationUnits()[unitWord]; isDur && !(unitWord == "an" && n.Value == 1) {
			to = k + 1
			if u == "h" && from > 0 && toks[from-1].is("à", "las", "alle", "um", "vers", "gegen", "hacia") {
				return // "à 4 heures", "um 4 Uhr": a time of day
			}
			if u == "y" && t.kind == tNum && ageBefore(toks, from) {
				n.Unit, kind, attr = "dur:y", KindQuantity, "age"
				subj = nounBeforeOf(toks, from)
				ok = true
				return
			}
			if !old && to+1 < len(toks) && toks[to].is("-") && toks[to+1].is("old") {
				old, to = true, to+2
			}
			if old || to < len(toks) && toks[to].is("old") {
				if !old {
					to++
				}
				n.Unit, kind, attr = "dur:y", KindQuantity, "age"
				subj, _ = nounAfter(toks, to)
				ok = t.kind == tNum
				return
			}
			if to+1 < len(toks) && rateLinks()[toks[to].lower] && ratePeriods()[toks[to+1].lower] != "" {
				n.Per = ratePeriods()[toks[to+1].lower]
				to += 2
			}
			n.Unit, kind, attr = "dur:"+u, KindDuration, "length"
			if toks[k-1].is("-") || strings.Contains(w, "-") || k == i+1 && toks[k].glued {
				subj, _ = nounAfter(toks, to) // "48-hour strike"
			}
			if subj == "" {
				subj = durationSubject(toks, from)
			}
			ok = true
			return
		}
		if mu, isMeasure := textutil.Units()[w]; isMeasure && !(w == "m" && !toks[k].glued && n.Value > 100) {
			to = k + 1
			if to+1 < len(toks) && toks[to].is("/") && toks[to+1].is("h") && mu.Symbol == "km" {
				mu, to = textutil.Units()["km/h"], to+2
			}
			n.Unit, kind, attr = mu.Symbol, KindQuantity, mu.Measures
			subj, _ = nounAfter(toks, to)
			if subj == "" || textutil.Stopwords()[subj] {
				subj = subjectBefore(toks, from)
			}
			if subj == "" && from > 1 && toks[from-1].is(measureLinks...) {
				// "una campata di 220 metri", "un pont de 120 mètres",
				// "eine Spannweite von 220 Metern": what measures so
				// stands before the preposition.
				subj = subjectBefore(toks, from-1)
			}
			ok = t.kind == tNum
			return
		}
	}
	if t.kind == tWord {
		return // number words count only durations
	}
	if isYear(t) && n.Value == float64(int(n.Value)) && to == i+1 {
		return // a year, read as a date where a preposition says so
	}
	// A count: "4,500 strikers", "3,700 residents were evacuated".
	noun, at := subjectAfter(toks, to, x.lang)
	if noun == "" {
		return
	}
	if _, isMonth := textutil.Months()[noun]; isMonth || textutil.DurationUnits()[noun] != "" {
		return
	}
	n.Unit, kind, attr, subj = "", KindCount, "count", noun
	to = at + 1
	ok = true
	return
}

// parseDecimal reads a number whose one separator is a decimal mark.
func parseDecimal(s string) (float64, bool) {
	v, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	return v, err == nil
}

// hedgeBefore finds a hedge of one or two words ending just before toks[i].
func hedgeBefore(toks []token, i int) (Hedge, int) {
	if i >= 3 {
		if h := hedgeWords()[toks[i-3].lower+" "+toks[i-2].lower+" "+toks[i-1].lower]; h != 0 {
			return h, 3
		}
	}
	if i >= 2 {
		if h := hedgeWords()[toks[i-2].lower+" "+toks[i-1].lower]; h != 0 {
			return h, 2
		}
	}
	if i >= 1 {
		if h := hedgeWords()[toks[i-1].lower]; h != 0 {
			return h, 1
		}
	}
	return Exact, 0
}

// nounAfter is the content word right after toks[i-1], if lower case.
func nounAfter(toks []token, i int) (string, int) {
	for j := i; j < len(toks) && j < i+2; j++ {
		t := toks[j]
		if t.kind != tWord || textutil.Stopwords()[t.lower] || t.capitalised() {
			return "", -1
		}
		if j == i && adjectival(t.lower) && j+1 < len(toks) && toks[j+1].kind == tWord && !textutil.Stopwords()[toks[j+1].lower] && !toks[j+1].capitalised() {
			continue // "48-hour general strike"
		}
		return t.lower, j
	}
	return "", -1
}

// ageBefore: "aged 58", "âgé de 58 ans", "un homme de 58 ans": the years
// are an age, not a span.
func ageBefore(toks []token, i int) bool {
	if i > 2 && toks[i-1].is("et", "and", "und", "y", "e") && toks[i-2].kind == tNum {
		return ageBefore(toks, i-2) // "deux hommes de 34 et 41 ans"
	}
	if i > 0 && toks[i-1].is("aged", "age", "âgé", "âgée", "âgés", "alt", "edad") {
		return true
	}
	if i > 1 && toks[i-1].is("de", "von", "di") {
		w := toks[i-2].lower
		if toks[i-2].is("alter", "âge", "edad", "età", "idade") {
			return true // "im Alter von 41 Jahren"
		}
		return toks[i-2].is("âgé", "âgée", "âgés", "âgées") || personNouns()[w] || personNouns()[strings.TrimSuffix(w, "s")]
	}
	return false
}

// nounBeforeOf is the noun before toks[i], over one "of", "de" or "der"
// ("séisme de magnitude", "Erdbeben der Stärke").
func nounBeforeOf(toks []token, i int) string {
	j := i - 1
	if j >= 0 && toks[j].is("of", "a", "de", "der", "di", "do", "da") {
		j--
	}
	if j >= 0 && toks[j].kind == tWord && !textutil.Stopwords()[toks[j].lower] {
		return toks[j].lower
	}
	return ""
}

// adjectival: the word looks like an adjective ("general", "national",
// "massive"), which a noun follows.
func adjectival(w string) bool {
	for _, suf := range []string{"al", "ive", "ic", "ous", "ful", "less", "ary", "ern", "ish", "ing", "ant", "ent", "ble"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// amountSubject is what an amount is of: "a budget of $5bn" -> budget,
// "a $3bn plant" -> plant, "will spend $5bn" -> spend.
func amountSubject(toks []token, from, to int) string {
	if from >= 2 && toks[from-1].is("of", "de", "worth", "von", "di", "du", "d'", "d’") {
		if w := subjectBefore(toks, from-1); w != "" {
			return lastWord(w)
		}
	}
	if w, _ := nounAfter(toks, to); w != "" && !rateLinks()[w] {
		return w
	}
	if w := purposeAfter(toks, to); w != "" {
		return w // "$12 million for roads", "$5bn in flood defences"
	}
	return actionBefore(toks, from)
}

// purposeAfter is what an amount is for: the first content word after
// "for", "on" or "in" that follows it.
func purposeAfter(toks []token, to int) string {
	if to >= len(toks) || !toks[to].is("for", "on", "in", "pour", "für", "para", "per", "sur", "en") {
		return ""
	}
	for k := to + 1; k < len(toks) && k <= to+3; k++ {
		t := toks[k]
		if t.kind != tWord || t.capitalised() {
			return ""
		}
		if determiners()[t.lower] || textutil.Stopwords()[t.lower] || adjectival(t.lower) && k < to+3 {
			continue
		}
		return strings.TrimSuffix(strings.TrimSuffix(t.lower, "'s"), "’s")
	}
	return ""
}

// durationSubject is what a duration is the length of: "the strike will
// last 48 hours" -> strike; "over the next five years" -> "".
func durationSubject(toks []token, from int) string {
	for j := from - 1; j >= 0 && j >= from-5; j-- {
		t := toks[j]
		if t.kind != tWord {
			return ""
		}
		if durationVerbs()[t.lower] {
			if w := subjectBefore(toks, j); w != "" {
				return lastWord(w)
			}
			for k := j - 1; k >= 0 && k >= j-3; k-- {
				if toks[k].kind == tWord && !textutil.Stopwords()[toks[k].lower] && !toks[k].capitalised() && !durationVerbs()[toks[k].lower] {
					return toks[k].lower
				}
			}
		}
	}
	return ""
}

var durationVerbs = lazyWordSet("last lasts lasted lasting run runs ran for during dure durera duré dauert dauerte dauern durará duró dura durerà")

// subjectOf is the noun after "of" following a figure: "16.1% of voters".
func subjectOf(toks []token, to int) string {
	if to+1 < len(toks) && toks[to].is("of", "des", "de", "der") {
		for j := to + 1; j < len(toks) && j < to+4; j++ {
			if toks[j].kind == tWord && !textutil.Stopwords()[toks[j].lower] {
				return toks[j].lower
			}
		}
	}
	return ""
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
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
	sort.Strings(out)
	return out
}
