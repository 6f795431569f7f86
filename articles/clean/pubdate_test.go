package clean

import "testing"

func TestDatesSideBySideTheEarlierIsThePublication(t *testing.T) {
	for _, line := range []string{"May 21, 2025April 24, 2025 by Jane Doe", "April 24, 2025 May 21, 2025 by Jane Doe"} {
		r := page(withStory("Harbour wall to be rebuilt after winter storms", line)...)
		if !r.Published.Equal(day(2025, 4, 24)) {
			t.Errorf("%q: published %v, want the earlier 2025-04-24", line, r.Published)
		}
	}
	hits := lineDates("Posted on June 29, 2020November 12, 2021", "")
	if len(hits) != 2 || hits[0].updated || !hits[1].updated {
		t.Errorf("the later of two glued dates is not the update: %v", hits)
	}
	if hits := lineDates("March 3, 2024: the council met. On May 1, 2024 it voted.", ""); len(hits) != 2 || hits[1].updated {
		t.Errorf("dates apart in a sentence read as an update: %v", hits)
	}
}

func TestADateBesideABylineInALongLine(t *testing.T) {
	r := page(withStory("Harbour wall to be rebuilt after winter storms",
		"The council says the new wall will stand for a century, and that the fishing boats will be back by the summer after next. By Jane Doe on Dec. 19, 2025")...)
	if !r.Published.Equal(day(2025, 12, 19)) {
		t.Errorf("standfirst with a byline: published %v, want 2025-12-19", r.Published)
	}
	r = page(withStory("Harbour wall to be rebuilt after winter storms",
		"On January 12, 2025January 22, 2025 By Jane DoeIn Local News, Harbour Works, Council Decisions, Town Planning, Storm Damage, Fishing Fleet")...)
	if !r.Published.Equal(day(2025, 1, 12)) {
		t.Errorf("dates, byline and categories in one line: published %v, want 2025-01-12", r.Published)
	}
	// A date inside a long sentence is no publication date.
	if hits := datesOfLine("The council first voted on the wall on March 3, 2024, and the works will start once the storms of the winter are over and the boats have left.", ""); hits != nil {
		t.Errorf("a date in a sentence: %v", hits)
	}
}
