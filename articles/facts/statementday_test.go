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
