package compare

import (
	"reader/articles/facts"
	"testing"
)

func countStated(col int, v float64, echoes ...float64) member {
	return member{col: col, f: facts.Fact{Kind: facts.KindCount, Attribute: "count", Norm: facts.FormatNumber(facts.Number{Value: v}),
		Num: &facts.Number{Value: v}, Echoes: echoes}}
}

func TestSplitEchoesTakesOutASourceThatAlsoWritesTheOthersFigure(t *testing.T) {
	c := &cluster{kind: facts.KindCount, cols: map[int]bool{0: true, 1: true, 2: true},
		members: []member{countStated(0, 17, 5, 17), countStated(1, 17, 17), countStated(2, 3, 5, 17, 3)}}
	out := c.splitEchoes()
	if len(out) != 1 || out[0].members[0].col != 2 {
		t.Fatalf("split out %v, want the third source's 3 alone", out)
	}
	if len(c.members) != 2 || c.cols[2] {
		t.Errorf("kept %d statements, columns %v; want the two 17s", len(c.members), c.cols)
	}
	if f := c.fact(make([]Column, 3)); f.Disagree {
		t.Errorf("the 17s still disagree: %s", f.Note)
	}
}

func TestSplitEchoesKeepsARealRivalValue(t *testing.T) {
	c := &cluster{kind: facts.KindCount, cols: map[int]bool{0: true, 1: true, 2: true},
		members: []member{countStated(0, 17, 5, 17), countStated(1, 17, 17), countStated(2, 18, 5, 18)}}
	if out := c.splitEchoes(); out != nil {
		t.Fatalf("split out %v from a real disagreement", out)
	}
	if f := c.fact(make([]Column, 3)); !f.Disagree {
		t.Error("17 against 18 not flagged")
	}
}

func TestSplitEchoesNeedsAValueMostSourcesGive(t *testing.T) {
	c := &cluster{kind: facts.KindCount, cols: map[int]bool{0: true, 1: true},
		members: []member{countStated(0, 120, 120, 148), countStated(1, 148, 120, 148)}}
	if out := c.splitEchoes(); out != nil {
		t.Fatalf("split one of two sources out: %v", out)
	}
}

func TestANightAgreesWithTheDayItEndsOnAndTheEveningBefore(t *testing.T) {
	night := facts.NightBefore + "Wednesday"
	for day, want := range map[string]bool{"Wednesday": true, "Tuesday": true, night: true, "Thursday": false, "Monday": false} {
		a := facts.Fact{Kind: facts.KindDate, Norm: night}
		b := facts.Fact{Kind: facts.KindDate, Norm: day}
		if valuesAgree(a, b) != want || valuesAgree(b, a) != want {
			t.Errorf("%s against %s: agree %v, want %v", night, day, !want, want)
		}
	}
}
