package clean

import (
	"slices"
	"strings"

	"reader/articles/internal/textutil"
)

// wordSet is a line's folded content words, sorted and without repeats: a
// set the line model builds for every line of every page, so it is a slice
// (one allocation) rather than a map.
type wordSet []string

// ownWords are the folded non-stop-words of one line.
func ownWords(t string) wordSet {
	ws := textutil.Words(t)
	for i, w := range ws {
		ws[i] = strings.ToLower(w)
	}
	return contentOf(ws)
}

// contentOf is ownWords of words already lower-cased.
func contentOf(lower []string) wordSet {
	out := make(wordSet, 0, len(lower))
	for _, lw := range lower {
		if !textutil.Stopwords()[lw] {
			out = append(out, textutil.FoldLower(lw))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// contentOfBits is contentOf given the words' textutil.WordBits, which
// tell the stop-words without looking each word up again.
func contentOfBits(lower []string, bits []uint64) wordSet {
	out := make(wordSet, 0, len(lower))
	for i, lw := range lower {
		if bits[i]&textutil.StopwordBit == 0 {
			out = append(out, textutil.FoldLower(lw))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// overlap is the share of a's words that b has too.
func overlap(a, b wordSet) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	if len(b) > 8*len(a) {
		for _, w := range a {
			if _, ok := slices.BinarySearch(b, w); ok {
				n++
			}
		}
	} else {
		for i, j := 0, 0; i < len(a) && j < len(b); {
			switch c := strings.Compare(a[i], b[j]); {
			case c == 0:
				n++
				i++
				j++
			case c < 0:
				i++
			default:
				j++
			}
		}
	}
	return float64(n) / float64(len(a))
}
