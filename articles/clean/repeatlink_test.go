package clean

import "testing"

// On a saved page, a short line that is a link and nothing else and
// stands three times goes, whatever the line model thought of it; a link
// standing once, and a repeated line that is no link, stay.
func TestRepeatedLinksGo(t *testing.T) {
	texts := []string{"Compare deals with example.com", "Read the full review", "Compare deals with example.com",
		"The second car is the better buy", "Compare deals with example.com", "The second car is the better buy",
		"The second car is the better buy"}
	link := map[int]bool{0: true, 1: true, 2: true, 4: true}
	c := &cleaning{units: make([]unit, len(texts)), reason: make([]string, len(texts)), folded: make([]string, len(texts)), title: -1}
	for i, s := range texts {
		c.units[i] = unit{text: s, words: fieldCount(s)}
		c.folded[i] = s
		v := make([]float32, len(domNames))
		if link[i] {
			v[0] = 1
		}
		c.dom = append(c.dom, v)
	}
	c.dropRepeatedLinks()
	for i, r := range c.reason {
		if gone := r != ""; gone != (i == 0 || i == 2 || i == 4) {
			t.Errorf("%q: reason %q", texts[i], r)
		}
	}
}
