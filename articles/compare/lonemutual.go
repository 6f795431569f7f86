package compare

import (
	"reader/articles/facts"
)

// joinLoneMutual pairs what the narrower lone joins leave: a source's
// figure or date that no other source gives, and a fact that two or more
// other sources give alike and it does not, when each is the other's one
// candidate: near in value (within half again, the same day of another
// month or another day of the same month), of one kind, unit and
// attribute, and neither the source has another such figure near that
// fact nor another fact near that figure. "280 mensen" beside "180
// mensen", "environ 180 personnes" and "about 180 people" is one count;
// where a source gives two figures near the others' one, or one figure
// near two of theirs, nothing is paired.
func joinLoneMutual(bucket []*cluster) {
	type pair struct{ s, t *cluster }
	var pairs []pair
	perLone := map[*cluster]int{}
	perTarget := map[[2]any]int{} // target and column -> candidates
	for _, s := range bucket {
		if len(s.members) != 1 {
			continue
		}
		m := s.members[0]
		if !pairable(m.f) || m.f.Attribute == "age" {
			continue
		}
		for _, t := range bucket {
			if len(t.members) < 2 || t.cols[m.col] || !oneValue(t) || !nearValue(m.f, t.members[0].f) {
				continue
			}
			if m.f.Kind != facts.KindDate && !tiedToAny(m.f, t.members) || keyedOtherwise(m.f, t.members) || saidOfAnotherThing(t, m.f) || ofAnotherYear(t, m.f) || m.f.Num != nil && othersGive(bucket, t.cols, m.f.Num.Value) {
				continue
			}
			pairs = append(pairs, pair{s, t})
			perLone[s]++
			perTarget[[2]any{t, m.col}]++
		}
	}
	for _, p := range pairs {
		m := p.s.members[0]
		if perLone[p.s] != 1 || perTarget[[2]any{p.t, m.col}] != 1 {
			continue
		}
		p.t.members = append(p.t.members, m)
		p.t.cols[m.col] = true
		p.s.members, p.s.cols = nil, nil
	}
}

// pairable: a figure stated as a value, not a bound or a range, or a
// calendar date.
func pairable(f facts.Fact) bool {
	if f.Kind == facts.KindDate {
		_, _, ok := dayMonth(f.Norm)
		return ok
	}
	return (f.Kind == facts.KindQuantity || f.Kind == facts.KindCount || f.Kind == facts.KindAmount) && f.Num != nil && (f.Num.Hedge == facts.Exact || f.Num.Hedge == facts.About) && f.Num.Value > 0
}

// oneValue: every statement of c gives one value.
func oneValue(c *cluster) bool {
	return len(valueClasses(c.members)) == 1
}

// nearValue: b's value is one a in error could stand for: a figure within
// half again of it in a unit of the same measure, the same day of another
// month, another day of the same month.
func nearValue(a, b facts.Fact) bool {
	if a.Kind == facts.KindDate {
		d1, m1, ok1 := dayMonth(a.Norm)
		d2, m2, ok2 := dayMonth(b.Norm)
		return ok1 && ok2 && (d1 == d2) != (m1 == m2)
	}
	if a.Num == nil || b.Num == nil || a.Num.Per != b.Num.Per {
		return false
	}
	if a.Num.Unit != b.Num.Unit && !facts.ExactUnits(a.Num.Unit, b.Num.Unit) {
		return false
	}
	return withinFactor(*a.Num, *b.Num, 1.5)
}

// keyedOtherwise: a statement of ms in f's language counts or measures
// something f does not name: in one language one thing has one word.
func keyedOtherwise(f facts.Fact, ms []member) bool {
	for _, o := range ms {
		if o.f.Lang == f.Lang && f.Lang != "" && o.f.Key != f.Key {
			return true
		}
	}
	return false
}
