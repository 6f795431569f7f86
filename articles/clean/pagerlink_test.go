package clean

import "testing"

// The links to the previous and the next post go; a run of steps each
// ending with an arrow, and a sentence with an arrow inside, stay.
func TestPagerLinksGo(t *testing.T) {
	lines := []struct {
		text string
		gone bool
	}{
		{"The council voted on Tuesday to close the library for six months while its roof is repaired.", false},
		{"← Der erste Stammtisch steht fest!", true},
		{"Steuertipps für Paare →", true},
		{"Read the minutes of the meeting.", false},
		{"Collect the posts →", false},
		{"Score each text →", false},
		{"Summarize the top posts →", false},
		{"Prices rose from €3 → €5 in a year.", false},
		{"Article suivant Après une mise en quarantaine, les rapatriés rentrent chez eux", true},
		{"Vorschau auf den nächsten Artikel", true},
		{"... weiter zu \"die Wortwahl\"", true},
		{"Next, the council will vote on the budget.", false},
	}
	units := make([]unit, len(lines))
	for i, l := range lines {
		units[i] = unit{text: l.text}
	}
	c := newCleaning(units)
	for i, l := range lines {
		if gone := c.pagerLink(i); gone != l.gone {
			t.Errorf("%q is a pager link: %v, want %v", l.text, gone, l.gone)
		}
	}
}
