package clean

import "testing"

// longStory is a headline, a story longer than the lines read around
// it, then the lines under it, then a shop's links down to the page's
// foot.
func longStory(under ...string) []string {
	lines := []string{"Harbour wall to be rebuilt after winter storms"}
	for range 11 {
		lines = append(lines, story...)
	}
	lines = append(lines, under...)
	return append(lines, "Shop", "Shop All", "Crates", "Bedding", "Travel", "Bundles", "Toys", "Treats", "Gift Cards", "Help")
}

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

func TestAnUpdateSendsTheReaderToTheEarlierPublication(t *testing.T) {
	head := []string{"Town Desk", "February 8, 2022", "Share", "Print", "Save", "Listen", "Local", "Harbour", "Council", "Weather",
		"Harbour wall to be rebuilt after winter storms", "Last update:", "July 16, 2025"}
	r := page(withStory(head...)...)
	if !r.Published.Equal(day(2022, 2, 8)) {
		t.Errorf("published %v, want 2022-02-08, the date line before the update", r.Published)
	}
	if lines := withStory("Harbour wall to be rebuilt after winter storms", "Last update:", "July 16, 2025"); !page(lines...).Published.Equal(day(2025, 7, 16)) {
		t.Errorf("an update alone is still the date: %v", page(lines...).Published)
	}
}

func TestADateColumnIsNoDateLine(t *testing.T) {
	lines := withStory("Harbour wall to be rebuilt after winter storms", "Last Updated Nov 6, 2025")
	lines = append(lines, "Date", "Harbour dues", "1/1/2013", "+13.1%", "2/1/2013", "+13.1%", "3/1/2013", "+12.0%")
	if r := page(lines...); !r.Published.Equal(day(2025, 11, 6)) {
		t.Errorf("published %v, want the update 2025-11-06, not a table's date", r.Published)
	}
}

func TestTheFootSaysWhichDateIsThePublication(t *testing.T) {
	lines := append(withStory("Harbour wall to be rebuilt after winter storms"), "December 3, 2025. Updated: December 7, 2025")
	if r := page(lines...); !r.Published.Equal(day(2025, 12, 3)) {
		t.Errorf("published %v, want 2025-12-03 before its update", r.Published)
	}
	lines = append(withStory("Harbour wall to be rebuilt after winter storms", "30 Sep 2022, 11:07am"),
		"This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated to keep the information current.")
	if r := page(lines...); !r.Published.Equal(day(2019, 9, 26)) {
		t.Errorf("published %v, want the first publication 2019-09-26", r.Published)
	}
	lines = append(withStory("Harbour wall to be rebuilt after winter storms", "Published on 30 Sep 2022"),
		"An earlier version of this report was first published 26 Sep 2019 in the council's bulletin.")
	if r := page(lines...); !r.Published.Equal(day(2022, 9, 30)) {
		t.Errorf("published %v, want the date the page calls its publication", r.Published)
	}
}

func TestADatedFooterUnderTheStory(t *testing.T) {
	lines := append(withStory("Harbour wall to be rebuilt after winter storms"),
		"Tags: harbour, council", "Monday, August 11th, 2025 at 11:00 am | Categories: Town, Harbour, Council |", "Comments are closed.")
	if r := page(lines...); !r.Published.Equal(day(2025, 8, 11)) {
		t.Errorf("published %v, want the footer's 2025-08-11", r.Published)
	}
}

func TestASignedDateUnderTheShareButtons(t *testing.T) {
	r := page(longStory("Share", "Facebook", "X / Twitter", "Pinterest", "Copy Link", "Training", "August 12, 2025 By The Harbour Desk Team")...)
	if !r.Published.Equal(day(2025, 8, 12)) {
		t.Errorf("published %v, want the signed 2025-08-12", r.Published)
	}
}

// TestALinkGivesNoDate: the date in a link's path is the linked page's.
func TestALinkGivesNoDate(t *testing.T) {
	lines := append(withStory("Harbour wall to be rebuilt after winter storms"),
		"Report: https://www.example.com/reports/2015/03/24/storm-damage (council archive)")
	if r := page(lines...); !r.Published.IsZero() {
		t.Errorf("published %v from a link's path", r.Published)
	}
}

func TestATwoDigitYearByTheHeadline(t *testing.T) {
	if r := page(withStory("14.11.24", "Harbour wall to be rebuilt after winter storms")...); !r.Published.Equal(day(2024, 11, 14)) {
		t.Errorf("published %v, want 2024-11-14", r.Published)
	}
	for _, line := range []string{"Version 2.28.27", "Score 3.1.24 final"} {
		if h := shortYearDate(line, ""); h != nil {
			t.Errorf("shortYearDate(%q) = %v, want none", line, h)
		}
	}
}

func TestAnUpdateDoesNotSendTheReaderToOtherStories(t *testing.T) {
	lines := withStory("Harbour wall to be rebuilt after winter storms", "Town | Updated on: 19 April 2022")
	lines = append(lines, "More from Town", "Ferry timetable changes for the summer", "Town | 13 April 2022")
	if r := page(lines...); !r.Published.Equal(day(2022, 4, 19)) {
		t.Errorf("published %v, want the update 2022-04-19, not another story's date", r.Published)
	}
}

func TestACommentUnderTheStoryGivesNoDate(t *testing.T) {
	r := page(longStory("Hans Otten sagt:", "25. Februar 2020 um 13:02 Uhr", "Vielen Dank für den Bericht über die Hafenmauer.")...)
	if !r.Published.IsZero() {
		t.Errorf("published %v from a comment", r.Published)
	}
	if r := page(longStory("Information letter of 14 October 2021 PDF | 38 KB")...); !r.Published.IsZero() {
		t.Errorf("published %v from a document's date under the story", r.Published)
	}
	if r := page(longStory("Monday, 14 October 2021 at 11:00 | Categories: Town, Harbour")...); !r.Published.Equal(day(2021, 10, 14)) {
		t.Errorf("published %v, want the footer's 2021-10-14", r.Published)
	}
}
