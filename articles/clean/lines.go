package clean

import (
	"reader/articles/internal/textutil"
	"strings"
	"unicode"
	"unicode/utf8"
)

// unit is one paragraph-sized piece of the raw text: a line, or lines joined
// when the text was hard-wrapped.
type unit struct {
	text        string
	list        Kind // Bullet or Numbered for list items, else Paragraph
	indent      bool // the raw line was indented
	blankBefore bool // a blank line separated it from the previous unit
	line        int  // the index of its first raw line in the text
	words       int  // textutil.CountWords(text), counted once by readLines
}

// bulletMarks are the first characters bulletRe accepts: a cheap test
// before the expression runs on every line.
const bulletMarks = "•·▪◦●○■□▸►‣⁃∙-*–—+"

var (
	bulletRe   = lazyRE(`^[•·▪◦●○■□▸►‣⁃∙\-*–—+]\s+`)
	numberedRe = lazyRE(`^\(?\d{1,3}[.)]\s+`)
)

// splitUnits cuts text into paragraph units. Each non-blank line is a unit,
// except that a line which stops mid-sentence and is followed by one that
// starts in lower case is joined to it (hard-wrapped text).
func splitUnits(text string) []unit {
	raw := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	var out []unit
	blank := false
	for at, line := range raw {
		indent := len(line) > 0 && (line[0] == ' ' || line[0] == '\t' || strings.HasPrefix(line, "\u00a0"))
		t := textutil.NormalizeLine(line)
		if t == "" {
			blank = true
			continue
		}
		u := unit{text: t, indent: indent, blankBefore: blank, line: at}
		if m := listMark(t, bulletRe); m != "" && len(t) > len(m) {
			u.list, u.text = Bullet, strings.TrimSpace(t[len(m):])
		} else if m := listMark(t, numberedRe); m != "" && len(t) > len(m) && !yearLike(m) {
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

// listMark is the bullet or number re finds at the start of t, tried only
// when t starts with a character a list mark may start with.
func listMark(t string, re *lazyRegexp) string {
	first, _ := utf8.DecodeRuneInString(t)
	if !strings.ContainsRune(bulletMarks, first) && first != '(' && !isDigit(t[0]) {
		return ""
	}
	m := re.FindString(t)
	if m != "" && isDigit(t[0]) && dayOfMonth(t[len(m):]) {
		return "" // "8. März 2026": a German date, not item 8
	}
	return m
}

// dayOfMonth reports whether rest, after "8. ", reads as a month and a year.
func dayOfMonth(rest string) bool {
	ws := textutil.Words(rest)
	if len(ws) < 2 {
		return false
	}
	_, month := textutil.Months()[strings.ToLower(ws[0])]
	return month && len(ws[1]) == 4 && isDigit(ws[1][0]) && isDigit(ws[1][3])
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
	return unicode.IsLower(first) && !markedName(next.text)
}

// markedName: text opens with a byline marker and a name ("di Luca
// Rossi", "par Jeanne Dupont"), a byline of its own, not a wrapped line,
// though it starts in lower case.
func markedName(text string) bool {
	m := markerAt(text)
	return m != nil && parseNames(strings.TrimSpace(text[m[1]:]), true) != ""
}
