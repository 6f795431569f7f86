package facts

import (
	"reader/articles/internal/textutil"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// entKind says what a run of capitalised words names.
type entKind uint8

const (
	entOther entKind = iota
	entPerson
	entOrg
	entPlace
	entRole // a title written in capitals: "CFO"
)

// entity is a run of capitalised words with its type.
type entity struct {
	name     string // as written, possessive ending and honorific left out
	canon    string // places: the gazetteer's name
	kind     entKind
	from, to int // token range of the name
	speaks   bool
	country  bool
}

// nameParticles may stand inside a person's name ("Ludwig van Beethoven").
var nameParticles = lazyWordSet("van von der den de da del della di du le la bin ibn al el dos das")

// connectors may stand inside an organisation's or a place's name ("Bank
// of England", "Gulf of Mexico").
var connectors = lazyWordSet("of for de du des la le the für der")

// openers start sentences without naming anyone.
var openers = lazyWordSet(`despite meanwhile however although though after before while when since unlike still furthermore moreover
today yesterday tomorrow last next this that these those there here according during following amid among under over with without
in on at by for from as if once also even only but and or so yet because thus then now earlier later speaking asked
selon malgré pendant depuis lors après avant aujourd'hui hier trotz während seit heute gestern según durante hoy ayer secondo oggi`)

func isMixedCase(w string) bool {
	upper := 0
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			upper++
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	return upper > 0 && unicode.IsUpper(r) && strings.ToUpper(w) != w
}

func isAcronymToken(t token) bool {
	return t.kind == tWord && utf8.RuneCountInString(strings.ReplaceAll(t.s, ".", "")) >= 2 && strings.ToUpper(t.s) == t.s && strings.ToLower(t.s) != t.s
}

func possessive(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return strings.TrimSuffix(w, suf), true
		}
	}
	return w, false
}

// entities finds the runs of capitalised words of a sentence and types
// them by cues: honorifics, verbs of saying, suffixes, gazetteers.
func (x *extractor) entities(s string, toks []token) []entity {
	var out []entity
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		honor := false
		if t.kind == tWord && t.s != "" && t.s[0] >= 'A' && t.s[0] <= 'Z' && honorificOrBeforeDot()[t.s] && i+1 < len(toks) {
			j := i + 1
			if toks[j].is(".") {
				j++
			}
			if j < len(toks) && toks[j].capitalised() && !honorifics()[toks[j].s] {
				honor, i, t = true, j, toks[j]
			}
		}
		if !t.capitalised() {
			continue
		}
		j := i
		for j < len(toks) {
			tj := toks[j]
			if tj.capitalised() && !(j > i && honorifics()[tj.s] && j+1 < len(toks) && toks[j+1].is(".")) {
				j++
				if _, poss := possessive(tj.s); poss {
					break
				}
				continue
			}
			if j > i && tj.kind == tWord && (nameParticles()[tj.lower] || connectors()[tj.lower]) && tj.lower == tj.s && j+1 < len(toks) && toks[j+1].capitalised() &&
				!(x.lang == "de" && germanArticles()[tj.lower]) { // "Dagmar Wittenbeck den Abbau": a German noun follows its article
				j++
				continue
			}
			break
		}
		from := i
		if end := leadingTitleEnd(toks, from, j); end > from {
			from = end // "President Jane Roe", "Bürgermeisterin Eva Kurz", "Deputy Mayor Jo Wren": a title, then the name
			honor = true
		} else if from == 0 || from == 1 && toks[0].kind == tPunct {
			if w := toks[from].lower; !honor && (x.lower[w] || textutil.Stopwords()[w] || openers()[w] || weekdays()[w] != "" || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing")) {
				from++
			}
		}
		for j > from && toks[j-1].kind == tWord && toks[j-1].lower == toks[j-1].s && !toks[j-1].capitalised() {
			j-- // a trailing particle or connector
		}
		if from >= j {
			i = j
			continue
		}
		e := x.typeRun(s, toks, from, j, honor)
		out = append(out, e)
		i = j - 1
	}
	return out
}

// leadingTitleEnd is where the name starts in the capitalised run
// toks[from:to] that opens with a title, its modifiers first ("Deputy
// Mayor", "Acting Chief Executive"), leaving a name of a word at least; or
// from when the run opens with no title.
func leadingTitleEnd(toks []token, from, to int) int {
	k := from
	for k+1 < to && roleModifiers()[toks[k].lower] != "" {
		k++
	}
	for end := min(k+3, to-1); end > k; end-- {
		if g, n := roleSpanEndingAt(toks, end-1); g != "" && end-n == k {
			return end
		}
	}
	return from
}

