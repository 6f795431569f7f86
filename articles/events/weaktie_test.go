package events

import (
	"fmt"
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
	holdApart(t, pages)
}

// Three names and figures in common, one of which weighs all the rest:
// a measure two unrelated pages both quote does not make them one event.
func TestOneHeavyFigureAmongFewTiesNothing(t *testing.T) {
	pages := []string{
		"---\ntitle: Arranging a small living room\n---\nArranging a small living room\n\nA small living room needs a plan before it needs furniture, the designer Ines Varga says, and the plan starts with the door.\n\nFloat the sofa and anchor it with a rug. Give a new layout a week before moving everything again.\n\nLeave a path of at least 4 ft between the sofa and the wall so the room breathes.",
		"---\ntitle: Plants for a dark hallway\n---\nPlants for a dark hallway\n\nA dark hallway suits few plants, the nursery owner Tomas Brink says, but a cast-iron plant tolerates deep shade for years.\n\nWater it once a week in winter and feed it twice a year. Snake plants and pothos also shrug off a dim corner.\n\nIn a large pot it grows to about 4 ft.",
	}
	// Other pages, so that what the two share is weighed by its rarity
	// among many, as in a store.
	pages = append(pages,
		"Baking a sourdough loaf\n\nFeed the starter the night before and let the dough rise slowly in a cool kitchen.",
		"Choosing a commuter bicycle\n\nHub gears need less care than derailleurs, and mudguards keep trousers dry on wet mornings.",
		"Filing taxes as a freelancer\n\nKeep every receipt, set aside part of each invoice and file before the deadline to avoid penalties.",
		"Brewing coffee with a French press\n\nCoarse grounds, water just off the boil and four minutes of steeping make a clean cup.",
		"Descaling an electric kettle\n\nBoil a mix of water and vinegar, rinse twice and the chalky film comes away.",
		"Sowing tomatoes indoors\n\nSeedlings want light above all; a sunny sill or a lamp stops them growing leggy.",
		"Buying a second-hand laptop\n\nCheck the battery's health, the hinges and the keyboard before paying anything.",
		"Seating plans for a wedding\n\nSeat families together, keep old rivals apart and leave the top table small.",
	)
	holdApart(t, pages)
}

// holdApart groups pages of no common happening and holds that each is an
// event of its own, related to none.
func holdApart(t *testing.T, pages []string) {
	t.Helper()
	var fps []Fingerprint
	for i, p := range pages {
		fps = append(fps, NewFingerprint(mkArticle(t, fmt.Sprintf("p%d.md", i), p)))
	}
	evs := GroupEvents(fps)
	if len(evs) != len(pages) {
		t.Fatalf("%d events from %d unrelated pages", len(evs), len(pages))
	}
	for _, ev := range evs {
		if len(ev.Related) > 0 {
			t.Errorf("%q related to %v, unrelated pages sharing a detail or two", ev.Title, ev.Related)
		}
	}
}

// A name two events share relates them as news when they are weeks apart
// at most: a company's second story of the month, not its story of the
// year before.
func TestANameRelatesEventsOfOneMonthOnly(t *testing.T) {
	report := func(name, date, text string) Fingerprint {
		return NewFingerprint(mkArticle(t, name, "---\npublished: "+date+"\n---\n"+text))
	}
	recall := []Fingerprint{
		report("r1.md", "2025-03-04", "Carmaker recalls vans\n\nThe carmaker Varnholt Industries is recalling 41,200 delivery vans over faulty brake hoses, the transport ministry said on Tuesday. Owners will be contacted by letter and repairs take about an hour."),
		report("r2.md", "2025-03-04", "Brake fault prompts van recall\n\nVarnholt Industries will call back 41,200 of its delivery vans because a brake hose can crack, regulators said. Dealers will replace the part free of charge."),
	}
	later := func(date string) Fingerprint {
		return report("s1.md", date, "Carmaker opens battery plant\n\nVarnholt Industries opened a battery plant near the river port, hiring 650 workers to build cells for its electric trucks. The site cost 380 million euros.")
	}
	for _, c := range []struct {
		date    string
		related bool
	}{{"2025-03-20", true}, {"2026-05-12", false}} {
		evs := GroupEvents(append(append([]Fingerprint{}, recall...), later(c.date)))
		if len(evs) != 2 {
			t.Fatalf("%s: %d events, want the recall and the plant", c.date, len(evs))
		}
		if got := len(evs[0].Related) > 0; got != c.related {
			t.Errorf("plant story of %s related to the recall: %v, want %v", c.date, got, c.related)
		}
	}
}
