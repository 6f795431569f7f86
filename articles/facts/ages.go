package facts

import "reader/articles/internal/textutil"

// ageAfterName reads the figure v at toks[i] (ending at to) as the age of
// the person named or the noun just before it, as news gives one in
// apposition: "Jane Roe, 58,", "Jane Roe, 58 ans,", "Daan Verhoef, aged
// 21,", "Jane Roe, de 58 años", "sua moglie, di 60 anni", "Ingrid Solheim
// (54)". It returns whose age it is and the span the age takes.
func (x *extractor) ageAfterName(s string, toks []token, i, to int, v float64) (name string, from, end int, ok bool) {
	if to == i+1 && i >= 3 && toks[i-1].is("aged") && toks[i-2].is(",") && toks[i-3].capitalised() && v >= 1 && v <= 120 {
		// "Daan Verhoef, aged 21, won"
		j := i - 3
		for j > 0 && toks[j-1].capitalised() && i-3-j < 2 {
			j--
		}
		return s[toks[j].start:toks[i-3].end], i - 1, to, true
	}
	comma := i - 1 // "Jane Roe, 58", and "Jane Roe, de 58 años", "sua moglie, di 60 anni"
	if comma >= 2 && (toks[comma].is("de") && (x.lang == "es" || x.lang == "pt" || x.lang == "fr") || toks[comma].is("di") && x.lang == "it") {
		comma--
	}
	if to == i+1 && comma >= 1 && toks[comma].is(",") && toks[comma-1].kind == tWord && !toks[comma-1].capitalised() &&
		len(toks[comma-1].lower) > 3 && !textutil.Stopwords()[toks[comma-1].lower] &&
		to < len(toks) && textutil.DurationUnits()[toks[to].lower] == "y" && to+1 < len(toks) && toks[to+1].is(",", ".", ";") {
		// "el centrocampista, de 22 años,", "Il centrocampista, 25 anni,"
		return toks[comma-1].lower, i, to + 1, true
	}
	if to == i+1 && i >= 2 && toks[i-1].is("(") && to+1 < len(toks) && textutil.DurationUnits()[toks[to].lower] == "y" && toks[to+1].is(")") && toks[i-2].capitalised() &&
		v >= 1 && v <= 120 && v == float64(int(v)) {
		to++ // "Lucía Berrocal (19 años)"
	}
	if to <= i+2 && i >= 2 && toks[i-1].is("(") && to < len(toks) && toks[to].is(")") && toks[i-2].capitalised() &&
		v >= 1 && v <= 120 && v == float64(int(v)) {
		// "Ingrid Solheim (54)", as Dutch and German papers give an age;
		// in German the noun before the name is no part of it
		j := i - 2
		for j > 0 && i-2-j < 2 && toks[j-1].capitalised() && !textutil.Stopwords()[toks[j-1].lower] && !(x.lang == "de" && i-2-j == 1) {
			j--
		}
		return s[toks[j].start:toks[i-2].end], i, to, true
	}
	if to == i+1 && v >= 1 && v <= 120 && v == float64(int(v)) && i >= 2 && to < len(toks) && determinedNoun(toks, i-2) &&
		(toks[i-1].is(",") && toks[to].is(",", ".", ";") || toks[i-1].is("(") && toks[to].is(")")) {
		// "The lorry driver, 61, escaped", "De chauffeur (67) raakte licht
		// gewond": the age of the noun before it
		return toks[i-2].lower, i, to, true
	}
	if to == i+1 && comma >= 1 && toks[comma].is(",") && toks[comma-1].capitalised() && v >= 1 && v <= 120 && v == float64(int(v)) {
		k := to
		if k < len(toks) && textutil.DurationUnits()[toks[k].lower] == "y" {
			k++
		}
		if k == len(toks) || toks[k].is(",", ")", ";", ".") || k > to && toks[k].is("y", "e", "et", "and", "und", "en") {
			// "Strand, de 27 años y cabeza de serie"
			j := comma - 1
			for j > 0 && toks[j-1].capitalised() {
				j--
			}
			return s[toks[j].start:toks[comma-1].end], i, k, true
		}
	}
	return "", 0, 0, false
}

