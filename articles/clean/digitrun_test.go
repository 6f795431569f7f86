package clean

import (
	"math/rand/v2"
	"testing"
)

// TestHasDigitRunAsByteByByte checks the skipping search against reading
// every byte, on random strings of digits, letters and spaces.
func TestHasDigitRunAsByteByByte(t *testing.T) {
	want := func(text string, n int) bool {
		run := 0
		for i := 0; i < len(text); i++ {
			if text[i] >= '0' && text[i] <= '9' {
				if run++; run >= n {
					return true
				}
			} else {
				run = 0
			}
		}
		return false
	}
	rng := rand.New(rand.NewPCG(3, 4))
	const alphabet = "0123456789a ,é"
	for trial := 0; trial < 20000; trial++ {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			if rng.IntN(3) == 0 {
				b[i] = alphabet[rng.IntN(10)]
			} else {
				b[i] = alphabet[rng.IntN(len(alphabet))]
			}
		}
		text := string(b)
		for n := -1; n <= 7; n++ {
			if got := hasDigitRun(text, n); got != want(text, n) {
				t.Fatalf("hasDigitRun(%q, %d) = %v, want %v", text, n, got, !got)
			}
		}
	}
}
