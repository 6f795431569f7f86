package facts

import (
	"strings"
	"sync"
)

// The words that make a figure an earlier value than the one a story
// reports: where a change started, a record before, a bracketed earlier
// year, a figure "instead of" another or given "at first".

// changedFrom: the figure at toks[from:to] is where a change started:
// "from 10.75% to 11.25%", "de 10,75% para 11,25%", "von 3 auf 4
// Prozent", "van 651 naar 684 miljoen", "up from 4.1%".
func changedFrom(toks []token, from, to int) bool {
	if from > 1 && toks[from-1].is("from") && toks[from-2].is("up", "down", "rising", "falling", "higher", "lower", "unchanged") {
		return true // "raised the rate to 4.5%, up from 4.1%"
	}
	if from == 0 || !toks[from-1].is("from", "de", "del", "von", "vom", "van", "da", "dal", "dalla", "do", "desde", "du") {
		return false
	}
	share := to > 0 && percentWord(toks[to-1])
	if to+2 < len(toks) && toks[to].is("in", "en", "em", "im", "nel") && isYear(toks[to+1]) {
		to += 2 // "del 29 % en 2028 al 38 %": the earlier figure's year
	}
	if !(to+1 < len(toks) && toks[to].is("to", "para", "à", "auf", "a", "ao", "alla", "naar", "al", "bis", "hasta") && toks[to+1].kind == tNum) {
		return false
	}
	if to+2 < len(toks) && (isMonth(toks[to+2].lower) || toks[to+2].is("er", "de") && to+3 < len(toks) && isMonth(toks[to+3].lower)) {
		return false // "de 4,2 % au 1er avril": a date follows
	}
	// A share changes to a share: "salite del 3,4% a 2,07 miliardi" rose
	// by 3.4% to a sum.
	return !share || to+2 < len(toks) && percentWord(toks[to+2])
}

// percentWord: t writes a percentage's sign or word.
func percentWord(t token) bool {
	return t.is("%", "percent", "pct", "prozent", "procent", "pourcent", "cento", "ciento", "proc", "procenta", "prosent", "prosenttia", "százalék", "százalékkal")
}

// insteadOf: the figure at toks[from] follows "instead of" in one of the
// reader's languages ("Statt 280 Millionen Franken soll der Bau nun 365
// Millionen kosten", "au lieu de 280 millions"): what it was to be, not
// what it is.
func insteadOf(toks []token, from int) bool {
	if from >= 1 && toks[from-1].is("statt", "anstatt", "anziché", "instead") {
		return true
	}
	return from >= 2 && toks[from-1].is("of", "de", "di", "van") && toks[from-2].is("instead", "lieu", "lugar", "vez", "invece", "plaats")
}

// initially: a word for "at first" stands in the few words before the
// figure at toks[from], with no other figure between ("devisé
// initialement à 280 millions", "originally budgeted at £280m",
// "ursprünglich mit 280 Millionen veranschlagt").
func initially(toks []token, from int) bool {
	for k := from - 1; k >= max(0, from-4); k-- {
		if toks[k].kind == tNum {
			return false
		}
		if initialWords()[toks[k].lower] {
			return true
		}
	}
	return false
}

// initialWords say a figure was the first one given, since revised.
var initialWords = lazyWordSet("initially originally initialement originellement ursprünglich anfänglich zunächst inicialmente originalmente inizialmente originariamente aanvankelijk oorspronkelijk")

// afterPreviousRecord: the figure at toks[from] is the first after "the
// previous record" in the few words before it ("the previous record of
// 44,300", "el anterior récord, de 44.300", "o anterior recorde, de 2026,
// era de 41.300"): the record before, not the one just set.
func afterPreviousRecord(toks []token, from int) bool {
	for k := from - 1; k >= max(0, from-8); k-- {
		if toks[k].kind == tNum && !isYear(toks[k]) {
			return false // another figure came first
		}
		if !recordWords()[toks[k].lower] {
			continue
		}
		for _, j := range []int{k - 2, k - 1, k + 1} {
			if j >= 0 && j < len(toks) && previousWords()[toks[j].lower] {
				return true
			}
		}
	}
	return false
}

// afterEarlierYear: the figure at toks[from] follows "(2025:" or
// "(Vorjahr:", the value of an earlier year beside this one's ("34,1
// Prozent (2025: 37,8 Prozent)").
func afterEarlierYear(toks []token, from int) bool {
	return from >= 3 && toks[from-1].is(":") && toks[from-3].is("(") &&
		(isYear(toks[from-2]) || earlierYearWords()[toks[from-2].lower])
}

// earlierYearWords name the year before in a bracket.
var earlierYearWords = lazyWordSet("vorjahr vorjahreszeitraum prior previous anterior précédent vorig vorige precedente")

// recordWords and previousWords name a record and the one before it.
var (
	recordWords   = lazyWordSet("record records récord récords recorde recordes rekord rekordes primato mark marca marque bestmarke bestwert")
	previousWords = lazyWordSet("previous former old earlier anterior ancien précédent bisherige bisherigen alte alten vorige vorig oude precedente vecchio")
)

// saysNextYear: the sentence speaks of next year ("Volgend jaar wil de
// organisatie uitbreiden naar 72 teams", "Im kommenden Jahr soll das Fest
// fünf Tage dauern"): its figures are a plan, not what happened.
func saysNextYear(toks []token) bool {
	pairs := nextYearPairs()
	for k := 0; k+1 < len(toks); k++ {
		if pairs[[2]string{toks[k].lower, toks[k+1].lower}] {
			return true
		}
	}
	return false
}

