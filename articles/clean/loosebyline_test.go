package clean

import "testing"

func TestLooseBylineShapes(t *testing.T) {
	for _, c := range []struct {
		line, want string
		bare       bool
	}{
		{"by jdoe", "jdoe", false},
		{"Posted on March 4, 2024 by harbourwatch", "harbourwatch", false},
		{"Written by Jane Doe, CFP®", "Jane Doe", false},
		{"Authors:Jane Doe, John Roe, Ann Poe", "Jane Doe, John Roe, Ann Poe", false},
		{"By The Harbour editors", "The Harbour editors", false},
		{"Posted on March 4, 2024 by Jane Doe (Harbour Daily) - 5 Comments on Wall rebuilt", "Jane Doe", false},
		{"March 4, 2024 by Jane Doe, Liaison to the Harbour Board", "Jane Doe", false},
		{"Article written by:", "", true},
		// Not bylines.
		{"By Christmas, the wall will stand again", "", false},
		{"by the harbour", "", false},
		{"by subscribing", "", false},
		{"By continuing you agree to our terms", "", false},
		{"The harbour wall was rebuilt by the council", "", false},
	} {
		got, bare := looseByline(c.line)
		if got != c.want || bare != c.bare {
			t.Errorf("looseByline(%q) = %q, %v; want %q, %v", c.line, got, bare, c.want, c.bare)
		}
	}
}

func TestNamesWithRole(t *testing.T) {
	if got := namesWithRole("Jane - Product marketer"); got != "Jane" {
		t.Errorf("name and role: %q", got)
	}
	if got := namesWithRole("Home - Products"); got != "" {
		t.Errorf("menu taken for a name and role: %q", got)
	}
}

func TestLooseBylinesNearTheHeadlineAndUnderTheStory(t *testing.T) {
	r := page(withStory("Harbour wall to be rebuilt after winter storms", "Posted on March 4, 2024 by harbourwatch")...)
	if r.Author != "harbourwatch" {
		t.Errorf("a user name after a dated marker: author %q", r.Author)
	}
	r = page(withStory("Harbour wall to be rebuilt after winter storms", "\ue023", "March 4, 2024", "\ue08a", "Jane Doe")...)
	if r.Author != "Jane Doe" {
		t.Errorf("a name beside a date, an icon's glyph between: author %q", r.Author)
	}
	r = page(append(withStory("Harbour wall to be rebuilt after winter storms"), "Article written by:", "Jane Doe, MD, MPH")...)
	if r.Author != "Jane Doe" {
		t.Errorf("a marker under the story and the name under it: author %q", r.Author)
	}
}
