package facts

import (
	"reader/articles/internal/textutil"
	"strconv"
	"strings"
)

// The words around a figure that say what it is: a time of day and no
// duration, a speed, percentage points, a part of a total, a value a
// change started from, and what happened to the people it counts.

// perHour is the end of the words that make a distance a speed at
// toks[i] ("orari", "all'ora", "per hour", "an hour", "por hora", "par
// heure", "pro Stunde", "per uur"), or i.
func perHour(toks []token, i int) int {
	switch {
	case i < len(toks) && toks[i].is("orari", "orario", "all'ora", "stündlich"):
		return i + 1
	case i+1 < len(toks) && toks[i].is("per", "an", "a", "por", "par", "pro", "à", "al", "all'") && toks[i+1].is("hour", "hora", "heure", "stunde", "uur", "ora", "l'heure"):
		return i + 2
	}
	return i
}

// percentagePoints is the end of the words for percentage points at
// toks[i] ("percentage points", "points de pourcentage", "Prozentpunkte",
// "puntos porcentuales", "punti percentuali", "pontos percentuais",
// "procentpunten"), or i.
func percentagePoints(toks []token, i int) int {
	switch {
	case toks[i].is("prozentpunkte", "prozentpunkten", "prozentpunkt", "procentpunten", "procentpunt", "pp", "pts"):
		return i + 1
	case i+1 < len(toks) && toks[i].is("percentage") && toks[i+1].is("points", "point"),
		i+1 < len(toks) && toks[i].is("puntos", "punti", "pontos", "punto", "ponto") && toks[i+1].is("porcentuales", "percentuali", "percentuais", "porcentual", "percentuale", "percentual"):
		return i + 2
	case i+2 < len(toks) && toks[i].is("points", "point") && toks[i+1].is("de") && toks[i+2].is("pourcentage"):
		return i + 3
	}
	return i
}

// changedBy: the figure at toks[from] follows "by" after a verb of rising
// or falling, within a few words: "sales fell by €27 million", "de omzet
// zakte sinds 2022 met 27 miljoen", "um 3 Millionen gestiegen" reads the
// verb after.
func changedBy(toks []token, from int) bool {
	if from == 0 || !toks[from-1].is("by", "met", "um", "de", "en", "di", "em") {
		return false
	}
	for k := max(0, from-6); k < min(len(toks), from+6); k++ {
		if k != from-1 && toks[k].kind == tWord && changeVerbs()[toks[k].lower] {
			return true
		}
	}
	return false
}

// levelAfter: the figure ending at toks[to] is followed by the level it
// leads to ("by 400 metres to 2,900 metres", "de 400 mètres, à 2 900",
// "em 400 metros, para 2.900"), so it is the change.
func levelAfter(toks []token, to int) bool {
	k := to
	if k < len(toks) && toks[k].is(",") {
		k++
	}
	if k < len(toks) && toks[k].is("fino", "bis", "jusqu") {
		k++ // "fino a", "bis auf", "jusqu'à"
	}
	if k >= len(toks) || !toks[k].is("to", "à", "a", "para", "auf", "naar", "tot", "al", "hasta", "até") {
		return false
	}
	for k++; k < len(toks) && k <= to+6; k++ {
		switch {
		case toks[k].kind == tNum:
			return true
		case !toks[k].is("a", "an", "un", "una", "um", "uma", "een", "einen", "total", "totale", "of", "di", "de", "von", "van", "insgesamt"):
			return false // "to a total of 112", "fino a un totale di 112"
		}
	}
	return false
}

// changeVerbs say that a figure rose or fell, in seven languages.
var changeVerbs = lazyWordSet(`rose fell dropped declined increased decreased grew shrank climbed slipped jumped plunged slumped
rising falling
daalde daalden steeg stegen zakte zakten groeide kromp gedaald gestegen gezakt gegroeid
stieg stiegen sank sanken fiel fielen wuchs gestiegen gesunken gefallen gewachsen zurückgegangen
augmenté baissé reculé progressé chuté diminué augmente baisse recule progresse chute diminue
aumentó cayó bajó subió creció disminuyó aumentado caído bajado subido crecido disminuido
aumentato calato sceso salito cresciuto diminuito aumenta cala scende sale cresce diminuisce
aumentou caiu subiu cresceu diminuiu baixou aumentado caído subido crescido diminuído
extend extended extending lengthen lengthened widen widened raise raised cut shortened
allonger allongé allongée allongés prolonger prolongé prolongée élargi élargie raccourci raccourcie
verlängert verlängern verbreitert gekürzt verlengd verlengen verbreed ingekort
prolungata prolungato prolungamento allungata allungato allunga allungano allungherà ampliata ampliato amplia ampliano
prolongamento prolongada prolongado alargada alargado ampliada ampliado ampliación prolongación encurtada`)

