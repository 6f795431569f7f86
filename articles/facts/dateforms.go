package facts

import (
	"slices"
	"strings"

	"reader/articles/internal/textutil"
)

// The shapes around a date that say what kind of date it is: a
// dateline's, a span of days, a German year before the participle it
// dates.

// yearsBeforeParticiples reads the German year between an article and
// the participle it dates: "die 1872 gegründete Brauerei", "der 1995
// eröffnete Tunnel", "die 1887 eröffnet wurde", "wurde 1887 eröffnet".
func (x *extractor) yearsBeforeParticiples(s string, toks []token, used []bool, base Fact) {
	for i := 1; i+1 < len(toks); i++ {
		t, next := toks[i], toks[i+1]
		if used[i] || t.kind != tNum || len(t.s) != 4 || next.kind != tWord || next.capitalised() {
			continue
		}
		article, passive := toks[i-1].is("die", "der", "das", "den", "dem", "des"), toks[i-1].is("wurde", "wurden", "war", "waren", "ist", "sind")
		bare := germanParticiple(next.lower) && (passive || article && (i+2 == len(toks) || toks[i+2].kind == tPunct || toks[i+2].is("wurde", "wurden", "worden", "war", "ist", "hat", "hatte")))
		if !(article && germanParticipleAdjective(next.lower) || bare) {
			continue // "die 1887 eröffnete Bahn", "die 1887 eröffnet wurde", "wurde 1887 eröffnet"
		}
		if v, _, _ := parseNumber(t.s); v < 1000 || v > 2100 {
			continue
		}
		used[i] = true
		f := base
		f.Kind, f.Attribute, f.Value, f.Norm = KindDate, "year", t.s, t.s
		f.Subject = next.lower
		f.Wording = snippet(s, toks, i, i+2)
		x.out = append(x.out, f)
	}
}

// germanParticipleAdjective: w is a German past participle of founding,
// building, opening or their like, used as an adjective ("gegründete",
// "eröffneten", "erbautes"): what a year before it dates. A count may
// stand there too ("die 1500 betroffenen Bewohner"), so only these.
func germanParticipleAdjective(w string) bool {
	for _, stem := range germanParticiples {
		if strings.HasPrefix(w, stem) && len(w) > len(stem) {
			return true
		}
	}
	return false
}

// germanParticiple: w is one of those participles as it stands before
// its auxiliary ("die 1887 eröffnet wurde").
func germanParticiple(w string) bool { return slices.Contains(germanParticiples, w) }

var germanParticiples = []string{"gegründet", "gebaut", "erbaut", "eröffnet", "errichtet", "geboren", "eingeweiht", "entdeckt", "verabschiedet",
	"eingeführt", "gestartet", "geschlossen", "fertiggestellt", "renoviert", "restauriert", "gestorben", "verstorben", "gegossen", "gemalt", "geschaffen"}

// datelineDash: the date at toks[from:to] (a year may follow) opens the
// sentence after a place in capitals and a comma, and a dash, a bracket, a
// full stop or nothing follows it: a dateline.
func datelineDash(toks []token, from, to int) bool {
	if to < len(toks) && isYear(toks[to]) {
		to++
	}
	if to >= len(toks) || toks[to].is(".") {
		// "MADRID, 25 JUN.": the place, a comma and the date alone
		t := toks[0]
		return from >= 2 && toks[from-1].is(",") && t.kind == tWord && len(t.s) > 2 && strings.ToUpper(t.s) == t.s
	}
	if !toks[to].is("–", "—", "-", "(") {
		return false // "KOUROU, July 9 –", "ROMA, 5 oct (Agencia)"
	}
	if from == 0 && agencyDash(toks, to) {
		return true // "Oct 2 (Wire) - Italy's rice harvest", "12 mars – Le conseil": no place, the date alone
	}
	for k := 0; k < from; k++ {
		if t := toks[k]; t.kind == tWord && len(t.s) > 2 && strings.ToUpper(t.s) == t.s {
			return true
		}
	}
	// "Roma, 21 giugno 2029 - Le foto": a place of a word or two, a
	// comma and the date open the report, and a dash follows.
	return from >= 2 && from <= 3 && toks[from-1].is(",") && toks[0].capitalised() && toks[to].is("–", "—", "-")
}

// spanWords join the two days of a span of dates ("14 to 16", "14 au 16").
var spanWords = lazyWordSet("to - – bis au al a tot till until")

// spanEndAfter reads the last day of a span after a date written month
// first ("June 14 to 16"): that day and where the span ends.
func spanEndAfter(toks []token, to int) (string, int, bool) {
	if to+1 < len(toks) && spanWords()[toks[to].lower] && toks[to+1].kind == tNum && dayNumber(toks[to+1].s) &&
		!(to+2 < len(toks) && (isMonth(toks[to+2].lower) || toks[to+2].kind != tPunct && !textutil.Stopwords()[toks[to+2].lower])) { // not "to 16 people"
		return strings.TrimLeft(toks[to+1].s, "0"), to + 2, true
	}
	return "", 0, false
}

// spanStartBefore reads the first day of a span before a date written
// day first ("du 14 au 16 juin", "from 14 to 16 June", "vom 3. bis zum
// 12. März"): where the span starts and its first day.
func spanStartBefore(toks []token, from int) (int, string, bool) {
	k := from - 1
	if k >= 1 && toks[k].is("zum", "el", "le", "il", "o", "dem") {
		k-- // "bis zum 12. März", "entre el 14 y el 23 de mayo"
	}
	between := k >= 1 && betweenAnd()[toks[k].lower]
	if k < 1 || !spanWords()[toks[k].lower] && !between {
		return 0, "", false
	}
	k--
	if k >= 1 && toks[k].is(".") && toks[k].glued {
		k-- // "vom 3. bis": the ordinal's full stop
	}
	if toks[k].kind != tNum || !dayNumber(toks[k].s) {
		return 0, "", false
	}
	if between { // "entre 14 e 23 de maio", "zwischen dem 3. und 12. März": the span opens on its word of between
		b := k - 1
		if b >= 1 && toks[b].is("el", "le", "il", "o", "dem", "the") {
			b--
		}
		if b < 0 || !toks[b].is(betweenWords...) {
			return 0, "", false
		}
		return b, strings.TrimLeft(toks[k].s, "0"), true
	}
	return k, strings.TrimLeft(toks[k].s, "0"), true
}

// betweenAnd closes a span of days that one of betweenWords opens:
// "entre le 14 et le 23 mai", "between 14 and 23 May".
var betweenAnd = lazyWordSet("and et und y e en")

// agencyDash: toks[to:] goes on as a dateline does after its date: a
// dash, or an agency's name in brackets and a dash.
func agencyDash(toks []token, to int) bool {
	if toks[to].is("–", "—", "-") {
		return true
	}
	for k := to + 1; k < len(toks) && k <= to+4; k++ {
		if toks[k].is(")") {
			return k+1 < len(toks) && toks[k+1].is("–", "—", "-")
		}
	}
	return false
}
