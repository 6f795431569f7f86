package facts

import (
	"reader/articles/internal/textutil"
	"strings"
	"sync"
)

// Dates: weekdays, calendar dates and years, each tied to what happened
// on it.

// dates finds weekdays, calendar dates and years, tied to what happened
// on them.
func (x *extractor) dates(s string, toks []token, used []bool, base Fact) {
	if len(toks) < 5 {
		return // a weekday or date alone on a line is page furniture
	}
	type weekdayAt struct{ tok, fact int }
	var days []weekdayAt
	// Each token is looked up once, for a weekday and a month both; the
	// years after a month below read the months found here.
	cal := calendarWords()
	x.months = append(x.months[:0], make([]bool, len(toks))...)
	months := x.months
	for i, t := range toks {
		c := cal[t.lower]
		months[i] = c.month
		if t.kind != tWord {
			continue
		}
		en, ok := c.weekday, c.isWeekday
		if !ok && len(t.lower) > 8 && (t.capitalised() || x.lang != "de") {
			en, ok = weekdayCompound(t.lower) // "Donnerstagmorgen", "Sonntagabend", "dinsdagavond"
		}
		if ok && t.capitalised() && i > 0 && toks[i-1].capitalised() && lowerWeekdays(x.lang) {
			continue // "Santo Domingo", "San Martedì": a name, where weekdays are written small
		}
		if ok && i >= 3 && indefiniteArticles()[toks[i-1].lower] && toks[i-2].is(",") && (toks[i-3].kind == tNum || isMonth(toks[i-3].lower)) {
			used[i] = true
			continue // "el 14 de febrero, un jueves": the date's own weekday, said of no other happening
		}
		if ok && (t.capitalised() || x.lang != "en" && x.lang != "de" && x.lang != "") {
			night := nightOf(toks, i)
			if night == nightStart {
				used[i] = true
				continue // "la nuit de mardi à mercredi": one night, read at its end
			}
			f := base
			f.Kind, f.Attribute, f.Value, f.Norm = KindDate, spanDay(toks, i, x.lang), t.s, en
			if night == nightEnd {
				f.Norm = NightBefore + en
				if i >= 3 && weekdays()[toks[i-2].lower] != "" {
					f.Value = words(s, toks, i-2, i+1)
				}
			}
			f.Subject = actionBefore(toks, i)
			if announcedAfter(toks, i+1) || saidAfter(toks, i+1, x.lang) || (speechVerbs()[f.Subject] || commentWords()[f.Subject]) && !reflexiveBefore(toks, i-1) {
				f.Subject = "statement" // "teilte das Gesundheitsamt am Dienstag mit", "wie die Behörden am Montag mitteilten": the day it was said
			}
			f.Wording = snippet(s, toks, i, i+1)
			used[i] = true
			days = append(days, weekdayAt{i, len(x.out)})
			x.out = append(x.out, f)
			continue
		}
		if c.month && (monthWord(t, x.lang) || dayBefore(toks, i, x.lang)) {
			// "18 December", "18. Dezember", "le 18 décembre", "December 18"
			from, to, day := -1, i+1, ""
			if i >= 1 && toks[i-1].kind == tNum && dayNumber(toks[i-1].s) {
				from, day = i-1, toks[i-1].s
			} else if i >= 2 && (toks[i-1].is(".", "de", "th", "st", "nd", "rd", "er", "º", "°") && toks[i-1].glued || toks[i-1].is("de")) && toks[i-2].kind == tNum && dayNumber(toks[i-2].s) {
				from, day = i-2, toks[i-2].s
			} else if i+1 < len(toks) && toks[i+1].kind == tNum && dayNumber(toks[i+1].s) && !(i+2 < len(toks) && toks[i+2].is(":")) && (x.lang == "en" || x.lang == "") {
				from, to, day = i, i+2, toks[i+1].s
			} else if x.lang == "hu" && i+2 < len(toks) && toks[i+1].kind == tNum && dayNumber(toks[i+1].s) && toks[i+2].glued && toks[i+2].is(".", "-") {
				// Hungarian "november 14-én", "november 14.": the month, then
				// the day with its ending
				from, to, day = i, i+3, toks[i+1].s
				if toks[i+2].is("-") && i+3 < len(toks) && toks[i+3].glued && toks[i+3].kind == tWord {
					to = i + 4
				}
			}
			if from < 0 {
				continue
			}
			if from <= 8 && datelineDash(toks, from, to) {
				continue // "KOUROU, July 9 –", "(ANSA) - VENEZIA, 13 FEB -": the dateline's day, when the report was filed
			}
			if to+1 < len(toks) && toks[to].is(",") && isYear(toks[to+1]) {
				to += 2
			} else if to < len(toks) && isYear(toks[to]) {
				to++
			}
			first := strings.TrimLeft(day, "0")
			if last, end, ok := spanEndAfter(toks, to); ok && from == i {
				first, to = first+"–"+last, end // "from June 14 to 16"
			} else if start, firstDay, ok := spanStartBefore(toks, from); ok {
				first, from = firstDay+"–"+first, start // "du 14 au 16 juin"
			}
			for k := from; k < to; k++ {
				used[k] = true
			}
			f := base
			f.Kind, f.Attribute = KindDate, "date"
			f.Value = words(s, toks, from, to)
			f.Norm = first + " " + textutil.Months()[t.lower].String()
			f.Subject = actionBefore(toks, from)
			f.Wording = snippet(s, toks, from, to)
			for _, d := range days {
				if d.tok == from-1 || d.tok == from-2 && toks[from-1].is(",") {
					// "el martes 16 de abril", "Monday, April 16": the
					// weekday names that date's day, and is compared as such
					x.out[d.fact].Subject = f.Norm
				}
			}
			x.out = append(x.out, f)
		}
	}
	// Years after a preposition: "will open in 2027", "by 2022".
	for i, t := range toks {
		month := i >= 2 && months[i-1] && len(toks[i-1].lower) >= 3 && monthWord(toks[i-1], x.lang) && yearPrepositions()[toks[i-2].lower] // "ringed in June 1994" (isMonth)
		if used[i] || !(isYear(t) || historicYear(toks, i)) || i == 0 || !yearPrepositions()[toks[i-1].lower] && !month {
			continue
		}
		if i >= 2 && hedgeWords()[toks[i-2].lower+" "+toks[i-1].lower] != 0 {
			continue // "mais de 1900 instituições": a count, hedged
		}
		if i+1 < len(toks) && (toks[i+1].kind == tSym || textutil.Magnitudes()[toks[i+1].lower] != 0 || toks[i+1].is("-")) {
			continue
		}
		used[i] = true
		f := base
		f.Kind, f.Attribute, f.Value, f.Norm = KindDate, "year", t.s, t.s
		if sinceWords()[toks[i-1].lower] {
			f.Attribute = "since" // "la plus longue depuis 2036": when a span began, not when this happened
		} else if i >= 2 && bornWords()[toks[i-2].lower] {
			f.Attribute = "born" // "los nacidos en 1965", "born in 1958": whose birth, not when this happened
		}
		f.Subject = actionBefore(toks, i-1)
		if month {
			f.Subject = actionBefore(toks, i-2)
		}
		if verbFinalAuxiliaries()[f.Subject] && i+1 < len(toks) && toks[i+1].kind == tWord && !toks[i+1].capitalised() && !textutil.Stopwords()[toks[i+1].lower] {
			f.Subject = toks[i+1].lower // "werd in 1985 gebouwd", "wurde 1958 gebaut"
		}
		f.Wording = snippet(s, toks, i-1, i+1)
		x.out = append(x.out, f)
	}
	if x.lang == "de" {
		x.yearsBeforeParticiples(s, toks, used, base)
	}
}

