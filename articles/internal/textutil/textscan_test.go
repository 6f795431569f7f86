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
		// The bounded count is the count up to its limit, one past it beyond.
		n := len(Words(s))
		for limit := range 12 {
			if got, want := CountWordsUpTo(s, limit), min(n, limit+1); got != want {
				t.Fatalf("CountWordsUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
			if got, want := WordsOver(s, limit), n > limit; got != want {
				t.Fatalf("WordsOver(%q, %d) = %v, want %v", s, limit, got, want)
			}
		}
	}
}

// TestCountStopword checks the function words are found whatever their
// case, and that an ASCII word costs no allocation.
func TestCountStopword(t *testing.T) {
	for w := range stopwordMask() {
		if len(w) > maxStopwordLen {
			t.Fatalf("function word %q longer than maxStopwordLen", w)
		}
	}
	for _, w := range []string{"The", "the", "THE", "Für", "DER", "Él", "théâtre", "Ünïcödé", "averyveryverylongwordindeed", "L'"} {
		var got, want [8]int
		countStopword(&got, w)
		mask := stopwordMask()[strings.ToLower(w)]
		for i := 0; mask != 0; i, mask = i+1, mask>>1 {
			if mask&1 != 0 {
				want[i]++
			}
		}
		if got != want {
			t.Errorf("%q: counts %v, want %v", w, got, want)
		}
	}
	var counts [8]int
	if n := testing.AllocsPerRun(100, func() { countStopword(&counts, "The") }); n != 0 {
		t.Errorf("countStopword allocates %v times", n)
	}
}
