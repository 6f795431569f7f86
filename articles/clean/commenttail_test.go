package clean

import "testing"

// A comment thread under the story goes, its heading and every line after
// it, though its comments are prose; a comment count near the top of the
// page takes nothing, nor does "Comment" alone (a button, a table's
// column).
func TestCommentThreadUnderTheStoryGoes(t *testing.T) {
	lines := []string{
		"Council approves new cycle lanes",
		"12 Comments",
		"The city council approved four new cycle lanes on Tuesday after a year of consultation with residents and shops.",
		"The lanes will run along the river and link the station with the university campus, the council said on Tuesday.",
		"Work is due to begin in the spring and to finish before the end of next year, according to the council's plan.",
		"Comment",
		"Cyclists' groups welcomed the plan but said the lanes should be separated from the road by a kerb, not paint.",
		"Comments Filter:",
		"Re: about time (Score:2)",
		"Finally somebody in the council listened to the people who actually ride through the centre every day of the week.",
	}
	units := make([]unit, len(lines))
	for i, l := range lines {
		units[i] = unit{text: l}
	}
	c := newCleaning(units)
	c.title = 0
	c.dropCommentTail()
	for i, l := range lines {
		want := i >= 7
		if gone := c.reason[i] == commentTailReason; gone != want {
			t.Errorf("%q removed: %v, want %v", l, gone, want)
		}
	}
}

// A blog's thread opens on its count of comments on the post, named in
// quotes; the same words in the story's own prose open nothing.
func TestCommentThreadCountingCommentsOnThePostGoes(t *testing.T) {
	story := []string{
		"The city council approved four new cycle lanes on Tuesday after a year of consultation with residents and shops.",
		"The lanes will run along the river and link the station with the university campus, the council said on Tuesday.",
		"Work is due to begin in the spring and to finish before the end of next year, according to the council's plan.",
	}
	for _, tc := range []struct {
		heading string
		gone    bool
	}{
		{"11 responses to “Council approves new cycle lanes”", true},
		{"3 thoughts on \"Council approves new cycle lanes\"", true},
		{"2 Kommentare zu „Neue Radwege beschlossen“", true},
		{"Two responses to the plan came from shop owners, who said the lanes would take away parking in front of their doors.", false},
	} {
		lines := append(append([]string{"Council approves new cycle lanes"}, story...), tc.heading, "Finally somebody in the council listened to the people who ride through the centre every day.")
		units := make([]unit, len(lines))
		for i, l := range lines {
			units[i] = unit{text: l}
		}
		c := newCleaning(units)
		c.title = 0
		c.dropCommentTail()
		for i := 4; i < len(lines); i++ {
			if gone := c.reason[i] == commentTailReason; gone != tc.gone {
				t.Errorf("%q under %q removed: %v, want %v", lines[i], tc.heading, gone, tc.gone)
			}
		}
		for i := 1; i < 4; i++ {
			if c.reason[i] != "" {
				t.Errorf("the story's line %d removed under %q", i, tc.heading)
			}
		}
	}
}
