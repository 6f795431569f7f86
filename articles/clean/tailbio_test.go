package clean

import "testing"

// A bio of someone the story never names goes with its heading and the
// line that goes on about them; a story's paragraph about a person it
// names again, and a product's description, stay.
func TestBiosGo(t *testing.T) {
	lines := []struct {
		text string
		gone bool
	}{
		{"Maria Lopez opened her bakery on the high street in 2019, after ten years of baking for other people.", false},
		{"Maria Lopez is the founder of the town's first sourdough school, where she teaches on Saturdays.", false},
		{"Lopez says the school now has a waiting list of three months for its weekend classes.", false},
		{"Crumbly is a baking app that works out the timings of a loaf for you and sends a reminder.", false},
		{"What the bakery sells", false},
		{"About Sam Example", true},
		{"Sam Example is a food writer and photographer based in Leeds, where he tests recipes for a living.", true},
		{"He has written three books about bread and one about cheese, all of them still in print.", true},
	}
	units := make([]unit, len(lines))
	for i, l := range lines {
		units[i] = unit{text: l.text}
	}
	c := newCleaning(units)
	c.readVocabulary()
	c.dropBios()
	for i, l := range lines {
		if gone := c.reason[i] != ""; gone != l.gone {
			t.Errorf("%q removed: %v, want %v", l.text, gone, l.gone)
		}
	}
}
