package facts

import (
	"fmt"
	"reader/articles/internal/textutil"
	"sort"
	"strings"
)

// determiners may stand between a name, its comma and its title ("Jane
// Roe, the company's chairman").
var determiners = lazyWordSet("the a an its his her their our la le les l' el der die das il lo un une uno una ein eine")

// roles finds people's titles: "chairman Jane Roe", "board chairman
// Jane Roe", "Jane Roe, the current president of the firm", "the group's
// chairman, Jane Roe".
func (x *extractor) roles(s string, toks []token, ents []entity, base Fact) {
	seen := map[string]bool{}
	add := func(e *entity, from, to int) {
		if e.kind == entOrg || e.kind == entPlace || e.kind == entRole {
			return
		}
		if !x.personShaped(toks, e.from, e.to) && !(e.to-e.from == 1 && x.confirmedSurname(e.name)) {
			return
		}
		if e.kind != entPerson {
			e.kind = entPerson
			x.addPerson(e.name)
		}
		value, norm := roleValue(s, toks, from, to)
		if norm == "" || seen[e.name+norm] {
			return
		}
		seen[e.name+norm] = true
		f := base
		f.Kind, f.Subject, f.Attribute, f.Value, f.Norm = KindPerson, e.name, "title", value, norm
		f.Wording = value
		x.out = append(x.out, f)
	}
	for k := range ents {
		e := &ents[k]
		// Title before the name: "[the group's] [acting] chairman[,] Jane Roe".
		r := e.from - 1
		if r >= 0 && toks[r].is(",") {
			r--
		}
		if g, n := roleSpanEndingAt(toks, r); g != "" && !ofBefore(toks, r-n+1) {
			add(e, titleStart(toks, r-n+1), r+1)
			continue
		}
		// Title and what it heads, then the name: "the head of the
		// regional emergency agency, Jane Roe".
		if r >= 0 && r == e.from-2 {
			if from, to, ok := titleWithTail(toks, r); ok {
				add(e, from, to)
				continue
			}
		}
		// Title after the name: "Jane Roe, [the] [company's] [current] president [of the firm]".
		if e.to < len(toks) && toks[e.to].is(",") {
			for k := e.to + 1; k < len(toks) && k <= e.to+5; k++ {
				if toks[k].kind != tWord {
					break
				}
				if _, n := roleSpanEndingAt(toks, k); n > 0 && (k+1 >= len(toks) || roleEndingAt(toks, k+1) == "") {
					add(e, titleStart(toks, k-n+1), roleTail(toks, k+1))
					break
				}
				if speechVerbs()[toks[k].lower] {
					break
				}
			}
		}
	}
}

// titleWithTail finds a title followed by "of …" (or "de …") that ends at
// toks[end], at most seven words back: the title's start and end.
func titleWithTail(toks []token, end int) (int, int, bool) {
	for k := end - 1; k >= 0 && k >= end-8; k-- {
		if toks[k].kind != tWord || speechVerbs()[toks[k].lower] {
			return 0, 0, false
		}
		if !toks[k+1].is("of", "de", "du", "des", "del", "der", "di", "da", "do") {
			continue
		}
		if g, n := roleSpanEndingAt(toks, k); g != "" && !ofBefore(toks, k-n+1) {
			return titleStart(toks, k-n+1), end + 1, true
		}
	}
	return 0, 0, false
}

// ofBefore: the title belongs to someone else's phrase ("daughter of the
// company's founder, Jane Roe" names no founder).
func ofBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].is("of", "de", "du", "des", "von", "del", "di") {
			return true
		}
		if toks[k].kind != tWord {
			return false
		}
	}
	return false
}

// titleStart steps back over the modifiers of a title ("acting",
// "deputy", "senior") but not over determiners, possessives or names.
func titleStart(toks []token, i int) int {
	for i > 0 {
		t := toks[i-1]
		if roleModifiers()[t.lower] != "" {
			i--
			continue
		}
		if t.kind != tWord || t.capitalised() || determiners()[t.lower] || textutil.Stopwords()[t.lower] || speechVerbs()[t.lower] ||
			strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ly") || i <= 0 {
			break
		}
		if _, poss := possessive(t.s); poss {
			break
		}
		i--
	}
	return i
}

// roleTail takes "of the firm", "of X" after a title, up to three words.
func roleTail(toks []token, i int) int {
	if i < len(toks) && toks[i].is("of", "at", "de", "du", "der", "des", "da", "do", "dos", "das", "di", "del", "della", "van", "von") {
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if toks[k].kind != tWord {
				return k
			}
			if !determiners()[toks[k].lower] {
				for k+1 < len(toks) && toks[k+1].capitalised() && toks[k].capitalised() {
					k++ // "head of the Harbour Rescue Agency"
				}
				return k + 1
			}
		}
	}
	return i
}

