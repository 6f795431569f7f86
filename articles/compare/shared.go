package compare

import (
	"reader/articles/internal/textutil"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sharedRun is how many consecutive words two texts must share for the
// wording to count as shared.
const sharedRun = 3

type wordSpan struct {
	key        string
	start, end int
}

func wordSpans(s string) []wordSpan {
	var out []wordSpan
	start := -1
	for i, r := range s {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-'
		if inWord && start < 0 {
			start = i
		}
		if !inWord && start >= 0 {
			out = append(out, wordSpan{textutil.Fold(s[start:i]), start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, wordSpan{textutil.Fold(s[start:]), start, len(s)})
	}
	return out
}

// MarkShared returns, for each text, the byte ranges of its wording that
// another of the texts shares: runs of at least three words in a row, case
// and accents aside, and figures. The UI marks them in the side-by-side view.
func MarkShared(texts []string) [][][2]int {
	withText := 0
	for _, t := range texts {
		if t != "" {
			withText++
		}
	}
	if withText < 2 {
		return make([][][2]int, len(texts)) // no other text to share a word with
	}
	spans := make([][]wordSpan, len(texts))
	grams := make([][]string, len(texts)) // the key of each run of sharedRun words
	// The one text a run or a figure is in, or -1 when several have it.
	gramOwner, figureOwner := map[string]int{}, map[string]int{}
	note := func(owner map[string]int, key string, i int) {
		if o, ok := owner[key]; !ok {
			owner[key] = i
		} else if o != i {
			owner[key] = -1
		}
	}
	for i, t := range texts {
		spans[i] = wordSpans(t)
		for j := 0; j+sharedRun <= len(spans[i]); j++ {
			k := gramKey(spans[i][j : j+sharedRun])
			grams[i] = append(grams[i], k)
			note(gramOwner, k, i)
		}
		for _, w := range spans[i] {
			if textutil.IsNumeric(w.key) {
				note(figureOwner, w.key, i)
			}
		}
	}
	inOther := func(owner map[string]int, key string, self int) bool {
		o, ok := owner[key]
		return ok && o != self
	}
	out := make([][][2]int, len(texts))
	for i := range texts {
		marked := make([]bool, len(spans[i]))
		for j, key := range grams[i] {
			if inOther(gramOwner, key, i) {
				for k := j; k < j+sharedRun; k++ {
					marked[k] = true
				}
			}
		}
		for j, w := range spans[i] {
			if textutil.IsNumeric(w.key) && inOther(figureOwner, w.key, i) {
				marked[j] = true
			}
		}
		out[i] = mergeSpans(texts[i], spans[i], marked)
	}
	return out
}

// gramKey is the words' keys joined by spaces.
func gramKey(ws []wordSpan) string {
	n := len(ws) - 1
	for _, w := range ws {
		n += len(w.key)
	}
	var b strings.Builder
	b.Grow(n)
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.key)
	}
	return b.String()
}

// mergeSpans joins marked neighbouring textutil.Words (and the space between them).
func mergeSpans(text string, ws []wordSpan, marked []bool) [][2]int {
	var out [][2]int
	for j := 0; j < len(ws); j++ {
		if !marked[j] {
			continue
		}
		start, end := ws[j].start, ws[j].end
		for j+1 < len(ws) && marked[j+1] && onlySpace(text[end:ws[j+1].start]) {
			j++
			end = ws[j].end
		}
		out = append(out, [2]int{start, end})
	}
	return out
}

func onlySpace(s string) bool {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if !unicode.IsSpace(r) && !strings.ContainsRune(",;:\"“”'", r) {
			return false
		}
		s = s[size:]
	}
	return true
}
