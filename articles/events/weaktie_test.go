package events

import (
	"testing"
)

// Unrelated web pages (guides, reviews, posts) of no one happening share a
// round price, a capitalised word or a name now and then. Neither makes
// them one event or related ones.
func TestOneSharedFigureOrNameTiesNothing(t *testing.T) {
	pages := []string{
		"---\ntitle: Choosing an espresso grinder\n---\nChoosing an espresso grinder\n\nA good burr grinder costs about $300 and lasts for years. Marlowe, the café owner we spoke to, grinds fresh for every shot and keeps the beans sealed. Conical burrs run cooler than flat ones, and a stepless adjustment makes dialling in a new bag far easier.",
		"---\ntitle: Training a puppy to walk on a lead\n---\nTraining a puppy to walk on a lead\n\nStart indoors with short sessions and plenty of treats. A sturdy harness costs about $300 less than a trip to the vet after a pull. Marlowe, our trainer, says consistency matters more than the kit, and every walk should end before the puppy tires.",
		"---\ntitle: Planning a vegetable bed\n---\nPlanning a vegetable bed\n\nRaised beds warm faster in spring and drain well after heavy rain. Fill them with a mix of topsoil and compost, rotate the crops every season, and keep the paths wide enough for a wheelbarrow between the rows of beans and onions.",
	}
	var fps []Fingerprint
	for i, p := range pages {
		fps = append(fps, NewFingerprint(mkArticle(t, string(rune('a'+i))+".md", p)))
	}
	evs := GroupEvents(fps)
	if len(evs) != len(pages) {
		t.Fatalf("%d events from %d unrelated pages", len(evs), len(pages))
	}
	for _, ev := range evs {
		if len(ev.Related) > 0 {
			t.Errorf("%q related to %v by a price and a name", ev.Title, ev.Related)
		}
	}
}
