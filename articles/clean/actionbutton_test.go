package clean

import "testing"

// A shop's, a price box's, a donation's or a sign-up form's button alone
// on a line goes; a sentence or a subhead that uses the same verbs stays.
func TestActionButtonsGo(t *testing.T) {
	for line, want := range map[string]bool{
		"check price at amazon (on sale!)":                   true,
		"jump to recipe print recipe":                        true,
		"show full specification details ▼":                  true,
		"jump to the conclusions, the report warned readers": false,
		"view deal":                      true,
		"order now":                      true,
		"zum angebot":                    true,
		"je fais un don à l'association": true,
		">>> jetzt die aktuelle ausgabe bestellen! <<<":                                                         true,
		"hier kostenlos anmelden »":                                                                             true,
		"unterzeichnen sie jetzt die petition!":                                                                 true,
		"check prices before you book: fares rose 12% this year.":                                               false,
		"check pricing pages of the three firms":                                                                false,
		"order nowhere near complete, the judge said":                                                           false,
		"jetzt wird die aktuelle ausgabe in der druckerei gedruckt und dann bestellt":                           false,
		"the shop now opens at nine":                                                                            false,
		"donate now, the charity urged its members in a letter sent on monday to every household in the county": false,
	} {
		if got := actionButton(line); got != want {
			t.Errorf("actionButton(%q) = %v, want %v", line, got, want)
		}
	}
}
