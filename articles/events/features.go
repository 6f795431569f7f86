package events

import (
	"reader/articles/internal/textutil"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// featureScanner counts the names and content words of texts, reusing its
// buffers from one sentence and one article to the next.
type featureScanner struct {
	toks, lowers, run []string
	stem              stemmer
	// nounCaps is set for a language that capitalises every noun, where a
	// lone capitalised word is a name only after a preposition.
	nounCaps bool
	// nameCases is set for a language that declines names ("Dvořáka",
	// "Kowalskiego"): a name word also counts in its nominative's likely
	// form, so it meets the name as other languages write it.
	nameCases bool
	lang      string
}

var scannerPool = sync.Pool{New: func() any { return new(featureScanner) }}

// scan counts a text's names (single capitalised words and runs of them)
// into names, and its stemmed content words into terms (when not nil).
// The names of the sentences before leadEnd also go into leadNames (when
// not nil); scan reports whether a sentence starts exactly at leadEnd, that
// is whether those sentences are the ones text[:leadEnd] alone splits into.
func (sc *featureScanner) scan(text string, leadEnd int, names, terms, leadNames map[string]int) (aligned bool) {
	textutil.EachSentence(text, func(start, end int) {
		if start == leadEnd {
			aligned = true
		}
		var lead map[string]int
		if start < leadEnd {
			lead = leadNames
		}
		sc.sentence(text[start:end], names, terms, lead)
	})
	return aligned
}

// sentence counts one sentence's names and content textutil.Words.
func (sc *featureScanner) sentence(s string, names, terms, lead map[string]int) {
	toks := textutil.AppendWords(sc.toks[:0], s)
	lowers := sc.lowers[:0]
	for _, w := range toks {
		lowers = append(lowers, strings.ToLower(w))
	}
	sc.toks, sc.lowers = toks, lowers
	// A headline in title case names nothing by its capitals; in German
	// every noun is capitalised, so a plain sentence looks like one.
	titleCase := !sc.nounCaps && isTitleCaseLower(toks, lowers)
	run := sc.run[:0]
	runAfter := ""      // the word before the run
	runAcronym := false // whether the run opens with an acronym
	count := func(k string) {
		names[k]++
		if lead != nil {
			lead[k]++
		}
	}
	flush := func() {
		if sc.nounCaps && len(run) == 1 {
			// A lone capitalised word is a name after a preposition or
			// as an acronym; else it is likely a noun.
			if namePrepositions()[runAfter] || runAcronym {
				count(run[0])
			} else if terms != nil {
				terms[sc.stem.Stem(run[0])]++
			}
		} else if sc.nounCaps {
			for _, w := range run {
				count(w)
			}
		}
		if len(run) >= 2 {
			count(strings.Join(run, " "))
		}
		if len(run) >= 3 { // a title or a place before a name: "Spokesman Jane Roe"
			count(strings.Join(run[1:], " "))
		}
		run = run[:0]
	}
	for i, w := range toks {
		if textutil.IsNumeric(w) {
			flush()
			if !sc.nounCaps || i > 0 {
				if name, head := namedModel(w); name != "" {
					count(name) // "Helios-3", "A320", "MH17": the name of one thing
					if head != "" {
						count(head)
					}
				}
			}
			continue
		}
		lw := textutil.FoldLower(lowers[i])
		if len(run) > 0 && nameParticles()[lw] && !(sc.nounCaps && lw == "da") && i+1 < len(toks) && textutil.IsCapitalised(toks[i+1]) {
			continue // "Aiguille de Trélaz", "Banco do Brasil": one name
		}
		if utf8.RuneCountInString(lw) < 2 || skipsWord(lw, lowers[i]) {
			flush()
			continue
		}
		// A capitalised possessive is a name even at the start of a
		// sentence, where a capital alone says nothing ("Solvra's chief
		// executive"); FoldLower has cut the 's.
		if !titleCase && textutil.IsCapitalised(w) && (i > 0 || len(toks) == 1 || !sc.nounCaps && isPossessive(lowers[i])) || textutil.IsAcronym(w) {
			if len(run) == 0 {
				runAfter, runAcronym = "", textutil.IsAcronym(w)
				if i > 0 {
					runAfter = lowers[i-1]
				}
			}
			if !sc.nounCaps {
				count(lw)
				if sc.nameCases {
					if base := nameBase(sc.lang, lw); base != lw {
						count(base)
					}
				}
			}
			run = append(run, lw)
			continue
		}
		flush()
		if terms != nil && utf8.RuneCountInString(lw) >= 4 {
			terms[sc.stem.Stem(lowers[i])]++
		}
	}
	flush()
	sc.run = run
}

// nameBase is a folded name word of a language that declines names
// without the ending of its case, where one can be told: "dvoraka",
// "dvorake" and "dvorakovi" are "dvorak", "kowalskiego"
// "kowalski", Finnish "valnesiin" and "valnesin" "valnes", Hungarian
// "valnesben" "valnes". Five letters stay at least; anything else is
// the word itself.
func nameBase(lang, w string) string {
	var ends []string
	switch lang {
	case "fi":
		ends = finnishNameEnds
	case "hu":
		ends = hungarianNameEnds
	default:
		for _, e := range [...]struct{ end, base string }{{"skiego", "ski"}, {"skiemu", "ski"}, {"skim", "ski"}, {"ckiego", "cki"}, {"ckiemu", "cki"}, {"ckim", "cki"}} {
			if strings.HasSuffix(w, e.end) && len(w)-len(e.end) >= 3 {
				return w[:len(w)-len(e.end)] + e.base
			}
		}
		ends = slavicNameEnds
	}
	for _, end := range ends {
		if strings.HasSuffix(w, end) && utf8.RuneCountInString(w)-utf8.RuneCountInString(end) >= 5 {
			return w[:len(w)-len(end)]
		}
	}
	return w
}

// The case endings nameBase takes off, longest first.
var (
	slavicNameEnds    = []string{"ovi", "owi", "em", "om", "ou", "a", "e", "u", "y"}
	finnishNameEnds   = []string{"issa", "issä", "ista", "istä", "ille", "illa", "illä", "ilta", "iltä", "iin", "ssa", "ssä", "sta", "stä", "lla", "llä", "lle", "lta", "ltä", "in", "ia", "n"}
	hungarianNameEnds = []string{"ban", "ben", "ból", "ből", "nak", "nek", "val", "vel", "ról", "ről", "hoz", "hez", "höz", "tól", "től", "nál", "nél", "ért", "ba", "be", "ra", "re", "on", "en", "ön", "ot", "et", "öt", "ig", "t", "n"}
)

// declinesNames: the language gives names the endings of their cases.
func declinesNames(lang string) bool {
	switch lang {
	case "pl", "cs", "sk", "sl", "hr", "sr", "bs", "fi", "hu":
		return true
	}
	return false
}

// namedModel reads a word that mixes a capital letter and digits as the
// name of a thing ("Helios-3", "A320", "MH17", "Helios-3-satelliitin"):
// the word folded, and its head before a hyphen when that is a word of
// four letters or more ("helios"); "" for a figure ("2,5", "10-12",
// "3km", "2030s").
func namedModel(w string) (name, head string) {
	r, _ := utf8.DecodeRuneInString(w)
	letters := 0
	for _, c := range w {
		if unicode.IsLetter(c) {
			letters++
		}
	}
	if !unicode.IsUpper(r) || letters == 0 {
		return "", ""
	}
	name = textutil.FoldLower(strings.ToLower(w))
	if h, _, ok := strings.Cut(name, "-"); ok && utf8.RuneCountInString(h) >= 4 && !textutil.IsNumeric(h) {
		head = h
	}
	return name, head
}

// nameParticles join the words of a name written in a Romance language
// ("Aiguille de Trélaz", "Banco do Brasil", "Cassa di Risparmio"),
// whatever the language of the text around it.
var nameParticles = lazyWordSet("de di da del della du dos do")

// isPossessive reports whether a lower-cased word ends in an English
// possessive 's.
func isPossessive(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))
}

