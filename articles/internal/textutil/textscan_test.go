package textutil

import (
	"math/rand"
	"strings"
	"testing"
)

// TestCountWordsIsLenWords checks the one-pass count against the words.
func TestCountWordsIsLenWords(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	pick := []string{"a", "Z", "9", "'", "-", "’", " ", ",", ".", "é", "日", "\xff", "\xe2\x80", "\u00a0", "\t", "«", "ß", "\u0301"}
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(30) {
			b.WriteString(pick[rng.Intn(len(pick))])
		}
		s := b.String()
		if got, want := CountWords(s), len(Words(s)); got != want {
			t.Fatalf("CountWords(%q) = %d, Words has %d", s, got, want)
		}
	}
}
