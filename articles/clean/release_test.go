package clean

import (
	"strings"
	"testing"
)

// A press release keeps its story and loses its release line, its contact
// block and its wire credit; the wire dateline gives its date and wire.
func TestPressRelease(t *testing.T) {
	page := strings.Join([]string{
		"Lakeport Power opens its first tidal plant",
		"FOR IMMEDIATE RELEASE",
		"LAKEPORT, Maine, Nov. 16, 2026 /PRNewswire/ -- Lakeport Power today opened its first tidal power plant off the coast, with a capacity of 30 megawatts, enough for 25,000 homes.",
		"The plant, built over two years at a cost of $95 million, uses twelve underwater turbines anchored to the seabed.",
		`"Tidal power is predictable in a way wind and sun are not," said chief executive Ann Rhys.`,
		"Media contact:",
		"Jo Powell",
		"press@lakeport.example",
		"+1 207 555 0100",
		"SOURCE Lakeport Power",
	}, "\n\n")
	r := Prepare(page).Finish()
	if r.Published.Format("2006-01-02") != "2026-11-16" || r.Source != "PRNewswire" {
		t.Errorf("date %v, wire %q", r.Published, r.Source)
	}
	for _, l := range r.Lines {
		story := strings.HasPrefix(l.Text, "LAKEPORT") || strings.HasPrefix(l.Text, "The plant") || strings.HasPrefix(l.Text, `"Tidal`)
		if story && l.Reason != "" {
			t.Errorf("story line removed (%s): %q", l.Reason, l.Text)
		}
		if !story && l.Reason == "" && l.Text != r.Title {
			t.Errorf("kept: %q", l.Text)
		}
	}
}
