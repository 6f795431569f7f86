package clean

import "testing"

// A site's button or menu entry alone on a line goes even where the line
// model kept it; the same words inside a sentence, or a label with more
// after it, stay.
func TestNavigationLabelsGo(t *testing.T) {
	lines := []struct {
		text string
		gone bool
	}{
		{"The city council approved four new cycle lanes on Tuesday.", false},
		{"Share this article", true},
		{"Read more...", true},
		{"Related:", true},
		{"Mentions légales", true},
		{"Residents who want to know more can contact us at the town hall.", false},
		{"About the lanes", false},
		{"Like this:", true},
		{"Table of Contents", true},
		{"Why Trust Us?", true},
		{"Why trust the council?", false},
		{"Suche", true},
		{"Search for the missing cyclist went on all night", false},
		{"Bild vergrößern Bild schließen", true},
		{"Open the gallery", true},
		{"Close the gap", false},
		{"✉️ Reply by email", true},
		{"Loading the Text to Speech Player...", true},
		{"Loading comments…", true},
		{"Loading the ferry took four hours.", false},
		{"Release Date:", true},
		{"Rezept drucken Bei Pinterest speichern", true},
		{"Ezek is érdekelhetnek", true},
		{"Print the form and sign it", false},
		{"Published on", true},
		{"Den Artikel mit anderen teilen/diskutieren:", true},
		{"Here is what the mayor wanted to share with residents:", false},
		{"Ihre Meinung zu diesem Thema", true},
		{"Haftungsbeschränkung für externe Links", true},
		{"Dieses Skript als PDF herunterladen", true},
		{"Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!", true},
		{"Showing 1–10 of 24 results", true},
		{"Showing 10 of the 24 paintings took the museum a year.", false},
		{"< back to top", true},
		{"Like Loading...", true},
		{"Kommentieren Sie hier", true},
		{"Externer Inhalt", true},
		{"Loading times at the port doubled", false},
		{"Comment on the new lanes", false},
		{"Search for articles and topics on Example", true},
		{"Suche nach Artikeln", true},
		{"Search for survivors continued overnight", false},
		{"Search news archives before you publish.", false},
		{"Children's Online Privacy Policy", true},
		{"filter_none Weitere Beiträge zu diesem Artikel", true},
		{"NOTAS RELACIONADAS", true},
		{"Las notas relacionadas con el caso se publicaron ayer", false},
		{"Print Recipe", true},
		{"Advertising Disclosure", true},
		{"Gefällt mir:", true},
		{"Zurück zur Übersicht", true},
		{"Zobacz również", true},
		{"How we reviewed this article:", true},
		{"12 Besucher sind online", true},
		{"3 users online", true},
		{"3 users online said the update broke their phones", false},
		{"View on Amazon Links to Amazon.com", true},
		{"View on the economy", false},
		{"Diese Geschichte teilen", true},
		{"Ihr Warenkorb ist leer", true},
		{"Ihr Warenkorb ist leer, sagte der Händler, und das seit Wochen", false},
		{"keep_going is a variable name", false},
		{"Website Sign In", true},
		{"Quick Links", true},
		{"Why the new privacy policy worries the regulator", false},
		{"Click to share on Twitter (Opens in new window)", true},
		{"Impressum & Datenschutz", true},
		{"Search and rescue", false},
		{"Home", true},
		{"Weitere Informationen:", true},
		{"Further reading", true},
		{"Schon gelesen?", true},
		{"Das könnte Dich auch interessieren …", true},
		{"Dans la même rubrique", true},
		{"Donate", true},
		{"Check price at Amazon (on sale!)", true},
		{"Home prices fell again in March", false},
		{"More information about the lanes will follow next week.", false},
		{"Steuertipps für Paare →", true},
		{"In Partnership With:", true},
		{"Fact Checked", true},
		{"Mehr Themen:", true},
	}
	units := make([]unit, len(lines))
	for i, l := range lines {
		units[i] = unit{text: l.text}
	}
	c := newCleaning(units)
	c.readVocabulary()
	c.dropNavLabels()
	for i, l := range lines {
		if gone := c.reason[i] != ""; gone != l.gone {
			t.Errorf("%q removed: %v, want %v", l.text, gone, l.gone)
		}
	}
}

// An icon font's glyph name before a label is cut off, for the label
// lists and the related box's heading; words with an underscore that are
// not a glyph's name stay.
func TestIconNamesAreCut(t *testing.T) {
	for in, want := range map[string]string{
		"filter_none WEITERE BEITRÄGE": "WEITERE BEITRÄGE",
		"arrow_forward Next post":      "Next post",
		"Next_Post button":             "Next_Post button",
		"snake_case":                   "snake_case",
	} {
		if got := trimIconName(in); got != want {
			t.Errorf("trimIconName(%q) = %q, want %q", in, got, want)
		}
	}
	if !relatedHeading("keyboard_arrow_right Most read stories") {
		t.Errorf("a most-read box's heading behind a glyph's name is not read as one")
	}
}

// A box of popular or similar posts on the story's topic is headed by its
// label, in German as in English.
func TestTopicBoxHeadings(t *testing.T) {
	for h, want := range map[string]bool{
		"Beliebte Beiträge zum Thema:":       true,
		"Ähnliche Artikel zu diesem Thema":   true,
		"Beliebte Beiträge waren das nicht.": false,
		"Beliebte Ausflugsziele im Sommer":   false,
	} {
		if got := relatedHeading(h); got != want {
			t.Errorf("relatedHeading(%q) = %v, want %v", h, got, want)
		}
	}
}
