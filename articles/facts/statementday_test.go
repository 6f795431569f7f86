package facts

import "testing"

// TestADayOfCommentIsADayOfAStatement: "declined to comment on Monday"
// and "confirmed on Monday that" give the day something was said, not
// the day of what happened.
func TestADayOfCommentIsADayOfAStatement(t *testing.T) {
	for _, text := range []string{
		"Port officials declined to comment on Monday.",
		"The port authority confirmed on Monday that the plan was dropped.",
	} {
		found := false
		for _, f := range Extract(article("en", "The town voted against the terminal. "+text)) {
			if f.Kind == KindDate && f.Norm == "Monday" {
				found = true
				if f.Subject != "statement" {
					t.Errorf("%q: Monday is the day of %q, want a statement", text, f.Subject)
				}
			}
		}
		if !found {
			t.Errorf("%q: no Monday read", text)
		}
	}
}

// TestADayToComeIsNoDayOfWhatHappened: "next Monday", "na próxima
// segunda-feira" and "lundi prochain" are days to come, read apart from
// the day something happened.
func TestADayToComeIsNoDayOfWhatHappened(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "The school closed on Tuesday. Lessons resume next Monday in temporary rooms."},
		{"pt", "A escola fechou na terça-feira. As aulas serão retomadas na próxima segunda-feira."},
		{"fr", "L'école a fermé mardi. Les cours reprendront lundi prochain dans des salles modulaires."},
	} {
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Kind == KindDate && f.Norm == "Monday" && f.Attribute != "next" {
				t.Errorf("%s %q: Monday read as %q, want a day to come", c.lang, c.text, f.Attribute)
			}
			if f.Kind == KindDate && f.Norm == "Tuesday" && f.Attribute != "day" {
				t.Errorf("%s %q: Tuesday read as %q, want the day it happened", c.lang, c.text, f.Attribute)
			}
		}
	}
}

// TestAFireThatBrokeOutWasNoStatement: "le feu s'est déclaré samedi" is
// the day the fire broke out, not a day something was declared.
func TestAFireThatBrokeOutWasNoStatement(t *testing.T) {
	for _, f := range Extract(article("fr", "Le feu s'est déclaré samedi vers 23h40 dans la réserve du magasin.")) {
		if f.Kind == KindDate && f.Subject == "statement" {
			t.Errorf("the day a fire broke out read as a statement's: %+v", f)
		}
	}
}
