package clean

import "testing"

// A link to another story under a related-stories label goes, in several
// languages and behind a marker; a subheading and a sentence that only
// begins with the same words stay.
func TestRelatedLinesGo(t *testing.T) {
	lines := []struct {
		text string
		gone bool
	}{
		{"The bridge will stay closed to lorries until the spring, the council said on Monday.", false},
		{"» Related: Ten things to know before crossing the river", true},
		{"Le puede interesar: El puente seguirá cerrado hasta la primavera", true},
		{"Lesen Sie auch: Die Brücke bleibt bis zum Frühjahr gesperrt", true},
		{"Read more about the bridge's history in the town archive, which opens on Saturdays.", false},
		{"Related costs", false},
		{"See also the council's report on the river crossings.", false},
	}
	units := make([]unit, len(lines))
	for i, l := range lines {
		units[i] = unit{text: l.text}
	}
	c := newCleaning(units)
	c.dropRelatedLines()
	for i, l := range lines {
		if gone := c.reason[i] != ""; gone != l.gone {
			t.Errorf("%q removed: %v, want %v", l.text, gone, l.gone)
		}
	}
}
