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
