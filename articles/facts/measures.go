package facts

import (
	"strconv"
	"strings"
	"sync"

	"reader/articles/internal/textutil"
)

// unitAt reads the figure n at toks[from:to] (its number at toks[i]) by
// the unit written after it: a duration ("48 hours", "48-hour strike"),
// an age ("a 34-year-old man", "De 19-jarige"), or a measure ("220
// metri", "140 km/h", "58,000 m²"). done is false when no unit follows;
// the figure's reading so far then goes out unchanged.
func (x *extractor) unitAt(s string, toks []token, i int, n Number, from, to int, kind Kind, attr, subj string, ok bool) (_ Number, _, _ int, _ Kind, _, _ string, _ bool, done bool) {
	t := toks[i]
	// A duration or an age: "48 hours", "48-hour strike", "five-year plan",
	// "a 34-year-old man".
	k := to
	if k < len(toks) && toks[k].is("-") && toks[k].glued {
		k++
	}
	half := false
	if k+3 < len(toks) && toks[k].is("and") && toks[k+1].is("a") && toks[k+2].is("half") && textutil.DurationUnits()[toks[k+3].lower] != "" {
		half, k = true, k+3 // "four and a half years"
	}
	if k+1 < len(toks) && k > i && toks[k].is("de", "di", "of") && textutil.Magnitudes()[toks[k-1].lower] != 0 && textutil.Units()[toks[k+1].lower].Symbol != "" {
		k++ // "20 milhões de metros cúbicos", "2 millions de tonnes"
	}
	if k < len(toks) && toks[k].kind == tWord {
		w := toks[k].lower
		unitWord, old := w, false
		if j := strings.IndexByte(w, '-'); j > 0 && textutil.Units()[w].Symbol == "" {
			unitWord, old = w[:j], strings.HasSuffix(w, "-old") // "48-hour", "five-year-old"; not "années-lumière"
		}
		if w == "enne" && k == i+1 && toks[k].glued && t.kind == tNum && n.Value >= 1 && n.Value <= 120 {
			// "un'infermiera 43enne", "il 54enne": Italian writes an age as
			// one word, of the noun before it
			n.Unit, kind, attr, to, ok = "dur:y", KindQuantity, "age", k+1, true
			if i > 0 && toks[i-1].kind == tWord {
				subj = elided(toks[i-1].lower)
			}
			return n, from, to, kind, attr, subj, ok, true
		}
		if yearsOldWords()[w] && (k > i+1 || toks[k].glued || toks[k].is("éves", "évesen")) && t.kind == tNum {
			// "De 19-jarige grootmeester", "ein 58-jähriger Bergführer"
			n.Unit, kind, attr, to, ok = "dur:y", KindQuantity, "age", k+1, true
			subj = nameAfter(s, toks, to) // "de 17-jarige Sanne Verhoeven"
			if subj == "" {
				subj, _ = nounAfter(toks, to)
			}
			if subj == "" && to < len(toks) && toks[to].kind == tWord {
				subj = toks[to].lower
				if toks[to].capitalised() && x.lang == "nl" {
					subj = toks[to].s // "De 29-jarige Brügger": a surname, which Dutch alone writes large
				}
			}
			return n, from, to, kind, attr, subj, ok, true
		}
		if u, isDur := textutil.DurationUnits()[unitWord]; isDur && u == "h" && (clockTime(toks, i) || wholeHourClock(toks, i)) {
			return n, from, to, kind, attr, subj, ok, true // "om 6.00 uur", "um 23.14 Uhr": a time of day
		}
		if u, isDur := textutil.DurationUnits()[unitWord]; isDur && u == "y" && lightAfter(toks, k+1) > 0 {
			// "31 años luz", "31 anni luce", "31 années-lumière": a distance, not a span
			n.Unit, kind, attr, to, ok = "ly", KindQuantity, "length", lightAfter(toks, k+1), t.kind == tNum
			subj, _ = nounAfter(toks, to)
			return n, from, to, kind, attr, subj, ok, true
		}
		if u, isDur := textutil.DurationUnits()[unitWord]; isDur && !(unitWord == "an" && (n.Value == 1 || x.lang != "fr" && x.lang != "")) { // German "an" is "at"
			to = k + 1
			if u == "h" && from > 0 && toks[from-1].is("à", "las", "alle", "um", "vers", "gegen", "hacia") {
				return n, from, to, kind, attr, subj, ok, true // "à 4 heures", "um 4 Uhr": a time of day
			}
			if u == "y" && from >= 2 && (toks[from-2].kind == tNum && t.kind == tNum || numberWordTok(toks[from-2]) && numberWordTok(t)) &&
				toks[from-1].is("and", "y", "e", "et", "und", "en") && !(from >= 3 && toks[from-3].is(betweenWords...)) {
				// "aged 24 and 31", "de 31 e 24 anos", "im Alter von drei und
				// sechs Jahren": two people's ages, one fact whatever their
				// order ("zwischen drei und sechs Jahren" is a span)
				first, ok1 := numberAt(toks[from-2])
				if !ok1 {
					return n, from, to, kind, attr, subj, ok, true
				}
				n, kind, attr = agesOf(first, n.Value), KindQuantity, "ages"
				from, ok = from-2, true
				return n, from, to, kind, attr, subj, ok, true
			}
			if child := childrenUpTo(toks, from); u == "y" && child != "" {
				// "kinderen tot 12 jaar", "children under 12 years": an age
				// limit, neither a length of time nor anyone's age
				n.Unit, kind, attr, subj = "dur:y", KindQuantity, "age limit", child
				ok = true
				return n, from, to, kind, attr, subj, ok, true
			}
			if u == "y" && t.kind == tNum && ageBefore(toks, from) {
				n.Unit, kind, attr = "dur:y", KindQuantity, "age"
				if from >= 2 && relativeWho()[toks[from-2].lower] {
					subj = nameBeforeVerb(toks, from) // "Föraren, som är 52 år": the driver's
				} else if name := nameBeforeDeath(s, toks, from); name != "" {
					subj = name // "Ana Moreira morreu hoje em Lisboa, aos 84 anos": hers
				} else if subj = nounBeforeOf(toks, from); subj == "" {
					subj = nameBeforeVerb(toks, from) // "Moeder Sari is 9 jaar", "La madre, Sari, ha 7 anni"
				}
				k := from - 1
				if k > 0 && toks[k].is("de") {
					k-- // "âgé de 47 ans"
				}
				if k >= 0 && toks[k].is("aged", "âgé", "âgée", "âgés", "âgées") {
					if p := personBeforeComma(toks, k); p != "" {
						subj = p // "un employé du port, âgé de 47 ans": the employee's age
					}
				}
				ok = true
				return n, from, to, kind, attr, subj, ok, true
			}
			if !old && to+1 < len(toks) && toks[to].is("-") && toks[to+1].is("old") {
				old, to = true, to+2
			}
			if old || to < len(toks) && toks[to].is("old", "alt", "alte", "alter", "alten", "altes", "oud", "oude") {
				// "24 years old", "der 24 Jahre alte Baske", "30 jaar oud"
				if !old {
					to++
				}
				n.Unit, kind, attr = "dur:"+u, KindQuantity, "age" // "about 18 months old": months, not years
				if subj = nameAfter(s, toks, to); subj == "" {
					subj, _ = nounAfter(toks, to)
				}
				if name := nameBeforeApposition(s, toks, from); name != "" {
					subj = name // "Yannick Le Goff, a 68-year-old retired teacher": his age
				} else if from > 0 && toks[from-1].is("a", "an") && !sexNouns()[subj] {
					// "the injured port worker, a 41-year-old father of
					// three": the worker's age; "the latest victim, a
					// 71-year-old woman" stays the woman's, as other
					// languages write it ("una mujer de 77 años")
					if p := personBeforeComma(toks, from-1); p != "" {
						subj = p
					}
				}
				if subj == "" && to < len(toks) && toks[to].kind == tWord && toks[to].capitalised() {
					subj = toks[to].lower // "a 47-year-old Spaniard"
				}
				if subj == "" {
					subj = nameBeforeVerb(toks, from)
				}
				// "Sari is nine years old": in words too, after a name and its verb
				ok = t.kind == tNum || subj != "" && subj == nameBeforeVerb(toks, from) && toks[from-1].is("is", "was", "turned", "turns")
				return n, from, to, kind, attr, subj, ok, true
			}
			if agoAround(toks, from, to) {
				return n, from, to, kind, attr, subj, ok, true // "three years ago", "hace tres años": when, not how long
			}
			if to+1 < len(toks) && rateLinks()[toks[to].lower] && ratePeriods()[toks[to+1].lower] != "" && !earlierAfter(toks, to+2) {
				n.Per = ratePeriods()[toks[to+1].lower]
				to += 2
			}
			if p := personOfAge(toks, from); u == "y" && p != "" {
				// "una mujer de 67 años", "un uomo di 44 anni", "o sindicalista
				// de 61 anos", "un vecino de Monfaró de 44 años": a person's age
				n.Unit, kind, attr, subj = "dur:y", KindQuantity, "age", p
				ok = true
				return n, from, to, kind, attr, subj, ok, true
			}
			if half {
				n.Value += 0.5
				n.Hedge = About // "four and a half years": a round figure
			} else if end, ok2 := andAHalf(toks, to); ok2 {
				n.Value += 0.5 // "two years and a half", "deux ans et demi"
				n.Hedge, to = About, end
			} else if extra, end, ok2 := compoundDuration(toks, to, u); ok2 {
				n.Value += extra // "six hours and 40 minutes", "2 hours 6 minutes"
				to = end
			} else if whole, start, ok2 := oneUnitBefore(toks, from, u); ok2 {
				n.Value += whole // "einem Jahr und zehn Monaten": 22 months
				from = start
			}
			if weeks := fortnightWords()[t.lower]; u == "d" && weeks > 0 && n.Hedge == Exact {
				u, n.Value, n.Digits = "w", float64(weeks), strconv.Itoa(weeks) // "quinze jours", "otto giorni": a fortnight, a week, as people say them
			}
			n.Unit, kind, attr = "dur:"+u, KindDuration, "length"
			if everyBefore(toks, from, x.lang) || strings.HasSuffix(w, "-takt") {
				attr = "interval" // "every 30 minutes", "im 30-Minuten-Takt": how often, not how long
			} else if delayAround(toks, from, to) {
				attr = "delay" // "two years behind schedule", "dos años de retraso": how late, not how long
			}
			if toks[k-1].is("-") || strings.Contains(w, "-") || k == i+1 && (toks[k].glued || toks[k].start == toks[i].end) {
				subj = germanNounAfter(toks, to, x.lang) // "48-hour strike", "der fünftägige Streik"
			}
			if subj == "" && from > 1 && toks[from-1].is(measureLinks...) {
				subj = lastWord(subjectBefore(toks, from-1)) // "une grève de 24 heures"
			}
			if subj == "" {
				subj = durationSubject(toks, from)
			}
			ok = true
			return n, from, to, kind, attr, subj, ok, true
		}
		if w == "cubic" && k+1 < len(toks) && textutil.Units()[toks[k+1].lower].Symbol == "m" {
			w, k = "m3", k+1 // "cubic metres"
		}
		if w == "nautical" && k+1 < len(toks) && toks[k+1].is("miles", "mile") || nauticalMiles()[w] && k+1 < len(toks) && nauticalAfter()[toks[k+1].lower] {
			w, k = "nmi", k+1 // "nautical miles", "milles nautiques"
		}
		if k+1 < len(toks) && (toks[k].is("square", "vierkante") && textutil.Units()[toks[k+1].lower].Symbol == "m" ||
			textutil.Units()[w].Symbol == "m" && toks[k+1].is("carrés", "carré", "cuadrados", "quadrati", "quadrados", "²")) {
			w, k = "m2", k+1 // "square metres", "vierkante meter", "mètres carrés"
		}
		if mu, isMeasure := textutil.Units()[w]; isMeasure && !(w == "m" && !toks[k].glued && n.Value > 100) {
			to = k + 1
			if mu.Symbol == "m" && to < len(toks) && cubicAfter()[toks[to].lower] {
				mu, to = textutil.Units()["m3"], to+1 // "metri cubi", "mètres cubes"
			}
			if to+1 < len(toks) && toks[to].is("/") && toks[to+1].is("h") && mu.Symbol == "km" {
				mu, to = textutil.Units()["km/h"], to+2
			}
			if mu.Symbol == "km" {
				if k := perHour(toks, to); k > to {
					mu, to = textutil.Units()["km/h"], k // "140 chilometri orari", "140 quilómetros por hora"
				}
			}
			n.Unit, kind, attr = mu.Symbol, KindQuantity, mu.Measures
			subj, _ = nounAfter(toks, to)
			if d := dimensionNear(toks, from, to); d != "" && mu.Measures == "length" {
				subj = d // "48 Metern Tiefe", "38 metros de profundidade", "40 metres long"
			}
			if subj == "" {
				subj = subjectOf(toks, to) // "16 milhões de metros cúbicos de água", "6 tonnes of cocaine"
			}
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
			return n, from, to, kind, attr, subj, ok, true
		}
	}
	return n, from, to, kind, attr, subj, ok, false
}