// spanDay is the attribute of the weekday at toks[i]: "day" for the day
// something happened, "since" or "until" for the day a span began or ends
// ("trapped since Sunday", "seit Sonntag", "desde el domingo", "closed
// until Friday"), which is another happening than the one the lead
// reports on its day.
func spanDay(toks []token, i int, lang string) string {
	j := i - 1
	for k := 0; k < 2 && j >= 1 && spanDayFillers()[toks[j].lower]; k++ {
		j-- // "desde el domingo", "seit vergangenem Sonntag", "until at least Friday"
	}
	if j < 0 {
		return "day"
	}
	switch w := toks[j].lower; {
	case sinceWords()[w], w == "da" && lang == "it": // Portuguese "da" is "of the"
		return "since"
	case untilWords()[w]:
		return "until"
	case nextWords()[w] || i+1 < len(toks) && nextWords()[toks[i+1].lower] && (lang == "fr" || lang == "it" || lang == "ro"):
		return "next" // "next Monday", "na próxima segunda-feira", "lundi prochain": a day to come, not the day it happened
	}
	return "day"
}

// nextWords make a weekday one to come: "next Monday", "am nächsten
// Montag", "el próximo lunes", "lundi prochain".
var nextWords = lazyWordSet("next nächsten nächster kommenden volgende aanstaande próximo próxima prossimo prossima prochain prochaine następny następną przyszły nästa næste neste příští ensuing")

