package compare

import (
	"reader/articles/facts"
	"strconv"
	"testing"
)

func countStated(col int, v float64, echoes ...float64) member {
	return member{col: col, f: facts.Fact{Kind: facts.KindCount, Attribute: "count", Norm: facts.FormatNumber(facts.Number{Value: v}),
		Num: &facts.Number{Value: v}, Echoes: echoes}}
}

func TestSplitEchoesTakesOutASourceThatAlsoWritesTheOthersFigure(t *testing.T) {
	c := &cluster{kind: facts.KindCount, cols: map[int]bool{0: true, 1: true, 2: true},
		members: []member{countStated(0, 17, 5, 17), countStated(1, 17, 17), countStated(2, 3, 5, 17, 3)}}
	out := c.splitEchoes(func(int, facts.Fact) bool { return false })
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
	if out := c.splitEchoes(func(int, facts.Fact) bool { return false }); out != nil {
		t.Fatalf("split out %v from a real disagreement", out)
	}
	if f := c.fact(make([]Column, 3)); !f.Disagree {
		t.Error("17 against 18 not flagged")
	}
}

func TestSplitEchoesNeedsAValueMostSourcesGive(t *testing.T) {
	c := &cluster{kind: facts.KindCount, cols: map[int]bool{0: true, 1: true},
		members: []member{countStated(0, 120, 120, 148), countStated(1, 148, 120, 148)}}
	if out := c.splitEchoes(func(int, facts.Fact) bool { return false }); out != nil {
		t.Fatalf("split one of two sources out: %v", out)
	}
}

