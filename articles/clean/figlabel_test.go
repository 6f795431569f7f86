package clean

import "testing"

// A numbered figure's caption goes; a sentence of the story that speaks
// of a figure stays.
func TestFigureCaptionsGo(t *testing.T) {
	for _, tc := range []struct {
		text string
		gone bool
	}{
		{"Abbildung 4: Die grösste Lawine dieser Berichtsperiode ging am Nordhang nieder.", true},
		{"Figure 2. Monthly rainfall in the region since 1990.", true},
		{"Fig. 3 – The pump's housing, opened.", true},
		{"Figures released on Monday show that rainfall fell by a third in the region.", false},
		{"Figure skating returns to the city's ice rink this winter.", false},
		{"Abbildung: Vergleich der Schneehöhen auf dem Gletscher", true},
		{"Das FWR reagiert mit Entsetzen auf den Amoklauf. (Quelle: Archiv/DJV)", true},
		{"The harbour at dawn (Photo: Reuters).", true},
		{"The report (source: the council's own figures) was published on Monday.", false},
	} {
		c := newCleaning(splitUnits(tc.text))
		c.dropFigureLabels()
		c.dropCreditedCaptions()
		if gone := c.reason[0] != ""; gone != tc.gone {
			t.Errorf("%q removed: %v, want %v", tc.text, gone, tc.gone)
		}
	}
}
