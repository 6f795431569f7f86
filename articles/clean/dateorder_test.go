package clean

import (
	"testing"
	"time"
)

func TestNumericDatesThatReadBothWays(t *testing.T) {
	head := "Harbour wall to be rebuilt after winter storms"
	cases := []struct {
		name  string
		lines []string
		want  time.Time
	}{
		{"a written-out date of the page settles it",
			append(withStory(head, "02-12-2025"), "Share this story", "December 02, 2025"), day(2025, 12, 2)},
		{"British spelling writes the day first",
			withStory(head, "03/10/2023", "The council's centre for harbour works has the colour plans on show at the town theatre."), day(2023, 10, 3)},
		{"American spelling writes the month first",
			withStory(head, "03/10/2023", "The council's center for harbor works has the color plans on show at the town theater."), day(2023, 3, 10)},
		{"English that does not tell reads a slash month first",
			withStory(head, "10/12/2023 7:38:01 PM | 3 minute read"), day(2023, 10, 12)},
		{"and a dot day first",
			withStory(head, "09.10.2024"), day(2024, 10, 9)},
		{"unless it spells American",
			withStory(head, "09.10.2024", "The council's center for harbor works has the color plans on show at the town theater."), day(2024, 9, 10)},
	}
	for _, c := range cases {
		if r := page(c.lines...); !r.Published.Equal(c.want) {
			t.Errorf("%s: published %v, want %s", c.name, r.Published, c.want.Format("2006-01-02"))
		}
	}
}

func TestEnglishOrder(t *testing.T) {
	for text, want := range map[string]string{
		"The organisation's favourite colour": "dmy",
		"The organization's favorite color":   "mdy",
		"The harbour wall":                    "en",
	} {
		if got := englishOrder(text); got != want {
			t.Errorf("englishOrder(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestTheOrderFromThePageAndItsCues(t *testing.T) {
	head := "Harbour wall to be rebuilt after winter storms"
	lines := append(withStory(head, "12/04/2020 by Kay 24 Comments"), "Comments", "14/04/2020 at 3:00 pm", "15/04/2020 at 5:53 pm")
	if r := page(lines...); !r.Published.Equal(day(2020, 4, 12)) {
		t.Errorf("the page's other dates: published %v, want 2020-04-12", r.Published)
	}
	if r := page(withStory(head, "Veröffentlicht am 11/04/2012 von Jane Doe")...); !r.Published.Equal(day(2012, 4, 11)) {
		t.Errorf("a German cue: published %v, want 2012-04-11", r.Published)
	}
}