// determinedNoun: toks[k] is a lower-case noun after a determiner, one or
// two words back ("the lorry driver", "de chauffeur", "la conductora").
// possessives are the possessive determiners of the reader's languages,
// which name a person's relative as an article does.
var possessives = lazyWordSet("his her their its my our sein seine seinen seiner ihr ihre ihren ihrer son sa ses leur leurs su sus suo sua suoi sue seu sua seus suas zijn haar hun mijn")

func determinedNoun(toks []token, k int) bool {
	t := toks[k]
	if t.kind != tWord || t.capitalised() || len(t.lower) <= 3 || textutil.Stopwords()[t.lower] {
		return false
	}
	for j := k - 1; j >= max(0, k-2); j-- {
		if toks[j].is("the", "a", "an", "de", "het", "een", "der", "die", "das", "ein", "eine", "le", "la", "un", "une", "el", "il", "lo", "o", "um", "uma") ||
			possessives()[toks[j].lower] { // "haar zoontje (9)", "his son, 12,"
			return true
		}
		if toks[j].kind != tWord || toks[j].capitalised() {
			return false
		}
	}
	return false
}

// personBeforeComma is the person an apposition opening at toks[k]
// follows: the noun naming a person in the few words before its comma
// ("the injured port worker, a 41-year-old ...", "un employé du port,
// âgé de 47 ans"); "" when there is none.
func personBeforeComma(toks []token, k int) string {
	if k < 2 || !toks[k-1].is(",") {
		return ""
	}
	for j := k - 2; j >= 0 && j >= k-5; j-- {
		if toks[j].kind != tWord {
			return ""
		}
		if w := elided(toks[j].lower); personNouns()[w] || roleSuffix(w) {
			return w
		}
	}
	return ""
}

// nameBeforeVerb is the name before the verb just before toks[from],
// over a comma ("Sari is 9 jaar", "Sari, ha 7 anni", "Sari, is nine
// years old"): whose age it is; "" when no name stands there.
func nameBeforeVerb(toks []token, from int) string {
	j := from - 2
	if j >= 2 && relativeWho()[toks[j].lower] && toks[j-1].is(",") {
		// "Novotný, kterému je 27 let", "Föraren, som är 52 år": the
		// name or noun the clause is about, first in its sentence too
		if k := j - 2; toks[k].kind == tWord && toks[k].capitalised() {
			return toks[k].s
		}
		return ""
	}
	if j >= 1 && toks[j].is(",") {
		j--
	}
	if j < 1 || toks[j].kind != tWord || !toks[j].capitalised() || toks[j-1].is(".") || textutil.Stopwords()[toks[j].lower] {
		return ""
	}
	return toks[j].s
}

// nameBeforeDeath is the name of who died, before the word of death some
// words before the age at toks[from] that "at" opens ("Ana Moreira
// morreu hoje em Lisboa, aos 84 anos", "Jan Novak died on Sunday at
// 84"), or "".
func nameBeforeDeath(s string, toks []token, from int) string {
	if from < 3 || !toks[from-1].is("a", "à", "at", "aos", "mit", "los") {
		return ""
	}
	for k := from - 2; k >= 1 && k >= from-8; k-- {
		if !deathWords()[toks[k].lower] {
			continue
		}
		end, start := k-1, k-1
		for start >= 0 && start > end-3 && toks[start].kind == tWord && toks[start].capitalised() {
			start--
		}
		if start++; start > end || start == end && start == 0 {
			return "" // no name, or one capitalised word opening the sentence
		}
		return s[toks[start].start:toks[end].end]
	}
	return ""
}

// relativeWho are the relative pronouns that open a clause giving a
// person's age ("kterému je 27 let", "który ma 52 lata", "som är 52 år",
// "care are 52 de ani", "que té 52 anys", "who is 52").
var relativeWho = lazyWordSet("kterému které který která kterým jemuž której który która któremu som der care que who")

// sexNouns name a person by sex and age alone.
var sexNouns = lazyWordSet("man woman boy girl men women")
