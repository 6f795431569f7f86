package clean

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"reader/articles/internal/textutil"
)

// The headline is chosen by a ranker over the lines near the top of the
// story: each candidate is scored on its shape, where it stands relative to
// the first line of the story, how much of its vocabulary the lead repeats,
// and what stands around it (a kicker above, a byline below).
var titleFeatureNames = []string{"words", "chars", "sentence", "question", "colon", "caps", "stop",
	"before story", "candidates between", "right before story", "body prob", "lead overlap", "body overlap",
	"repeats", "next byline or date", "prev label", "position", "label", "headline shape",
	"longest candidate", "separators", "inside other lines", "holds another candidate", "lead overlap of best",
	"first strong overlap", "title case"}

// maxTitleLead is how many lines above the story's first line a headline may
// stand (menus and kickers come between).
const maxTitleLead = 80

// titleCandidates returns the indexes of lines that may be the headline and
// their features. prob is the line model's verdict on each line.
// own holds each line's content words and vocab the furniture vocabulary
// it matches, as the line model computed them.
func titleCandidates(texts, folded []string, prob []float64, own []wordSet, vocab []string) ([]int, [][]float32) {
	n := len(texts)
	first := -1
	for i := range texts {
		if prob[i] >= Threshold && textutil.WordsOver(texts[i], 7) {
			first = i
			break
		}
	}
	if first < 0 {
		first = n
	}
	keys := map[string]int{}
	for _, f := range folded {
		keys[f]++
	}
	var cands []int
	longest := 0
	for i := max(0, first-maxTitleLead); i < min(n, first+3); i++ {
		w := textutil.CountWordsUpTo(texts[i], 40)
		if w < 2 || w > 40 || utf8.RuneCountInString(texts[i]) > 300 || notHeadline(texts, vocab, i) {
			continue
		}
		cands = append(cands, i)
		longest = max(longest, w)
	}
	// How each candidate's vocabulary meets the lead (the first three
	// story lines), against the best.
	inLead := storyHolds(cands, own, prob, first, 3)
	leadOverlap := make([]float64, len(cands))
	bestOverlap := 0.0
	firstStrong := -1
	for k, i := range cands {
		leadOverlap[k] = shareIn(own[i], inLead)
		bestOverlap = max(bestOverlap, leadOverlap[k])
		if firstStrong < 0 && leadOverlap[k] >= 0.5 {
			firstStrong = k
		}
	}
	inBody := storyHolds(cands, own, prob, first, len(own))
	padded := make([]string, len(cands))
	for k, i := range cands {
		padded[k] = " " + folded[i] + " "
	}
	vecs := make([][]float32, len(cands))
	for k, i := range cands {
		t := texts[i]
		ws := textutil.Words(t)
		var caps, stops int
		for _, w := range ws {
			if textutil.IsCapitalised(w) {
				caps++
			}
			if textutil.Stopwords()[strings.ToLower(w)] {
				stops++
			}
		}
		nw := float64(len(ws))
		last, _ := utf8.DecodeLastRuneInString(t)
		next, prev := "", ""
		if i+1 < n {
			next = texts[i+1]
		}
		if i > 0 {
			prev = texts[i-1]
		}
		_, nextDate := dateLine(next)
		seps := strings.Count(t, "|") + strings.Count(t, " - ") + strings.Count(t, " – ") + strings.Count(t, " > ") +
			strings.Count(t, "›") + strings.Count(t, "»") + strings.Count(t, " / ")
		inside, holds := 0, 0
		for q, other := range padded {
			if q == k || len(padded[k]) <= 3 || len(other) <= 3 {
				continue
			}
			if strings.Contains(other, padded[k]) {
				inside++
			} else if strings.Contains(padded[k], other) {
				holds++
			}
		}
		vecs[k] = []float32{f32(logp(nw)), f32(logp(float64(utf8.RuneCountInString(t)))), f32(b2f(textutil.EndsSentence(t))),
			f32(b2f(last == '?')), f32(b2f(last == ':')), f32(float64(caps) / nw), f32(float64(stops) / nw),
			f32(float64(first - i)), f32(float64(len(cands) - k - 1)), f32(b2f(i < first && laterCandidates(cands, k, first) == 0)),
			f32(prob[i]), f32(leadOverlap[k]), f32(shareIn(own[i], inBody)),
			f32(float64(keys[folded[i]] - 1)),
			f32(b2f(bylineAuthor(next) != "" || nextDate)), f32(b2f(isLabel(prev))), f32(float64(i) / float64(max(n, 1))),
			f32(b2f(isLabel(t))), f32(b2f(headlineLike(t))), f32(nw / float64(max(longest, 1))), f32(float64(seps)),
			f32(float64(inside)), f32(float64(holds)), f32(leadOverlap[k] / max(bestOverlap, 1e-9)), f32(b2f(k == firstStrong)),
			f32(b2f(textutil.IsTitleCase(ws)))}
	}
	return cands, vecs
}