// commonWordIn: a number word of one language that is a common word of
// the text's own: Dutch "onze" (our), English "once", Portuguese "dos"
// (of the) and "sei" (I know), English "due", German "um" (at).
func commonWordIn(w, lang string) bool {
	switch w {
	case "onze":
		return lang == "nl"
	case "once", "due":
		return lang == "en"
	case "dos", "sei":
		return lang == "pt"
	case "um":
		return lang == "de"
	}
	return false
}

// countedPlural: a lower-case English plural that a figure in millions
// counts ("1.5m homes", "2m people"), where "1.5m" before a singular or a
// measure ("a 1.5m wall", "2m high") is metres.
func countedPlural(t token) bool {
	if t.kind != tWord || t.capitalised() || textutil.Stopwords()[t.lower] {
		return false
	}
	return t.lower == "people" || len(t.lower) > 3 && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && !strings.HasSuffix(t.lower, "us")
}

// clockTime: the number at i, before an hour word, is a time of day:
// hours and two digits of minutes ("6.00 uur", "23:14 Uhr"), whole hours
// or after a preposition of time ("om 6.00 uur", "à 14.30 heures").
func clockTime(toks []token, i int) bool {
	h, m, ok := strings.Cut(strings.ReplaceAll(toks[i].s, ":", "."), ".")
	if !ok || len(m) != 2 || len(h) > 2 || m > "59" || h > "24" && len(h) == 2 {
		return false
	}
	return m == "00" || len(h) == 2 && h[0] == '0' || i > 0 && timePrepositions()[toks[i-1].lower] ||
		(m[1] == '0' || m[1] == '5') && i+1 < len(toks) && toks[i+1].is("uur", "uhr", "heures", "h", "ore", "horas") // "8.45 uur", "15.30 Uhr": quarter and half hours, not hundredths of one
}

// wholeHourClock: a whole hour after a preposition of time ("à 22 heures",
// "om 22 uur", "alle 18") or with its minutes "at" ("22 óra 40 perckor"),
// a time of day, not a duration.
//
// In French, "avant", "après", "dès", "à partir de" and "jusqu'à" before
// the hour, and "de 22 heures à 6 heures", give times too ("peu avant 8 heures"), unless
// the hours are of something ("après 8 heures de négociations", "après
// 18 heures et 50 minutes de vol").
func wholeHourClock(toks []token, i int) bool {
	v, err := strconv.Atoi(toks[i].s)
	if toks[i].kind == tWord {
		v, err = numberWords()[toks[i].lower], nil
	}
	if err != nil || v > 24 || i == 0 {
		return false
	}
	if p := toks[i-1].lower; weekdays()[p] != "" || dayParts()[p] {
		return true // "zaterdagavond elf uur", "Samstagabend 23 Uhr": the hour of that day
	}
	if _, ok := weekdayCompound(toks[i-1].lower); ok {
		return true
	}
	if toks[i-1].is("à", "om", "um", "alle", "dalle", "às", "las", "vers", "gegen", "rond", "omstreeks") {
		return true
	}
	if i+3 < len(toks) && toks[i+1].is("óra") && toks[i+2].kind == tNum && strings.HasSuffix(toks[i+3].lower, "kor") {
		return true // Hungarian "22 óra 40 perckor": at 22.40
	}
	of := i+2 < len(toks) && (toks[i+2].is("de", "d'", "d’") || toks[i+2].is("et") && i+3 < len(toks) && toks[i+3].kind == tNum) // "après 18 heures et 50 minutes de vol"
	switch {
	case toks[i-1].is("avant", "après", "dès", "jusqu'à", "jusqu’à"):
		return !of
	case toks[i-1].is("de"):
		// "de 22 heures à 6 heures", "à partir de 16 heures"
		return i+3 < len(toks) && toks[i+2].is("à") && toks[i+3].kind == tNum || i >= 2 && toks[i-2].is("partir") && !of
	}
	return false
}

