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
		{"PUEDES VER: ¿Qué es el consejo y para qué sirve?", true},
		{"Puedes ver el puente desde la plaza mayor.", false},
		{"MIRA: Madre se acerca a conocer los motivos de su captura", true},
		{"Lea: Consejo Permanente aborda este miércoles la confiscación de sus oficinas", true},
		{"Lee: I think the bridge should have been closed years ago.", false},
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

// A most-read or related box's label goes, in several languages, with the
// headlines under it; a subheading that only mentions reading stays.
func TestRelatedHeadingsGo(t *testing.T) {
	lines := []string{
		"The bridge will stay closed to lorries until the spring, the council said on Monday.",
		"Engineers found cracks in two of the bridge's steel beams during an inspection in October.",
		"Die meistgelesenen Artikel bei Beispiel.de",
		"Neue Buslinie verbindet Hafen und Altstadt ab Dezember",
		"Most read stories",
	}
	units := make([]unit, len(lines))
	for i, l := range lines {
		units[i] = unit{text: l}
	}
	c := newCleaning(units)
	c.dropRelatedTail()
	for i, want := range []bool{false, false, true, true, true} {
		if gone := c.reason[i] != ""; gone != want {
			t.Errorf("%q removed: %v, want %v", lines[i], gone, want)
		}
	}
	if !relatedHeading("Recently by Jane Example") {
		t.Error("a \"Recently by\" box's label not taken for one")
	}
	for _, s := range []string{"Most of the readers wrote back", "More articles about the bridge will follow.", "Recently the bridge was closed"} {
		if relatedHeading(s) {
			t.Errorf("%q taken for a related box's label", s)
		}
	}
}