// storyHolds tells, of each content word of the candidate lines, whether
// one of the first limit story lines from first on (by prob) has it:
// what a candidate's overlap with those lines' vocabulary needs, without
// gathering and sorting every word of those lines for the candidates'
// few.
func storyHolds(cands []int, own []wordSet, prob []float64, first, limit int) map[string]bool {
	in := map[string]bool{}
	for _, i := range cands {
		for _, w := range own[i] {
			in[w] = false
		}
	}
	if len(in) == 0 {
		return in
	}
	for j := first; j < len(own) && limit > 0; j++ {
		if prob[j] < Threshold {
			continue
		}
		limit--
		for _, w := range own[j] {
			if _, ok := in[w]; ok {
				in[w] = true
			}
		}
	}
	return in
}

// shareIn is overlap(a, b) given, for each word of a, whether b has it.
func shareIn(a wordSet, in map[string]bool) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	for _, w := range a {
		if in[w] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// notHeadline rules out lines that furniture vocabulary, a byline or date
// shape, or a breadcrumb's place above a headline-shaped line mark.
func notHeadline(texts, vocab []string, i int) bool {
	t := texts[i]
	if vocab[i] != "" || bylineAuthor(t) != "" {
		return true
	}
	if _, ok := dateLine(t); ok {
		return true
	}
	if menuOrCredit(t) || strings.Contains(t, "http://") || strings.Contains(t, "https://") || strings.Contains(t, "www.") {
		return true
	}
	if last, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(">›»→", last) {
		return true // a menu entry or breadcrumb pointing on
	}
	if last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, " \"'”’»")); last == '.' && textutil.WordsOver(t, 7) {
		return true // a sentence, the lead's, not a headline
	}
	return isLabel(t) && i+1 < len(texts) && headlineLike(texts[i+1])
}

// skipLinks open the links a page offers past its menus.
var skipLinks = []string{"skip to", "jump to", "aller au contenu", "passer au contenu", "zum inhalt", "direkt zum",
	"saltar al contenido", "ir al contenido", "vai al contenuto", "salta al contenuto", "ir para o conteúdo", "naar inhoud", "naar de inhoud"}

// creditMarks are the words an image credit names its kind by.
var creditMarks = sync.OnceValue(func() *phraseSet {
	return newPhraseSet([]string{"image", "photo", "picture", "illustration", "foto", "bild"})
})

var imageCreditRe = lazyRE(`(?i)\b(?:image|photo|picture|illustration|foto|bild)s?\s*(?:by|:|credit)`)

// menuOrCredit reports lines no headline is: a skip link, a "By Name"
// credit line, an image's credit.
func menuOrCredit(t string) bool {
	lower := strings.ToLower(t)
	for _, p := range skipLinks {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	if first, rest, ok := strings.Cut(t, " "); ok {
		switch strings.ToLower(first) {
		case "by", "par", "von", "por", "door":
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
				return true
			}
		}
	}
	return creditMarks().in(lower) && imageCreditRe.MatchString(t)
}

// laterCandidates counts the candidates after the k-th that still stand
// above the story.
func laterCandidates(cands []int, k, first int) int {
	n := 0
	for _, i := range cands[k+1:] {
		if i < first {
			n++
		}
	}
	return n
}

// TitleThreshold is the ranker's probability below which no line is taken
// for the headline and one is derived from the lead instead.
const TitleThreshold = 0.01

// findTitle picks the headline with the ranker.
func (c *cleaning) findTitle() {
	m, err := loadModels()
	if err != nil {
		panic(err)
	}
	texts := make([]string, len(c.units))
	for i, u := range c.units {
		texts[i] = u.text
	}
	cands, vecs := titleCandidates(texts, c.folded, c.prob, c.own, c.vocab)
	best, bestP := -1, TitleThreshold
	for k, v := range vecs {
		if p := m.title.Prob(v); p > bestP {
			best, bestP = cands[k], p
		}
	}
	c.title = best
}

// TitleVectors gives the headline ranker's candidates and their features,
// for training.
func TitleVectors(lines []string, prob []float64) ([]int, [][]float32) {
	own, vocab, folded := make([]wordSet, len(lines)), make([]string, len(lines)), make([]string, len(lines))
	for i, l := range lines {
		own[i], vocab[i], folded[i] = ownWords(l), boilerplateReason(l), textutil.FoldKey(l)
	}
	return titleCandidates(lines, folded, prob, own, vocab)
}

// TitleFeatureNames names the headline ranker's inputs.
func TitleFeatureNames() []string { return append([]string(nil), titleFeatureNames...) }