// dimensionWords name what a length measures, in the languages the
// reader knows: depth, length, height, width, as nouns and adjectives
// ("Tiefe", "deep", "profundidade"; "lang", "long", "de comprimento").
// The synonym table folds each language's words into one.
var dimensionWords = lazyWordSet(`depth deep tiefe tief tiefen profondeur profond profundidad profundidade fundo profondità diepte diep
length long lang lange langen langer langes länge longueur longitud comprimento lunghezza lengte
height high tall hoch hohe hohen höhe hauteur haut altura altezza hoogte hoog hoge
width wide breit breite breiten breite largeur ancho anchura largura larghezza breedte breed brede`)

// dimensionNear is the word that says what the length at toks[from:to]
// measures, written right after it ("40 metres long", "48 Metern Tiefe",
// "38 metros de profundidade", "30 mètres de haut") or before it over
// "of" ("a depth of 38 metres", "eine Tiefe von 48 Metern"): a ship's 40
// metres are no slip for the 38 metres of water over its wreck.
func dimensionNear(toks []token, from, to int) string {
	k := to
	if k+1 < len(toks) && toks[k].is("de", "di", "of", "d'", "d’") {
		k++
	}
	if k < len(toks) && toks[k].kind == tWord && dimensionWords()[toks[k].lower] {
		return toks[k].lower
	}
	if from >= 2 && toks[from-1].is(measureLinks...) && toks[from-2].kind == tWord && dimensionWords()[toks[from-2].lower] {
		return toks[from-2].lower
	}
	return ""
}

