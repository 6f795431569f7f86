package facts

import "testing"

// TestHonorificsOpenAZ: entities looks a word up among the honorifics
// only when it opens with a capital from A to Z.
func TestHonorificsOpenAZ(t *testing.T) {
	for w := range honorificOrBeforeDot() {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			t.Errorf("honorific %q does not open with a capital A-Z", w)
		}
	}
}
