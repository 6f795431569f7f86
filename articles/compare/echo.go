package compare

import (
	"strconv"
	"strings"

	"reader/articles/facts"
)

// Echoes: a source that writes the others' figure too is not at odds
// with them.

// splitEchoes takes out of a fact the statements of a source that differ
// from most sources' value while their own paragraph also writes that
// value: the source gives it too, for the same thing in words the
// extraction did not read as a statement ("17 verletzt ... Drei Verletzte
// schweben in Lebensgefahr" beside "17 injured"; "148 contrari ... 120
// notti" beside "120 nuits ... 148 contre"), or whose article states that
// value elsewhere as a figure of the same kind ("Dopo 77 anni di attività
// ... in due anni" beside "over two years"). Each one taken out is a fact
// of its own.
func (c *cluster) splitEchoes(saysElsewhere func(col int, f facts.Fact) bool) []*cluster {
	if len(c.members) >= 2 && c.kind == facts.KindDate {
		return c.splitDayEchoes(saysElsewhere)
	}
	if len(c.members) < 2 || c.members[0].f.Num == nil {
		return nil
	}
	groups := valueClasses(c.members)
	if len(groups) < 2 {
		return nil
	}
	most := 0
	for i, g := range groups {
		if len(g) > len(groups[most]) {
			most = i
		}
	}
	for i, g := range groups {
		if i != most && len(g) == len(groups[most]) {
			if len(groups) != 2 {
				return nil // no value most sources give
			}
			// Two sides alike in number: the side whose paragraphs also
			// write the other's value is the one that echoes ("at least
			// 50%, compared with 29%" beside "against 29%").
			a, b := allEcho(groups[0], groups[1]), allEcho(groups[1], groups[0])
			if a == b {
				// Or the side one of the other side's sources also states
				// as a fact of its own: the winner's prize beside the
				// runner-up's, where a source gives both.
				a, b = allStatedApart(groups[0], groups[1], saysElsewhere), allStatedApart(groups[1], groups[0], saysElsewhere)
			}
			if a == b {
				return nil
			}
			most = 0
			if a {
				most = 1
			}
			break
		}
	}
	var out []*cluster
	kept := groups[most]
	for i, g := range groups {
		if i == most {
			continue
		}
		for _, m := range g {
			if echoes(m, groups[most]) || sumOfParts(m, groups[most]) || saysElsewhere(m.col, groups[most][0].f) || echoedBy(m, groups[most]) || ofAnotherBase(m, groups[most]) || statedApart(m, groups[most], saysElsewhere) {
				out = append(out, &cluster{kind: c.kind, members: []member{m}, cols: map[int]bool{m.col: true}})
			} else {
				kept = append(kept, m)
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	c.members = kept
	c.cols = map[int]bool{}
	for _, m := range kept {
		c.cols[m.col] = true
	}
	return out
}

// statedApart: one of ms's sources states m's value too, as a fact of
// its own: it tells the two figures apart ("300 000 euroa" for the
// winner and "150 000 euroa" for the runner-up beside another source's
// winner's "300 000 eur"), so m's is no rival of theirs. Ages are left
// out: a story gives many people's ages, and another's the same is no
// telling apart.
func statedApart(m member, ms []member, saysElsewhere func(col int, f facts.Fact) bool) bool {
	if m.f.Attribute == "age" {
		return false
	}
	for _, o := range ms {
		if o.col != m.col && saysElsewhere(o.col, m.f) {
			return true
		}
	}
	return false
}

// allStatedApart: every member of ms is statedApart from others.
func allStatedApart(ms, others []member, saysElsewhere func(col int, f facts.Fact) bool) bool {
	for _, m := range ms {
		if !statedApart(m, others, saysElsewhere) {
			return false
		}
	}
	return true
}

// echoes: m's paragraph writes the value of one of ms.
func echoes(m member, ms []member) bool {
	for _, o := range ms {
		if o.f.Num == nil {
			continue
		}
		for _, v := range m.f.Echoes {
			if v == o.f.Num.Value {
				return true
			}
		}
	}
	return false
}

// echoedBy: the paragraph of one of ms writes m's value too, for
// another thing: "About 4,300 of the municipality's 11,000 residents"
// beside "Num concelho com 11 mil habitantes" gives the total both name,
// no rival of the 4,300.
func echoedBy(m member, ms []member) bool {
	if m.f.Num == nil || m.f.Kind == facts.KindDuration {
		return false // a few hours or days are written for other things as often
	}
	for _, o := range ms {
		if echoes(o, []member{m}) {
			return true
		}
	}
	return false
}

// allEcho: every member of ms writes a value of others in its paragraph.
func allEcho(ms, others []member) bool {
	for _, m := range ms {
		if !echoes(m, others) {
			return false
		}
	}
	return true
}

// sumOfParts: m's figure is the sum of one of ms's and another count its
// sentence gives beside it ("44 lingotti" beside "32 lingots d'un kilo
// et 12 lingots de 500 grammes"), or m's figure and another of its
// sentence make one of ms's: parts and their total, no rivals.
func sumOfParts(m member, ms []member) bool {
	if m.f.Num == nil || m.f.Kind != facts.KindCount {
		return false
	}
	for _, o := range ms {
		if o.f.Num == nil {
			continue
		}
		if o.f.Num.Value < m.f.Num.Value && partsMake(o.f, m.f.Num.Value) || m.f.Num.Value < o.f.Num.Value && partsMake(m.f, o.f.Num.Value) {
			return true // the others' parts, or its own parts of their total ("380 Betten" and "260 Betten" beside "640 Betten")
		}
	}
	return false
}

// partsMake: f's figure and another count of its sentence add up to total.
func partsMake(f facts.Fact, total float64) bool {
	for _, a := range f.Anchors {
		v, err := strconv.ParseFloat(strings.ReplaceAll(a, ",", ""), 64)
		if err == nil && a != f.Norm && v > 0 && f.Num.Value+v == total {
			return true
		}
	}
	return false
}
