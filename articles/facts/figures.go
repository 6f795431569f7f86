package facts

import (
	"fmt"
	"math"
	"reader/articles/internal/textutil"
	"strconv"
	"strings"
)

// Figures: amounts with their hedges, currencies and rates, counts,
// quantities with units, durations and percentages.

// figures finds amounts, counts, quantities, durations and percentages.
func (x *extractor) figures(s string, toks []token, used []bool, base Fact) {
	var prev *Fact // the last amount, which a parenthesised conversion follows
	prevEnd := -1
	nextYear, ago := saysNextYear(toks), opensAgo(toks)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if used[i] {
			continue
		}
		word := t.kind == tWord && (numberWords()[t.lower] > 1 && !commonWordIn(t.lower, x.lang) || textutil.LanguageNumberWord(t.lower, x.lang) > 1)
		if t.kind == tWord && !word {
			if f, ok := hyphenDuration(s, toks, i, &base); ok {
				used[i] = true
				x.out = append(x.out, f)
			} else if f, end, ok := halfDuration(s, toks, i, &base); ok {
				for k := i; k < end; k++ {
					used[k] = true
				}
				x.out = append(x.out, f)
				i = end - 1
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
		if t.kind == tNum && namedByNumber(toks, i) && !t.glued && !strings.ContainsAny(t.s, ".,") && !(i+1 < len(toks) && (toks[i+1].kind != tWord || nounAfterIsCounted(toks, i+1))) {
			continue // "le train 9421 s'est immobilisé", "vuelo 3412", "Zug 1245": a number that names, not one that counts
		}
		if i > 1 && t.glued && toks[i-1].is("-") && toks[i-1].glued && toks[i-2].kind == tWord && toks[i-2].capitalised() {
			continue // a model's or a name's number: "DF-20 smoke detectors", "Covid-19"
		}
		if i > 1 && toks[i-1].capitalised() && !isMonth(toks[i-1].lower) && weekdays()[toks[i-1].lower] == "" && currencyWords()[toks[i-1].lower] == "" &&
			hedgeWords()[toks[i-1].lower] == 0 && textutil.Units()[toks[i-1].lower].Symbol == "" && !textutil.Stopwords()[toks[i-1].lower] && !isAcronymToken(toks[i-1]) &&
			!x.nounCounted(toks, i) && !percentAfter(toks, i+1) && !sumAfter(toks, i+1) {
			continue // a model's number: "Fold 3", "Series 7"; not "Verhagen 53 procent", "fined Ecoserra 4.2 million euros"
		}
		if i+1 < len(toks) && toks[i+1].glued && toks[i+1].kind == tWord && (toks[i+1].is("g", "th", "st", "nd", "rd", "d") || len(toks[i+1].lower) > 3 && textutil.Units()[toks[i+1].lower].Symbol == "" && !toks[i+1].is("enne") && !yearsOldWords()[toks[i+1].lower]) {
			continue // "3G", "18th"
		}
		if f, end, ok := voteTally(s, toks, i, base); ok {
			for k := i; k < end; k++ {
				used[k] = true
			}
			x.out = append(x.out, f)
			i = end - 1
			continue
		}
		n, from, to, kind, attr, subj, ok := x.figure(s, toks, i)
		if !ok {
			continue
		}
		if nextYear && kind != KindDate || kind == KindCount && scheduledCount(toks, from, to) {
			attr = "planned " + attr // "Volgend jaar wil de organisatie uitbreiden naar 72 teams": next year's aim, not this one's figure; "1,100 scheduled flights"
		} else if ago && kind != KindDate || afterPreviousRecord(toks, from) || afterEarlierYear(toks, from) || kind != KindDate && thenItWas(toks, from) {
			attr = "previous " + attr // "the previous record of 44,300": what the record was
		} else if changedFrom(toks, from, to) || insteadOf(toks, from) || initially(toks, from) || comparedWith(toks, from, to) {
			attr = "previous " + attr // "from 10.75% to 11.25%": what it was, not what it is
		} else if kind == KindCount && required(toks, from, to) {
			attr = "required" // "the 100,000 needed": the threshold, not the count
		} else if kind == KindAmount && restatesShare(toks, from) {
			attr = "part" // "80 % de la facture, soit 2,1 millions d'euros": the share in money, not the whole
		} else if (kind == KindAmount || kind == KindQuantity && levelAfter(toks, to)) && changedBy(toks, from) {
			attr = "change" // "fell by €27 million", "extend the runway by 400 metres to 2,900": a difference, not the amount
		}
		for k := from; k < to; k++ {
			used[k] = true
		}
		f := base
		f.Kind, f.Attribute, f.Subject, f.Num = kind, attr, subj, &n
		f.Value = strings.TrimSpace(words(s, toks, from, to))
		f.Norm = FormatNumber(n)
		if attr == "ages" {
			f.Norm, f.Num = n.Digits+" years", nil // "34 and 41 years": one list, compared whole
		}
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

// restatesShare: the figure at toks[from:] says again, in other terms, a
// share just given: "80 % de la facture, soit 2,1 millions", "30%, or
// €4 million", "il 40 per cento, cioè 3 milioni".
func restatesShare(toks []token, from int) bool {
	k := from - 1
	if k >= 0 && toks[k].is(",") {
		k-- // "es decir, 3 millones"
	}
	switch {
	case k >= 1 && toks[k-1].is("o", "ou", "es", "dat", "das", "that") && toks[k].is("sea", "seja", "decir", "is", "heißt"):
		k -= 2
	case k >= 0 && toks[k].is("soit", "or", "ossia", "cioè", "ovvero", "oftewel", "ofwel"):
		k--
	default:
		return false
	}
	if k >= 0 && toks[k].is(",") {
		k--
	}
	for j := k; j >= 0 && j >= k-4; j-- {
		if percentWord(toks[j]) || toks[j].is("pour", "por", "per") { // "80 pour cent, soit": the first word of a two-word sign too
			return true
		}
	}
	return false
}

// earlierAfter: the word at toks[k] makes the span before it a time gone
// by ("a year earlier", "a year ago"), not the period of a rate.
func earlierAfter(toks []token, k int) bool {
	return k < len(toks) && toks[k].is("earlier", "before", "ago", "previously", "prior", "plus", "früher", "zuvor", "antes", "prima", "eerder")
}

// sumAfter: toks[k:] go on as a sum of money does ("million euros",
// "euros", "Millionen Franken").
func sumAfter(toks []token, k int) bool {
	if k < len(toks) && textutil.Magnitudes()[toks[k].lower] != 0 {
		k++
	}
	return k < len(toks) && currencyWords()[toks[k].lower] != ""
}

// rateBefore is the period of a rate the clause gives a few words
// before a sum at toks[from] ("Pro Jahr fließen damit 8,5 Millionen
// Euro", "each year the state pays €5.8 million"), or "". An adjective
// ("annual revenues of $92.5 billion") is left to the noun it qualifies.
func rateBefore(toks []token, from int) string {
	for k := from - 1; k >= 1 && k >= from-5; k-- {
		if toks[k].is(",", ";", ":", ".") || toks[k].kind == tNum {
			return ""
		}
		if per := ratePeriods()[toks[k].lower]; per != "" && toks[k-1].is("per", "pro", "par", "por", "each", "every", "jedes", "jeden", "ogni", "cada", "elk", "elke", "chaque") {
			return per
		}
	}
	return ""
}

// hyphenDuration reads a written-out hyphenated duration: "two-day
// strike", "five-year plan".
// It is tried at every word, so base comes by pointer, copied only for a find.
func hyphenDuration(s string, toks []token, i int, base *Fact) (Fact, bool) {
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
	f := *base
	f.Kind, f.Attribute, f.Num = KindDuration, "length", &n
	f.Subject = germanNounAfter(toks, i+1, base.Lang)
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
		v := numberWords()[t.lower]
		if v == 0 {
			v = textutil.LanguageNumberWord(t.lower, x.lang)
		}
		n.Value, digits = float64(v), fmt.Sprint(v)
	}
	n.Digits = digits
	ok = false
	from, to = i, i+1
	if t.kind == tWord {
		if i >= 2 && compoundLinks()[toks[i-1].lower] && tens(toks[i-2].lower) {
			return // "cuatro" in "sesenta y cuatro", read at "sesenta"
		}
		if x.inHundreds(toks, i) || hundredOfPercent(toks, i) {
			return // "quarenta" in "trezentas e quarenta", read at "trezentas"; "cento" in "per cento"
		}
		if v, end := x.wordHundreds(toks, i); end > i+1 {
			n.Value, n.Digits, to = v, fmt.Sprint(int(v)), end // "trescientas cuarenta", "trois cent quarante", "three hundred and forty"
		} else if v, end := tensAndUnits(toks, i, numberWords()); end > i+1 {
			n.Value, n.Digits, to = float64(v), fmt.Sprint(v), end // "sesenta y cuatro", "vingt et un", "trinta e dois"
		}
	}
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
		// "US$", "A$", "C$", "HK$", "R$": the country's dollar, or real.
		if from > 0 && toks[from].s == "$" && toks[from].glued && !toks[from-1].glued {
			if code := dollarPrefixes()[toks[from-1].lower]; code != "" {
				n.Unit = code
				from--
			}
		}
	} else if from > 0 && toks[from-1].kind == tWord && len(toks[from-1].lower) == 3 && currencyWords()[toks[from-1].lower] != "" && strings.ToUpper(toks[from-1].s) == toks[from-1].s {
		n.Unit = currencyWords()[toks[from-1].lower]
		from--
	}
	if h, k := hedgeBefore(toks, from); k > 0 {
		n.Hedge, from = h, from-k
	} else if start, low, isRange := rangeBefore(toks, from, n.Value); isRange {
		if isYear(t) && from >= 2 && isYear(toks[from-2]) {
			return n, from, to, kind, attr, subj, false // "entre 2025 y 2027": a span of years, no figure
		}
		n.Hedge, n.Low, from = Between, low, start
	}
	// Romanian writes "de" between a figure of twenty or more and what it
	// counts or measures: "27 de persoane", "22 de milioane de euro".
	if x.lang == "ro" && t.kind == tNum && !isYear(t) && to+1 < len(toks) && toks[to].is("de") && toks[to+1].kind == tWord && !toks[to+1].capitalised() {
		to++
	}
	// After: magnitude ("bn", "billion", glued "B" or "m"), currency, percent.
	if to < len(toks) {
		m := toks[to]
		if mag := textutil.Magnitudes()[strings.TrimSuffix(m.lower, ".")]; mag != 0 && m.kind == tWord {
			n.Value *= mag
			to++
			if mag == 1e3 && toks[i].kind == tWord {
				if v, end := hundredsAfter(toks, to); end > to {
					n.Value += v // "onze mille deux cents", "eleven thousand two hundred"
					n.Digits = fmt.Sprint(int(n.Value))
					to = end
				}
			}
			if mag == 1e6 && to+2 < len(toks) && toks[to].is("e", "y", "et", "and", "und", "en") && toks[to+1].kind == tNum && toks[to+2].is("mila", "mil", "mille", "thousand", "tausend", "duizend") {
				if v, _, ok := parseNumber(toks[to+1].s); ok && v < 1000 {
					n.Value += v * 1e3 // "1 milione e 280 mila euro": 1,280,000
					to += 3
				}
			}
		} else if m.kind == tWord && m.glued && (m.is("b", "bn") || m.is("m", "mn") && n.Unit != "" || m.is("k") || m.is("m") && to+1 < len(toks) && currencyWords()[toks[to+1].lower] != "" ||
			m.is("m", "mn") && to+1 < len(toks) && countedPlural(toks[to+1])) {
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
	if to < len(toks) && toks[to].is(".") && to > 0 && toks[to-1].is("mrd", "mio", "mln", "mld", "tys") {
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
			} else if c := currencyWords()[w]; c != "" && (len(w) > 3 || w == "yen" || shortCurrency(w, x.lang) || strings.ToUpper(toks[k].s) == toks[k].s) {
				n.Unit, to = c, k+1
				if to < len(toks) && centWords()[toks[to].lower] {
					n.Value, to = n.Value/100, to+1 // "85 euro cents": €0.85
					n.Digits = ""
				}
			}
		}
	}
	if n.Unit == "" && to < len(toks) {
		if k := percentagePoints(toks, to); k > to {
			// "2 percentage points", "2 Prozentpunkte", "deux points de
			// pourcentage": a change of a share, never the share itself
			n.Unit, to = "pp", k
			kind, attr = KindPercent, "change"
			subj = subjectBefore(toks, from)
			ok = true
			return
		}
		switch {
		case toks[to].is("%"):
			n.Unit, to = "%", to+1
		case percentAfter(toks, to):
			n.Unit = "%"
			if toks[to].is("per", "pour", "por", "la") {
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
	if to+1 < len(toks) && rateLinks()[toks[to].lower] && ratePeriods()[toks[to+1].lower] != "" && (n.Unit != "" || toks[to].is("per", "pro", "par")) && n.Unit != "%" &&
		!earlierAfter(toks, to+2) { // "€121 million a year earlier" is no rate
		n.Per = ratePeriods()[toks[to+1].lower]
		to += 2
	} else if to < len(toks) && ratePeriodWords()[toks[to].lower] != "" && n.Unit != "" && n.Unit != "%" {
		n.Per = ratePeriodWords()[toks[to].lower]
		to++
	} else if n.Unit != "" && n.Unit != "%" {
		n.Per = rateBefore(toks, from) // "Pro Jahr fließen damit 8,5 Millionen Euro"
	}
	switch {
	case n.Unit == "%":
		kind, attr = KindPercent, "share"
		if to < len(toks) && discountWords()[toks[to].lower] {
			attr = "discount" // "30 procent korting", "30% off": a price cut, no share of anything
		}
		subj = subjectBefore(toks, from)
		if subj == "" {
			subj = copulaSubject(toks, from)
		}
		if subj == "" || subj == "by" {
			subj = subjectOf(toks, to)
		}
		if subj == "" && x.lang == "de" {
			subj = germanNounAfter(toks, to, x.lang) // "57,3 Prozent Ja-Stimmen"
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
	if t.kind == tNum && from >= 3 && toks[from-1].is("and") && toks[from-2].kind == tNum && toks[from-3].is("aged") {
		// "Two men, aged 31 and 24": two people's ages, one fact
		if first, _, ok1 := parseNumber(toks[from-2].s); ok1 {
			n, kind, attr = agesOf(first, n.Value), KindQuantity, "ages"
			from, ok = from-2, true
			return
		}
	}
	// An age after a name or a noun: "Jane Roe, 58, from …".
	if name, f, e, isAge := x.ageAfterName(s, toks, i, to, n.Value); t.kind == tNum && isAge {
		n.Unit, kind, attr = "dur:y", KindQuantity, "age"
		subj, from, to, ok = name, f, e, true
		return
	}
	if unit, end := degreesAt(toks, to); end > to && t.kind == tNum {
		// "47,9 °C", "47.9C (118.2F)": a temperature, in the scale given
		n.Unit, kind, attr, to, ok = unit, KindQuantity, "degrees", end, true
		subj = subjectBefore(toks, from)
		return
	}
	if n2, from2, to2, kind2, attr2, subj2, ok2, done := x.unitAt(s, toks, i, n, from, to, kind, attr, subj, ok); done {
		return n2, from2, to2, kind2, attr2, subj2, ok2
	}
	return x.countAt(toks, i, n, from, to, kind, attr, subj, ok)
}

// discountWords after a share make it a price cut.
var discountWords = lazyWordSet("off discount korting rabatt nachlass remise réduction descuento rebaja sconto desconto")