// germanArticles are the articles German sets before every noun, which
// are name particles elsewhere ("van den Berg", "Van der Poel").
var germanArticles = lazyWordSet("den der dem des die das")

// typeRun types toks[from:to] as a person, organisation, place or other.
func (x *extractor) typeRun(s string, toks []token, from, to int, honor bool) entity {
	name := s[toks[from].start:toks[to-1].end]
	name, _ = possessive(name)
	e := entity{name: name, from: from, to: to}
	n := to - from
	first, last := toks[from], toks[to-1]
	lastWord, _ := possessive(last.s)
	// verbs of saying on either side
	if to < len(toks) && speechVerbs()[toks[to].lower] || from > 0 && speechVerbs()[toks[from-1].lower] && !toks[from-1].is("according", "selon", "según", "secondo", "segundo", "laut") ||
		from > 1 && toks[from-2].is("according") && toks[from-1].is("to") {
		e.speaks = true
	}
	switch {
	case countries()[name] != "":
		e.kind, e.canon, e.country = entPlace, countries()[name], true
	case capitals()[name] != "":
		e.kind, e.canon = entPlace, capitals()[name]
	case honor:
		e.kind = entPerson
	case orgSuffixes()[lastWord] || orgSuffixes()[first.s] && n > 1:
		e.kind = entOrg
	case placeSuffixes()[lastWord] && n > 1:
		e.kind = entPlace
	case n == 1:
		w := strings.ReplaceAll(first.s, ".", "")
		switch {
		case roleGroups()[strings.ToLower(w)] != "" && isAcronymToken(first):
			e.kind = entRole
		case isAcronymToken(first) && notOrgAcronyms()[w]:
			e.kind = entOther
		case isAcronymToken(first):
			e.kind = entOrg
		case demonyms()[lastWord] || weekdays()[first.lower] != "" || isMonth(first.lower):
			e.kind = entOther
		case e.speaks && !x.lower[first.lower] && !strings.HasSuffix(last.s, "'s") && !strings.HasSuffix(last.s, "’s") && !(from > 1 && toks[from-1].is("to", "à") || from > 0 && toks[from-1].is("according", "selon", "según", "laut", "secondo", "segundo")):
			e.kind = entPerson
		}
	default:
		if x.personShaped(toks, from, to) {
			e.kind = entPerson
			if !e.speaks && x.people[textutil.Fold(name)] == "" && !x.confirmedSurname(lastWord) {
				e.kind = entOther // a name-shaped run with no cue yet
				if x.cuedPerson(toks, from, to) {
					e.kind = entPerson
				}
			}
		}
	}
	if e.kind == entPerson {
		x.addPerson(name)
	}
	return e
}

// personShaped: two to four capitalised words, no acronym, no mixed case,
// no month, weekday, demonym, country or title among them.
func (x *extractor) personShaped(toks []token, from, to int) bool {
	n := 0
	for k := from; k < to; k++ {
		t := toks[k]
		w, _ := possessive(t.s)
		if nameParticles()[t.lower] && t.lower == t.s {
			continue
		}
		if connectors()[t.lower] && t.lower == t.s {
			return false
		}
		n++
		if isAcronymToken(t) || isMixedCase(w) || demonyms()[w] || weekdays()[t.lower] != "" || isMonth(t.lower) && len(t.lower) >= 5 || countries()[w] != "" ||
			capitals()[w] != "" || roleGroups()[strings.ToLower(w)] != "" || orgSuffixes()[w] || placeSuffixes()[w] || textutil.Stopwords()[strings.ToLower(w)] {
			return false
		}
	}
	return n >= 2 && n <= 4
}

// cuedPerson: a role word stands next to the run ("chairman Jane Roe",
// "Jane Roe, the chairman"), a clause of who they are follows it ("Jane
// Roe, who ran the charity"), or a verb of saying follows a comma clause.
func (x *extractor) cuedPerson(toks []token, from, to int) bool {
	if from > 0 && roleAt(toks, from-1) {
		return true
	}
	if to+1 < len(toks) && toks[to].is(",") && toks[to+1].is("who", "whose", "który", "która", "którego", "kterému", "který", "která") {
		return true // "Jan Peeters, who ran the charity": a person
	}
	if to+1 < len(toks) && toks[to].is(",") {
		for k := to + 1; k < len(toks) && k < to+6; k++ {
			if roleEndingAt(toks, k) != "" {
				return true
			}
			if toks[k].kind != tWord {
				break
			}
		}
	}
	return false
}

