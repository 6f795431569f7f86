package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"reader/articles/internal/textutil"
)

// readLines lower-cases every unit, counts its words (unit.words) and
// finds the phrase lists it holds (c.phrases), once a page: the
// vocabulary rules, the line model's features and the passes after it
// ask the same lines for these again and again.
func (c *cleaning) readLines() {
	n := len(c.units)
	c.lower = make([]string, n)
	c.phrases = make([]uint64, n)
	set := linePhrases()
	for i := range c.units {
		u := &c.units[i]
		u.words = textutil.CountWords(u.text)
		c.lower[i] = strings.ToLower(u.text)
		c.phrases[i] = set.lists(c.lower[i])
	}
}

// splitWords splits every unit into its words and the same lower-cased,
// for the line model's features; total is how many words the page has.
// The page's words share one backing array, sized by the counts
// readLines made (grown by append, they took a fifth of the bytes the
// cleaner allocated), and so do their lower-cased forms. It runs with the
// line model, not with readLines: a batch's pages wait between the two,
// and their words would take memory the while.
func (c *cleaning) splitWords() (words, lower [][]string, total int) {
	n := len(c.units)
	for _, u := range c.units {
		total += u.words
	}
	words, lower = make([][]string, n), make([][]string, n)
	all, lowerAll := make([]string, 0, total), make([]string, 0, total)
	for i, u := range c.units {
		start := len(all)
		all, lowerAll = appendWordsLower(all, lowerAll, u.text, c.lower[i])
		words[i], lower[i] = all[start:len(all):len(all)], lowerAll[start:len(all):len(all)]
	}
	return words, lower, total
}

// appendWordsLower appends the words of text to words and the same words
// lower-cased to lower; lowText is strings.ToLower(text). Where lowering
// kept every character's width, a word's lower-cased form is the same
// bytes of lowText, which saves lowering each capitalised word again.
func appendWordsLower(words, lower []string, text, lowText string) ([]string, []string) {
	same := len(lowText) == len(text) && sameWidthLower(text)
	for i := 0; ; {
		start, end := textutil.NextWord(text, i)
		if start == len(text) {
			return words, lower
		}
		words = append(words, text[start:end])
		if same {
			lower = append(lower, lowText[start:end])
		} else {
			lower = append(lower, strings.ToLower(text[start:end]))
		}
		i = end
	}
}

// sameWidthLower reports whether strings.ToLower keeps the width in bytes
// of every character of s (always so for ASCII; not for a few letters
// such as the Kelvin sign, nor for invalid bytes, which become U+FFFD), so
// that the lowered string's bytes line up with the original's.
func sameWidthLower(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || utf8.RuneLen(unicode.ToLower(r)) != size {
			return false
		}
		i += size
	}
	return true
}