// everyBefore: the figure at toks[from] follows "every" in one of the
// reader's languages ("every 30 minutes", "alle 30 Minuten", "toutes les
// 30 minutes", "cada 30 minutos", "ogni 30 minuti", "elke 30 minuten").
func everyBefore(toks []token, from int, lang string) bool {
	if from >= 1 && (toks[from-1].is("every", "cada", "ogni", "elke") || toks[from-1].is("alle") && lang == "de") {
		return true
	}
	return from >= 2 && toks[from-1].is("les") && toks[from-2].is("toutes", "tous") || from >= 2 && toks[from-1].is("de") && toks[from-2].is("om")
}

// betweenWords open a span of two figures ("between three and six years").
var betweenWords = []string{"between", "zwischen", "entre", "tra", "fra", "tussen"}

// numberWordTok: t is a number in words ("drei", "six").
func numberWordTok(t token) bool {
	_, ok := textutil.NumberWords()[t.lower]
	return t.kind == tWord && ok
}

// numberAt is the value of a number in digits or in words.
func numberAt(t token) (float64, bool) {
	if t.kind == tNum {
		v, _, ok := parseNumber(t.s)
		return v, ok
	}
	v, ok := textutil.NumberWords()[t.lower]
	return float64(v), ok
}

// personOfAge is the person whose age "de N años" at toks[from:] gives:
// the noun before "de", "di", "van" or "von" when it names a person by
// the word list or by a suffix of trades and roles ("sindicalista",
// "pescador", "conducteur"), also over a place of origin ("un vecino de
// Monfaró de 44 años"); "" when that noun names no person ("un contrato
// de 15 años").
func personOfAge(toks []token, from int) string {
	if from < 2 || !toks[from-1].is("de", "di", "van", "von") {
		return ""
	}
	j := from - 2
	if j >= 2 && toks[j].capitalised() && toks[j-1].is("de", "di", "da", "do") {
		j -= 2 // "un vecino de Monfaró de 44 años"
	}
	if j >= 1 && toks[j].capitalised() && toks[j-1].is("un", "une", "uno", "una", "um", "uma") && toks[j].kind == tWord {
		return toks[j].lower // "un Espagnol de 44 ans": a noun of a people, which French writes large
	}
	for k := j; k >= max(0, j-2); k-- { // "um homem espanhol de 77 anos", "un chauffeur routier polonais de 29 ans": adjectives after the noun
		if w := elided(toks[k].lower); toks[k].kind == tWord && (personNouns()[w] || roleSuffix(w) || personBeforeAge(w)) {
			return w
		}
		if toks[k].capitalised() || toks[k].kind != tWord {
			break
		}
	}
	return ""
}

