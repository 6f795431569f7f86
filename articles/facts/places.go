package facts

import (
	"reader/articles/internal/textutil"
	"strings"
	"sync"
)

// Places of actions, and lists of names a source gives as one statement.

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
hombre mujer niño niña paciente vecino vecina vecinos morador moradora mulher homem menino menina estafeta repartidor
uomo donna ragazzo ragazza bambino bambina fattorino cittadino cittadina vrouw jongen meisje agriculteur agricultrice infirmière infirmier enfermera enfermero
mineur minero mineiro minatore mijnwerker moglie marito esposa esposo épouse époux viticoltore agricoltore pescatore viticulteur pêcheur
infermiera infermiere enfermeira enfermeiro verpleegster verpleegkundige medico medica médico médica studente studentessa estudante estudiante
pensionato pensionata reformado reformada jubilado jubilada operaio operaia insegnante professoressa professora leraar lerares
chauffeur chauffeuse camionneur camionneuse routier employé employée salarié salariée ouvrier ouvrière travailleur travailleuse`)

// places finds places of actions: "a press conference in X" -> press
// conference · place · X; "a patient from X" -> patient · home town · X.
func (x *extractor) places(s string, toks []token, ents []entity, base Fact) {
	for _, e := range ents {
		if e.from == 0 || e.kind == entPerson || e.kind == entOrg || e.kind == entRole {
			continue
		}
		p := e.from - 1
		attr := placePrepositions()[toks[p].lower]
		if toks[p].is("a", "ad") && x.lang == "it" {
			attr = "place" // "a Sarvignano": Italian names a town with "a"
		}
		if toks[p].is("en") && x.lang == "nl" {
			continue // Dutch "en" is "and": "tussen Oldeveen en Hemmelsburen"
		}
		if attr == "" || p > 0 && toks[p-1].is("face", "contro", "contre", "against", "gegen", "frente") {
			continue // "face à Léa Marchetti": whom one faced, not where
		}
		known := e.kind == entPlace
		if !known {
			last := toks[e.to-1]
			_, poss := possessive(last.s)
			cue := toks[p].is("in", "near", "outside", "à", "en", "nella", "nel", "em") && x.lang != "de" || toks[p].is("a", "ad") && x.lang == "it" || attr == "home town" && personNouns()[subjectBefore(toks, p)]
			if !cue || poss || x.capCount[toks[e.from].s] > 2 || isAcronymToken(toks[e.from]) || isMonth(toks[e.from].lower) || weekdays()[toks[e.from].lower] != "" || demonyms()[e.name] ||
				e.to-e.from > 3 || x.people[textutil.Fold(e.name)] != "" || e.to < len(toks) && toks[e.to].capitalised() {
				continue
			}
		}
		if opensList(toks, e.to) {
			continue // "1.030 farmácias em Portugal, França e Bélgica": the place is all three, not the first
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

// opensList: the name ending at toks[to] is the first of several joined
// by "and" in the reader's languages, after commas or not ("Portugal,
// França e Bélgica", "França e na Bélgica"); a comma alone makes no list
// ("Lyon, França": a city and its country).
func opensList(toks []token, to int) bool {
	for k := to; k+1 < len(toks) && k < to+6; k++ {
		switch {
		case listAnds()[toks[k].lower]:
			j := k + 1
			if j+1 < len(toks) && toks[j].is("na", "no", "la", "le", "el", "the", "die", "der", "den", "de", "il", "lo", "os", "as", "les") {
				j++ // "e na Bélgica"
			}
			return toks[j].capitalised()
		case toks[k].is(",") || k > to && toks[k].capitalised():
			continue // ", França", "Nova Zelândia"
		default:
			return false
		}
	}
	return false
}

// listAnds join the last name of a list to the others.
var listAnds = lazyWordSet("and et und y e en i og och si și oraz a és ve")

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
