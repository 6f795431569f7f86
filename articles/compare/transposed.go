package compare

import (
	"slices"

	"reader/articles/facts"
)

// joinTransposedElsewhere moves a source's figure that every other source
// of its fact contradicts to the one other fact of the bucket that two or
// more sources give alike, that the source does not state, and whose
// digits are the figure's in another order: "€69 million" set against
// "71 Millionen Euro" only because their sentences were alike is the
// "96 millions d'euros" three others give, copied with its digits
// swapped. Swapped digits are the commonest slip of copy, and a fact of
// its own already stated by two sources is where it belongs.
func joinTransposedElsewhere(bucket []*cluster) {
	for _, c := range bucket {
		if len(c.members) < 2 {
			continue
		}
		for i := 0; i < len(c.members); i++ {
			m := c.members[i]
			if digitsOf(m.f) == "" || !contradictedByAll(m, c.members) {
				continue
			}
			var target *cluster
			n := 0
			for _, t := range bucket {
				if t == c || len(t.members) < 2 || t.cols[m.col] || !oneValue(t) || !swappedFigures(m.f, t.members[0].f) ||
					c.kind == facts.KindCount && !countsOfOne(m.f, t.members) {
					continue
				}
				target, n = t, n+1
			}
			if n != 1 {
				continue
			}
			c.moveMember(i, target)
			i--
		}
	}
}

// moveMember takes c's i-th statement out of c and into t, whose fact it
// states.
func (c *cluster) moveMember(i int, t *cluster) {
	m := c.members[i]
	c.members = slices.Delete(c.members, i, i+1)
	delete(c.cols, m.col)
	t.members = append(t.members, m)
	t.cols[m.col] = true
}

// contradictedByAll: no other statement of ms agrees with m's value.
func contradictedByAll(m member, ms []member) bool {
	for _, o := range ms {
		if o.col != m.col && valuesAgree(m.f, o.f) {
			return false
		}
	}
	return true
}