// partOfTotal finds the total after a count that is part of it: the
// position of "65" after "31" in "31 of the 65", "31 de los 65", "31 dos
// 65", "31 der 65", "31 van de 65", "31 out of 65" or "17 of the
// train's 28".
func partOfTotal(toks []token, to int) (int, bool) {
	j := to
	if j+1 < len(toks) && toks[j].is("out") && toks[j+1].is("of") {
		j++
	}
	if j >= len(toks) || !partLinks()[toks[j].lower] {
		return 0, false
	}
	j++
	if j < len(toks) && partArticles()[toks[j].lower] {
		j++
	}
	if j < len(toks) && (partPossessives()[toks[j].lower] || strings.HasSuffix(toks[j].lower, "'s") || strings.HasSuffix(toks[j].lower, "’s")) {
		j++ // "of the train's 28", "de sus 28", "of its 28"
	}
	if j < len(toks) && (toks[j].kind == tNum && !toks[j].glued || toks[j].kind == tWord && numberWords()[toks[j].lower] > 1) {
		return j, true // "of the 14", "des quatorze", "delle quattordici"
	}
	return 0, false
}

// happenedTo is what the few words after a count of people say happened
// to them, when the synonym table knows it ("were injured", "verletzt",
// "morts", "evacuados"), or "".
func happenedTo(toks []token, to int) string {
	for k := to; k < len(toks) && k < to+4; k++ {
		if toks[k].kind != tWord || toks[k].is("and", "und", "et", "e", "y", "en", "or", "oder", "ou", "o") {
			return "" // "killed five people and injured 17": the injured are others
		}
		if happenings()[SubjectKey(toks[k].lower)] {
			return toks[k].lower
		}
	}
	return ""
}

var timePrepositions = lazyWordSet("at om um à a alle às vers gegen ab from van vanaf rond omstreeks around about circa ca verso hacia")

// nauticalMiles and nauticalAfter make a mile nautical: "milles
// nautiques", "millas náuticas", "miglia nautiche", "milhas náuticas".
var (
	nauticalMiles = lazyWordSet("milles mille millas milla miglia miglio milhas milha")
	nauticalAfter = lazyWordSet("nautiques nautique náuticas náutica nautiche nautica")
)

// cubicAfter are the words after a metre that make it cubic.
var cubicAfter = lazyWordSet("cubi cubes cube cúbicos cubicos cúbico")

// partLinks and partArticles join a part to its total: "31 of the 65".
var (
	partLinks    = lazyWordSet("of de dos das des der van von sur su di dei degli delle z")
	partArticles = lazyWordSet("the los las de la les den")
	// partPossessives own the total: "de sus 28 vagones", "of its 28".
	partPossessives = lazyWordSet("its their his her sus su ses leurs leur seine seiner seinen ihrer ihren loro suoi sue zijn haar hun seus suas")
)

// degreesAt reads the scale of a temperature at toks[i]: "°C", "° C",
// "°F", or a capital C or F glued to the figure ("47.9C", "118.2F"). It
// returns the unit ("deg" for Celsius, "degF") and where it ends, or i.
func degreesAt(toks []token, i int) (string, int) {
	if i >= len(toks) {
		return "", i
	}
	t := toks[i]
	if t.is("°") && i+1 < len(toks) && toks[i+1].glued {
		switch toks[i+1].s {
		case "C", "c":
			return "deg", i + 2
		case "F":
			return "degF", i + 2
		}
	}
	if t.glued && t.kind == tWord {
		switch t.s {
		case "C", "°C", "ºC":
			return "deg", i + 1
		case "F", "°F":
			return "degF", i + 1
		}
	}
	return "", i
}

// yearsOldWords are the adjectives of age glued to a figure by a hyphen
// ("19-jarige", "58-jähriger", "31-letni", "31-årig", "31-vuotias"), or
// without one in Czech ("31letý") and Hungarian ("31 éves").
var yearsOldWords = lazyWordSet(`jarige jarigen jährige jähriger jährigen jährigem jähriges
	letni letnia letniego letniej letnią letnie letnim letnich letý letá letého letou letém letému leté letí
	årig årige åriga årigt vuotias vuotiaan vuotiasta éves évesen`)

