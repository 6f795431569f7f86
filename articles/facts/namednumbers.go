package facts

import "reader/articles/internal/textutil"

// Numbers that are no figures of what happened: those that name a train,
// a flight or a line, and counts of what was only scheduled.

// identifierNouns name a vehicle, a service or a road by a number after
// them ("train 9421", "vuelo 3412", "Zug 1245", "ligne 14"), in the
// languages the reader knows.
var identifierNouns = lazyWordSet(`train trains flight tren trenes vuelo vuelos treno treni volo voli comboio voo voos trein vlucht zug flug
	ligne linea línea linha lijn linie autoroute autopista autostrada rodovia snelweg autobahn bus autobus autocarro
	n° nº n.º núm número numero nummer`)

// scheduledWords say that what a count counts was planned, not done:
// "1,100 scheduled flights", "1 100 vols prévus", "1.100 geplante Flüge".
var scheduledWords = lazyWordSet(`scheduled planned geplant geplante geplanten vorgesehene vorgesehenen prévus prévues programmés programmées
	programados programadas previstos previstas programmati programmate previsti previste gepland geplande planejados planejadas`)

// scheduledCount: a scheduled word stands inside the count toks[from:to]
// or right after it.
func scheduledCount(toks []token, from, to int) bool {
	for k := from; k <= to && k < len(toks); k++ {
		if scheduledWords()[toks[k].lower] {
			return true
		}
	}
	return false
}

// namedByNumber: the number at toks[i] follows an identifier noun, right
// after it or after one word ("tren nocturno 9421") or two ("train de
// nuit 9421").
func namedByNumber(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].kind != tWord {
			return false
		}
		if identifierNouns()[toks[k].lower] {
			return true
		}
	}
	return false
}

// nounAfterIsCounted: the word at toks[j] makes the number before it a
// figure: a unit, a magnitude, a currency, a percentage's word, or a noun
// a count counts ("bus 40 passengers") that the synonym table knows or
// that names people.
func nounAfterIsCounted(toks []token, j int) bool {
	w := toks[j].lower
	return personNouns()[w] || KnownSubject(w) || textutil.Units()[w].Symbol != "" || textutil.DurationUnits()[w] != "" ||
		textutil.Magnitudes()[w] != 0 || currencyWords()[w] != "" || percentAfter(toks, j)
}
