package compare

import (
	"testing"

	"reader/articles/facts"
)

// TestADayGivenElsewhereIsNoRival: a report that has the fire burning
// "depuis lundi" and fought "mardi" gives the others' Monday too; its
// Tuesday is another happening's day, not a slip.
func TestADayGivenElsewhereIsNoRival(t *testing.T) {
	dateDisagreements := func(third string) int {
		return disagreementsOf(t, facts.KindDate,
			"pt|Incêndio na serra\n\nO incêndio começou na segunda-feira à tarde na serra, segundo a Proteção Civil.",
			"pt|Fogo na serra\n\nO incêndio, que começou na segunda-feira, mobilizava mais de 300 operacionais na serra.",
			"fr|Incendie au Portugal\n\n"+third)
	}
	if n := dateDisagreements("Un violent incendie ravage depuis lundi la serra. Selon la Protection civile, quelque 530 pompiers luttaient mardi contre les flammes."); n != 0 {
		t.Errorf("a report giving the others' day elsewhere: %d date disagreements", n)
	}
	if n := dateDisagreements("Selon la Protection civile, l'incendie a éclaté mardi après-midi dans la serra."); n != 1 {
		t.Errorf("another day alone: %d date disagreements, want 1", n)
	}
}

// TestADayTheOthersGiveElsewhereIsNoRival: "l'action a bondi lundi"
// beside "the closing price on Friday" twice, where all three give
// Monday as the day the deal was announced: Monday is another
// happening's day, not a slip for Friday.
func TestADayTheOthersGiveElsewhereIsNoRival(t *testing.T) {
	day := func(col int, en, subject string) member {
		return member{col: col, f: facts.Fact{Kind: facts.KindDate, Attribute: "day", Subject: subject, Value: en, Norm: en}}
	}
	says := map[int]map[string]bool{0: {"Friday": true, "Monday": true}, 1: {"Friday": true, "Monday": true}, 2: {"Monday": true}}
	saysElsewhere := func(col int, f facts.Fact) bool { return says[col][f.Norm] }
	c := &cluster{kind: facts.KindDate, cols: map[int]bool{0: true, 1: true, 2: true},
		members: []member{day(0, "Friday", "price"), day(1, "Friday", "price"), day(2, "Monday", "bondi")}}
	if out := c.splitDayEchoes(saysElsewhere); len(out) != 1 || len(c.members) != 2 {
		t.Errorf("Monday, which all sources give elsewhere, kept against Friday: %d taken out", len(out))
	}
	says[1] = map[string]bool{"Friday": true}
	c = &cluster{kind: facts.KindDate, cols: map[int]bool{0: true, 1: true, 2: true},
		members: []member{day(0, "Friday", "price"), day(1, "Friday", "price"), day(2, "Monday", "bondi")}}
	if out := c.splitDayEchoes(saysElsewhere); len(out) != 0 {
		t.Errorf("Monday taken out though one source never gives it: %d taken out", len(out))
	}
}