// hedgeBefore finds a hedge of one to three words ending just before
// toks[i]; a negation before a bound turns it ("no less than €15
// million", "pas moins de", "nicht weniger als", "non meno di": at least).
func hedgeBefore(toks []token, i int) (Hedge, int) {
	h, n := hedgeWordsBefore(toks, i)
	if (h == AtLeast || h == AtMost) && n > 0 && i-n-1 >= 0 && toks[i-n-1].is("no", "not", "pas", "nicht", "non", "não", "niet", "geen") {
		if h == AtLeast {
			return AtMost, n + 1 // "no more than 20", "pas plus de 20"
		}
		return AtLeast, n + 1
	}
	return h, n
}

// hedgeWordsBefore is hedgeBefore without the negation.
func hedgeWordsBefore(toks []token, i int) (Hedge, int) {
	if i >= 2 && toks[i-1].is("un", "una", "um", "uma", "il", "el", "lo", "los", "las", "les", "os", "as", "gli") && !toks[i-2].is(toks[i-1].lower, "hasta", "até") {
		// an article between: "casi un 40%", "gairebé un 40%", "quasi il 40%", "más de un tercio";
		// not "hasta el 5,25 %", the level a rate was raised to
		if h, n := hedgeWordsBefore(toks, i-1); n > 0 {
			return h, n + 1
		}
	}
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
		if toks[i-1].is("über") && i >= 3 && toks[i-2].kind == tWord && toks[i-2].capitalised() && !toks[i-3].is(".", ":") && sumAfter(toks, i+1) {
			return Exact, 0 // "ein Programm über 30 Millionen Euro": a programme of that sum
		}
		if h := hedgeWords()[toks[i-1].lower]; h != 0 {
			return h, 1
		}
	}
	return Exact, 0
}

// ageBefore: "aged 58", "âgé de 58 ans", "un homme de 58 ans": the years
// are an age, not a span.
func ageBefore(toks []token, i int) bool {
	if i > 2 && toks[i-1].is("et", "and", "und", "y", "e", "en", "i", "a", "och", "og", "și", "és", "ja") && toks[i-2].kind == tNum && ageBefore(toks, i-2) {
		return true // "deux hommes de 34 et 41 ans", "w wieku 71 i 69 lat"
	}
	if i > 0 && toks[i-1].is("aged", "age", "âgé", "âgée", "âgés", "alt", "edad", "wieku", "věku", "åldern") {
		return true
	}
	if i > 1 && toks[i-1].is("ha", "aveva", "tiene", "tenía", "tem", "tinha") && toks[i-2].kind == tWord {
		return true // "Il più giovane ha 19 anni", "el conductor tiene 45 años", "a vítima tem 23 anos"
	}
	if i > 2 && toks[i-1].is("ha", "aveva", "tiene", "tenía", "tem", "tinha") && toks[i-2].is(",") && toks[i-3].capitalised() {
		return true // "La madre, Sari, ha 7 anni"
	}
	if i > 1 && toks[i-1].is("je", "byl", "byla", "ma", "miał", "miała", "är", "var", "er", "are", "avea", "té", "tenia", "is", "was") &&
		relativeWho()[toks[i-2].lower] {
		return true // "Novotný, kterému je 27 let", "który ma 27 lat", "som är 27 år", "care are 27 de ani": who is that old
	}
	if i > 1 && toks[i-1].is("is", "was") && toks[i-2].kind == tWord && toks[i-2].capitalised() && i > 2 && !toks[i-3].is(".") {
		return true // Dutch "Moeder Sari is 9 jaar": a name, then its age
	}
	if i > 1 && toks[i-1].is("a", "à", "at", "mit", "aos", "los") {
		// "è morto nel 2039 a 84 anni", "mort à 84 ans", "died at 84",
		// "mit 84 Jahren gestorben": the age someone died at
		for k := i - 2; k >= 0 && k >= i-6; k-- {
			if deathWords()[toks[k].lower] {
				return true
			}
		}
		if i+2 < len(toks) && deathWords()[toks[i+2].lower] {
			return true // "mit 84 Jahren gestorben"
		}
	}
	if i > 1 && i+2 < len(toks) && toks[i-1].is("de") && toks[i+1].is("de") && toks[i+2].is("ani") && toks[i-2].kind == tWord &&
		!toks[i-2].is("timp", "durata", "durată", "peste", "după", "dupa", "aproape", "circa", "cu", "vreme", "acum") {
		return true // Romanian "o femeie de 59 de ani": her age, where "timp de 59 de ani" is a span
	}
	if i > 1 && i+2 < len(toks) && toks[i+1].is("de") && toks[i+2].is("ani") &&
		(toks[i-1].is("de") && toks[i-2].is(",") || toks[i-1].is(",") && toks[i-2].capitalised()) {
		return true // Romanian "soțul ei, de 81 de ani", "Elena Prodan, 59 de ani": set off by a comma, an age
	}
	if i > 1 && i+1 < len(toks) && toks[i-1].is("på") && toks[i+1].is("år") && toks[i-2].kind == tWord && !firstIn(toks, i-2) {
		return true // "en kvinde på 34 år", "en man på 34 år"; not "den første strejke på 34 år"
	}
	if i > 1 && toks[i-1].is("de", "von", "di") {
		w := toks[i-2].lower
		if toks[i-2].is("alter", "âge", "edad", "età", "idade", "vârstă", "vârsta", "edat") {
			return true // "im Alter von 41 Jahren"
		}
		return toks[i-2].is("âgé", "âgée", "âgés", "âgées") || personNouns()[w] || personNouns()[strings.TrimSuffix(w, "s")]
	}
	return false
}

