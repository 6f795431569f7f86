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
