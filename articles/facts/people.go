package facts

import (
	"reader/articles/internal/textutil"
	"sort"
	"strings"
	"sync"
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
	if i < len(toks) && toks[i].is("of", "at", "de", "du", "der", "des") {
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
	for k := from + 1; k < to; k++ {
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
		if m := roleModifiers()[toks[k].lower]; m != "" {
			mods = append(mods, m)
		}
	}
	if office == "" {
		return value, ""
	}
	return value, strings.Join(append(mods, office), " ")
}

// placePrepositions say where something happened.
var placePrepositions = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"in": "place", "at": "place", "near": "place", "outside": "place", "à": "place", "au": "place", "aux": "place", "en": "place",
		"près": "place", "im": "place", "bei": "place", "nahe": "place", "cerca": "place", "nella": "place", "nel": "place", "em": "place",
		"from": "home town", "de": "", "aus": "home town", "of": "",
	}
})

// personNouns name people by what they are; "a patient from X" says where
// the patient comes from, where "a statement from X" does not.
var personNouns = lazyWordSet(`man woman boy girl child baby teenager student pupil patient resident residents worker workers pensioner mother father
son daughter wife husband driver passenger tourist tourists fan fans teacher nurse doctor farmer fisherman family couple victim victims
player players climber runner cyclist artist writer singer volunteer volunteers soldier officer firefighter survivor survivors
homme femme garçon fille enfant étudiant patient patiente habitant habitante habitants Mann Frau Junge Mädchen Kind Patient Patientin
hombre mujer niño niña paciente vecino vecina vecinos`)

// places finds places of actions: "a press conference in X" -> press
// conference · place · X; "a patient from X" -> patient · home town · X.
func (x *extractor) places(s string, toks []token, ents []entity, base Fact) {
	for _, e := range ents {
		if e.from == 0 || e.kind == entPerson || e.kind == entOrg || e.kind == entRole {
			continue
		}
		p := e.from - 1
		attr := placePrepositions()[toks[p].lower]
		if attr == "" {
			continue
		}
		known := e.kind == entPlace
		if !known {
			last := toks[e.to-1]
			_, poss := possessive(last.s)
			cue := toks[p].is("in", "near", "outside", "à", "en", "nella", "nel", "em") && x.lang != "de" || attr == "home town" && personNouns()[subjectBefore(toks, p)]
			if !cue || poss || x.capCount[toks[e.from].s] > 2 || isAcronymToken(toks[e.from]) || isMonth(toks[e.from].lower) || weekdays()[toks[e.from].lower] != "" || demonyms()[e.name] ||
				e.to-e.from > 3 || x.people[textutil.Fold(e.name)] != "" || e.to < len(toks) && toks[e.to].capitalised() {
				continue
			}
		}
		subj := subjectBefore(toks, p)
		if subj == "" {
			subj = actionBefore(toks, p)
		}
		if subj == "" {
			continue
		}
		f := base
		f.Kind, f.Subject, f.Attribute, f.Value = KindPlace, subj, attr, e.name
		f.Norm = e.canon
		if f.Norm == "" {
			f.Norm = e.name
		}
		f.Wording = snippet(s, toks, p, e.to)
		x.out = append(x.out, f)
	}
}

// lists collects countries a sentence names together ("A, B and C").
func (x *extractor) lists(toks []token, ents []entity) {
	var run []string
	flush := func() {
		if len(run) >= 2 {
			x.listed = append(x.listed, run...)
		}
		run = run[:0]
	}
	lastTo := -1
	for _, e := range ents {
		if !e.country {
			flush()
			lastTo = -1
			continue
		}
		if lastTo >= 0 && !onlySeparators(toks[lastTo:e.from]) {
			flush()
		}
		run = append(run, e.canon)
		lastTo = e.to
	}
	flush()
}

func onlySeparators(toks []token) bool {
	if len(toks) == 0 || len(toks) > 2 {
		return false
	}
	for _, t := range toks {
		if !t.is(",", "and", "or", "&", "et", "ou", "und", "oder", "y", "o", "e", "en") {
			return false
		}
	}
	return true
}

