package clean

import (
	"strings"
	"testing"
)

func TestSectionTrailsAndBareStampsGo(t *testing.T) {
	for _, l := range []string{"Space | Science | Climate | Business", "Home › Cronaca › Politica", "Accueil | Faits divers | Région | Sports | Météo", "News / Europe / Weather"} {
		if !sectionTrail(l) {
			t.Errorf("%q not taken for a section trail", l)
		}
	}
	for _, l := range []string{"Updated 09:15", "Aktualisiert: 10:02 Uhr", "Mis à jour à 08h40", "Last updated 9.45 GMT"} {
		if !bareStamp(strings.ToLower(l)) {
			t.Errorf("%q not taken for a bare update time", l)
		}
	}
}

func TestStoryLinesAreNoSectionTrails(t *testing.T) {
	for _, l := range []string{
		"The union said the offer was too low | the company disagreed | talks go on.",
		"Revenue | Profit",
		"Paris | London | Berlin, the three cities most visited last year, all set new records.",
		"| Name | Age | Town |",
	} {
		if sectionTrail(l) {
			t.Errorf("%q taken for a section trail", l)
		}
	}
	for _, l := range []string{"Updated rules take effect at 09:15 on Monday", "Posted 12 March 2030", "Stand 14:00 Uhr wurde der Brand gelöscht"} {
		if bareStamp(strings.ToLower(l)) {
			t.Errorf("%q taken for a bare update time", l)
		}
	}
}

func TestAShortPagesKickerAndStampGo(t *testing.T) {
	page := "Europe launches a new weather satellite\n\nSpace | Science | Climate | Business\n\nUpdated 09:15\n\n" +
		"KOUROU, July 9 – Europe's new weather satellite was launched early on Tuesday from the space centre in French Guiana, the agency said.\n\n" +
		"The 2.1-tonne spacecraft, built for €410 million, reached orbit 34 minutes after lift-off and sent its first signal an hour later.\n\n" +
		"The satellite is designed to work for at least eight years.\n"
	r := Prepare(page).Finish()
	for _, l := range r.Lines {
		kept := l.Reason == ""
		furniture := l.Text == "Space | Science | Climate | Business" || l.Text == "Updated 09:15"
		if kept && furniture {
			t.Errorf("kept %q", l.Text)
		}
		if !kept && strings.HasPrefix(l.Text, "The ") {
			t.Errorf("dropped story line %q (%s)", l.Text, l.Reason)
		}
	}
}
