package compare

import (
	"strings"

	"reader/articles/facts"
)

// joinSameValues makes one fact of two that give one value in other
// columns where one source's extraction read a plan or an earlier value
// and another's did not: "€6.8 billion" planned in one report and
// "6,8 Milliarden Euro vorgesehen" in another are one fact, not two facts
// each of one source. Only values that say something on their own join:
// an amount, a measure, a length of time or a share, or a count of a
// hundred or more, all alike and given the same way, never two sources in
// one column.
func joinSameValues(cs []*cluster) {
	for i, a := range cs {
		if !distinctValue(a) {
			continue
		}
		for _, b := range cs[i+1:] {
			if !distinctValue(b) || a.kind != b.kind || sharesColumn(a, b) {
				continue
			}
			fa, fb := a.members[0].f, b.members[0].f
			if fa.Norm != fb.Norm || fa.Num.Unit != fb.Num.Unit || fa.Num.Per != fb.Num.Per || fa.Attribute == fb.Attribute || baseAttribute(fa.Attribute) != baseAttribute(fb.Attribute) {
				continue
			}
			into, from := a, b
			if len(b.members) > len(a.members) {
				into, from = b, a
			}
			into.members = append(into.members, from.members...)
			for col := range from.cols {
				into.cols[col] = true
			}
			from.members, from.cols = nil, nil
			if into == b {
				break // a is spent; b goes on with its own turn
			}
		}
	}
}

// distinctValue: every statement of c gives one value, alike, that is no
// bound, and says something on its own (not "2" or "three").
func distinctValue(c *cluster) bool {
	if len(c.members) == 0 {
		return false
	}
	f := c.members[0].f
	if f.Num == nil || f.Num.Hedge != facts.Exact && f.Num.Hedge != facts.About || f.Num.Unit == "" && f.Num.Value < 100 {
		return false
	}
	for _, m := range c.members[1:] {
		if m.f.Norm != f.Norm {
			return false
		}
	}
	return true
}

// baseAttribute is an attribute without its time: "planned amount" and
// "previous amount" are of "amount".
func baseAttribute(a string) string {
	a = strings.TrimPrefix(a, "planned ")
	return strings.TrimPrefix(a, "previous ")
}
