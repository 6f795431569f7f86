package clean

import (
	"strings"
	"testing"
	"time"
)

// page cleans hand-written lines as one page.
func page(lines ...string) Result {
	return Prepare(strings.Join(lines, "\n\n")).Finish()
}

// story is a few lines of prose for the pages below to wrap.
var story = []string{
	"The town council voted on Tuesday to rebuild the old harbour wall, which storms damaged twice over the past winter, at a cost the mayor put at four million.",
	"Work is due to start in the spring and last about eighteen months, the council said, and the fishing boats will moor at the eastern quay in the meantime.",
	"Residents who spoke at the meeting asked for the footpath along the wall to stay open during the works, and the council promised to look into it.",
	"The last full repair of the wall was made more than forty years ago, when the harbour was still used by the ferry to the islands.",
}

func withStory(head ...string) []string {
	return append(append([]string{}, head...), story...)
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestLineDatesShapes(t *testing.T) {
	cases := []struct {
		line, lang string
		want       time.Time
	}{
		{"March 4, 2024", "", day(2024, 3, 4)},
		{"4 March 2024", "", day(2024, 3, 4)},
		{"2024-03-04", "", day(2024, 3, 4)},
		{"Published 2024-03-04T10:31:00Z", "", day(2024, 3, 4)},
		{"Updated: Mar. 4, 2024 10:31 a.m. ET", "", day(2024, 3, 4)},
		{"le 4 mars 2024 à 10h", "", day(2024, 3, 4)},
		{"4. März 2024", "", day(2024, 3, 4)},
		{"4 de marzo de 2024", "", day(2024, 3, 4)},
		{"Pubblicato il 4 marzo 2024", "", day(2024, 3, 4)},
		{"4 maart 2024", "", day(2024, 3, 4)},
		{"November 6th, 2024", "", day(2024, 11, 6)},
		{"Posted on June 29, 2020November 12, 2021", "", day(2020, 6, 29)},
		{"October 17, 20236:01 PM ET", "", day(2023, 10, 17)},
		{"04.03.2024", "", day(2024, 3, 4)},
		{"25/03/2024", "", day(2024, 3, 25)},
		{"03/25/2024", "", day(2024, 3, 25)},
		{"04/03/2024", "fr", day(2024, 3, 4)},
		{"04/03/2024", "mdy", day(2024, 4, 3)},
		{"2024年3月4日", "", day(2024, 3, 4)},
		{"7 min readDec 30, 2023", "", day(2023, 12, 30)},
		{"Updated on 19-Dec-2023", "", day(2023, 12, 19)},
		{"» 2021 – 01 – 18", "", day(2021, 1, 18)},
		{"Mar 27, 20245 mins", "", day(2024, 3, 27)},
		{"Local NewsDECEMBER 22, 2022Updated: JANUARY 02, 2023", "", day(2022, 12, 22)},
		{"📅Jul. 11. 2025", "", day(2025, 7, 11)},
		{"Published on 25.Jun.2019 in Vol 7, No 6 (2019): June", "", day(2019, 6, 25)},
		{"J Sci Med. 2023 Jan 7;15(1):e33475.", "", day(2023, 1, 7)},
		{"06.18.2025", "", day(2025, 6, 18)},
	}
	for _, c := range cases {
		hits := lineDates(c.line, c.lang)
		if len(hits) == 0 || !hits[0].t.Equal(c.want) {
			t.Errorf("lineDates(%q, %q) = %v, want %s", c.line, c.lang, hits, c.want.Format("2006-01-02"))
		}
	}
	for _, line := range []string{"04/03/2024", "Published 3 hours ago", "March 4", "ROTTERDAM, March 4 (Reuters) -", "Call 555-0134 today", "Apr 12"} {
		if hits := lineDates(line, ""); len(hits) > 0 {
			t.Errorf("lineDates(%q) = %v, want no full date", line, hits)
		}
	}
	if h := lineDates("Updated March 5, 2024", ""); len(h) != 1 || !h[0].updated {
		t.Errorf("an update is not marked: %v", h)
	}
}

func TestReadBylineShapes(t *testing.T) {
	cases := []struct {
		line, want string
		shape      bylineShape
	}{
		{"By Jane Doe", "Jane Doe", markedByline},
		{"Written by Jane Doe and John Roe", "Jane Doe and John Roe", markedByline},
		{"By Ann Lee, Bo Park, and Cy Dunn", "Ann Lee, Bo Park, and Cy Dunn", markedByline},
		{"Par Jeanne Dupont, le 4 mars 2024 à 10h", "Jeanne Dupont", markedByline},
		{"Von Hans Müller", "Hans Müller", markedByline},
		{"By The Harbour Desk", "The Harbour Desk", markedByline},
		{"Written by Dr Ann van der Berg, Bo Park", "Dr Ann van der Berg, Bo Park", markedByline},
		{"Por María García", "María García", markedByline},
		{"Di Marco Rossi", "Marco Rossi", markedByline},
		{"Door Pieter van der Berg", "Pieter van der Berg", markedByline},
		{"Posted by Jane Doe on March 4, 2024", "Jane Doe", markedByline},
		{"ByJane DoeMar 4, 2024 | 6 comments", "Jane Doe", markedByline},
		{"By Jane DoePublished: Mar 4, 2024", "Jane Doe", markedByline},
		{"March 4, 2024 By Jane Doe In Local News", "Jane Doe", markedByline},
		{"Published March 4, 2024 by Jane Doe", "Jane Doe", markedByline},
		{"By: Jane Doe", "Jane Doe", markedByline},
		{"Jane Doe | March 4, 2024", "Jane Doe", namedDated},
		{"Jane Doe•Mar 4, 2024", "Jane Doe", namedDated},
		{"March 4, 2024 · 5 min read · Jane Doe", "Jane Doe", namedDated},
		{"Jane Doe , Contributor", "Jane Doe", namedDated},
		{"March 4, 2024Jane Doe", "Jane Doe", namedDated},
		{"Mar. 4, 2024 · Jane Doe on behalf of the harbour team", "Jane Doe", namedDated},
		{"By Jane Doe, Senior Director, Marketing and Sales, The Harbour Group", "Jane Doe", markedByline},
		{"Jane Doe, Senior Reporter", "Jane Doe", namedDated},
		{"Jane Doe, MS, RD", "Jane Doe", namedDated},
		{"Jane Doe", "Jane Doe", nameOnly},
		// A standfirst and the byline under it, joined by a scraper.
		{"How the harbour town rebuilt its sea wall after two winters of storms and what it cost the council by Jane Doe March 4, 2024", "Jane Doe", markedByline},
	}
	for _, c := range cases {
		got, shape, _ := readByline(c.line)
		if got != c.want || shape != c.shape {
			t.Errorf("readByline(%q) = %q, %d; want %q, %d", c.line, got, shape, c.want, c.shape)
		}
	}
	for _, line := range []string{
		"By continuing to use this site you accept cookies",
		"Jane Doe said the harbour would reopen in May.",
		"By the time the ferry arrived, the quay was full",
		"Di Maio ha detto che il porto riaprirà",
		"The wall was designed by Jane Doe and built by the council over two winters at a cost of four million in 2024",
	} {
		if got, shape, _ := readByline(line); shape != noByline && shape != nameOnly || got != "" && shape != nameOnly {
			t.Errorf("readByline(%q) = %q, %d; want no byline", line, got, shape)
		}
	}
	if _, _, bare := readByline("By"); !bare {
		t.Error(`"By" alone is not a marker waiting for its name`)
	}
}

func TestMetadataNearTheHeadline(t *testing.T) {
	r := page(withStory("Home", "News", "Harbour wall to be rebuilt after winter storms", "Jane Doe", "March 4, 2024")...)
	if r.Author != "Jane Doe" || r.Published.Format("2006-01-02") != "2024-03-04" {
		t.Errorf("name line under the headline and a date line: author %q date %v", r.Author, r.Published)
	}
	r = page(withStory("Harbour wall to be rebuilt after winter storms", "By Jane Doe | Updated: Mar. 6, 2024 10:31 a.m. ET | Published Mar. 4, 2024")...)
	if r.Author != "Jane Doe" || r.Published.Format("2006-01-02") != "2024-03-04" {
		t.Errorf("publication preferred to update: author %q date %v", r.Author, r.Published)
	}
	r = page(withStory("Harbour wall to be rebuilt after winter storms", "Published 3 hours ago")...)
	if !r.Published.IsZero() {
		t.Errorf("a relative date gave %v", r.Published)
	}
	r = page(withStory("Harbour wall to be rebuilt after winter storms", "The council votes on the plan next week", "Jane Doe", "6 min read")...)
	if r.Author != "Jane Doe" {
		t.Errorf("name line beside a reading time: author %q", r.Author)
	}
	r = page(withStory("Harbour wall to be rebuilt after winter storms", "Par Jeanne Dupont", "Publié le 4 mars 2024 à 10h")...)
	if r.Author != "Jeanne Dupont" || r.Published.Format("2006-01-02") != "2024-03-04" {
		t.Errorf("French byline: author %q date %v", r.Author, r.Published)
	}
}

func TestMetadataIgnoresOtherStoriesDates(t *testing.T) {
	lines := withStory("Harbour wall to be rebuilt after winter storms", "By Jane Doe", "April 2, 2024")
	lines = append(lines, "Related stories", "Ferry timetable changes for the summer", "January 9, 2023",
		"New lifeboat station opens", "February 14, 2023")
	r := page(lines...)
	if r.Published.Format("2006-01-02") != "2024-04-02" {
		t.Errorf("date = %v, want the one under the byline", r.Published)
	}
	// A name inside the story is no byline.
	r = page(withStory("Harbour wall to be rebuilt after winter storms", "Jane Doe said the harbour would reopen in May, after the works.")...)
	if r.Author != "" {
		t.Errorf("author %q read from a sentence", r.Author)
	}
}

func TestOutletCredits(t *testing.T) {
	cases := map[string]string{
		"Le Monde avec AFP":                                           "Le Monde",
		"The Daily Courier with agencies":                             "The Daily Courier",
		"This article was originally published on The Harbour Times.": "The Harbour Times",
		"This article is republished from The Harbour Review under a Creative Commons license. Read the original article.": "The Harbour Review",
	}
	for line, want := range cases {
		if got := creditOutlet(line); got != want {
			t.Errorf("creditOutlet(%q) = %q, want %q", line, got, want)
		}
	}
	for _, line := range []string{"Fishermen met with officials", "Get in touch with Sales", "Workshop with KBNL"} {
		if got := creditOutlet(line); got != "" {
			t.Errorf("creditOutlet(%q) = %q, want none", line, got)
		}
	}
	if got := siteLink([]string{"https://doi.org/10.1000/1", "https://www.example.com/a", "https://example.com/b"}); DomainOutlet(got) != "example.com" {
		t.Errorf("siteLink = %q, want a link to the host two links share", got)
	}
	if got := siteLink([]string{"https://doi.org/10.1000/1"}); got != "" {
		t.Errorf("a single reference link %q taken for the page's own", got)
	}
	// A credit under the story names the outlet and is no story, even
	// when a byline was found by the headline.
	credited := page(append(withStory("Harbour wall to be rebuilt after winter storms", "By Jane Doe"),
		"This article is republished from The Harbour Review under a Creative Commons license.")...)
	if credited.Source != "The Harbour Review" || credited.Lines[len(credited.Lines)-1].Reason == "" {
		t.Errorf("foot credit: source %q, last line %+v", credited.Source, credited.Lines[len(credited.Lines)-1])
	}
	lines := withStory("Harbour wall to be rebuilt after winter storms")
	lines[1] = "PORTSMOUTH, March 4 (Wirenews) - " + lines[1]
	r := page(lines...)
	if r.Source != "Wirenews" {
		t.Errorf("wire dateline: source %q", r.Source)
	}
	if !r.Published.IsZero() {
		t.Errorf("a dateline without a year gave %v", r.Published)
	}
}

func TestCopyrightOwner(t *testing.T) {
	for line, want := range map[string]string{
		"© 2024 The Daily Courier. All rights reserved.": "The Daily Courier",
		"Copyright 2009-2024 Harbour Media Ltd":          "Harbour Media Ltd",
		"© Copyright Harbour Media 2024":                 "Harbour Media",
		"Copyright Guidelines":                           "",
		"© 2013 onwards. All Rights Reserved.":           "",
		"© 2024 All Rights Reserved":                     "",
	} {
		if got := copyrightOwner(line); got != want {
			t.Errorf("copyrightOwner(%q) = %q, want %q", line, got, want)
		}
	}
}

func TestAuthorBox(t *testing.T) {
	for _, c := range []struct{ line, next, want string }{
		{"More articles by Jane Doe", "", "Jane Doe"},
		{"View all posts by Jane Doe", "", "Jane Doe"},
		{"About the author", "Jane Doe", "Jane Doe"},
		{"About the author", "Jane Doe is a reporter at The Daily Courier.", "Jane Doe"},
		{"About the harbour", "Jane Doe", ""},
		{"More stories from the coast", "", ""},
	} {
		if got := authorBox(c.line, c.next); got != c.want {
			t.Errorf("authorBox(%q, %q) = %q, want %q", c.line, c.next, got, c.want)
		}
	}
	lines := withStory("Harbour wall to be rebuilt after winter storms")
	lines = append(lines, "Share this story", "More articles by Jane Doe", "Ferry timetable changes for the summer")
	if r := page(lines...); r.Author != "Jane Doe" {
		t.Errorf("author from the author box = %q", r.Author)
	}
}

func TestMetadataInOtherLanguages(t *testing.T) {
	cases := []struct {
		byline, date, author string
	}{
		{"Von Hans Müller", "Montag, 4. März 2024, 10:31 Uhr", "Hans Müller"},
		{"Par Jeanne Dupont", "Publié le 4 mars 2024 à 10h31, mis à jour le 5 mars 2024", "Jeanne Dupont"},
		{"Por María García", "Publicado el 4 de marzo de 2024", "María García"},
		{"di Marco Rossi", "Pubblicato il 4 marzo 2024", "Marco Rossi"},
		{"Door Pieter de Vries", "4 maart 2024, 10:31", "Pieter de Vries"},
		{"Por João Silva", "4 de março de 2024", "João Silva"},
	}
	for _, c := range cases {
		r := page(withStory("Harbour wall to be rebuilt after winter storms", c.byline, c.date)...)
		if r.Author != c.author || r.Published.Format("2006-01-02") != "2024-03-04" {
			t.Errorf("%q / %q: author %q, date %v", c.byline, c.date, r.Author, r.Published)
		}
	}
}

func TestALoneDateLineFarFromTheHeadlineIsTheDate(t *testing.T) {
	lines := append([]string{"Harbour wall to be rebuilt"}, story...)
	for i := 0; i < 50; i++ {
		lines = append(lines, "Section "+string(rune('A'+i%26)))
	}
	lines = append(lines, "October 9, 2025", "Contact the newsroom")
	r := page(lines...)
	if !r.Published.Equal(day(2025, 10, 9)) {
		t.Errorf("published %v, want the lone date line's 2025-10-09", r.Published)
	}
	for _, l := range r.Lines {
		if l.Text == "October 9, 2025" && l.Reason == "" {
			t.Errorf("the date line far below the story is kept as story")
		}
	}
}

func TestMenuAndCreditLinesAreNoHeadline(t *testing.T) {
	for _, line := range []string{"Skip to main content", "Aller au contenu principal", "Energy Management >", "By Jane Roe ⋅ Senior Analyst ⋅ Reviewed",
		"The new bridge at dusk. Image by John Smith", "Visit: https://example.com/apps/12345"} {
		if !notHeadline([]string{line, story[0]}, []string{"", ""}, 0) {
			t.Errorf("%q may be taken for the headline", line)
		}
	}
	for _, line := range []string{"By the numbers: the harbour in five charts", "Harbour wall to be rebuilt", "Why the council chose the eastern quay"} {
		if notHeadline([]string{line, story[0]}, []string{"", ""}, 0) {
			t.Errorf("%q is ruled out as a headline", line)
		}
	}
}

func TestAGermanDatelineIsNoListItem(t *testing.T) {
	r := page(withStory("Hafenmauer wird neu gebaut", "8. März 2026")...)
	if !r.Published.Equal(day(2026, 3, 8)) {
		t.Errorf("published %v, want 2026-03-08 from the dateline", r.Published)
	}
	units := splitUnits("1. Preheat the oven\n2. Set the table for four\n3. Mai 2026 wird es warm")
	for _, u := range units[:2] {
		if u.list != Numbered {
			t.Errorf("%q is not read as a numbered item", u.text)
		}
	}
	if units[2].list == Numbered {
		t.Errorf("%q, a date, is read as a numbered item", units[2].text)
	}
}