// nextYearPairs are the two words, in order, that say "next year". They
// are looked up as a pair of strings, not joined: every two words of
// every sentence are tried, and a joined key cost an allocation each.
var nextYearPairs = sync.OnceValue(func() map[[2]string]bool {
	m := map[[2]string]bool{}
	for _, p := range strings.Fields(`next_year l'an_prochain l'année_prochaine an_prochain année_prochaine nächstes_jahr nächsten_jahr kommenden_jahr kommendes_jahr
próximo_año año_próximo próximo_ano ano_próximo prossimo_anno anno_prossimo volgend_jaar volgende_jaar komend_jaar komende_jaar`) {
		a, b, _ := strings.Cut(p, "_")
		m[[2]string{a, b}] = true
	}
	return m
})

// opensAgo: the sentence opens on how long ago it was ("Two years ago the
// wait was 190 days", "Due anni fa l'attesa era di 190 giorni", "Hace dos
// años", "Il y a deux ans", "Vor zwei Jahren", "Twee jaar geleden"): its
// figures are earlier values, not the ones the story reports.
func opensAgo(toks []token) bool {
	for k := 0; k < len(toks) && k < 6; k++ {
		if !agoSpans()[toks[k].lower] {
			continue
		}
		if k+1 < len(toks) && toks[k+1].is("ago", "fa", "geleden") {
			return true
		}
		if k >= 2 && toks[k-2].is("hace", "vor", "há") || k >= 3 && toks[k-2].is("a") && toks[k-3].is("y") {
			return true
		}
	}
	return false
}

// agoSpans are the spans of time an "ago" phrase counts back in.
var agoSpans = lazyWordSet(`year years month months decade decades anno anni mese mesi decennio decenni año años mes meses década décadas
an ans année années mois décennie décennies jahr jahren jahrzehnt jahrzehnten monat monaten jaar maand maanden decennium ano anos mês`)

// comparedWith: the figure at toks[from:to] is the earlier one another
// figure of the sentence is set against ("480 euros por mês, contra 435
// euros no ano passado", "265 giorni, contro i 190 del 2028", "up 3%
// against 2.1% a year earlier"): a time follows it, so it is no other
// group's figure ("52% against 29% of those given a placebo").
func comparedWith(toks []token, from, to int) bool {
	earlier := false
	for j := to; j < len(toks) && j < to+4 && !earlier; j++ {
		earlier = isYear(toks[j]) || earlierWords()[toks[j].lower]
	}
	if !earlier {
		return false
	}
	k := from - 1
	if k >= 0 && comparisonArticles()[toks[k].lower] {
		k-- // "contro i 190", "frente a los 190"
	}
	if k < 1 {
		return false
	}
	switch {
	case toks[k].is("contra", "contro", "against", "versus", "vs", "gegenüber", "tegenover"):
	case toks[k].is("a", "with", "to", "à", "com") && toks[k-1].is("frente", "compared", "comparé", "comparée", "rispetto", "comparação", "comparado", "comparada"):
		k--
	default:
		return false
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if toks[j].kind == tNum && !isYear(toks[j]) {
			return true // a figure of the sentence stands before it
		}
	}
	return false
}

// thenItWas: a time gone by opens the clause, and a past copula stands
// right before the figure at toks[from]: "2024 waren es 1,15 Millionen",
// "Im vergangenen Jahr waren es 1,15 Millionen gewesen", "l'anno scorso
// erano 58", "last year there were 46": the figure is what it was then,
// an earlier value.
func thenItWas(toks []token, from int) bool {
	k := from - 1
	if k >= 0 && toks[k].is("es", "er", "there") {
		k-- // "waren es", "waren er", "there were"
	}
	if k < 1 || !toks[k].is("waren", "war", "were", "was", "erano", "era", "eran", "fueron", "étaient", "était", "eram", "foram") {
		return false
	}
	j := k - 1
	if toks[j].is("there") {
		j--
	}
	if j >= 0 && toks[j].is(",") {
		j--
	}
	// The time itself ends right before: "In 2025 sales were" names what
	// was, and is no earlier value.
	switch {
	case j < 0:
		return false
	case isYear(toks[j]):
		// "2024 waren es", "Im Dezember 2019 waren 31 Flüge"; not "De
		// brug uit 1968 was 58 meter lang": the time opens the clause
		for i := j - 1; i >= j-3; i-- {
			if i < 0 || toks[i].is(",", ";", ":") {
				return true
			}
			if !(isMonth(toks[i].lower) || yearPrepositions()[toks[i].lower]) {
				return false
			}
		}
		return false
	case earlierWords()[toks[j].lower]:
		return true // "l'anno scorso erano"
	case j >= 1 && toks[j].is("year", "jahr", "anno", "año", "an", "année", "jaar", "ano"):
		return earlierWords()[toks[j-1].lower] || toks[j-1].is("vergangenen", "vergangenes", "vorigen", "voriges") // "im vergangenen Jahr waren es", "last year there were"
	}
	return false
}

// earlierWords after a figure say it is of an earlier time: "last
// year", "el año pasado", "l'anno scorso", "a year earlier".
var earlierWords = lazyWordSet("last earlier before previous pasado pasada passado passada scorso scorsa dernier dernière précédente précédent antes prima vorjahr vorig vorige")

// comparisonArticles may stand between a word of comparison and its
// figure.
var comparisonArticles = lazyWordSet("the los las i gli le les die de os as")
