package compare

import (
	"testing"

	"reader/articles/facts"
)

// TestOneValueReadAsAPlanInOneSourceIsOneFact: "€6.8 billion" read as a
// plan in one report and as an amount in two others is one fact of three
// sources; two sources in one column, a bare small count and another
// attribute stay apart.
func TestOneValueReadAsAPlanInOneSourceIsOneFact(t *testing.T) {
	amount := func(col int, attr string, v float64, unit string) member {
		n := facts.Number{Value: v, Unit: unit}
		return member{col: col, f: facts.Fact{Kind: facts.KindAmount, Attribute: attr, Norm: facts.FormatNumber(n), Value: facts.FormatNumber(n), Num: &n}}
	}
	mk := func(ms ...member) *cluster {
		c := &cluster{kind: facts.KindAmount, cols: map[int]bool{}}
		for _, m := range ms {
			c.members = append(c.members, m)
			c.cols[m.col] = true
		}
		return c
	}
	plain := mk(amount(0, "amount", 6.8e9, "EUR"), amount(1, "amount", 6.8e9, "EUR"))
	planned := mk(amount(2, "planned amount", 6.8e9, "EUR"))
	joinSameValues([]*cluster{plain, planned})
	if len(plain.members) != 3 || len(planned.members) != 0 {
		t.Fatalf("€6.8 billion planned not joined to €6.8 billion twice: %d and %d", len(plain.members), len(planned.members))
	}
	if f := plain.fact(make([]Column, 3)); f.Attribute != "amount" || f.Disagree {
		t.Errorf("joined fact: attribute %q, disagree %v; want amount, no disagreement", f.Attribute, f.Disagree)
	}
	for _, c := range []struct {
		name string
		a, b *cluster
	}{
		{"one column twice", mk(amount(0, "amount", 6.8e9, "EUR")), mk(amount(0, "planned amount", 6.8e9, "EUR"))},
		{"a bare small count", mk(amount(0, "count", 2, "")), mk(amount(1, "planned count", 2, ""))},
		{"another value", mk(amount(0, "amount", 6.8e9, "EUR")), mk(amount(1, "planned amount", 6.9e9, "EUR"))},
		{"another attribute", mk(amount(0, "amount", 6.8e9, "EUR")), mk(amount(1, "part", 6.8e9, "EUR"))},
		{"the same attribute", mk(amount(0, "amount", 6.8e9, "EUR")), mk(amount(1, "amount", 6.8e9, "EUR"))},
	} {
		joinSameValues([]*cluster{c.a, c.b})
		if len(c.a.members) != 1 || len(c.b.members) != 1 {
			t.Errorf("%s: joined", c.name)
		}
	}
}
