package clean

import "testing"

// keepTableCells keeps a doubtful short line only between two short lines
// that stay: not beside a paragraph, not in a run of doubtful lines.
func TestKeepTableCells(t *testing.T) {
	lines := []string{
		"Port", "Fee", // a table's header, kept
		"Lakeport", "12", // doubtful name, kept number
		"Bayview", // doubtful, but its neighbours are doubtful or long
		"The harbour board set the new fees at its meeting on Monday evening.",
		"Menu", "Search", // two doubtful lines side by side
		"Contact",
	}
	units := make([]unit, len(lines))
	words := make([]float64, len(lines))
	for i, l := range lines {
		units[i] = unit{text: l}
		words[i] = float64(fieldCount(l))
	}
	c := newCleaning(units)
	doubtful := []int{2, 4, 6, 7}
	for _, i := range append(doubtful, 8) {
		c.reason[i] = "far from the story"
	}
	c.keepTableCells(doubtful, words)
	want := []string{"", "", "", "", "far from the story", "", "far from the story", "far from the story", "far from the story"}
	for i, w := range want {
		if c.reason[i] != w {
			t.Errorf("%q: reason %q, want %q", lines[i], c.reason[i], w)
		}
	}
}
