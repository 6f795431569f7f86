package clean

import (
	"slices"
	"unicode/utf8"
)

// runeSet is a few runes to look for in lines: in answers as
// strings.ContainsAny does, but faster on lines of mostly ASCII, whose
// runes ContainsAny looks up one by one when the set is not all ASCII.
type runeSet struct {
	ascii  [utf8.RuneSelf]bool
	others []rune
}

func newRuneSet(chars string) *runeSet {
	rs := &runeSet{}
	for _, r := range chars {
		if r < utf8.RuneSelf {
			rs.ascii[r] = true
		} else {
			rs.others = append(rs.others, r)
		}
	}
	return rs
}

// in reports whether s holds one of the runes.
func (rs *runeSet) in(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if rs.ascii[c] {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if slices.Contains(rs.others, r) {
			return true
		}
		i += size
	}
	return false
}

// The sets the cleaner looks for.
var (
	quoteMarks     = newRuneSet("\"“”«»„")
	gluedSeps      = newRuneSet("|•·●")
	lineSeparators = newRuneSet("|•·")
)
