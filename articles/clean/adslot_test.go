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

// A line an advertisement's label opens goes; a sentence about
// advertising stays.
func TestAdLabelledLinesGo(t *testing.T) {
	lines := []struct {
		text string
		gone bool
	}{
		{"Advertisement: New AI Book!", true},
		{"-- Anzeige -- Jetzt günstig leasen", true},
		{"Werbung – Sponsored Post", true},
		{"Advertisement spending rose by a fifth, the agency said.", false},
		{"Anzeigen in Zeitungen werden teurer.", false},
		{"Build analytics for your pipelines in minutes (Sponsored)", true},
		{"Neue Angebote für Pendler [Anzeige]", true},
		{"The show was cancelled after a row over its sponsor (a bank) and its ad.", false},
	}
	units := make([]unit, len(lines))
	for i, l := range lines {
		units[i] = unit{text: l.text}
	}
	c := newCleaning(units)
	c.dropAdSlotLabels()
	for i, l := range lines {
		if gone := c.reason[i] != ""; gone != l.gone {
			t.Errorf("%q removed: %v, want %v", l.text, gone, l.gone)
		}
	}
}
