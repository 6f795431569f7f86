package textutil

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hand-written scanners for the hot paths. Each does exactly what the
// regular expression or strings function named in its comment does, in one
// pass and without allocating per position.

// sentenceSepAt returns the end of a sentence end starting at i, or -1. It
// is the expression `([.!?…。])\s+|\n+` tried at i.
func sentenceSepAt(text string, i int) int {
	j := i + 1
	switch c := text[i]; {
	case c == '\n':
		for j < len(text) && text[j] == '\n' {
			j++
		}
		return j
	case c == '.' || c == '!' || c == '?':
	case c == 0xE2 && strings.HasPrefix(text[i:], "…"), c == 0xE3 && strings.HasPrefix(text[i:], "。"):
		j = i + 3
	default:
		return -1
	}
	k := j
	for k < len(text) && IsRegexSpace(text[k]) {
		k++
	}
	if k == j {
		return -1
	}
	return k
}

// EachSentence calls fn with the bounds of each piece of text between
// sentence ends, the pieces splitSentences returns.
func EachSentence(text string, fn func(start, end int)) {
	beg := 0
	for i := 0; i < len(text); {
		e := sentenceSepAt(text, i)
		if e < 0 {
			i++
			continue
		}
		fn(beg, i)
		beg, i = e, e
	}
	fn(beg, len(text))
}

// SplitSentences cuts text at sentence ends, roughly: enough to tell a
// sentence-initial capital from a name.
func SplitSentences(text string) []string {
	var out []string
	EachSentence(text, func(start, end int) { out = append(out, text[start:end]) })
	return out
}

// asciiWordChar marks the ASCII bytes words keeps: letters, digits, the
// apostrophe and the hyphen.
var asciiWordChar = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		r := rune(c)
		t[c] = unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-'
	}
	return t
}()

func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWordChar[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’'
}

// NextWord returns the bounds of the first word of s at or after i, or
// start == len(s) when there is none.
func NextWord(s string, i int) (start, end int) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiWordChar[c] {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if IsWordRune(r) && !(r == utf8.RuneError && size == 1) {
			break
		}
		i += size
	}
	start = i
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !asciiWordChar[c] {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !IsWordRune(r) || r == utf8.RuneError && size == 1 {
			break
		}
		i += size
	}
	return start, i
}

// AppendWords appends the words of s to dst: strings.FieldsFunc cutting at
// every rune but letters, digits, apostrophes and hyphens.
func AppendWords(dst []string, s string) []string {
	for i := 0; ; {
		start, end := NextWord(s, i)
		if start == len(s) {
			return dst
		}
		dst = append(dst, s[start:end])
		i = end
	}
}

// CountWords is len(Words(s)) without building the list: the runs of
// word runes, counted in one pass.
func CountWords(s string) int {
	return CountWordsUpTo(s, len(s)) // no text has more words than bytes
}

// CountWordsUpTo is CountWords(s) when that is at most limit, and limit+1
// otherwise: it stops at the word past the limit, so telling a long line
// from a short one costs no more than reading the short one.
func CountWordsUpTo(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		var word bool
		if c := s[i]; c < utf8.RuneSelf {
			word = asciiWordChar[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			word = IsWordRune(r) && !(r == utf8.RuneError && size == 1)
			i += size
		}
		if word && !in {
			if n++; n > limit {
				return n
			}
		}
		in = word
	}
	return n
}

// WordsOver reports whether s has more than n words (CountWords(s) > n),
// reading no further than the word that tells.
func WordsOver(s string, n int) bool { return CountWordsUpTo(s, n) > n }

// IsLetterOrDigit is the class [\p{L}\d] of regular expressions.
func IsLetterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// EachLetterRun calls fn with the bounds of each maximal run of letters and
// ASCII digits: the matches of `[\p{L}\d]+`.
func EachLetterRun(s string, fn func(start, end int)) {
	start := -1
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if IsLetterOrDigit(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			fn(start, i)
			start = -1
		}
		i += size
	}
	if start >= 0 {
		fn(start, len(s))
	}
}
