package facts

import (
	"reader/articles/internal/textutil"
	"sort"
	"strings"
)

// peopleMentions finds people with their role ("chairman Jane Roe",
// "Jane Roe, the company's chief executive") and organisations.
func peopleMentions(s string) []Mention {
	var out []Mention
	seen := map[string]bool{}
	add := func(name, role string) {
		name = strings.TrimSpace(name)
		if !looksLikePerson(name) || seen[textutil.Fold(name)] {
			return
		}
		seen[textutil.Fold(name)] = true
		role = trimSpeechVerbs(strings.TrimSpace(role))
		out = append(out, Mention{Kind: KindPerson, Key: "person:" + textutil.Fold(name), Label: name, Wording: role, Value: roleHead(role)})
	}
	for _, m := range roleAfter.FindAllStringSubmatch(s, -1) {
		add(m[1], m[2])
	}
	for _, m := range roleBefore.FindAllStringSubmatch(s, -1) {
		add(m[2], m[1])
	}
	for _, run := range nameRuns(s) {
		switch {
		case orgWordRe.MatchString(run) || textutil.IsAcronym(run) && countries[run] == "":
			k := "org:" + textutil.Fold(run)
			if !seen[k] {
				seen[k] = true
				out = append(out, Mention{Kind: KindOrg, Key: k, Label: run, Wording: run})
			}
		case looksLikePerson(run) && !seen[textutil.Fold(run)]:
			seen[textutil.Fold(run)] = true
			out = append(out, Mention{Kind: KindPerson, Key: "person:" + textutil.Fold(run), Label: run, Wording: run})
		}
	}
	return out
}

// nameRuns lists maximal runs of capitalised words that do not open the
// sentence, and acronyms.
func nameRuns(s string) []string {
	toks := strings.Fields(s)
	var out []string
	var run []string
	flush := func() {
		if len(run) > 0 {
			out = append(out, strings.Join(run, " "))
		}
		run = run[:0]
	}
	for i, t := range toks {
		w := strings.Trim(t, ",.;:!?()\"“”‘’'«»")
		trailing := strings.ContainsAny(t[len(strings.TrimRight(t, ",.;:!?)\"”’»")):], ",.;:!?)")
		if i > 0 && w != "" && textutil.IsCapitalised(w) && !textutil.Stopwords[strings.ToLower(w)] && !textutil.IsNumeric(w) {
			run = append(run, strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
			if trailing || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				flush()
			}
			continue
		}
		if len(run) > 0 && isAcronymRun(run) {
			flush()
		}
		flush()
	}
	flush()
	var keep []string
	for _, r := range out {
		if len(strings.Fields(r)) >= 2 || textutil.IsAcronym(r) && len(r) >= 2 {
			keep = append(keep, r)
		}
	}
	return keep
}

func isAcronymRun(run []string) bool { return len(run) == 1 && textutil.IsAcronym(run[0]) }

// looksLikePerson: two or three capitalised words that are not a country,
// an organisation, a weekday or a month.
func looksLikePerson(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 3 || countries[name] != "" || orgWordRe.MatchString(name) {
		return false
	}
	for _, w := range ws {
		lw := strings.ToLower(w)
		if _, ok := weekdays[lw]; ok {
			return false
		}
		if _, ok := textutil.Months[lw]; ok {
			return false
		}
		if countries[w] != "" || textutil.IsAcronym(w) || roleWords[lw] {
			return false
		}
	}
	return true
}

// roleHead is the head word of a role phrase ("rotating chairman" ->
// "chairman"), what two sources must share to agree on a title.
func roleHead(role string) string {
	lr := strings.ToLower(role)
	for _, syn := range roleSynonyms {
		lr = strings.ReplaceAll(lr, syn[0], syn[1])
	}
	ws := strings.Fields(lr)
	for i := len(ws) - 1; i >= 0; i-- {
		w := strings.Trim(ws[i], ",.")
		if same, ok := roleWordSynonyms[w]; ok {
			return same
		}
		if roleWords[w] {
			if w == "officer" || w == "executive" {
				return strings.Join(ws[max(0, i-2):i+1], " ")
			}
			return w
		}
	}
	return ""
}