func (x *extractor) confirmedSurname(w string) bool {
	return x.surnames[textutil.Fold(w)]
}

// addPerson records a person's name and last name.
func (x *extractor) addPerson(name string) {
	f := textutil.Fold(name)
	x.people[f] = name
	if i := strings.LastIndexByte(f, ' '); i >= 0 {
		x.surnames[f[i+1:]] = true
	}
}

func isMonth(w string) bool {
	_, ok := textutil.Months()[w]
	return ok && len(w) >= 3
}

// compoundHeads end German compound titles: "Polizeisprecher" is a
// spokesman, "Zivilschutzchef" a head, "Sportdirektor" a director.
var compoundHeads = []string{"sprecherin", "sprecher", "chefin", "chef", "direktorin", "direktor", "trainerin", "trainer",
	"präsidentin", "präsident", "ministerin", "minister", "bürgermeisterin", "bürgermeister", "leiterin", "leiter", "vorsitzende", "vorsitzender"}

// compoundTitle is the office a capitalised compound ending in a title
// names, or "".
func compoundTitle(t token) string {
	if !t.capitalised() || len(t.lower) < 8 {
		return ""
	}
	if k := strings.LastIndexByte(t.lower, '-'); k > 0 {
		// "Hanse-Netz-Vorstandschef": the title is the last part, read
		// whole before its head ("Vorstandschef", not "-chef").
		if g := roleGroups()[t.lower[k+1:]]; g != "" {
			return g
		}
	}
	for _, h := range compoundHeads {
		if strings.HasSuffix(t.lower, h) && len(t.lower) > len(h)+2 {
			return roleGroups()[h]
		}
	}
	return ""
}

// roleLastWords are the words titles end with.
var roleLastWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for r := range roleGroups() {
		m[r[strings.LastIndexByte(r, ' ')+1:]] = true
	}
	return m
})

// roleAt: toks[i] ends a title ("chairman", "chief executive").
func roleAt(toks []token, i int) bool { return roleEndingAt(toks, i) != "" }

// roleEndingAt returns the office of the title ending at toks[i], trying
// three, two and one words.
func roleEndingAt(toks []token, i int) string {
	g, _ := roleSpanEndingAt(toks, i)
	return g
}

func roleSpanEndingAt(toks []token, i int) (string, int) {
	if i < 0 || i >= len(toks) || toks[i].kind != tWord {
		return "", 0
	}
	if last, _ := possessive(toks[i].lower); !roleLastWords()[strings.ReplaceAll(last, ".", "")] {
		if g := compoundTitle(toks[i]); g != "" {
			return g, 1 // "Polizeisprecher", "Zivilschutzchef"
		}
		return "", 0 // no title ends with this word
	}
	for n := 4; n >= 1; n-- {
		if i-n+1 < 0 {
			continue
		}
		parts := make([]string, 0, n)
		ok := true
		for k := i - n + 1; k <= i; k++ {
			if toks[k].kind != tWord {
				ok = false
				break
			}
			w, _ := possessive(toks[k].lower)
			parts = append(parts, strings.ReplaceAll(w, ".", ""))
		}
		if !ok {
			continue
		}
		if g := roleGroups()[strings.Join(parts, " ")]; g != "" {
			if n == 1 && i > 0 && toks[i].is("fiscal", "general") && toks[i-1].kind == tWord && !toks[i-1].capitalised() && !textutil.Stopwords()[toks[i-1].lower] {
				return "", 0 // "el déficit fiscal", "l'assemblée générale": an adjective after its noun
			}
			if n == 1 && toks[i].capitalised() && !isAcronymToken(toks[i]) && i > 0 {
				// "General Motors", "President Street": a capitalised
				// title mid-sentence counts only before a name, or before
				// what it heads ("Chefin der …")
				if i+1 >= len(toks) || !toks[i+1].capitalised() && !toks[i+1].is("der", "des", "von", "of", ",") {
					return "", 0
				}
			}
			return g, n
		}
	}
	return "", 0
}