// roleValue is a title in the source's words and its canonical office:
// modifiers that change the office ("deputy", "former") and the office
// ("chair" for "chairman", "président" and "board chairman").
func roleValue(s string, toks []token, from, to int) (string, string) {
	value := words(s, toks, from, to)
	var mods []string
	office := ""
	last := to - 1
	for k := to - 1; k >= from+2 && office == ""; k-- {
		if g, n := roleSpanEndingAt(toks, k); g != "" && n >= 3 && k-n+1 >= from {
			office = g // a title with "of" inside: "président du directoire", "presidente da câmara de Elvas"
		}
	}
	for k := from + 1; k < to && office == ""; k++ {
		if toks[k].is("of", "de", "du", "des", "del", "der", "di", "da", "do") {
			last = k - 1 // the title heads what follows "of": "daughter of the founder"
			break
		}
	}
	for k := last; k >= from && office == ""; k-- {
		if g, n := roleSpanEndingAt(toks, k); g != "" && k-n+1 >= from {
			office = g // the last title, read whole: "chief financial officer"
		}
	}
	for k := from; k < to; k++ {
		if m := roleModifiers()[elided(toks[k].lower)]; m != "" { // "ex", and "l'ex" with its article
			mods = append(mods, m)
		} else if pre, _, ok := strings.Cut(toks[k].lower, "-"); ok && roleModifiers()[pre+"-"] != "" {
			mods = append(mods, roleModifiers()[pre+"-"]) // "oud-burgemeester", "ex-autarca", "vice-président"
		}
	}
	if office == "" {
		return value, ""
	}
	return value, strings.Join(append(mods, office), " ")
}

// resolvePeople makes the name variants of one person one name: "Ann
// Doe" and "Doe" stand for "Dr. Jane Ann Doe" when the article names her
// so.
func (x *extractor) resolvePeople() {
	var names []string
	for i := range x.out {
		if f := x.out[i]; (f.Kind == KindPerson || f.Kind == KindQuote) && f.Subject != "" {
			names = append(names, f.Subject)
		}
	}
	for _, n := range x.people {
		names = append(names, n)
	}
	sort.Strings(names)
	canon := map[string]string{}
	for i := range x.out {
		f := &x.out[i]
		if (f.Kind == KindPerson || f.Kind == KindQuote) && f.Subject != "" {
			c, ok := canon[f.Subject]
			if !ok {
				c = CanonicalName(f.Subject, names)
				canon[f.Subject] = c
			}
			f.Subject = c
		}
	}
}

// CanonicalName is the longest of names (sorted, so the choice between
// two of one length is stable) that name holds as a variant: the same last
// name, and every word of name among its words.
func CanonicalName(name string, names []string) string {
	best := name
	ws := strings.Fields(textutil.Fold(name))
	if len(ws) == 0 {
		return name
	}
	for _, m := range names {
		mw := strings.Fields(textutil.Fold(m))
		sameLast := mw[len(mw)-1] == ws[len(ws)-1] || len(ws) == 1 && mw[0] == ws[0]
		if len(mw) <= len(strings.Fields(textutil.Fold(best))) || !sameLast || !subsetWords(ws, mw) {
			continue
		}
		best = m
	}
	return best
}

func subsetWords(a, b []string) bool {
	for _, w := range a {
		found := false
		for _, v := range b {
			if v == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// People counted: what happened to them, and the rest of a count.

// peopleNouns are the subject keys of people a verb of harm before their
// count says what happened to: "injuring three passengers".
var peopleNouns = lazyWordSet("people crew worker passenger resident child student spectator firefighter")

// remainderWords before a count make it the rest of a count given
// before: "the other two", "otros dos", "les deux autres" is no total.
var remainderWords = lazyWordSet("other others remaining otros otras restantes outros outras demais autres restants restantes altri altre restanti anderen andere restlichen restliche übrigen übrige overige resterende weitere")

// countedPeople are the subject keys of people that a story counts by
// what happened to them rather than by who they are: "three fishermen
// were missing", "Otto marinai risultano ancora dispersi" (a crew's
// count is the whole crew, one fact of its own). Residents and
// passengers keep their noun: "3,700 residents were evacuated".
var countedPeople = lazyWordSet("crew suspect")

// happenings are the subject keys of what happened to the people a story
// counts.
var happenings = lazyWordSet("injured dead evacuated arrest treated missing rescued")

// nameAfter is the run of up to three capitalised words at toks[at], as
// written: the person an age before it belongs to.
func nameAfter(s string, toks []token, at int) string {
	end := at
	for end < len(toks) && end < at+3 && toks[end].capitalised() && !isMonth(toks[end].lower) && weekdays()[toks[end].lower] == "" {
		end++
	}
	if end-at < 2 {
		return "" // one capitalised word: in German a noun as often as a name
	}
	return s[toks[at].start:toks[end-1].end]
}

// agesOf is two people's ages given together ("aged 24 and 31", "de 31 e
// 24 anos"), lowest first, so that reports giving them in either order
// agree: its Digits are the list as it is compared ("24 and 31").
func agesOf(a, b float64) Number {
	return Number{Value: max(a, b), Unit: "dur:y", Digits: fmt.Sprintf("%g and %g", min(a, b), max(a, b))}
}
