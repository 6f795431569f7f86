package clean

import "testing"

// A copyright notice too long for the vocabulary, or a picture's credit
// with the sign, goes; the story's sentences about copyright stay.
func TestLegalNoticesGo(t *testing.T) {
	lines := []struct {
		text string
		gone bool
	}{
		{"The court ruled that the song's copyright had expired in 2019, ending a long dispute.", false},
		{"This site is © 2001-2025 Ann Example, all rights reserved, except where the content is otherwise licensed. There are no trackers.", true},
		{"The harbour at dawn. © Ann Example / Harbour Trust", true},
		{"Copyright law was written long before anyone trained a model on the web.", false},
		{"(Alle Angaben ohne Gewähr)", true},
		{"Sous réserve d'erreurs", true},
		{"Der Händler verkaufte die Geräte ohne Gewähr und ohne Rechnung an Privatleute.", false},
		{"Warranty terms", false},
		{"Sofern nicht anders ausgewiesen, stehen Inhalte dieser Website unter CC-BY", true},
		{"Unless otherwise noted, content on this site is licensed under a Creative Commons Attribution 4.0 licence.", true},
		{"Unless otherwise noted, the figures are for the year to March.", false},
	}
	units := make([]unit, len(lines))
	for i, l := range lines {
		units[i] = unit{text: l.text}
	}
	c := newCleaning(units)
	c.readVocabulary()
	c.dropLegalNotices()
	for i, l := range lines {
		if gone := c.reason[i] != ""; gone != l.gone {
			t.Errorf("%q removed: %v, want %v", l.text, gone, l.gone)
		}
	}
}