// bornWords stand before the preposition of a year of birth: "born in
// 1965", "nacidos en 1965", "nati nel 1965", "nés en 1965", "geboren
// in 1965", "nascidos em 1965".
var bornWords = lazyWordSet("born nacido nacida nacidos nacidas nato nata nati nate né née nés nées geboren nascido nascida nascidos nascidas")

var (
	sinceWords     = lazyWordSet("since depuis seit desde dal dalla sinds sedan od")
	untilWords     = lazyWordSet("until till jusqu'à jusqu'au bis hasta fino até tot")
	spanDayFillers = lazyWordSet("at least au moins mindestens minstens menos almeno last past el la le il lo o a het de der den dem vergangenem vergangenen letztem letzten afgelopen pasado passado scorso")
)

// weekdayCompound reads a German, Dutch or Scandinavian weekday joined to
// a part of the day ("Sonntagabend", "lördagskvällen").
func weekdayCompound(w string) (string, bool) {
	for _, part := range []string{"morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "ochtend", "middag", "avond",
		"kvällen", "kväll", "morgonen", "eftermiddagen", "natten", "aftenen", "aften", "formiddagen"} {
		if strings.HasSuffix(w, part) {
			en, ok := weekdays()[strings.TrimSuffix(w, part)]
			return en, ok
		}
	}
	return "", false
}

var yearPrepositions = lazyWordSet("in by until till before after since from to de en dès depuis d'ici avant après jusqu'en im ab bis seit vor nach hasta desde antes para entro dal del nel fino dopo prima até desde em sinds tot voor na uit w od do przed po")

// monthWord: a month name the way dates write it. English capitalises
// it; abbreviations are capitalised everywhere, so "ago" is no August.
func monthWord(t token, lang string) bool {
	if t.capitalised() {
		return len(t.lower) >= 3
	}
	return lang != "en" && lang != "" && len(t.lower) >= 4 && !t.is("mars", "mare", "sept", "juli", "june")
}

// dayBefore: a month's short full name in lower case after a day's
// number ("le 8 mai", "op 3 mei", "le 3 mars", "op 9 juli"); the short
// words are months only there, and abbreviations ("10 ene") mostly stand
// in datelines.
func dayBefore(toks []token, i int, lang string) bool {
	if lang == "en" || lang == "" || !toks[i].is("mai", "mei", "maj", "mars", "juli") || i < 1 {
		return false
	}
	if i >= 2 && toks[i-1].is("er") && toks[i-1].glued && toks[i-2].kind == tNum && toks[i-2].s == "1" {
		return true // "le 1er mai"
	}
	return toks[i-1].kind == tNum && dayNumber(toks[i-1].s) && !toks[i-1].glued
}

