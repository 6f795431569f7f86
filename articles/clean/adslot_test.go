package clean

import "testing"

func TestAdSlotLabels(t *testing.T) {
	for _, line := range []string{
		"Story continues below advertisement",
		"Article continues after this ad",
		"Advertisement - scroll to continue",
		"Continue reading below",
		"Lesen Sie nach der Anzeige weiter",
		"La suite après cette publicité",
	} {
		if !adSlotRe.MatchString(line) {
			t.Errorf("%q not known as an ad slot's label", line)
		}
	}
	for _, line := range []string{"The story continues below the waterline", "Continue reading", "Advertisement rules tighten"} {
		if adSlotRe.MatchString(line) {
			t.Errorf("%q read as an ad slot's label", line)
		}
	}
}
