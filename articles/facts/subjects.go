package facts

import (
	"reader/articles/internal/textutil"
	"strings"
)

// What a statement is about: the noun a figure counts, the thing an
// amount or a duration is of, read from the words around it.

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

// copulaSubject is the subject of a figure that a verb of being gives:
// "turnout was 62.7%", "la participación fue del 62,7 %", "l'affluenza è
// stata del 26,7%", "die Wahlbeteiligung lag bei 62,7 Prozent".
func copulaSubject(toks []token, from int) string {
	j := from - 1
	if j >= 0 && copulaLinks()[toks[j].lower] {
		j--
	}
	verbs := 0
	for j >= 0 && verbs < 2 && copulas()[toks[j].lower] {
		j--
		verbs++
	}
	if verbs == 0 || j < 0 {
		return ""
	}
	w := toks[j].lower
	if k := strings.IndexAny(w, "'’"); k > 0 && k <= 2 {
		w = w[k+len(string([]rune(w[k:])[:1])):] // "l'affluenza"
	}
	if w == "" || toks[j].kind != tWord || textutil.Stopwords()[w] || toks[j].capitalised() && partOfName(toks, j) || notSubjects()[w] {
		return ""
	}
	return w
}

// partOfName: the capitalised word at j follows another that is no
// article, so the two are a name ("Maria Lopez was"), not a noun a
// sentence or a German article opens ("Turnout was", "Die
// Wahlbeteiligung lag").
func partOfName(toks []token, j int) bool {
	return j > 0 && toks[j-1].kind == tWord && toks[j-1].capitalised() && !textutil.Stopwords()[toks[j-1].lower]
}

var (
	copulas     = lazyWordSet("was is were are stood reached fue fueron es era ha sido foi é era è è stata stato fu était est a été atteint war ist lag betrug liegt bedroeg bedraagt was is")
	copulaLinks = lazyWordSet("de del della dello di do da of à at bei van von por du des")
)

// measureLinks join a thing to its measure: "a span of 220 metres".
var measureLinks = []string{"of", "de", "di", "da", "von", "van"}

// notSubjects are words that stand before a figure or a place but say
// nothing of what it is about.
var notSubjects = lazyWordSet(`am im um beim vom zum zur le el il lo del au du soll sollen wird werden kann muss doit peut va vont debe puede deve

just only still even already almost nearly roughly about around some least most than estimated another total
per cent percent reported reportedly currently recently now then also since until ago during while whereas being been
ahora actualmente hoy adesso attualmente oggi maintenant actuellement jetzt derzeit momentan inmiddels momenteel agora atualmente
sowie sowohl beziehungsweise bzw zudem ainsi además inoltre bovendien
pelo pela pelos pelas num numa ao aos às até sobre entre sul sulla sullo sui sugli dal dalla dallo dai dagli agli alla allo ai nello nella negli nelle naar tot te om
sein seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres unser unsere euer eure mein meine dein deine zijn haar hun`)

// subjectAfter is the noun a figure counts: the first plural-looking word
// among the next three lower-case words ("4,500 striking workers").
func subjectAfter(toks []token, i int, lang string) (string, int) {
	if i+1 < len(toks) && i > 0 && textutil.Magnitudes()[toks[i-1].lower] != 0 && toks[i].is("de", "of", "di") {
		i++ // "1,2 millones de hogares"
	}
	for j, end := i, i+3; j < len(toks) && j < end; j++ {
		t := toks[j]
		if j > i && j+1 < len(toks) && t.is("-") && t.glued && toks[j+1].kind == tNum && toks[j+1].glued && toks[j-1].capitalised() {
			j, end = j+1, end+3 // a model's name: "48,500 Veillor DF-20 smoke detectors"
			continue
		}
		if t.kind != tWord || textutil.Stopwords()[t.lower] || hedgeWords()[t.lower] != 0 && !(t.lower == "casi" && lang == "it") {
			return "", -1 // Spanish "casi" is "almost", Italian "casi" cases
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
		if pluralLike(t.lower, lang) && lang != "de" || j == i && lang == "de" && t.capitalised() && len(t.lower) > 3 ||
			j == i && lang != "en" && lang != "de" && !t.capitalised() && len(t.lower) > 2 && KnownSubject(t.lower) && invariantPlural(toks, j, lang) {
			return strings.TrimSuffix(strings.TrimSuffix(t.lower, "'s"), "’s"), j
		}
	}
	return "", -1
}

// invariantPlural: the known noun at toks[j] counts as written, a plural
// without a plural's ending ("37 auto d'epoca rubate", "12 bus"), not the
// first word of a list or a compound ("4 500 bus, tram et métro").
func invariantPlural(toks []token, j int, lang string) bool {
	if j+1 >= len(toks) {
		return true
	}
	next := toks[j+1]
	if next.is(",") && (j+2 == len(toks) || toks[j+2].is("qui", "que", "che", "cui", "die", "dat", "which", "who", "quem")) {
		return true // "240 brebis, qui ont été rendues": the noun ends before its clause
	}
	return !next.is(",", "-", "/", "and", "et", "y", "e", "en", "und", "ou", "o", "of") && !(next.kind == tWord && pluralLike(next.lower, lang) && !textutil.Stopwords()[next.lower])
}

// irregularPlurals are plural nouns without a plural ending.
var irregularPlurals = lazyWordSet("people men women children police staff personnel cattle sheep fish salmon trout cod aircraft species bison moose swine deer crew crewmen fishermen seamen firemen folk mice teeth feet geese leute menschen personen kinder einwohner bewohner arbeiter mitarbeiter gente personas niños personne bambini persone pessoas crianças")

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
	case "en", "fr", "es", "pt", "ca", "de", "":
	default:
		// Where a plural has many endings, or a figure takes a case or
		// the singular ("27 osób", "27 personer", "27 de persoane",
		// "27 ember"), the noun after a figure is what it counts.
		return true
	}
	return (w[n-1] == 's' || w[n-1] == 'x') && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// nounAfter is the content word right after toks[i-1], if lower case.
func nounAfter(toks []token, i int) (string, int) {
	for j := i; j < len(toks) && j < i+2; j++ {
		t := toks[j]
		if t.kind != tWord || textutil.Stopwords()[t.lower] || t.capitalised() || notSubjects()[t.lower] {
			return "", -1
		}
		if j == i && adjectival(t.lower) && j+1 < len(toks) && toks[j+1].kind == tWord && !textutil.Stopwords()[toks[j+1].lower] && !toks[j+1].capitalised() {
			continue // "48-hour general strike"
		}
		return t.lower, j
	}
	return "", -1
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
	if from >= 2 && toks[from-1].is("of", "de", "worth", "von", "van", "di", "du", "do", "da", "del", "d'", "d’") {
		if w := subjectBefore(toks, from-1); w != "" {
			return lastWord(w)
		}
		if t := toks[from-2]; toks[from-1].is("von") && t.kind == tWord && t.capitalised() && !textutil.Stopwords()[t.lower] && from >= 3 {
			return t.lower // "einen Nettogewinn von 187 Millionen Euro": a German noun
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
	if to+1 < len(toks) && toks[to].is("of", "des", "de", "der", "van", "di", "dei", "della", "dello", "delle", "degli", "del", "du", "dos", "das", "do", "da") {
		for j := to + 1; j < len(toks) && j < to+4; j++ {
			if toks[j].kind == tWord && !textutil.Stopwords()[toks[j].lower] {
				return toks[j].lower
			}
		}
	}
	return ""
}
