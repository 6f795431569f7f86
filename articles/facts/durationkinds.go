package facts

import "strings"

// What a figure in years or hours is besides a length: a delay, a
// distance in light-years, a person's age.

// lightAfter is where "light" ends after a word for years ("años luz",
// "anni luce", "années-lumière"), or 0 when none follows.
func lightAfter(toks []token, j int) int {
	if j < len(toks) && toks[j].is("-") {
		j++
	}
	if j < len(toks) && toks[j].is("luz", "luce", "lumière", "luz.") {
		return j + 1
	}
	return 0
}

// delayAround: the duration from toks[from:to] is how late something is,
// not how long it lasts: a delay word follows it ("two years late", "two
// years behind schedule", "drie weken achter", "dos años de retraso",
// "drei Jahre Verspätung") or stands just before it ("delayed by two
// years", "held up for almost two years", "un retard de deux semaines").
// A delay and a span of work are two facts: "after six years of work"
// and "two years late" do not disagree.
func delayAround(toks []token, from, to int) bool {
	for k := to; k < len(toks) && k < to+3; k++ {
		if delayWords()[toks[k].lower] || toks[k].is("achter", "achterstand") || toks[k].is("behind") && k+1 < len(toks) && toks[k+1].is("schedule") {
			return true
		}
		if toks[k].kind != tWord || !toks[k].is("de", "di", "of", "in", "en", "con", "van", "te", "em", "com") {
			break // only a preposition between: "de retraso", "in ritardo", "te laat"
		}
	}
	for k := from - 1; k >= 0 && k >= from-3; k-- {
		if delayWords()[toks[k].lower] || toks[k].is("up") && k > 0 && toks[k-1].is("held") {
			return true
		}
		if toks[k].kind != tWord || !toks[k].is("by", "for", "um", "de", "di", "of", "met", "mit", "von", "van", "con", "almost", "nearly", "about", "casi", "quasi", "presque", "fast", "bijna", "quase") {
			break
		}
	}
	return false
}

// delayWords say that a duration beside them is a delay, in the
// languages the reader knows: after it ("two years late", "sei mesi di
// ritardo") or before it ("delayed by", "un retard de", "verschoben um").
var delayWords = lazyWordSet(`late delay delays delayed overdue postponed retraso retrasos retrasado retrasada retrasó aplazado aplazada
	ritardo ritardi ritardato ritardata rinviato rinviata retard retards retardé retardée reporté reportée atraso atrasos atrasado atrasada adiado adiada
	verspätung verzögerung verspätet verzögert verschoben vertraging vertragingen vertraagd uitgesteld laat`)

// personBeforeAge: w, before "de 29 años" or "di 45 anni", ends as
// Spanish and Italian name people by trade or origin: "un ingeniero",
// "una madrileña", "un pequeño", "un infermiere", "un estadounidense".
// Only there: elsewhere "-ero" is money ("dinero") and "-ense" English.
func personBeforeAge(w string) bool {
	for _, suf := range []string{"ero", "iere", "eño", "eña", "ense"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}
