package facts

import "reader/articles/internal/textutil"

// countAt reads the figure n at toks[from:to] (its number at toks[i]) as
// a count of what the words after it name, when it is one: "4,500
// strikers", "31 of the 65 seats", "Three workers died", "18 people were
// injured". A year, a month, a duration unit or the rest of a count is
// none. The figure's reading so far comes in with it and goes out unchanged
// where it is no count.
func (x *extractor) countAt(toks []token, i int, n Number, from, to int, kind Kind, attr, subj string, ok bool) (Number, int, int, Kind, string, string, bool) {
	t := toks[i]
	if t.kind == tWord && n.Value < 10 {
		// "two", "three": number words under ten count only durations,
		// and the things news counts by name ("Three workers died",
		// "fünf Arbeiter"), never "two of them" or "three times"
		noun, at := subjectAfter(toks, to, x.lang)
		killed := from > 0 && SubjectKey(toks[from-1].lower) == "dead" // "uccidendo cinque persone"
		// "nine people were taken to hospital", "hospitalizar a siete
		// personas": what befell them makes them a count of the story,
		// unless a year dates the sentence ("2027 waren bei einem
		// ähnlichen Unfall zwei Personen leicht verletzt worden")
		befell := (at >= 0 && harmAfter(toks, at+1) || harmBefore(toks, from)) && !hasYear(toks)
		if noun == "" || at != to || !KnownSubject(noun) || SubjectKey(noun) == PeopleKey && !killed && !befell {
			return n, from, to, kind, attr, subj, ok
		}
	}
	year := isYear(t) && n.Value == float64(int(n.Value)) && to == i+1
	if year && (i == 0 || yearLinks()[toks[i-1].lower] || isMonth(toks[i-1].lower) || to < len(toks) && toks[to].is(",", "roku")) { // Polish "w połowie 2039 roku"
		return n, from, to, kind, attr, subj, ok // a year, read as a date where a preposition says so
	}
	if m, ok2 := partOfTotal(toks, to); ok2 && !year {
		// "31 of the 65 seats", "31 de los 65 escaños", "31 der 65
		// Sitze": a count of what the noun after the total names; the
		// total is no count of its own.
		if noun, at := subjectAfter(toks, m+1, x.lang); noun != "" {
			if total, _, ok := parseNumber(toks[m].s); ok && toks[m].kind == tNum {
				x.totals = append(x.totals, FormatNumber(Number{Value: total})) // what ties "1.900 der 5.200 Beschäftigten" to "2.900 dei 5.200 dipendenti"
			}
			if total, ok := numberAt(toks[m]); ok {
				n.Of = total
			}
			n.Unit, kind, attr, subj = "", KindCount, "count", noun
			to, ok = at+1, true
			return n, from, to, kind, attr, subj, ok
		}
	}
	// A count: "4,500 strikers", "3,700 residents were evacuated", and
	// in the languages that write no thousands separator under 10,000,
	// "1800 Stellen", "1800 postes".
	noun, at := subjectAfter(toks, to, x.lang)
	if noun == "" && from > 0 && to+1 < len(toks) && toks[from-1].is("erano", "sono", "furono", "eran", "son", "fueron", "eram", "são", "foram", "étaient", "sont") &&
		toks[to].is("i", "gli", "le", "los", "las", "os", "as", "les") {
		noun, at = subjectAfter(toks, to+1, x.lang) // "Erano 164 i panettoni in gara", "Son 40 los detenidos"
	}
	if c := from - 1; noun == "" && c > 0 && (to == len(toks) || toks[to].is(".", ";", ",")) {
		if c > 1 && toks[c].is("ya", "já", "già", "déjà", "bereits", "schon", "al", "inmiddels", "now", "already", "ora", "agora", "désormais", "ahora") {
			c-- // "Los casos confirmados son ya 173"
		}
		if toks[c].is("stati", "state", "sido", "été", "geweest", "gewesen") {
			c-- // "i casi erano stati 54"
		}
		if toks[c].is("sono", "erano", "son", "eran", "são", "eram", "foram", "sont", "étaient", "ont", "avaient", "zijn", "waren", "sind",
			"saranno", "serán", "serão", "seront", "sarebbero", "serían", "seriam", "seraient") {
			// "Gli arresti eseguiti ieri dai carabinieri sono 13.", "i casi
			// erano stati 54": what it counts stands before, a noun the
			// synonym table knows after an article
			if w := countedBefore(toks, c, x.lang); w != "" {
				noun, at = w, to-1
			}
		}
	}
	if noun == "" && t.kind == tNum && !year && n.Unit == "" && from >= 2 && toks[from-1].is("and", "et", "und", "y", "e", "en", "og", "och", "i", "és", "ja", "și") && to < len(toks) && countAuxiliaries()[toks[to].lower] {
		if w := countNounBefore(toks, from-1, x.lang); w != "" {
			noun, at = w, to-1 // "Five people have died and 87 have been infected": 87 people
		}
	}
	if noun == "" && t.kind == tNum && !year && n.Unit == "" {
		if w := tallyBefore(toks, from, x.lang); w != "" {
			noun, at = w, to-1 // "the death toll rose to 137", "elevando o total para 137", "die Zahl der Erkrankten stieg auf 137"
		}
	}
	if noun == "" {
		return n, from, to, kind, attr, subj, ok
	}
	if _, isMonth := textutil.Months()[noun]; isMonth || textutil.DurationUnits()[noun] != "" || secondWords()[noun] || weekdays()[noun] != "" {
		return n, from, to, kind, attr, subj, ok // "11.20 mandag": a time of a day, no count of Mondays
	}
	if proportionAfter(toks, at+1, n.Value, x.lang) {
		return n, from, to, kind, attr, subj, ok // "four buses in five", "un bus sur trois": a share, not a count
	}
	if from > 0 && remainderWords()[toks[from-1].lower] || to < len(toks) && remainderWords()[toks[to].lower] {
		return n, from, to, kind, attr, subj, ok // "the other two injured", "otros dos pasajeros", "13 other bidders": a part of a count, whose whole is given elsewhere
	}
	n.Unit, kind, attr, subj = "", KindCount, "count", noun
	if partBefore(toks, from) {
		attr = "part" // "including 47 pupils from Poland", "w tym 47 uczniów": a part of a count given before, no rival of a whole
	}
	to = at + 1
	key := SubjectKey(noun)
	switch {
	case from > 0 && happenings()[SubjectKey(toks[from-1].lower)] && (key == PeopleKey || peopleNouns()[key] || countedPeople()[key]):
		subj = toks[from-1].lower // "killing five people", "uccidendo cinque persone", "injuring three passengers", "arrested seven suspects"
	case key == PeopleKey || countedPeople()[key]:
		// "18 people were injured", "28 Menschen verletzt", "Otto marinai
		// risultano ancora dispersi": people are counted for what
		// happened to them
		if what := happenedTo(toks, to); what != "" {
			subj = what
		}
	}
	ok = true
	return n, from, to, kind, attr, subj, ok
}

