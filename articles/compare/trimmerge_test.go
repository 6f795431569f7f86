package compare

import (
	"testing"

	"reader/articles"
	"reader/articles/events"
)

// TestANewcomerJoinsThoughOneMemberTellsItOtherwise: in the Surazo set's
// proton-therapy event the Italian report scores as one event with the
// first German report and the English one (0.41, 0.40) and shares nothing
// with the second German report, which tells the opening with other
// details; the mean over all three (0.27 before the Italian pairs are
// weighed up) left it alone. Leaving out the weakest pair in two
// languages when a report or two join a group lets it in, and no event of
// the set takes a report of another.
func TestANewcomerJoinsThoughOneMemberTellsItOtherwise(t *testing.T) {
	var arts []articles.Article
	eventOf := map[string]string{}
	fileOf := map[string]string{}
	for _, ev := range heldOutSurazo {
		for file, text := range ev.reports {
			lang, body, _ := cut(text)
			a := story(t, file, lang, body)
			arts = append(arts, a)
			eventOf[a.Hash], fileOf[a.Hash] = ev.id, file
		}
	}
	found := events.GroupEvents(events.Fingerprints(arts))
	joined := false
	for _, ev := range found {
		in := map[string]bool{}
		for _, h := range ev.Members {
			in[fileOf[h]] = true
		}
		if in["sz4it.txt"] {
			joined = in["sz4de.txt"] && in["sz4en.txt"] && in["sz4de2.txt"]
		}
	}
	if !joined {
		t.Error("the Italian report is not in its event")
	}
	if p, _ := bcubedOf(found, eventOf); p != 1 {
		t.Errorf("Surazo grouped at B-cubed precision %.3f, want 1", p)
	}
}