func dayNumber(s string) bool {
	v, _, ok := parseNumber(s)
	return ok && len(s) <= 2 && v >= 1 && v <= 31
}

// historicYear: a year before 1900 that ends its clause ("painted in
// 1878,", "peinte en 1887.", "del 1652."), where a count would go on to
// what it counts.
func historicYear(toks []token, i int) bool {
	t := toks[i]
	if t.kind != tNum || len(t.s) != 4 {
		return false
	}
	v, _, _ := parseNumber(t.s)
	return v >= 1000 && v < 1900 && (i+1 == len(toks) || toks[i+1].kind == tPunct && !toks[i+1].is("-", "–", "/", "+") ||
		i > 0 && toks[i-1].is("nel", "dal", "del") && toks[i+1].kind == tWord || // "fondato nel 1827 e di proprietà": Italian gives years an article, counts none
		i > 1 && toks[i-1].is("in", "en", "em", "im") && madeWords()[toks[i-2].lower]) // "made in 1512 by the glazier", "réalisé en 1521 par"
}

// madeWords are participles of making, building and founding, which date
// what they made: a year of any century after them and "in" is a year.
var madeWords = lazyWordSet(`made built founded painted created erected completed designed cast carved written composed
réalisé réalisée construit construite fondé fondée peint peinte créé créée achevé achevée conçu conçue
gebaut erbaut errichtet gegründet gemalt geschaffen vollendet
construido construida fundado fundada pintado pintada realizado realizada creado creada terminado terminada construído construída
costruito costruita fondato fondata dipinto dipinta realizzato realizzata creato creata completato completata
gebouwd opgericht geschilderd gemaakt voltooid`)

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
		if speechVerbs()[t.lower] && !t.capitalised() && !reflexiveBefore(toks, j) {
			return "statement" // before the stop-words, which hold "said"; "le feu s'est déclaré" broke out
		}
		if j == 0 && t.capitalised() && subjectSynonyms()[subjectWordKey(t.lower)] != "" && i-j <= 2 {
			return t.lower // "Construite en 1887": a sentence opening on what happened
		}
		if textutil.Stopwords()[t.lower] || t.capitalised() || weekdays()[t.lower] != "" || notSubjects()[t.lower] || dayPartWords()[t.lower] || sinceWords()[t.lower] || untilWords()[t.lower] || spanDayFillers()[t.lower] ||
			textutil.Magnitudes()[t.lower] != 0 || currencyWords()[t.lower] != "" || isMonth(t.lower) || textutil.DurationUnits()[t.lower] != "" {
			continue // "$40 billion a year by 2031": worth, not year
		}
		if speechVerbs()[t.lower] && !reflexiveBefore(toks, j) {
			return "statement"
		}
		return strings.TrimSuffix(strings.TrimSuffix(t.lower, "'s"), "’s")
	}
	return ""
}

// announcedAfter: toks[j:] ends a clause with the particle of a German or
// Dutch verb of telling split around the day ("teilte ... am Dienstag
// mit", "gab ... am Montag bekannt", "maakte ... dinsdag bekend").
func announcedAfter(toks []token, j int) bool {
	return j < len(toks) && toks[j].is("mit", "bekannt", "bekend") && (j+1 == len(toks) || toks[j+1].is(".", ",", ";"))
}

// saidAfter: in German or Dutch, a verb of telling stands right after the
// day at the end of its clause ("wie die Behörden am Montag mitteilten",
// "zoals de politie zondag meldde"): the day is when it was said.
func saidAfter(toks []token, j int, lang string) bool {
	if lang != "de" && lang != "nl" || j >= len(toks) || !verbFinalSaying()[toks[j].lower] {
		return false
	}
	return j+1 == len(toks) || toks[j+1].is(".", ",", ";")
}

