package clean

import "testing"

// A site's note on its embedded content, its comments or its authors'
// views goes; the story's sentences about the same things, and quotes,
// stay.
func TestSiteNoticesGo(t *testing.T) {
	lines := []struct {
		text string
		gone bool
	}{
		{"The council voted on Tuesday to close the library for six months while its roof is repaired.", false},
		{"Klicken Sie auf den unteren Button, um den Inhalt von www.example.de zu laden.", true},
		{"Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.", true},
		{"Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube.", true},
		{"Please understand that comments are moderated and it is not always possible to publish all that have been submitted.", true},
		{"We welcome reader comments on the top stories of the day.", true},
		{"The views expressed on this blog are those of the authors and do not necessarily reflect the views of the institute.", true},
		{"The forum said comments are moderated by volunteers, and critics called the rules opaque.", false},
		{"The app took ten seconds to load the map, testers found.", false},
		{"\"Comments are moderated,\" the editor wrote in reply.", false},
		{"The views expressed at the meeting were mostly against the plan.", false},
	}
	units := make([]unit, len(lines))
	for i, l := range lines {
		units[i] = unit{text: l.text}
	}
	c := newCleaning(units)
	c.dropSiteNotices()
	for i, l := range lines {
		if gone := c.reason[i] != ""; gone != l.gone {
			t.Errorf("%q removed: %v, want %v", l.text, gone, l.gone)
		}
	}
}
