package clean

import "testing"

// A post's tags, categories or filing note go; a sentence that opens
// with the same words, and a subhead about tags, stay.
func TestTagLinesGo(t *testing.T) {
	lines := []struct {
		text string
		gone bool
	}{
		{"The council voted on Tuesday to close the library for six months while its roof is repaired.", false},
		{"Tags: python, docker, getting started", true},
		{"Filed Under: Build It", true},
		{"Labels: customer development, lean startup", true},
		{"Etiquetas:", true},
		{"Schlagworte: Alltag, Religionen, Sri Lanka", true},
		{"This entry was posted in Politics and tagged elections. Bookmark the permalink.", true},
		{"Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit Berlin von Simon.", true},
		{"Tags on luggage must show the owner's name, the airline said.", false},
		{"Categories of waste the new law covers", false},
		{"Posted in 2019, the video was seen a million times.", false},
		{"Posted on November 25, 2024 in Health Sciences, General, Nutrition", true},
		{"Posted on social media in 2019, the video was seen a million times.", false},
		{"Related Companies: A. O. Smith Water Products Co., Bradford White Water Heaters", true},
		{"Keywords: anxiety, depression, physical activity", false},
		{"Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein abgelegt.", true},
		{"Der Beitrag wurde im Fachjournal Nature veröffentlicht.", false},
		{"getaggt mit:Grundeinkommen Berlin Demonstration", true},
	}
	units := make([]unit, len(lines))
	for i, l := range lines {
		units[i] = unit{text: l.text}
	}
	c := newCleaning(units)
	c.dropTagLines()
	for i, l := range lines {
		if gone := c.reason[i] != ""; gone != l.gone {
			t.Errorf("%q removed: %v, want %v", l.text, gone, l.gone)
		}
	}
}