// verbFinalSaying are the German and Dutch verbs of telling that close a
// clause after the day.
var verbFinalSaying = lazyWordSet(`mitteilte mitteilten sagte sagten erklärte erklärten berichtete berichteten meldete meldeten bestätigte
	bestätigten bekanntgab bekanntgaben ankündigte ankündigten betonte betonten meldde meldden zei zeiden verklaarde verklaarden
	bevestigde bevestigden aankondigde aankondigden bekendmaakte bekendmaakten`)

// verbFinalAuxiliaries are the Dutch and German auxiliaries whose verb
// comes after the date: "werd in 1985 gebouwd", "wurde 1958 eröffnet".
var verbFinalAuxiliaries = lazyWordSet("werd werden wordt worden is zijn was waren wurde wurden wird ist sind war waren hat haben hatte")

var auxiliaries = lazyWordSet("will would to should could can may might shall plans plan planned wants hopes expects va vont doit wird werden soll will va van debe quiere vuole deve vai")

var dayPartWords = lazyWordSet("morning afternoon evening night early late last next this matin soir après-midi morgen abend mañana tarde noche mattina sera")

// NightBefore starts the norm of a weekday a night ends on ("in der Nacht
// zum Mittwoch", "overnight into Wednesday", "la nuit de mardi à
// mercredi"): the happening is as truly on the evening before as on that
// day, and sources say either.
const NightBefore = "night to "

const (
	nightNone = iota
	nightStart
	nightEnd
)

// nightOf says whether the weekday at toks[i] begins or ends a night
// named before it.
func nightOf(toks []token, i int) int {
	if i+2 < len(toks) && nightEnds()[toks[i+1].lower] && weekdays()[toks[i+2].lower] != "" && nightNear(toks, i-1) {
		return nightStart
	}
	if i >= 1 && nightEnds()[toks[i-1].lower] {
		j := i - 2
		if j >= 0 && weekdays()[toks[j].lower] != "" {
			j-- // "nuit de mardi à mercredi"
		}
		if nightNear(toks, j) {
			return nightEnd
		}
	}
	return nightNone
}

// nightNear: a word for night within the three tokens up to toks[j].
func nightNear(toks []token, j int) bool {
	for k := j; k >= 0 && k > j-3; k-- {
		if nightWords()[toks[k].lower] {
			return true
		}
	}
	return false
}

var (
	nightEnds  = lazyWordSet("zum auf into to à au op naar al e a para")
	nightWords = lazyWordSet("nacht night overnight nuit noche notte noite")
)

// lowerWeekdays: the language writes weekdays in lower case.
func lowerWeekdays(lang string) bool {
	switch lang {
	case "fr", "es", "it", "pt", "nl":
		return true
	}
	return false
}

// calendarWord is what calendarWords knows of a word: the weekday it
// names, in English, and whether it names a month (textutil.Months).
type calendarWord struct {
	weekday   string
	isWeekday bool
	month     bool
}

// calendarWords are the weekdays and the months in one table: dates asks
// both of every word of every sentence.
var calendarWords = sync.OnceValue(func() map[string]calendarWord {
	m := map[string]calendarWord{}
	for w, en := range weekdays() {
		m[w] = calendarWord{weekday: en, isWeekday: true}
	}
	for w := range textutil.Months() {
		c := m[w]
		c.month = true
		m[w] = c
	}
	return m
})

// reflexiveBefore: the verb at toks[k] is reflexive ("le feu s'est
// déclaré samedi": it broke out), no verb of saying.
func reflexiveBefore(toks []token, k int) bool {
	return k >= 1 && toks[k-1].is("s'est", "s’est", "se")
}

// commentWords say someone commented or would not ("declined to comment
// on Monday", "a refusé de commenter lundi"): the day is the day of a
// statement, not of what happened.
var commentWords = lazyWordSet("comment commented commenting commenter commentaire kommentieren äußern comentar comentario commentare commentarijn reageren reageerde kommentera kommentere komentować komentovat comenta")