// proportionAfter reports whether the words at toks[k:] close a share of
// a count n written as counts: "in five", "out of ten", "sur trois", "su
// cinque"; not "in 2026" or "in 12 cities".
func proportionAfter(toks []token, k int, n float64, lang string) bool {
	if k+1 < len(toks) && toks[k].is("out") && toks[k+1].is("of") {
		k++
	} else if k >= len(toks) || !toks[k].is("in", "sur", "su") {
		return false
	}
	k++
	if k >= len(toks) || k+1 < len(toks) && toks[k+1].kind == tWord && pluralLike(toks[k+1].lower, lang) {
		return false // a count of its own: "in 12 cities"
	}
	var m float64
	switch t := toks[k]; {
	case t.kind == tNum && !isYear(t):
		m, _, _ = parseNumber(t.s)
	case t.kind == tWord:
		m = float64(numberWords()[t.lower])
	}
	return m > n
}

// countedBefore is the known noun after an article that a sentence
// names before its copula at toks[c] ("Gli arresti eseguiti ieri ... sono",
// "i casi erano"), or any plural noun right before it ("le bancarelle
// saranno 46"), or "".
func countedBefore(toks []token, c int, lang string) string {
	for k := c - 1; k >= 1 && k >= c-8; k-- {
		t := toks[k]
		if t.kind == tNum || t.is(",", ";", ":") {
			return ""
		}
		if t.kind == tWord && !t.capitalised() && (KnownSubject(t.lower) || k == c-1 && pluralLike(t.lower, lang)) && toks[k-1].is("i", "gli", "le", "os", "as", "los", "las", "les", "the", "de", "die", "het") {
			return t.lower // a noun the table knows, or any plural right before its verb: "le bancarelle saranno 46"
		}
	}
	if w, _ := nounAfter(toks, 1); c <= 9 && w != "" && toks[0].kind == tWord && textutil.Stopwords()[toks[0].lower] && KnownSubject(w) {
		return w // the sentence opens on it
	}
	return ""
}

