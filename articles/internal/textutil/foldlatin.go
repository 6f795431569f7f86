package textutil

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// latinEnd bounds the runes foldLatin knows: Latin-1 Supplement and Latin
// Extended-A and B, where the accented letters of the languages the
// reader meets most are.
const latinEnd = 0x250

// latinFolds maps each rune below latinEnd to what the accent folder
// makes of it alone, or to 0 when that is not one rune below latinEnd.
// None of those runes is a combining mark, nor combines with a neighbour,
// so the folder makes of a word of them what it makes of each rune.
var latinFolds = sync.OnceValue(func() *[latinEnd]rune {
	var out [latinEnd]rune
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	for r := rune(1); r < latinEnd; r++ {
		s, _, err := transform.String(t, string(r))
		f, size := utf8.DecodeRuneInString(s)
		if err == nil && size == len(s) && f != utf8.RuneError && f < latinEnd && !unicode.Is(unicode.Mn, f) {
			out[r] = f
		}
	}
	return &out
})

// foldLatin strips the accents of s as the accent folder does, by table,
// when s is made of runes below latinEnd; ok is false otherwise.
func foldLatin(s string) (folded string, ok bool) {
	table := latinFolds()
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r >= latinEnd || table[r] == 0 {
			return "", false // also utf8.RuneError, for a byte that is not UTF-8
		}
		b = utf8.AppendRune(b, table[r])
	}
	return string(b), true
}