// firstIn: the words before toks[k] (itself included, two at most) say
// "the first in" or "the last in", so a span of time follows: "den første
// strejke på 34 år", "det första på 34 år".
func firstIn(toks []token, k int) bool {
	for j := k; j >= 0 && j >= k-1; j-- {
		if toks[j].is("første", "först", "första", "sidste", "senaste", "siste", "gang", "gången") {
			return true
		}
	}
	return false
}

// agoAround: the span of time toks[from:to] says how long ago something
// happened ("three years ago", "il y a trois ans", "vor drei Jahren",
// "hace tres años", "tre anni fa", "drie jaar geleden"), a time and no
// duration.
func agoAround(toks []token, from, to int) bool {
	if to < len(toks) && toks[to].is("ago", "earlier", "geleden", "fa", "atrás", "auparavant") {
		return true
	}
	if from > 0 && toks[from-1].is("vor", "hace", "há") {
		return true
	}
	return from >= 3 && toks[from-3].is("il") && toks[from-2].is("y") && toks[from-1].is("a")
}

// yearLinks are the words before a year that make it one: "in 2019
// residents voted", "bis 2027", "depuis 1998".
var yearLinks = lazyWordSet(`in since by until till before after from to of during around circa c. year years
	im seit bis vor nach ab von zum jahr jahre jahres en depuis avant après dès jusqu'en d'ici de année an
	desde hasta antes después año nel dal entro fino prima dopo anno em até ano sinds tot voor na jaar
	w od do przed po roku`)

// nounCounted: in German, where every noun is capitalised, a number after
// a noun ("in Frankreich 1800 Stellen") is a count when a noun it counts
// follows, not a model's number.
func (x *extractor) nounCounted(toks []token, i int) bool {
	if x.lang != "de" || i+1 >= len(toks) {
		return false
	}
	noun, _ := subjectAfter(toks, i+1, x.lang)
	return noun != ""
}

// germanNounAfter is nounAfter, and in German the capitalised noun after
// an adjective made of a figure as well: "24-stündigen Streik".
func germanNounAfter(toks []token, i int, lang string) string {
	if w, _ := nounAfter(toks, i); w != "" || lang != "de" {
		return w
	}
	if i < len(toks) && toks[i].kind == tWord && toks[i].capitalised() && !textutil.Stopwords()[toks[i].lower] && len(toks[i].lower) > 3 {
		return toks[i].lower
	}
	return ""
}

// deathWords say someone died: an age beside them is the age at death.
var deathWords = lazyWordSet("died dies dead morto morta morti mort morte morts décédé décédée gestorben verstorben starb murió falleció fallecido fallecida muerto muerta morreu faleceu falecido falecida overleden overleed stierf")

// dayParts are the parts of a day an hour of the clock follows.
var dayParts = lazyWordSet("avond ochtend middag nacht abend morgen vormittag nachmittag soir matin sera mattina notte noite manhã tarde noche mañana evening morning night")