// harmAfter: the few words after a count of people say they were
// evacuated or taken to hospital ("were taken to hospital", "fueron
// hospitalizadas"); a few hurt ("Two people were hurt") are as often
// another accident's, in the background.
func harmAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+5; j++ {
		if toks[j].kind != tWord || toks[j].is("and", "und", "et", "y", "e", "en", "or") {
			return false
		}
		if harmKeys()[SubjectKey(toks[j].lower)] {
			return true
		}
	}
	return false
}

// harmBefore: a verb of harm stands just before the count, over a
// Spanish personal "a" ("hospitalizar a siete personas").
func harmBefore(toks []token, from int) bool {
	k := from - 1
	if k > 0 && toks[k].is("a") {
		k--
	}
	return k >= 0 && (harmKeys()[SubjectKey(toks[k].lower)] || hospitalVerbs()[toks[k].lower])
}

// harmKeys are the synonym table's groups of what befalls people in a
// story that a small count in words is read with.
var harmKeys = lazyWordSet("evacuated treated hospital")

// hospitalVerbs take people to hospital.
var hospitalVerbs = lazyWordSet("hospitalise hospitalize hospitalised hospitalized hospitalizar hospitalizadas hospitalizados hospitaliser hospitalisés hospitalisées ricoverare ricoverati ricoverate hospitalizar internados internadas")

// hasYear: a year stands in the sentence.
func hasYear(toks []token) bool {
	for _, t := range toks {
		if isYear(t) {
			return true
		}
	}
	return false
}

// required: a word of need stands just before or after the count at
// toks[from:to] ("the 100,000 needed", "Nötig sind 100'000", "die
// erforderlichen 100'000", "100 000 signatures valables sont
// nécessaires"): the threshold, not how many there were.
func required(toks []token, from, to int) bool {
	for k := from - 1; k >= 0 && k >= from-3; k-- {
		if toks[k].kind == tNum {
			break
		}
		if needWords()[toks[k].lower] {
			return true
		}
	}
	for k := to; k < len(toks) && k < to+4; k++ {
		if toks[k].kind == tNum || toks[k].is(",", ";", ".") {
			break
		}
		if needWords()[toks[k].lower] {
			return true
		}
	}
	return false
}

var needWords = lazyWordSet(`needed required necessary nötig notwendig erforderlich erforderlichen erforderliche benötigt nécessaires nécessaire requis requises
necesarios necesarias necesario requeridos requeridas necessari necessarie richiesti richieste necessários necessárias exigidos exigidas nodig vereist vereiste`)

