package ui

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// cellWidth must agree with ansi.StringWidth on every string, fast path
// or not.
func TestCellWidthAgreesWithANSI(t *testing.T) {
	pieces := []string{"a", "Z", " ", "~", "\x1b[1m", "\x1b[38;5;203m", "\x1b[0m", "\x1b[m", "é", "東", "👍🏽",
		"\u0301", "\t", "\x1b", "\x1b[", "\x1b]8;;x\x07", "\x7f", "\x1b[?25l", "\x1b[1;2", "│", "…",
		"●", "▸", "❯", "·", "★", "ä", "ш", "東", "の", "\u200d", "\ufe0f", "🇫", "🇷", "👍", "🏽", "ก", "ำ", "각",
		"\u1100", "\u1161", "\u0308", "ँ", "क", "\u00ad", "\u202e", "\uff21", "\u3099", "\u0e33", "a\u0301"}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 50000; i++ {
		var b strings.Builder
		for j := r.Intn(12); j >= 0; j-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
			t.Fatalf("cellWidth(%q) = %d, ansi.StringWidth = %d", s, got, want)
		}
	}
}

// Every rune the width blocks hold measures alone as ansi.StringWidth
// measures it, whichever block is made first.
func TestRuneWidthBlocksAgreeWithANSI(t *testing.T) {
	for r := rune(runeWidthLimit - 1); r >= 0x80; r-- {
		if got, want := cellWidth(string(r)), ansi.StringWidth(string(r)); got != want {
			t.Fatalf("cellWidth(%q) = %d, ansi.StringWidth = %d", string(r), got, want)
		}
	}
}

// A cell too narrow for its name or title shows it is cut.
func TestFitCellMarksACut(t *testing.T) {
	for _, c := range []struct {
		in   string
		w    int
		want string
	}{{"FrAndroid", 12, "FrAndroid   "}, {"001_318f2b05fb9a1a98.txt", 10, "001_318f2…"}, {"ab", 2, "ab"}, {"日本語", 4, "日… "}} {
		if got := fitCell(c.in, c.w); got != c.want || cellWidth(got) != c.w {
			t.Errorf("fitCell(%q, %d) = %q, want %q", c.in, c.w, got, c.want)
		}
	}
	// In the comparison's headers at 80 columns: a title cut side by side,
	// a file name cut in the facts.
	m, _ := newTestModel(t, 80, 24)
	m = keys(t, m, "c")
	for _, v := range []string{m.View(), keys(t, m, "f").View()} {
		head := strings.Split(v, "\n")[2:4]
		cut := false
		for _, line := range head {
			cut = cut || strings.Contains(line, "…│") || strings.HasSuffix(strings.TrimRight(line, " "), "…")
		}
		if !cut {
			t.Fatalf("a cut header shows no ellipsis:\n%s", strings.Join(head, "\n"))
		}
	}
}
