package textutil

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// NormalizeLine makes one raw line plain: terminal controls removed, odd
// spaces (no-break, thin, ideographic) made plain, zero-width characters
// dropped, runs of space collapsed. Joiners (ZWJ, ZWNJ) after a non-ASCII
// character stay: they hold emoji sequences and Persian or Indic words together.
func NormalizeLine(s string) string {
	if isNormalLine(s) {
		return s
	}
	return normalizeLine(s)
}

// normalizeLine is NormalizeLine, copying s.
func normalizeLine(s string) string {
	s = Sanitize(s, false)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	prev := ' '
	for _, r := range s {
		switch {
		case r == '\u200b' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			continue
		case (r == '\u200c' || r == '\u200d') && (space || prev < utf8.RuneSelf):
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// isNormalLine reports whether NormalizeLine would give s back as it is:
// single plain spaces between other characters, none of which Sanitize
// removes or changes, nor any NormalizeLine drops or takes for a space.
// Most lines of a text are so, and are then given back without being
// copied.
func isNormalLine(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
					return false
				}
			case c < 0x20 || c == 0x7f:
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1, r < 0xa0, IsBidiControl(r), unicode.IsSpace(r),
			r == '\u200b', r == '\u2060', r == '\ufeff', r == '\u00ad', r == '\u200c', r == '\u200d':
			return false
		}
		i += size
	}
	return true
}

// Words splits text into Words, keeping letters, digits and inner
// apostrophes and hyphens.
func Words(s string) []string {
	return AppendWords(make([]string, 0, 8), s)
}

// EndsSentence reports whether text ends the way prose does.
func EndsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)]*")
	if s == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…。！？", last)
}

// FoldKey is the comparison key of a line: lower case, letters and digits
// only, single spaces. Lines equal under it are the same line.
func FoldKey(s string) string {
	return strings.Join(Words(strings.ToLower(s)), " ")
}

// IsRegexSpace is the \s of Go regular expressions.
func IsRegexSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
