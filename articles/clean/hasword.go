package clean

import (
	"unicode/utf8"

	"reader/articles/internal/textutil"
)

// hasAnyWord reports whether the lower-cased line holds one of the words,
// a word being a run of letters, digits, hyphens and apostrophes; it
// reads the line in place, without splitting it.
func hasAnyWord(lower string, set map[string]bool) bool {
	start := -1
	for i := 0; i <= len(lower); {
		r, size := rune(0), 1
		if i < len(lower) {
			r, size = utf8.DecodeRuneInString(lower[i:])
		}
		inWord := i < len(lower) && (r == '-' || r == '\'' || r == '’' || textutil.IsWordRune(r))
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			if set[lower[start:i]] {
				return true
			}
			start = -1
		}
		i += size
	}
	return false
}
