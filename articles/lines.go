package articles

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// unit is one paragraph-sized piece of the raw text: a line, or lines joined
// when the text was hard-wrapped.
type unit struct {
	text        string
	list        BlockKind // Bullet or Numbered for list items, else Paragraph
	indent      bool      // the raw line was indented
	blankBefore bool      // a blank line separated it from the previous unit
}

var (
	bulletRe   = regexp.MustCompile(`^[•·▪◦●○■□▸►‣⁃∙\-*–—+]\s+`)
	numberedRe = regexp.MustCompile(`^\(?\d{1,3}[.)]\s+`)
)

// normalizeLine makes one raw line plain: terminal controls removed, odd
// spaces (no-break, thin, ideographic) made plain, zero-width characters
// dropped, runs of space collapsed. Joiners (ZWJ, ZWNJ) after a non-ASCII
// character stay: they hold emoji sequences and Persian or Indic words together.
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

// splitUnits cuts text into paragraph units. Each non-blank line is a unit,
// except that a line which stops mid-sentence and is followed by one that
// starts in lower case is joined to it (hard-wrapped text).
func splitUnits(text string) []unit {
	raw := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	var out []unit
	blank := false
	for _, line := range raw {
		indent := len(line) > 0 && (line[0] == ' ' || line[0] == '\t' || strings.HasPrefix(line, "\u00a0"))
		t := normalizeLine(line)
		if t == "" {
			blank = true
			continue
		}
		u := unit{text: t, indent: indent, blankBefore: blank}
		if m := bulletRe.FindString(t); m != "" && len(t) > len(m) {
			u.list, u.text = Bullet, strings.TrimSpace(t[len(m):])
		} else if m := numberedRe.FindString(t); m != "" && len(t) > len(m) && !yearLike(m) {
			u.list, u.text = Numbered, strings.TrimSpace(t[len(m):])
		}
		if n := len(out); n > 0 && !blank && u.list == Paragraph && continues(out[n-1], u) {
			out[n-1].text += " " + u.text
			continue
		}
		out = append(out, u)
		blank = false
	}
	return out
}

func yearLike(m string) bool {
	digits := strings.Trim(m, "().) ")
	return len(digits) == 4
}

// continues reports whether next is the wrapped tail of prev's sentence.
func continues(prev, next unit) bool {
	if prev.list != Paragraph || len(prev.text) < 40 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev.text)
	if strings.ContainsRune(".!?:;\"”»)…", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next.text)
	return unicode.IsLower(first)
}

// words splits text into words, keeping letters, digits and inner
// apostrophes and hyphens.
func words(s string) []string {
	return appendWords(make([]string, 0, 8), s)
}

// endsSentence reports whether text ends the way prose does.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)]*")
	if s == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…。！？", last)
}

// foldKey is the comparison key of a line: lower case, letters and digits
// only, single spaces. Lines equal under it are the same line.
func foldKey(s string) string {
	return strings.Join(words(strings.ToLower(s)), " ")
}
