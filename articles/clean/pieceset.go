package clean

import (
	"strings"
	"sync"
	"unicode/utf8"

	"reader/articles/internal/textutil"
)

// pieceSet finds whether a line holds any of a fixed list of lower-case
// pieces of text in one pass over it. A table of the pieces' first two
// bytes rules out nearly every position of the line; strings.Contains
// once a piece scanned the line a hundred times over (a tenth of the
// cleaning's time on an import).
type pieceSet struct {
	at    [1 << 16]uint8 // 1 + the index in lists of the pieces opening with a byte pair; 0 for none
	lists [][]string
	short []string // pieces of one byte, looked for whole
}

// lazyPieceSet builds the set of pieces once, on first use.
func lazyPieceSet(pieces []string) func() *pieceSet {
	return sync.OnceValue(func() *pieceSet { return newPieceSet(pieces) })
}

func newPieceSet(pieces []string) *pieceSet {
	p := &pieceSet{}
	for _, s := range pieces {
		if len(s) < 2 || len(p.lists) == 255 && p.at[pairAt(s, 0)] == 0 {
			p.short = append(p.short, s)
			continue
		}
		k := pairAt(s, 0)
		if p.at[k] == 0 {
			p.lists = append(p.lists, nil)
			p.at[k] = uint8(len(p.lists))
		}
		p.lists[p.at[k]-1] = append(p.lists[p.at[k]-1], s)
	}
	return p
}

// pairAt is the two bytes of s at i as one table index.
func pairAt(s string, i int) uint16 { return uint16(s[i])<<8 | uint16(s[i+1]) }

// in reports whether s holds one of the pieces.
func (p *pieceSet) in(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if k := p.at[pairAt(s, i)]; k != 0 {
			for _, piece := range p.lists[k-1] {
				if strings.HasPrefix(s[i:], piece) {
					return true
				}
			}
		}
	}
	for _, piece := range p.short {
		if strings.Contains(s, piece) {
			return true
		}
	}
	return false
}

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
