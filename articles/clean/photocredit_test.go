package clean

import "testing"

// A picture's credit on a line of its own goes, in several languages and
// in brackets; a subheading about photos and a sentence that begins with
// a photo stay.
func TestCreditLinesGo(t *testing.T) {
	lines := []struct {
		text string
		gone bool
	}{
		{"The harbour wall was rebuilt over the winter after the storms of last autumn.", false},
		{"(Image credit: Harbour Trust)", true},
		{"Photograph by Ann Example, Harbour Trust", true},
		{"Bildquelle: Hafenamt", true},
		{"Crédit photo : Ville de Brest", true},
		{"Photo Sources and Display Controls", false},
		{"Photos of the old wall show how far the sea had eaten into it.", false},
		{"Beitragsbild: Titelseite der Zeitung vom 2.4.2019", true},
		{"Vergrößern Eine kleine runde Aussparung für die Kamera im Display.", true},
		{"Vergrößerungen der Fotos zeigen, wie weit das Meer vorgedrungen war.", false},
		{"Firmen- und Beziehungsgeflecht der Beispiel AG. Zum Vergrößern auf das Bild klicken.", true},
	}
	units := make([]unit, len(lines))
	for i, l := range lines {
		units[i] = unit{text: l.text}
	}
	c := newCleaning(units)
	c.dropCreditLines()
	for i, l := range lines {
		if gone := c.reason[i] != ""; gone != l.gone {
			t.Errorf("%q removed: %v, want %v", l.text, gone, l.gone)
		}
	}
}

// A caption marked as a stock or archive picture goes; a sentence that
// mentions such a picture stays.
func TestMarkedCaptions(t *testing.T) {
	for s, want := range map[string]bool{
		"wer die äste auf die wege zieht, ist unklar (symbolbild).":                      true,
		"firefighters at the scene in 2019 (file photo)":                                 true,
		"the paper printed a stock photo instead of the real scene.":                     false,
		"the agency said the picture was a symbolbild (an illustration) and apologised.": false,
	} {
		if got := markedCaption(s); got != want {
			t.Errorf("markedCaption(%q) = %v, want %v", s, got, want)
		}
	}
}
