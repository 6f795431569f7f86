package ui

import (
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

type lipglossStyle = lipgloss.Style

// padRight pads or cuts s to exactly w cells. A wide character that would
// straddle the edge is cut whole, and the cell it leaves is padded.
func padRight(s string, w int) string {
	n := cellWidth(s)
	if n > w {
		s = ansi.Truncate(s, w, "")
		n = cellWidth(s)
	}
	return s + strings.Repeat(" ", max(0, w-n))
}

// fitCell is s in exactly w cells: padded, or cut with an ellipsis so a
// cut name or title shows it is cut.
func fitCell(s string, w int) string {
	if cellWidth(s) > w {
		s = ansi.Truncate(s, w, "…")
	}
	return padRight(s, w)
}

// joinColumns sets blocks side by side, line by line. Unlike
// lipgloss.JoinHorizontal it does not measure the lines: every block but
// the last must already be exactly as wide as it draws (the panes' View
// pads each line), which saves measuring the whole screen twice.
func joinColumns(blocks ...string) string {
	cols := make([][]string, len(blocks))
	height := 0
	for i, b := range blocks {
		cols[i] = strings.Split(b, "\n")
		height = max(height, len(cols[i]))
	}
	var out strings.Builder
	for y := 0; y < height; y++ {
		if y > 0 {
			out.WriteByte('\n')
		}
		for _, col := range cols {
			if y < len(col) {
				out.WriteString(col[y])
			}
		}
	}
	return out.String()
}

// cellWidth is ansi.StringWidth with a fast path: a line of runes that
// never join into larger graphemes (most Latin, Greek, Cyrillic, CJK,
// punctuation, box drawing) and SGR-style (CSI) escapes, which is most of
// any screen, is measured by one scan with a table of rune widths instead
// of grapheme segmentation. Anything else goes to ansi.StringWidth. Every
// frame measures every line, so this is most of the cost of a keypress on
// a large terminal.
func cellWidth(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 0x20 && c < 0x7f:
			n++
			i++
		case c == 0x1b && i+1 < len(s) && s[i+1] == '[':
			j := i + 2
			for j < len(s) && s[j] >= 0x20 && s[j] <= 0x3f { // parameter and intermediate bytes
				j++
			}
			if j == len(s) || s[j] < 0x40 || s[j] > 0x7e {
				return ansi.StringWidth(s)
			}
			i = j + 1 // past the final byte
		case c >= 0x80:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r >= runeWidthLimit {
				return ansi.StringWidth(s)
			}
			w := runeWidth(r)
			if w == 0 {
				return ansi.StringWidth(s)
			}
			n += int(w)
			i += size
		default:
			return ansi.StringWidth(s)
		}
	}
	return n
}

// runeWidthLimit bounds the runes cellWidth measures by table: those
// below U+A000. Wider ones go to ansi.StringWidth.
const runeWidthLimit = 0xA000

// runeWidthBlocks map each rune below runeWidthLimit that is a grapheme
// on its own in any company to its width in cells, 256 runes a block,
// each block made the first time one of its runes is measured (a screen
// holds runes of a few blocks; making all of them at the first frame cost
// it 3-7 ms of CPU). 0 marks the runes left to ansi.StringWidth: marks, format
// characters (joiners, bidi controls), Hangul jamo, the scripts whose
// letters combine (Indic, Thai, Lao, Myanmar, Khmer), invalid input and
// controls.
var runeWidthBlocks [runeWidthLimit >> 8]runeWidthBlock

type runeWidthBlock struct {
	once  sync.Once
	width [256]uint8
}

// runeWidth is r's width in its block, made on first use; r must be below
// runeWidthLimit.
func runeWidth(r rune) uint8 {
	b := &runeWidthBlocks[r>>8]
	b.once.Do(func() { b.fill(r &^ 0xFF) })
	return b.width[r&0xFF]
}

// fill measures the block of runes from first.
func (b *runeWidthBlock) fill(first rune) {
	for r := max(first, 0xA0); r < first+256; r++ {
		switch {
		case unicode.In(r, unicode.M, unicode.Cf, unicode.Cc, unicode.Cs, unicode.Co, unicode.Zl, unicode.Zp),
			r >= 0x0900 && r < 0x0E80, // Indic, Sinhala, Thai, Lao
			r >= 0x1000 && r < 0x1200, // Myanmar, Georgian, Hangul jamo
			r >= 0x1780 && r < 0x1800, // Khmer
			r >= 0x3130 && r < 0x3190: // Hangul compatibility jamo
			continue
		}
		if w := ansi.StringWidth(string(r)); w > 0 && w <= 2 {
			b.width[r-first] = uint8(w)
		}
	}
}

// dateRange prints a day, or a range of days, compactly.
func dateRange(from, to time.Time) string {
	switch {
	case from.IsZero() && to.IsZero():
		return ""
	case from.IsZero():
		return to.Format("2 Jan 2006")
	case to.IsZero() || sameDay(from, to):
		return from.Format("2 Jan 2006")
	case from.Year() == to.Year():
		return from.Format("2 Jan") + "–" + to.Format("2 Jan 2006")
	}
	return from.Format("Jan 2006") + "–" + to.Format("Jan 2006")
}

func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// fitLines makes text exactly h lines of exactly w cells.
func fitLines(text string, w, h int) string {
	lines := strings.Split(text, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	for i, l := range lines {
		lines[i] = padRight(l, w)
	}
	return strings.Join(lines, "\n")
}

// plural counts things in words: "1 event", "3 events", "2 matches".
func plural(n int, one string) string {
	if n == 1 || n == -1 {
		return itoa(n) + " " + one
	}
	switch {
	case strings.HasSuffix(one, "ch"), strings.HasSuffix(one, "sh"), strings.HasSuffix(one, "s"), strings.HasSuffix(one, "x"):
		return itoa(n) + " " + one + "es"
	case strings.HasSuffix(one, "y") && !strings.ContainsAny(one[len(one)-2:len(one)-1], "aeiou"):
		return itoa(n) + " " + one[:len(one)-1] + "ies"
	}
	return itoa(n) + " " + one + "s"
}