// weekdayNames are the days of the week in the languages the reader knows.
var weekdayNames = lazyWordSet("monday tuesday wednesday thursday friday saturday sunday " +
	"lundi mardi mercredi jeudi vendredi samedi dimanche " +
	"montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend " +
	"lunes martes miércoles jueves viernes sábado domingo " +
	"lunedì martedì mercoledì giovedì venerdì sabato domenica " +
	"segunda-feira terça-feira quarta-feira quinta-feira sexta-feira " +
	"maandag dinsdag woensdag donderdag vrijdag zaterdag zondag")

// figureWords are the words of figures: magnitudes, currencies and units
// ("4 Millionen Euro", "15 Kilometer"). Capitalised, they are still part
// of a figure, which the numbers already hold, and not a name.
var figureWords = sync.OnceValue(func() map[string]bool {
	m := wordSet("euro euros dollar dollars dólares dollari pound pounds sterling yen yuan franc francs " +
		"prozent percent pourcent por ciento")
	for w := range magnitudes() {
		m[w] = true
	}
	for w := range textutil.Units() {
		m[w] = true
	}
	return m
})

// namePrepositions are the German prepositions after which a lone
// capitalised word is likely a place or another name ("in Leipzig", "aus
// Rostock").
var namePrepositions = lazyWordSet("in aus nach bei von vor für gegen über zwischen um ab an auf durch mit gegenüber nahe")

// isTitleCaseLower is isTitleCase given the tokens lower-cased too.
func isTitleCaseLower(toks, lowers []string) bool {
	caps, n := 0, 0
	for i, w := range toks {
		if textutil.Stopwords()[lowers[i]] || textutil.IsNumeric(w) {
			continue
		}
		n++
		if textutil.IsCapitalised(w) {
			caps++
		}
	}
	return n >= 4 && caps*10 >= n*8
}
