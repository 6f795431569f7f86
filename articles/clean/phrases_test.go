package clean

import "testing"

func TestPhraseSetFindsAnyPhraseAnywhere(t *testing.T) {
	p := newPhraseSet([]string{"promo code", "affiliate", "% off", "", "©"})
	for s, want := range map[string]bool{
		"use promo code spring":   true,
		"an affiliate link":       true,
		"save 20% off today":      true,
		"affiliat":                false,
		"the code for the promo":  false,
		"":                        false,
		"promo codes are here":    true,
		"nothing to see, move on": false,
		"© the owner":             true,
	} {
		if got := p.in(s); got != want {
			t.Errorf("in(%q) = %v, want %v", s, got, want)
		}
	}
}
