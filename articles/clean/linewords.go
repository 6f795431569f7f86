package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"reader/articles/internal/textutil"
)

// readLines splits every unit into its words and lower-cases it, once a
// page: the vocabulary rules, the line model's features and the passes
// after it ask the same lines for their words and their word counts again
// and again. Each unit's word count goes to unit.words; the page's words
// share one backing array, and so do their lower-cased forms.
func (c *cleaning) readLines() {
	n := len(c.units)
	c.lower = make([]string, n)
	c.words, c.lowerWords = make([][]string, n), make([][]string, n)
	// Counted first, the words fill arrays of their size: grown by
	// append, they took a fifth of the bytes the cleaner allocates.
	total := 0
	for i := range c.units {
		u := &c.units[i]
		u.words = textutil.CountWords(u.text)
		total += u.words
	}
	all, lowerAll := make([]string, 0, total), make([]string, 0, total)
	ends := make([]int, n)
	for i := range c.units {
		u := &c.units[i]
		c.lower[i] = strings.ToLower(u.text)
		all, lowerAll = appendWordsLower(all, lowerAll, u.text, c.lower[i])
		ends[i] = len(all)
	}
	c.phrases = make([]uint64, n)
	set := linePhrases()
	for i, l := range c.lower {
		c.phrases[i] = set.lists(l)
	}
	start := 0
	for i, end := range ends {
		c.words[i], c.lowerWords[i] = all[start:end:end], lowerAll[start:end:end]
		start = end
	}
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
