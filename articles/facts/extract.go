package facts

import (
	"reader/articles"
	"reader/articles/internal/textutil"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Extract finds the statements of one article, in the order it makes them.
// It reads each sentence once, word by word.
func Extract(a articles.Article) []Fact {
	x := newExtractor(a)
	var listed []string
	for bi, b := range a.Body {
		if b.Kind == articles.Heading {
			continue
		}
		x.block = bi
		x.blockPeople = x.blockPeople[:0]
		first := len(x.out)
		x.echoes = nil
		eachSentence(b.Text, func(start, end int) {
			x.sentence(b.Text, start, end)
		})
		for k := first; k < len(x.out); k++ {
			x.out[k].Echoes = x.echoes
		}
		if b.Kind == articles.Bullet || b.Kind == articles.Numbered {
			if c := x.leadingCountry(b.Text); c != "" {
				listed = append(listed, c)
			}
		}
		x.quotes(b.Text)
	}
	listed = append(listed, x.listed...)
	x.resolvePeople()
	for i := range x.out {
		x.out[i].Key = SubjectKey(x.out[i].Subject)
	}
	if set := uniqueSorted(listed); len(set) >= 2 {
		x.out = append(x.out, Fact{Kind: KindList, Subject: "countries", Attribute: "named together", Value: strings.Join(set, ", "),
			Norm: strings.Join(set, ", "), Wording: strings.Join(set, ", "), Block: -1, Lang: x.lang})
	}
	return x.out
}

// extractor holds what one article's sentences share.
type extractor struct {
	lang        string
	lower       map[string]bool // words the article writes in lower case
	out         []Fact
	toks        []token
	block       int
	listed      []string
	people      map[string]string // person names seen, folded, with their spelling
	blockPeople []personAt        // people named in the current block, by offset
	echoes      []float64         // the plain numbers of the current block
	lastSpeaker string            // the person last quoted or said to speak
	capCount    map[string]int    // how often each capitalised word stands in the article
	surnames    map[string]bool   // the folded last names of the people seen
	totals      []string          // the totals the current sentence's parts are of ("1,900 of the 5,200 staff")
	stems       []string          // the current sentence's content stems, gathered by contextOf
	months      []bool            // whether each token of the current sentence names a month, found by dates
}

type personAt struct {
	name       string
	start, end int // offsets in the block
	speaks     bool
}

func newExtractor(a articles.Article) *extractor {
	// The word maps are sized for the body at the outset, at about one
	// lower-case word in twelve bytes of text and one capitalised word
	// in sixty (as generated news has them): grown word by word, they
	// were copied over and over, about 6% of the extraction's time.
	size := 0
	for _, b := range a.Body {
		size += len(b.Text)
	}
	x := &extractor{lang: a.Lang, lower: make(map[string]bool, size/12), capCount: make(map[string]int, size/60), surnames: map[string]bool{}, people: map[string]string{}}
	for _, b := range a.Body {
		textutil.EachLetterRun(b.Text, func(start, end int) {
			w := b.Text[start:end]
			if !textutil.IsCapitalised(w) {
				x.lower[w] = true
			} else {
				x.capCount[w]++
			}
		})
	}
	return x
}

// sentence extracts the statements of text[start:end].
func (x *extractor) sentence(text string, start, end int) {
	s := text[start:end]
	x.toks = tokenize(s, x.toks)
	toks := x.toks
	x.echoes = appendNumbers(x.echoes, toks)
	if len(toks) == 0 {
		return
	}
	ents := x.entities(s, toks)
	var ctx map[string]bool
	ctx, x.stems = contextOf(toks, x.stems)
	var names []string
	for _, e := range ents {
		if e.kind != entOther {
			names = append(names, textutil.Fold(e.name))
		}
	}
	base := Fact{Block: x.block, Context: ctx, Names: names, Lang: x.lang}
	used := make([]bool, len(toks)) // tokens a date or figure has taken
	first := len(x.out)
	x.totals = x.totals[:0]
	x.dates(s, toks, used, base)
	x.figures(s, toks, used, base)
	if len(toks) > 2 && (toks[0].kind == tNum || toks[0].is("the", "der", "die", "de", "het", "le", "la", "el", "il", "o", "a") && toks[1].kind == tNum) && x.lastSpeaker != "" {
		// "The 59-year-old was also fined", "Der 59-Jährige muss zahlen",
		// "63-letni Czech nie przyznał się": the age of the person the
		// story last named
		for k := first; k < len(x.out); k++ {
			if f := &x.out[k]; f.Attribute == "age" && (f.Subject == "" || demonyms()[upperFirst(f.Subject)]) {
				f.Subject = x.lastSpeaker
			}
		}
	}
	// Each figure and date is anchored by the others of its sentence,
	// and by the totals its parts are of: what ties a statement to its
	// translation.
	if n := len(x.out) - first + len(x.totals); n > 1 {
		norms := make([]string, 0, n)
		for _, f := range x.out[first:] {
			norms = append(norms, f.Norm)
		}
		norms = append(norms, x.totals...)
		for k := first; k < len(x.out); k++ {
			x.out[k].Anchors = norms
		}
	}
	x.roles(s, toks, ents, base)
	x.places(s, toks, ents, base)
	x.lists(toks, ents)
	for _, e := range ents {
		if e.kind == entPerson {
			x.lastSpeaker = e.name
			x.blockPeople = append(x.blockPeople, personAt{name: e.name, start: start + toks[e.from].start, end: start + toks[e.to-1].end, speaks: e.speaks})
		}
	}
}

// upperFirst is w with its first letter upper-cased ("czech" -> "Czech").
func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// contextOf is the set of stems of a sentence's content words. The stems
// are gathered in stems (returned for reuse) first, so that the set is
// made at its size: sized by the sentence's tokens, most sets took a
// table several times too large.
func contextOf(toks []token, stems []string) (map[string]bool, []string) {
	stems = stems[:0]
	for _, t := range toks {
		if t.kind != tWord || len(t.lower) < 4 || textutil.Stopwords()[t.lower] {
			continue
		}
		stems = append(stems, textutil.Stem(textutil.FoldLower(t.lower)))
	}
	ctx := make(map[string]bool, len(stems))
	for _, st := range stems {
		ctx[st] = true
	}
	return ctx, stems
}

// snippet is the source's own words around toks[from:to], about eight
// words either side, within the sentence.
func snippet(s string, toks []token, from, to int) string {
	const span = 8
	a, b := max(0, from-span), min(len(toks), to+span)
	out := strings.TrimSpace(s[toks[a].start:toks[b-1].end])
	if a > 0 {
		out = "… " + out
	}
	if b < len(toks) {
		out += " …"
	}
	return out
}

// words is the source's text of toks[from:to].
func words(s string, toks []token, from, to int) string {
	if from >= to {
		return ""
	}
	return s[toks[from].start:toks[to-1].end]
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

func uniqueSorted(list []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// appendNumbers adds the values of the numbers of a sentence, in digits or
// in words, to nums: what a paragraph says in figures, whatever they count.
func appendNumbers(nums []float64, toks []token) []float64 {
	words := textutil.NumberWords()
	for i, t := range toks {
		switch t.kind {
		case tNum:
			if v, _, ok := parseNumber(t.s); ok {
				if i+1 < len(toks) && textutil.Magnitudes()[toks[i+1].lower] != 0 {
					v *= textutil.Magnitudes()[toks[i+1].lower] // "11 Millionen davon", "2,4 milhões": the amount, not 2.4%
				}
				nums = append(nums, v)
			}
		case tWord:
			if v, ok := words[t.lower]; ok {
				nums = append(nums, float64(v))
			}
		}
	}
	return nums
}