// leadingCountry is the country a list item starts with ("• Japan: …").
func (x *extractor) leadingCountry(text string) string {
	toks := tokenize(text, nil)
	for n := min(3, len(toks)); n >= 1; n-- {
		if toks[n-1].kind != tWord {
			continue
		}
		name := text[toks[0].start:toks[n-1].end]
		if c := countries()[strings.TrimSuffix(name, ".")]; c != "" {
			return c
		}
	}
	return ""
}

// quotes finds quoted statements of six words or more and their speakers.
func (x *extractor) quotes(text string) {
	blockSpeaker := ""
	for i := 0; i < len(text); {
		open, size := quoteOpenAt(text, i)
		if size == 0 {
			i++
			continue
		}
		end := quoteClose(text, i+size, open)
		if end < 0 {
			return
		}
		q := strings.TrimSpace(text[i+size : end])
		closeSize := len(string(closeOf(open, text[end:])))
		next := end + closeSize
		toks := tokenize(q, nil)
		nw := 0
		for _, t := range toks {
			if t.kind == tWord {
				nw++
			}
		}
		if nw >= 6 && len(q) <= 600 {
			speaker := x.speakerNear(text, i, next)
			if speaker == "" && (blockSpeaker != "" || i == 0 && len(x.blockPeople) == 0) {
				speaker = blockSpeaker // the same voice goes on, or a block of quote alone
				if speaker == "" {
					speaker = x.lastSpeaker
				}
			}
			blockSpeaker = speaker
			stems := map[string]bool{}
			for _, t := range toks {
				if t.kind == tWord && len(t.lower) > 2 && !textutil.Stopwords()[t.lower] {
					stems[textutil.Stem(textutil.FoldLower(t.lower))] = true
				}
			}
			x.out = append(x.out, Fact{Kind: KindQuote, Subject: speaker, Attribute: "quote", Value: q, Norm: q, Wording: q,
				Block: x.block, Quote: stems, Lang: x.lang})
			if speaker != "" {
				x.lastSpeaker = speaker
			}
		}
		i = next
	}
}

func quoteOpenAt(text string, i int) (string, int) {
	if c := text[i]; c != '"' && c != 0xE2 && c != 0xC2 {
		return "", 0
	}
	for _, q := range []string{"“", "«", "„", "\""} {
		if strings.HasPrefix(text[i:], q) {
			return q, len(q)
		}
	}
	return "", 0
}

func quoteClose(text string, from int, open string) int {
	closers := map[string][]string{"“": {"”", "\""}, "«": {"»"}, "„": {"“", "”"}, "\"": {"\"", "”"}}[open]
	best := -1
	for _, c := range closers {
		if j := strings.Index(text[from:], c); j >= 0 && (best < 0 || from+j < best) {
			best = from + j
		}
	}
	return best
}

func closeOf(open, rest string) string {
	for _, c := range []string{"”", "\"", "»", "“"} {
		if strings.HasPrefix(rest, c) {
			return c
		}
	}
	return ""
}

// speakerNear is the person named nearest after a quote, or else before
// it; "he said" after it stands for the last speaker.
func (x *extractor) speakerNear(text string, start, end int) string {
	best, bestDist := "", 1<<30
	after := strings.ToLower(text[end:min(len(text), end+30)])
	for _, pron := range []string{" he ", " she ", " il ", " elle ", " er ", " sie ", " ha "} {
		if strings.HasPrefix(strings.TrimLeft(after, ",.;:!? "), strings.TrimSpace(pron)+" ") || strings.Contains(" "+after, pron+"said") || strings.Contains(" "+after, pron+"told") {
			if x.lastSpeaker != "" {
				return x.lastSpeaker
			}
		}
	}
	for _, p := range x.blockPeople {
		if p.start >= end && p.start-end < 120 && p.start-end < bestDist {
			best, bestDist = p.name, p.start-end
		}
	}
	if best != "" {
		return best
	}
	for _, p := range x.blockPeople {
		if p.end <= start && start-p.end < 200 && start-p.end < bestDist {
			best, bestDist = p.name, start-p.end
		}
	}
	return best
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