// childrenUpTo is the word for children before a limit word before the
// figure at toks[from] ("kinderen tot 12 jaar", "children under 12",
// "enfants de moins de 12 ans", "bambini fino a 12 anni"), or "".
func childrenUpTo(toks []token, from int) string {
	k := from - 1
	for k >= 0 && k >= from-3 && (limitWords()[toks[k].lower] || toks[k].is("de", "a", "à", "of", "than")) {
		k--
	}
	if k == from-1 && !limitWords()[toks[from].lower] || k < 0 || !childWords()[toks[k].lower] { // "under" may open the figure itself
		return ""
	}
	return toks[k].lower
}

var limitWords = lazyWordSet("tot under until up to below jusqu'à moins bis unter hasta menores fino sotto até menos onder beneden")

var childWords = lazyWordSet("children kids kinderen kinder enfants niños niñas bambini ragazzi crianças menores minori jongeren jeunes")

// nameBeforeApposition is the full name before ", a" that opens the
// apposition at toks[from] ("Yannick Le Goff, a 68-year-old teacher"), or "".
func nameBeforeApposition(s string, toks []token, from int) string {
	if from < 4 || !toks[from-1].is("a", "an") || !toks[from-2].is(",") || !toks[from-3].capitalised() {
		return ""
	}
	end, start := from-3, from-3
	for start-1 >= 0 && start > end-3 && (toks[start-1].capitalised() || toks[start-1].is("le", "la", "de", "van", "von", "da", "di", "del", "dos")) {
		start--
	}
	if start == end || !toks[start].capitalised() {
		return ""
	}
	return s[toks[start].start:toks[end].end]
}

// elided is w without an elided article or preposition before an
// apostrophe ("un'infermiera", "l'autista", "dell'operaio").
func elided(w string) string {
	for _, q := range []string{"'", "’"} {
		if i := strings.Index(w, q); i > 0 && i <= 4 && i+len(q) < len(w) {
			return w[i+len(q):]
		}
	}
	return w
}

// roleSuffix: w ends as the words for people by their trade or role do
// in the Romance languages: "-ista", "-iste", "-dor", "-dora", "-tor",
// "-tora", "-teur", "-trice", "-eiro", "-eira".
func roleSuffix(w string) bool {
	for _, suf := range []string{"ista", "iste", "dor", "dora", "tor", "tora", "tore", "teur", "trice", "eiro", "eira"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// fortnightWords are the numbers of days in words that Romance languages
// say for a week or two: "quinze jours", "quindici giorni", "quince días"
// and "quinze dias" are two weeks, "huit jours" and "otto giorni" one.
var fortnightWords = sync.OnceValue(func() map[string]int {
	return map[string]int{"quinze": 2, "quindici": 2, "quince": 2, "huit": 1, "otto": 1}
})
