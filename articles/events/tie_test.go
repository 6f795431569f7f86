package events

import (
	"fmt"
	"strings"
	"testing"

	"reader/articles"
)

// What two unrelated reports of one outlet share by their page and their
// calendar (a weekday, a year, a date, the outlet's address, postcode and
// phone number, a menu of archive years) never ties them: they stay two
// events and are not even related.
func TestCalendarAndFurnitureNeverTie(t *testing.T) {
	footer := "\n\nArchive: 2026 | 2025 | 2024 | 2023\n\nThe Harbour Post, 14 Quay Street, Bristol BS1 4RT. Tel. 0117 496 0321. All rights reserved."
	a := mkArticle(t, "a.txt", "---\nsource: Harbour Post\npublished: 2026-03-13\n---\nCouncil opens new swimming pool in Redfield\n\nFriday, March 13, 2026\n\nThe council opened a 25-metre swimming pool in Redfield on Friday, the first public pool in the district since 1998. Mayor Ann Cole cut the ribbon in 2026's first public ceremony."+footer)
	b := mkArticle(t, "b.txt", "---\nsource: Harbour Post\npublished: 2026-03-13\n---\nHarbour tug crew rescues stranded yacht\n\nFriday, March 13, 2026\n\nA tug crew rescued two sailors from a stranded yacht off Portishead on Friday, the coastguard said. It was the busiest March for rescues since 1998 and the second rescue of 2026."+footer)
	fa, fb := NewFingerprint(a), NewFingerprint(b)
	shared := map[string]bool{}
	for _, k := range append(append(fa.Names, fa.Numbers...), fa.Terms...) {
		shared[k] = true
	}
	for _, k := range append(append(fb.Names, fb.Numbers...), fb.Terms...) {
		if shared[k] {
			t.Logf("shared key %q", k)
		}
	}
	evs := GroupEvents([]Fingerprint{NewFingerprint(a), NewFingerprint(b)})
	if len(evs) != 2 {
		t.Fatalf("%d events: two unrelated stories of one outlet were tied by their page", len(evs))
	}
	for _, ev := range evs {
		if len(ev.Related) > 0 {
			t.Errorf("event %q related to %v by its page alone", ev.Title, ev.Related)
		}
	}
}

var _ = articles.Paragraph

// Items of one feed that tell one happening in the same words, told apart
// only by an item number and with no name or figure at all, form one
// event: a small count of their own says nothing against them.
func TestSameWordsOnlyStillGroup(t *testing.T) {
	long := strings.Repeat("The valley dam reopened after repairs, the water board said on Monday. ", 10)
	var fps []Fingerprint
	for i := range 21 {
		text := fmt.Sprintf("---\ntitle: Valley dam reopens, item %d\npublished: 2024-06-03\n---\nValley dam reopens\n\n%s\n\nThe reservoir will be refilled over the summer, item %d.", i, long, i)
		fps = append(fps, NewFingerprint(mkArticle(t, fmt.Sprintf("f%d.txt", i), text)))
	}
	if evs := GroupEvents(fps); len(evs) != 1 {
		t.Fatalf("%d events, want 1", len(evs))
	}
}