func TestSplitEchoesBetweenTwoSourcesTakesOutTheOneThatWritesBoth(t *testing.T) {
	c := &cluster{kind: facts.KindCount, cols: map[int]bool{0: true, 1: true},
		members: []member{countStated(0, 29, 52, 29), countStated(1, 50, 52, 50, 29)}}
	out := c.splitEchoes(func(int, facts.Fact) bool { return false })
	if len(out) != 1 || out[0].members[0].col != 1 {
		t.Fatalf("split out %v, want the second source's 50 alone", out)
	}
	if f := c.fact(make([]Column, 2)); f.Disagree {
		t.Errorf("29 still disagrees: %s", f.Note)
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

func amountStated(col int, v float64, digits string) member {
	n := facts.Number{Value: v, Unit: "EUR", Digits: digits}
	return member{col: col, f: facts.Fact{Kind: facts.KindAmount, Attribute: "amount", Norm: facts.FormatNumber(n), Num: &n}}
}

func TestALoneFigureWithSwappedDigitsJoinsTheFactOthersGive(t *testing.T) {
	shared := &cluster{kind: facts.KindAmount, cols: map[int]bool{0: true, 1: true},
		members: []member{amountStated(0, 178e6, "178"), amountStated(1, 178e6, "178")}}
	lone := &cluster{kind: facts.KindAmount, cols: map[int]bool{2: true}, members: []member{amountStated(2, 187e6, "187")}}
	other := &cluster{kind: facts.KindAmount, cols: map[int]bool{2: true}, members: []member{amountStated(2, 25e6, "25")}}
	joinTranspositions([]*cluster{shared, lone, other})
	if len(shared.members) != 3 || len(lone.members) != 0 {
		t.Fatalf("€187 million not joined to €178 million: %d and %d statements", len(shared.members), len(lone.members))
	}
	if f := shared.fact(make([]Column, 3)); !f.Disagree {
		t.Error("€187 million against €178 million not flagged")
	}
	if len(other.members) != 1 {
		t.Error("an unlike figure was joined")
	}
}

func TestSwappedDigitsNeedTwoDigitsInAnotherOrder(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{{"187", "178", true}, {"642", "462", true}, {"58", "85", true}, {"5", "5", false}, {"7", "70", false}, {"178", "178", false}, {"178", "1780", false}, {"178", "179", false}} {
		if got := swappedDigits(c.a, c.b); got != c.want {
			t.Errorf("swappedDigits(%s, %s) = %v", c.a, c.b, got)
		}
	}
}

func TestALoneCountJoinsOnlyACountOfTheSameThing(t *testing.T) {
	count := func(col int, v float64, digits, key string) member {
		n := facts.Number{Value: v, Digits: digits}
		return member{col: col, f: facts.Fact{Kind: facts.KindCount, Attribute: "count", Key: key, Norm: digits, Num: &n}}
	}
	injured := &cluster{kind: facts.KindCount, cols: map[int]bool{0: true, 1: true}, members: []member{count(0, 14, "14", "injured"), count(1, 14, "14", "injured")}}
	arrested := &cluster{kind: facts.KindCount, cols: map[int]bool{2: true}, members: []member{count(2, 41, "41", "arrested")}}
	joinTranspositions([]*cluster{injured, arrested})
	if len(injured.members) != 2 {
		t.Error("41 arrested joined 14 injured")
	}
	hurt := &cluster{kind: facts.KindCount, cols: map[int]bool{2: true}, members: []member{count(2, 41, "41", "injured")}}
	joinTranspositions([]*cluster{injured, hurt})
	if len(injured.members) != 3 {
		t.Error("41 injured not joined to 14 injured")
	}
}

func TestRivalFiguresOfOneSizeOnly(t *testing.T) {
	h := func(v float64, unit string) facts.Number { return facts.Number{Value: v, Unit: unit} }
	if withinFactor(h(2, "dur:h"), h(24, "dur:y"), 3) {
		t.Error("2 hours and 24 years of one size")
	}
	if !withinFactor(h(9, "dur:d"), h(6, "dur:d"), 3) || !withinFactor(h(48, "dur:h"), h(1, "dur:d"), 3) {
		t.Error("9 and 6 days, or 48 hours and a day, not of one size")
	}
}

// TestTwoFloorsAreSetSideBySide: two sources' floors of one figure are
// two estimates of it, compared as figures are ("at least six weeks"
// beside "at least eight weeks" disagree); a floor beside a figure past it
// agrees.
func TestTwoFloorsAreSetSideBySide(t *testing.T) {
	days := facts.Number{Value: 10, Unit: "dur:d", Hedge: facts.AtLeast}
	weeks := facts.Number{Value: 10, Unit: "dur:w", Hedge: facts.AtLeast}
	if numbersAgree(days, weeks) {
		t.Error("at least ten days and at least ten weeks agree")
	}
	more3000 := facts.Number{Value: 3000, Digits: "3", Hedge: facts.AtLeast}
	more4500 := facts.Number{Value: 4500, Digits: "45", Hedge: facts.AtLeast}
	exact := facts.Number{Value: 4500, Digits: "45"}
	if numbersAgree(more3000, more4500) {
		t.Error("more than 3,000 agrees with more than 4,500")
	}
	if !numbersAgree(more3000, more3000) || !numbersAgree(more3000, exact) {
		t.Error("more than 3,000 disagrees with itself or with 4,500")
	}
}

func TestSwappedYearsAndCountsOfUnknownSubjectsInTwoLanguagesJoin(t *testing.T) {
	year := func(col int, y, lang string) member {
		return member{col: col, f: facts.Fact{Kind: facts.KindDate, Attribute: "year", Norm: y, Lang: lang}}
	}
	known := &cluster{kind: facts.KindDate, cols: map[int]bool{0: true, 1: true}, members: []member{year(0, "1958", "es"), year(1, "1958", "it")}}
	lone := &cluster{kind: facts.KindDate, cols: map[int]bool{2: true}, members: []member{year(2, "1985", "en")}}
	joinTranspositions([]*cluster{known, lone})
	if len(known.members) != 3 || !known.fact(make([]Column, 3)).Disagree {
		t.Error("1985 not set against 1958")
	}
	count := func(col int, v float64, digits, subject, lang string) member {
		n := facts.Number{Value: v, Digits: digits}
		return member{col: col, f: facts.Fact{Kind: facts.KindCount, Attribute: "count", Subject: subject, Key: facts.SubjectKey(subject), Lang: lang, Norm: digits, Num: &n}}
	}
	techs := &cluster{kind: facts.KindCount, cols: map[int]bool{0: true, 1: true}, members: []member{count(0, 230, "230", "technicians", "en"), count(1, 230, "230", "monteurs", "nl")}}
	other := &cluster{kind: facts.KindCount, cols: map[int]bool{2: true}, members: []member{count(2, 320, "320", "Techniker", "de")}}
	joinTranspositions([]*cluster{techs, other})
	if len(techs.members) != 3 {
		t.Error("320 Techniker not set against 230 technicians")
	}
	sameLang := &cluster{kind: facts.KindCount, cols: map[int]bool{2: true}, members: []member{count(2, 320, "320", "visitors", "en")}}
	techs2 := &cluster{kind: facts.KindCount, cols: map[int]bool{0: true, 1: true}, members: []member{count(0, 230, "230", "technicians", "en"), count(1, 230, "230", "engineers", "en")}}
	joinTranspositions([]*cluster{techs2, sameLang})
	if len(techs2.members) != 2 {
		t.Error("320 visitors joined 230 technicians in one language")
	}
}

func TestAListSentenceTiesNoRivalFigures(t *testing.T) {
	a := facts.Fact{Names: []string{"italia"}}
	b := facts.Fact{Names: []string{"italia", "grecia", "portugal"}}
	if !listSentence(a, b, 1) {
		t.Error("a sentence naming two more countries is no list")
	}
	if listSentence(a, facts.Fact{Names: []string{"italia", "roma"}}, 1) {
		t.Error("one more name makes a list")
	}
}

func TestRoundingIsTheLastWrittenDigits(t *testing.T) {
	n := func(v float64, digits string) facts.Number { return facts.Number{Value: v, Digits: digits} }
	if numbersAgree(n(61, "61"), n(64, "64")) {
		t.Error("61 and 64 agree")
	}
	if !numbersAgree(n(23, "23"), n(23.4, "234")) {
		t.Error("23 and 23.4 disagree")
	}
	d := func(v float64) facts.Number {
		return facts.Number{Value: v, Digits: strconv.Itoa(int(v)), Unit: "dur:d"}
	}
	if numbersAgree(d(3), d(4)) {
		t.Error("3 and 4 days agree")
	}
	if !numbersAgree(n(4000, "4000"), n(3950, "3950")) || numbersAgree(n(3700, "3700"), n(4000, "4000")) {
		t.Error("round thousands no longer round")
	}
}

func TestAThousandfoldAmountIsASlip(t *testing.T) {
	eur := func(v float64) facts.Fact {
		return facts.Fact{Kind: facts.KindAmount, Num: &facts.Number{Value: v, Unit: "EUR"}}
	}
	if !magnitudeSlip(eur(1.2e9), eur(1.2e6)) || !magnitudeSlip(eur(1.2e6), eur(1.2e9)) {
		t.Error("1.2 billion against 1.2 million is no slip")
	}
	if magnitudeSlip(eur(1.2e8), eur(1.2e6)) {
		t.Error("a hundredfold amount taken for a slip")
	}
}

func TestAgesOfNamedPeople(t *testing.T) {
	age := func(subject, lang string, v float64) facts.Fact {
		return facts.Fact{Kind: facts.KindQuantity, Attribute: "age", Subject: subject, Key: facts.SubjectKey(subject), Lang: lang, Num: &facts.Number{Value: v, Unit: "dur:y", Digits: strconv.Itoa(int(v))}}
	}
	if _, ok := match(age("Bellandi", "es", 24), age("Valente", "pt", 27)); ok {
		t.Error("two riders' ages matched")
	}
	if _, ok := match(age("Contini", "en", 76), age("Ada Contini", "it", 71)); !ok {
		t.Error("one writer's two ages not matched")
	}
}

func TestALoneDurationJoinsTheOneOthersGiveInItsUnit(t *testing.T) {
	dur := func(col int, v float64, unit string, hedge facts.Hedge) member {
		n := facts.Number{Value: v, Unit: unit, Hedge: hedge, Digits: strconv.Itoa(int(v))}
		return member{col: col, f: facts.Fact{Kind: facts.KindDuration, Attribute: "length", Norm: facts.FormatNumber(n), Num: &n}}
	}
	six := &cluster{kind: facts.KindDuration, cols: map[int]bool{0: true, 1: true}, members: []member{dur(0, 6, "dur:d", facts.Exact), dur(1, 6, "dur:d", facts.Exact)}}
	nine := &cluster{kind: facts.KindDuration, cols: map[int]bool{2: true}, members: []member{dur(2, 9, "dur:d", facts.Exact)}}
	joinLoneMeasures([]*cluster{six, nine})
	if len(six.members) != 3 || !six.fact(make([]Column, 3)).Disagree {
		t.Fatal("nine days not set against six")
	}
	fifteen := &cluster{kind: facts.KindDuration, cols: map[int]bool{0: true, 1: true}, members: []member{dur(0, 15, "dur:min", facts.Exact), dur(1, 15, "dur:min", facts.Exact)}}
	about20 := &cluster{kind: facts.KindDuration, cols: map[int]bool{2: true}, members: []member{dur(2, 20, "dur:min", facts.About)}}
	joinLoneMeasures([]*cluster{fifteen, about20})
	if len(fifteen.members) != 2 {
		t.Error("an estimate joined as a slip")
	}
	weeks := &cluster{kind: facts.KindDuration, cols: map[int]bool{2: true}, members: []member{dur(2, 9, "dur:w", facts.Exact)}}
	joinLoneMeasures([]*cluster{six, weeks})
	if len(weeks.members) != 1 {
		t.Error("weeks joined days")
	}
}

func TestTwoEstimatesAFifthApartDisagree(t *testing.T) {
	about := func(v float64) facts.Number { return facts.Number{Value: v, Hedge: facts.About, Digits: "0"} }
	if numbersAgree(about(1.9e6), about(2.3e6)) || numbersAgree(about(11), about(13)) {
		t.Error("two estimates a fifth apart agree")
	}
	if !numbersAgree(about(2000), about(2050)) || !numbersAgree(about(2000), facts.Number{Value: 2150, Digits: "215"}) {
		t.Error("close estimates, or an estimate and a figure within its tenth, disagree")
	}
}

func TestALoneMeasureJoinsTheOneOthersGiveInItsUnit(t *testing.T) {
	m := func(col int, v float64, hedge facts.Hedge) member {
		n := facts.Number{Value: v, Unit: "m", Hedge: hedge, Digits: strconv.Itoa(int(v))}
		return member{col: col, f: facts.Fact{Kind: facts.KindQuantity, Attribute: "length", Norm: facts.FormatNumber(n), Num: &n}}
	}
	eleven := &cluster{kind: facts.KindQuantity, cols: map[int]bool{0: true, 1: true}, members: []member{m(0, 11, facts.About), m(1, 11, facts.About)}}
	thirteen := &cluster{kind: facts.KindQuantity, cols: map[int]bool{2: true}, members: []member{m(2, 13, facts.About)}}
	joinLoneMeasures([]*cluster{eleven, thirteen})
	if len(eleven.members) != 3 || !eleven.fact(make([]Column, 3)).Disagree {
		t.Error("about 13 m not set against about 11 m")
	}
}

func TestASourceThatStatesTheOthersValueElsewhereIsNotAtOdds(t *testing.T) {
	dur := func(col int, v float64) member {
		n := facts.Number{Value: v, Unit: "dur:y", Digits: strconv.Itoa(int(v))}
		return member{col: col, f: facts.Fact{Kind: facts.KindDuration, Attribute: "length", Norm: facts.FormatNumber(n), Num: &n}}
	}
	c := &cluster{kind: facts.KindDuration, cols: map[int]bool{0: true, 1: true, 2: true},
		members: []member{dur(0, 2), dur(1, 2), dur(2, 77)}}
	says := func(col int, f facts.Fact) bool { return col == 2 && f.Norm == "2 years" }
	if out := c.splitEchoes(says); len(out) != 1 || out[0].members[0].col != 2 {
		t.Fatalf("77 years kept against 2 years the source also gives: %v", out)
	}
}

func percentStated(col int, v float64, hedge facts.Hedge) member {
	n := facts.Number{Value: v, Unit: "%", Hedge: hedge, Digits: strconv.FormatFloat(v*10, 'f', 0, 64)}
	return member{col: col, f: facts.Fact{Kind: facts.KindPercent, Attribute: "share", Norm: facts.FormatNumber(n), Num: &n}}
}

func TestAnEstimateBridgesNoTwoFirmFigures(t *testing.T) {
	ms := []member{percentStated(0, 8.7, facts.Exact), percentStated(1, 7.8, facts.Exact), percentStated(2, 7.8, facts.Exact), percentStated(3, 8, facts.About)}
	ms[3].f.Num.Digits = "8"
	classes := valueClasses(ms)
	if len(classes) != 2 || len(classes[0]) != 1 || classes[0][0].col != 0 {
		t.Fatalf("classes %v, want 8.7%% alone and the 7.8%%s with about 8%%", classes)
	}
	c := &cluster{kind: facts.KindPercent, cols: map[int]bool{0: true, 1: true, 2: true, 3: true}, members: ms}
	if f := c.fact(make([]Column, 4)); !f.Disagree {
		t.Error("8.7% against 7.8% not flagged beside about 8%")
	}
}

func TestSwappedDigitsJoinPeopleToPeopleOfAKind(t *testing.T) {
	counted := func(col int, v float64, subject, key, lang string) member {
		m := countStated(col, v)
		m.f.Subject, m.f.Key, m.f.Lang, m.f.Num.Digits = subject, key, lang, strconv.Itoa(int(v))
		return m
	}
	shared := &cluster{kind: facts.KindCount, cols: map[int]bool{0: true, 1: true},
		members: []member{counted(0, 230, "workers", "worker", "en"), counted(1, 230, "Beschäftigte", "worker", "de")}}
	lone := &cluster{kind: facts.KindCount, cols: map[int]bool{2: true}, members: []member{counted(2, 320, "mensen", "people", "nl")}}
	joinTranspositions([]*cluster{shared, lone})
	if len(shared.members) != 3 {
		t.Fatal("320 people not joined to 230 workers")
	}
	other := &cluster{kind: facts.KindCount, cols: map[int]bool{2: true}, members: []member{counted(2, 320, "trees", "tree", "nl")}}
	shared.members = shared.members[:2]
	joinTranspositions([]*cluster{shared, other})
	if len(shared.members) != 2 {
		t.Error("320 trees joined to 230 workers")
	}
}

func TestATotalOfTheOthersPartsIsNoRival(t *testing.T) {
	parts := func(col int, v float64, anchors ...string) member {
		m := countStated(col, v)
		m.f.Anchors = anchors
		return m
	}
	c := &cluster{kind: facts.KindCount, cols: map[int]bool{0: true, 1: true, 2: true},
		members: []member{parts(0, 32, "32", "12"), parts(1, 32, "32", "12"), parts(2, 44, "44", "38 kg")}}
	out := c.splitEchoes(func(int, facts.Fact) bool { return false })
	if len(out) != 1 || out[0].members[0].col != 2 {
		t.Fatalf("split out %v, want the total 44 alone", out)
	}
	c = &cluster{kind: facts.KindCount, cols: map[int]bool{0: true, 1: true, 2: true},
		members: []member{parts(0, 640, "640"), parts(1, 640, "640"), parts(2, 380, "380", "260")}}
	if out := c.splitEchoes(func(int, facts.Fact) bool { return false }); len(out) != 1 || out[0].members[0].col != 2 {
		t.Fatalf("split out %v, want the part 380 alone", out)
	}
	c = &cluster{kind: facts.KindCount, cols: map[int]bool{0: true, 1: true, 2: true},
		members: []member{parts(0, 32, "32", "9"), parts(1, 32, "32"), parts(2, 44, "44")}}
	if out := c.splitEchoes(func(int, facts.Fact) bool { return false }); out != nil {
		t.Errorf("44 taken for a total of 32 and 9: %v", out)
	}
}

func TestPreciseFiguresAllowOnlyTheirLastDigitsRounding(t *testing.T) {
	n := func(v float64, digits string) facts.Number { return facts.Number{Value: v, Unit: "%", Digits: digits} }
	if numbersAgree(n(3.124, "3124"), n(3.142, "3142")) {
		t.Error("3.124% and 3.142% agree")
	}
	if !numbersAgree(n(2.615, "2615"), n(2.62, "262")) || !numbersAgree(n(16.2, "162"), n(16.25, "1625")) {
		t.Error("a precise figure and its rounding disagree")
	}
}

// TestSplitEchoesTakesOutAFigureTheOthersGiveToo: "Num concelho com 11
// mil habitantes" beside "About 4,300 of the municipality's 11,000
// residents" gives the total both write, no rival of the 4,300.
func TestSplitEchoesTakesOutAFigureTheOthersGiveToo(t *testing.T) {
	c := &cluster{kind: facts.KindCount, cols: map[int]bool{0: true, 1: true, 2: true},
		members: []member{countStated(0, 4300, 4300, 11000), countStated(1, 4300, 4300, 65), countStated(2, 11000, 11000)}}
	out := c.splitEchoes(func(int, facts.Fact) bool { return false })
	if len(out) != 1 || out[0].members[0].col != 2 {
		t.Fatalf("split out %v, want the third source's 11,000 alone", out)
	}
	if f := c.fact(make([]Column, 3)); f.Disagree {
		t.Errorf("the 4,300s still disagree: %s", f.Note)
	}
	d := &cluster{kind: facts.KindDuration, cols: map[int]bool{0: true, 1: true, 2: true},
		members: []member{durationStated(0, 9, 9, 7), durationStated(1, 9, 9), durationStated(2, 7, 7)}}
	if out := d.splitEchoes(func(int, facts.Fact) bool { return false }); out != nil {
		t.Errorf("a length of time split out because another paragraph writes its number: %v", out)
	}
}

func durationStated(col int, v float64, echoes ...float64) member {
	m := countStated(col, v, echoes...)
	m.f.Kind, m.f.Attribute, m.f.Num.Unit = facts.KindDuration, "length", "dur:h"
	return m
}
