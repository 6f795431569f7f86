package compare

import "reader/articles/facts"

// splitDayEchoes takes out of a date a source's statement that differs
// from most sources' day while its article states their day elsewhere,
// of another happening or in other words: "luttaient mardi" in a report
// that has the fire burning "depuis lundi", beside "deflagrou na
// segunda-feira" twice. A story's days are few and each report tells
// several; the one that gives the others' day too tells of another
// happening on its own day, and is a fact of its own. So does one whose
// day every other source gives elsewhere ("a bondi de 24 % lundi" beside
// the closing price "on Friday", where all three say the deal was
// announced on Monday). Where the two sides are alike in number, the side each of whose sources states the
// other side's day elsewhere, while the other side's do not, is the one
// taken out.
func (c *cluster) splitDayEchoes(saysElsewhere func(col int, f facts.Fact) bool) []*cluster {
	groups := valueClasses(c.members)
	if len(groups) != 2 {
		return nil
	}
	allSay := func(ms, others []member) bool {
		for _, m := range ms {
			if !saysElsewhere(m.col, others[0].f) {
				return false
			}
		}
		return true
	}
	a, b := allSay(groups[0], groups[1]), allSay(groups[1], groups[0])
	var out, kept []member
	switch {
	case len(groups[0]) != len(groups[1]):
		most, rest := groups[0], groups[1]
		if len(rest) > len(most) {
			most, rest = rest, most
		}
		kept = most
		for _, m := range rest {
			if saysElsewhere(m.col, most[0].f) || allSay(most, []member{m}) {
				out = append(out, m)
			} else {
				kept = append(kept, m)
			}
		}
	case a && !b:
		kept, out = groups[1], groups[0]
	case b && !a:
		kept, out = groups[0], groups[1]
	}
	if len(out) == 0 {
		return nil
	}
	var split []*cluster
	for _, m := range out {
		split = append(split, &cluster{kind: c.kind, members: []member{m}, cols: map[int]bool{m.col: true}})
	}
	c.members = kept
	c.cols = map[int]bool{}
	for _, m := range kept {
		c.cols[m.col] = true
	}
	return split
}
