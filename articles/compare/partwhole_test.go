package compare

import (
	"testing"

	"reader/articles/facts"
)

// TestAPartIsNoRivalOfAWhole: "190 of the 230 staff" counts a part, and
// "some 350 staff" a whole at least as large: two things, not one figure
// told two ways. A count below the whole may be the part told otherwise.
func TestAPartIsNoRivalOfAWhole(t *testing.T) {
	countDisagreements := func(third string) int {
		return disagreementsOf(t, facts.KindCount,
			"en|Prison move\n\nSome 350 staff took part in the move of the inmates on Sunday, the ministry said.",
			"en|Inmates moved\n\nAbout 350 staff took part in the move of the inmates on Sunday, officials said.",
			"en|Prison closes\n\n"+third)
	}
	if n := countDisagreements("About 190 of the 230 staff took part in the move of the inmates on Sunday and will work at the new prison."); n != 0 {
		t.Errorf("a part set against a larger whole: %d count disagreements", n)
	}
	if n := countDisagreements("About 250 staff took part in the move of the inmates on Sunday, the ministry said."); n != 1 {
		t.Errorf("250 against 350 staff: %d count disagreements, want 1", n)
	}
}

// TestAPartKnowsItsWhole: the count of "31 of the 65 seats" is 31 of a
// whole of 65, in any language.
func TestAPartKnowsItsWhole(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "The party won 31 of the 65 seats on Sunday."},
		{"nl", "De partij won zondag 31 van de 65 zetels."},
		{"de", "Die Partei gewann am Sonntag 31 der 65 Sitze."},
	} {
		a := story(t, "a.txt", c.lang, "Title\n\n"+c.text)
		found := false
		for _, f := range facts.Extract(a) {
			if f.Kind == facts.KindCount && f.Num != nil && f.Num.Value == 31 {
				found = true
				if f.Num.Of != 65 {
					t.Errorf("%q: whole %v, want 65", c.text, f.Num.Of)
				}
			}
		}
		if !found {
			t.Errorf("%q: no count of 31", c.text)
		}
	}
}
