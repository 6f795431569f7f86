package textutil

import "testing"

// TestHundredWordsAreHundreds: each word is a whole hundred, and none is
// also a number word under a hundred.
func TestHundredWordsAreHundreds(t *testing.T) {
	for w, v := range HundredWords() {
		if v < 100 || v > 900 || v%100 != 0 {
			t.Errorf("%s = %d, want a whole hundred", w, v)
		}
		if _, ok := NumberWords()[w]; ok {
			t.Errorf("%s is also a number word under a hundred", w)
		}
	}
	for w, want := range map[string]int{"trescientas": 300, "quinhentos": 500, "duecento": 200, "dreihundert": 300, "driehonderd": 300, "cien": 100} {
		if got := HundredWords()[w]; got != want {
			t.Errorf("%s = %d, want %d", w, got, want)
		}
	}
}