// speechVerbs open a quote attribution, not a title ("said chairman X").
var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "explained": true, "according": true,
	"dit": true, "a": true, "déclaré": true, "sagte": true, "erklärte": true, "dijo": true, "afirmó": true, "detto": true, "disse": true}

func trimSpeechVerbs(role string) string {
	ws := strings.Fields(role)
	for len(ws) > 1 && speechVerbs[strings.ToLower(ws[0])] {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// roleSynonyms fold the long forms of titles into their short ones, longest first.
var roleSynonyms = [][2]string{
	{"chief financial officer", "cfo"}, {"chief executive officer", "ceo"}, {"chief operating officer", "coo"},
	{"chief technology officer", "cto"}, {"chief executive", "ceo"},
}

// roleWordSynonyms map one-word titles, across languages, to one word.
var roleWordSynonyms = map[string]string{
	"chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "chair": "chair",
	"maire": "mayor", "bürgermeister": "mayor", "bürgermeisterin": "mayor", "alcalde": "mayor", "alcaldesa": "mayor", "sindaco": "mayor", "prefeito": "mayor",
	"président": "president", "présidente": "president", "präsident": "president", "präsidentin": "president", "presidente": "president",
	"ministre": "minister", "ministro": "minister", "ministra": "minister", "ministerin": "minister",
	"porte-parole": "spokesperson", "sprecher": "spokesperson", "sprecherin": "spokesperson", "portavoz": "spokesperson",
	"portavoce": "spokesperson", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
	"fondateur": "founder", "fondatrice": "founder", "gründer": "founder", "fundador": "founder", "fondatore": "founder",
	"directeur": "director", "directrice": "director", "direktor": "director", "direttore": "director",
}

// placeMentions finds places: countries anywhere, and capitalised names
// after "in", "at", "from" (and their equivalents).
func placeMentions(s string) []Mention {
	var out []Mention
	seen := map[string]bool{}
	for _, c := range countriesIn(s) {
		seen[c] = true
		out = append(out, Mention{Kind: KindPlace, Key: "place:" + textutil.Fold(c), Label: c, Wording: c})
	}
	for _, m := range placeRe.FindAllStringSubmatch(s, -1) {
		p := strings.TrimSuffix(strings.TrimSuffix(m[1], "'s"), "’s")
		lp := strings.ToLower(p)
		if _, ok := weekdays[lp]; ok || textutil.Months[lp] != 0 || seen[p] || countries[p] != "" || orgWordRe.MatchString(p) || looksLikePerson(p) && len(strings.Fields(p)) > 1 {
			continue
		}
		if textutil.IsAcronym(p) || textutil.Stopwords[lp] {
			continue
		}
		seen[p] = true
		out = append(out, Mention{Kind: KindPlace, Key: "place:" + textutil.Fold(p), Label: p, Wording: m[0]})
	}
	return out
}

// quoteMentions finds quoted statements of six words or more.
func quoteMentions(text string) []Mention {
	var out []Mention
	for _, m := range quoteRe.FindAllStringSubmatchIndex(text, -1) {
		q := strings.TrimSpace(text[m[2]:m[3]])
		if len(textutil.Words(q)) < 6 {
			continue
		}
		toks := map[string]bool{}
		for _, w := range textutil.Words(q) {
			lw := textutil.Fold(w)
			if !textutil.Stopwords[lw] && len(lw) > 2 {
				toks[textutil.Stem(lw)] = true
			}
		}
		out = append(out, Mention{Kind: KindQuote, Key: "quote", Label: speakerNear(text, m[0], m[1]), Wording: q, Quote: toks})
	}
	return out
}

// speakerNear is the person named nearest after (or else before) a quote.
func speakerNear(text string, start, end int) string {
	after := peopleMentions(text[end:min(len(text), end+120)])
	for _, m := range after {
		if m.Kind == KindPerson {
			return m.Label
		}
	}
	before := peopleMentions(text[max(0, start-160):start])
	for i := len(before) - 1; i >= 0; i-- {
		if before[i].Kind == KindPerson {
			return before[i].Label
		}
	}
	return ""
}

func sortStrings(s []string) { sort.Strings(s) }
