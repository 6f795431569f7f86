package compare

import (
	"testing"

	"reader/articles/facts"
)

func dayStated(col int, day, lang, key, wording string) member {
	return member{col: col, f: facts.Fact{Kind: facts.KindDate, Attribute: "day", Norm: day, Value: day, Key: key, Subject: key, Lang: lang, Wording: wording}}
}

func dayCluster(ms ...member) *cluster {
	c := &cluster{kind: facts.KindDate, cols: map[int]bool{}}
	for _, m := range ms {
		c.members = append(c.members, m)
		c.cols[m.col] = true
	}
	return c
}

// TestJoinLoneDaysPairsAnotherDay: a Dutch report's one "donderdag" no
// one else gives joins the Wednesday two others give for the talks, and
// the two disagree; so does a "vrijdag", two days off, whose sentence
// names the union theirs name.
func TestJoinLoneDaysPairsAnotherDay(t *testing.T) {
	named := func(m member) member { m.f.Names = []string{"ardo"}; return m }
	for _, lone := range []member{
		dayStated(2, "Thursday", "nl", "talks", "De onderhandelingen worden donderdag hervat."),
		named(dayStated(2, "Friday", "nl", "talks", "De onderhandelingen met Ardo worden vrijdag hervat.")),
	} {
		talks := dayCluster(named(dayStated(0, "Wednesday", "en", "resume", "Talks with Ardo are due to resume on Wednesday.")),
			dayStated(1, "Wednesday", "de", "", "Am Mittwoch wird weiterverhandelt."))
		day := lone.f.Norm
		lone := dayCluster(lone)
		joinLoneDays([]*cluster{talks, lone})
		if len(lone.members) != 0 || !talks.cols[2] {
			t.Fatalf("the lone %s stayed apart: %v", day, talks.members)
		}
		if f := talks.fact(make([]Column, 3)); !f.Disagree {
			t.Errorf("%s against Wednesday not flagged", day)
		}
	}
}

// TestJoinLoneDaysLeavesOtherDays: a day two apart whose sentence shares
// nothing with theirs, the day news was given out, a day something is
// aimed at and a day in the others' language stay facts of their own.
func TestJoinLoneDaysLeavesOtherDays(t *testing.T) {
	for _, c := range []struct {
		name string
		lone member
	}{
		{"two days apart", dayStated(2, "Friday", "nl", "talks", "De onderhandelingen worden vrijdag hervat.")},
		{"the day it was said", dayStated(2, "Thursday", "nl", "statement", "Dat maakte de bond donderdag bekend.")},
		{"a bound", dayStated(2, "Thursday", "fr", "open", "Le port restera fermé jusqu'à jeudi.")},
		{"a plan", dayStated(2, "Thursday", "pt", "aterrar", "O avião deverá aterrar em Lisboa na quinta-feira.")},
		{"the same language", dayStated(2, "Thursday", "de", "vorgeführt", "Er wird am Donnerstag vorgeführt.")},
	} {
		talks := dayCluster(dayStated(0, "Wednesday", "en", "resume", "Talks are due to resume on Wednesday."),
			dayStated(1, "Wednesday", "de", "", "Am Mittwoch wird weiterverhandelt."))
		c.lone.f.Value = map[string]string{"Friday": "vrijdag", "Thursday": map[string]string{"nl": "donderdag", "fr": "jeudi", "pt": "quinta-feira", "de": "Donnerstag"}[c.lone.f.Lang]}[c.lone.f.Norm]
		lone := dayCluster(c.lone)
		joinLoneDays([]*cluster{talks, lone})
		if len(lone.members) != 1 {
			t.Errorf("%s: joined %v", c.name, talks.members)
		}
	}
}
