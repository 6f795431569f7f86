package textutil

import (
	"math/rand"
	"strings"
	"testing"
)

// TestNormalLinesComeBackAsTheyAre: where isNormalLine lets a line
// through, the full NormalizeLine gives the same string, on random lines
// of plain letters, spaces of every kind, controls, joiners, zero-width
// characters, bidi marks and broken bytes.
func TestNormalLinesComeBackAsTheyAre(t *testing.T) {
	pieces := []string{"a", "Z", "é", "ß", "日", "😀", " ", " ", "  ", "\t", "\n", "\r", "\x1b[31m", "\x00", "\x7f",
		"\u00a0", "\u2009", "\u3000", "\u200b", "\u2060", "\ufeff", "\u00ad", "\u200c", "\u200d", "\u202e", "\u200f",
		"\u0085", "\x9b", "\xff", "\xc3", "\ufffd", ".", "-", "’", "1"}
	rng := rand.New(rand.NewSource(1))
	normal := 0
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := rng.Intn(8); k >= 0; k-- {
			if rng.Intn(3) == 0 {
				b.WriteString(pieces[rng.Intn(len(pieces))])
			} else {
				b.WriteString(pieces[rng.Intn(7)])
			}
		}
		s := b.String()
		if !isNormalLine(s) {
			continue
		}
		normal++
		if got := normalizeLine(s); got != s {
			t.Fatalf("%q: taken as normal, NormalizeLine gives %q", s, got)
		}
	}
	if normal < 10000 {
		t.Fatalf("only %d normal lines tried", normal)
	}
}
