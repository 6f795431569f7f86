package facts

import (
	"reader/articles/internal/textutil"
	"strconv"
	"strings"
)

// numberWords are small numbers written out, in several languages, as news
// writes durations and counts ("five years", "cinq ans", "fünf Jahre").
var numberWords = func() map[string]int {
	lists := []string{
		"one two three four five six seven eight nine ten eleven twelve",
		"un deux trois quatre cinq six sept huit neuf dix onze douze",
		"ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
		"uno dos tres cuatro cinco seis siete ocho nueve diez once doce",
		"uno due tre quattro cinque sei sette otto nove dieci undici dodici",
		"um dois três quatro cinco seis sete oito nove dez onze doze",
	}
	m := map[string]int{}
	for _, l := range lists {
		for i, w := range strings.Fields(l) {
			if _, ok := m[w]; !ok {
				m[w] = i + 1
			}
		}
	}
	m["une"], m["eine"], m["einem"], m["einen"], m["una"], m["uma"], m["a"], m["an"] = 1, 1, 1, 1, 1, 1, 1, 1
	return m
}()

// durationUnits maps unit words to a canonical unit.
var durationUnits = map[string]string{
	"year": "y", "years": "y", "an": "y", "ans": "y", "année": "y", "années": "y", "jahr": "y", "jahre": "y", "jahren": "y",
	"año": "y", "años": "y", "anno": "y", "anni": "y", "ano": "y", "anos": "y",
	"month": "mo", "months": "mo", "mois": "mo", "monat": "mo", "monate": "mo", "monaten": "mo", "mes": "mo", "meses": "mo", "mese": "mo", "mesi": "mo",
	"week": "w", "weeks": "w", "semaine": "w", "semaines": "w", "woche": "w", "wochen": "w", "semana": "w", "semanas": "w", "settimana": "w", "settimane": "w",
	"day": "d", "days": "d", "jour": "d", "jours": "d", "tag": "d", "tage": "d", "tagen": "d", "día": "d", "días": "d", "giorno": "d", "giorni": "d", "dia": "d", "dias": "d",
	"hour": "h", "hours": "h", "heure": "h", "heures": "h", "stunde": "h", "stunden": "h", "hora": "h", "horas": "h", "ora": "h", "ore": "h",
}

// duration is a span of time found in text.
type Duration struct {
	Key   string // "5y", "18mo"
	Text  string
	Start int
}

// FindDurations finds "5 years", "five-year", "cinq ans" and the like: a
// number or number word, then a unit word after a space or hyphen.
func FindDurations(text string) []Duration {
	var out []Duration
	prevStart, prevEnd := -1, -1
	textutil.EachLetterRun(text, func(start, end int) {
		ps, pe := prevStart, prevEnd
		prevStart, prevEnd = start, end
		if ps < 0 {
			return
		}
		if gap := text[pe:start]; gap != " " && gap != "-" && gap != "\u00a0" {
			return
		}
		unit := strings.ToLower(text[start:end])
		u, ok := durationUnits[unit]
		if !ok {
			return
		}
		num := strings.ToLower(text[ps:pe])
		n, err := strconv.Atoi(num)
		if err != nil {
			w, ok := numberWords[num]
			if !ok {
				return
			}
			n = w
		}
		if n == 1 && (num == "a" || num == "an") && u == "y" && unit == "an" {
			return
		}
		out = append(out, Duration{Key: strconv.Itoa(n) + u, Text: text[ps:end], Start: ps})
	})
	return out
}