// tallyBefore is what a bare figure at toks[from] counts where a tally
// comes to it: a word for a toll, a total or a number stands a few words
// before a preposition of reaching right before the figure ("the death
// toll rose to 137", "le nombre de cas s'élève à 137", "die Zahl der
// Erkrankten stieg auf 137", "elevando o total para 137"). What it
// counts is the noun after the tally word ("cas", "Erkrankten"), the one
// before it ("death"), or else what the sentence counted before it ("19
// casos, elevando o total para 137": cases); "" where no tally word
// stands there.
func tallyBefore(toks []token, from int, lang string) string {
	if from < 3 || !toks[from-1].is("to", "at", "à", "a", "auf", "para", "até", "naar", "op", "tot", "do", "na", "till", "til", "la", "på", "kohti", "ad") {
		return ""
	}
	for k := from - 2; k >= 0 && k >= from-10; k-- {
		t := toks[k]
		if t.kind == tNum || t.is(",", ";", ":", "(") {
			return ""
		}
		if !tallyWords()[t.lower] {
			continue
		}
		j := k + 1
		for j < from-1 && (toks[j].is("of", "de", "des", "du", "der", "di", "dei", "degli", "delle", "della", "van", "do", "dos", "das", "da", "del", "the", "les", "los", "las", "os", "as", "i", "gli", "le") || toks[j].is("d'", "d’")) {
			j++
		}
		if j > k+1 || lang == "nl" || lang == "pl" || lang == "cs" || lang == "sv" || lang == "da" || lang == "nb" || lang == "fi" || lang == "hu" {
			if w := toks[j]; j < from-2 && w.kind == tWord && !textutil.Stopwords()[w.lower] && !tallyWords()[w.lower] && len(w.lower) > 2 {
				return w.lower // "nombre de cas", "Zahl der Erkrankten", "aantal besmettingen", "liczba ofiar"
			}
		}
		if k == 0 {
			return t.lower
		}
		if p := toks[k-1]; p.kind == tWord && !textutil.Stopwords()[p.lower] && !p.capitalised() && KnownSubject(p.lower) {
			return p.lower // "the death toll"
		}
		for m := k - 1; m >= 0; m-- {
			if toks[m].kind == tNum {
				if w, _ := subjectAfter(toks, m+1, lang); w != "" && KnownSubject(w) {
					return w // "19 casos, elevando o total para 137"
				}
			}
		}
		return t.lower
	}
	return ""
}

// tallyWords name a toll, a total or a number of things in the reader's
// languages.
var tallyWords = lazyWordSet("toll total tally number nombre bilan zahl gesamtzahl bilanz número numero totale bilancio aantal totaal liczba bilans počet celkem antal antall numărul bilanțul määrä száma")

// partBefore: the words before a count at toks[from] make it a part of a
// count the sentence gave ("including 47 pupils", "w tym 47 uczniów",
// "dont 12 enfants", "darunter 12 Kinder", "di cui 12 bambini").
func partBefore(toks []token, from int) bool {
	if from >= 1 && toks[from-1].is("including", "incl", "inclusief", "waaronder", "darunter", "dont", "incluidos", "incluidas", "incluyendo", "inclusive", "incluindo", "compresi", "comprese", "varav", "heraf", "herav", "včetně", "köztük", "inclusiv", "incloent") {
		return true
	}
	if from >= 2 && (toks[from-2].is("w") && toks[from-1].is("tym") || toks[from-2].is("di") && toks[from-1].is("cui") || toks[from-2].is("among") && toks[from-1].is("them", "whom") || toks[from-2].is("entre") && toks[from-1].is("ellos", "ellas", "eles", "elas")) {
		return true
	}
	return from >= 3 && toks[from-3].is("de") && toks[from-2].is("los", "las") && toks[from-1].is("cuales") // "de los cuales 12"
}

// countNounBefore is the noun of the count nearest before toks[k] in its
// sentence ("Five people" in "Five people have died and 87 have been
// infected"), when the synonym table knows it; "" otherwise.
func countNounBefore(toks []token, k int, lang string) string {
	for m := k - 1; m >= 0 && m >= k-12; m-- {
		if toks[m].is(";", ":") {
			return ""
		}
		if toks[m].kind == tNum || toks[m].kind == tWord && numberWords()[toks[m].lower] > 0 {
			if w, _ := subjectAfter(toks, m+1, lang); w != "" && KnownSubject(w) {
				return w
			}
			return ""
		}
	}
	return ""
}

// countAuxiliaries are the verbs that open a compound verb after a count
// whose noun is left out ("and 87 have been infected", "et 87 ont été
// contaminées", "und 87 wurden infiziert").
var countAuxiliaries = lazyWordSet("have has had were was are is ont sont étaient avaient sind wurden waren haben hatten han fueron están estaban hanno sono erano furono hebben zijn werden waren têm foram estão ficaram har blev var ma zostały zostało mają jsou byli byly au fost sunt ovat olivat vannak")
