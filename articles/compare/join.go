package compare

import (
	"math"
	"reader/articles/facts"
	"slices"
	"strings"
)

// Joining facts that the order of the sources left apart.

// joinMatched joins to c the other clusters of its bucket that st also
// matches, when no source states in both: the statements were taken in
// the order of the sources, so one source's rival value ("76 años") can
// stand alone only because the source it matches ("67 ans") came after
// the first to state the fact ("67-year-old"), which it does not match.
func joinMatched(bucket []*cluster, c *cluster, st member) {
	for _, o := range bucket {
		if o == c || len(o.members) == 0 || sharesColumn(o, c) || ofAnotherYear(c, o.members[0].f) || partOfWholeOf(c, o) {
			continue
		}
		for _, m := range o.members[:min(len(o.members), maxCompared)] {
			if _, ok := matchAny(m, st); ok {
				c.members = append(c.members, o.members...)
				for col := range o.cols {
					c.cols[col] = true
				}
				o.members, o.cols = nil, nil
				break
			}
		}
	}
}

// joinResiduals pairs what is left over: a source's one unmatched figure
// of a bucket joins the one fact of that bucket it does not state, when
// the source agrees with that fact's sources on another figure of the
// bucket. "Viaggiava a 51 km/h su un tratto dove il limite è di 20 km/h"
// beside "at 31 km/h on a section with a 20 km/h limit": the 20 km/h are
// one fact, so the other speeds are one fact too.
func joinResiduals(bucket []*cluster) {
	for _, c := range bucket {
		if len(c.members) != 1 || !measured(c.members[0].f) {
			continue // counts, dates and places are tied to what they count or date
		}
		if f := c.members[0].f; f.Attribute == "age" && namedPerson(f.Subject) {
			continue // a named person's age is theirs: "Joaquim Loureiro, 81 anos" beside the fisherman's 67
		}
		col := c.members[0].col
		var target *cluster
		n := 0
		for _, t := range bucket {
			if t != c && len(t.members) > 0 && !t.cols[col] {
				target, n = t, n+1
			}
		}
		if n != 1 || !sameMagnitude(c.members[0].f, target.members[0].f) || ofAnotherYear(target, c.members[0].f) || twoKnownPeople(c.members[0].f, target.members[0].f) {
			continue // a slip is a digit or two, not another order of size, nor another year's figure
		}
		if f := c.members[0].f; f.Attribute == "age" && facts.EarlierOne(f.Subject) {
			continue // "la anterior, de 54 años": the woman before her, not anyone of the story
		}
		if c.kind == facts.KindPercent && !withinFactor(*c.members[0].f.Num, *target.members[0].f.Num, 1.5) &&
			!(sharedAnchors(c.members[0].f, target.members[0].f) >= 2 && withinFactor(*c.members[0].f.Num, *target.members[0].f.Num, 2)) {
			continue // shares of many things: "profit rose 24%" is no slip of "Onlineanteil bei gut 40 Prozent"
		}
		if len(target.members) < 2 && sharedAnchors(c.members[0].f, target.members[0].f) == 0 {
			continue // one source's odd figure against another's, their sentences tied by nothing: a quote's wholesale price rise against a tariff's
		}
		for _, u := range bucket {
			if u != c && u != target && len(u.members) > 1 && u.cols[col] && sharesColumn(u, target) {
				target.members = append(target.members, c.members...)
				target.cols[col] = true
				c.members, c.cols = nil, nil
				break
			}
		}
	}
}

// sameMagnitude: two figures within a factor of three of each other.
func sameMagnitude(a, b facts.Fact) bool {
	x, y := a.Num.Value, b.Num.Value
	return x > 0 && y > 0 && x <= 3*y && y <= 3*x
}

// measured: a quantity with a unit of measure (a speed, a length, a
// weight) or a share. Amounts and durations are not: an article gives
// many of them for different things (revenue, profit, costs), and pairing
// the odd ones out flagged false disagreements on the May and July sets.
func measured(f facts.Fact) bool {
	return f.Num != nil && f.Num.Unit != "" && (f.Kind == facts.KindQuantity || f.Kind == facts.KindPercent)
}

// sharesColumn: some source states in both clusters.
func sharesColumn(a, b *cluster) bool {
	for col := range a.cols {
		if b.cols[col] {
			return true
		}
	}
	return false
}

// joinTranspositions joins a source's lone figure or year to the fact two
// or more other sources give and it does not, when its digits are theirs
// in another order ("187 millones de euros" beside "178 million euros" in
// three languages, 1985 beside 1958) or an amount is theirs a thousand
// times over ("1,2 Milliarden" beside "€1.2 million"). Swapped digits and
// a wrong magnitude word are the commonest slips of copy; a count joins
// only a count of the same thing, or in another language of a thing the
// synonym table does not know.
func joinTranspositions(bucket []*cluster) {
	for _, c := range bucket {
		if len(c.members) != 1 || digitsOf(c.members[0].f) == "" {
			continue
		}
		m := c.members[0]
		for _, t := range bucket {
			if t == c || len(t.members) == 0 || len(t.members) < 2 && !pairOfTongues(m, t) || t.cols[m.col] || !swappedFigures(m.f, t.members[0].f) && !magnitudeSlip(m.f, t.members[0].f) ||
				c.kind == facts.KindCount && !countsOfOne(m.f, t.members) {
				continue
			}
			t.members = append(t.members, m)
			t.cols[m.col] = true
			c.members, c.cols = nil, nil
			break
		}
	}
}

// pairOfTongues: m and t's one statement are two sources' lone figures of
// three digits or more in two languages ("6.030 schermi", "6 300
// écrans"): the synonym table may not know the thing, and digits swapped
// between them are a slip of one, whichever it is.
func pairOfTongues(m member, t *cluster) bool {
	o := t.members[0].f
	return len(t.members) == 1 && m.f.Lang != o.Lang && m.f.Lang != "" && o.Lang != "" && len(digitsOf(m.f)) >= 3
}

// digitsOf is how a figure or a year was written, without separators;
// "" for other statements.
func digitsOf(f facts.Fact) string {
	switch {
	case f.Num != nil:
		return f.Num.Digits
	case f.Kind == facts.KindDate && len(f.Norm) == 4 && strings.Trim(f.Norm, "0123456789") == "":
		return f.Norm // a year: "2031", or "since 1958"
	}
	return ""
}

// countsOfOne: f counts what one of ms counts: the same subject, people
// beside people of a kind, or in another language a subject the synonym
// table does not know, which is unlike but not different ("320
// Techniker", "230 technicians").
func countsOfOne(f facts.Fact, ms []member) bool {
	for _, m := range ms {
		if f.Key != "" && m.f.Key == f.Key {
			return true
		}
		if f.Key == facts.PeopleKey && facts.PeopleSubject(m.f.Key) || m.f.Key == facts.PeopleKey && facts.PeopleSubject(f.Key) {
			return true // "320 mensen" beside "230 workers"
		}
		if f.Lang != m.f.Lang && facts.SynonymLanguage(f.Lang) && facts.SynonymLanguage(m.f.Lang) && f.Key != "" && m.f.Key != "" && !facts.KnownSubject(f.Subject) && !facts.KnownSubject(m.f.Subject) {
			return true
		}
	}
	return false
}

// swappedFigures: a and b are written with the same digits in another
// order, and are of one size (a swap keeps the number of digits and the
// magnitude word: "19 películas" beside "91 mila biglietti" is no slip).
func swappedFigures(a, b facts.Fact) bool {
	if !swappedDigits(digitsOf(a), digitsOf(b)) {
		return false
	}
	return a.Num == nil || b.Num == nil || withinFactor(*a.Num, *b.Num, 10)
}

// swappedDigits: a and b are the same two digits or more in another
// order.
func swappedDigits(a, b string) bool {
	if len(a) < 2 || len(a) != len(b) || a == b {
		return false
	}
	x, y := []byte(a), []byte(b)
	slices.Sort(x)
	slices.Sort(y)
	return string(x) == string(y)
}

// magnitudeSlip: the same figure a thousand times larger or smaller, one
// magnitude word for another ("1,2 Milliarden Euro" beside "€1.2
// million").
func magnitudeSlip(a, b facts.Fact) bool {
	if a.Num == nil || b.Num == nil || a.Num.Value <= 0 || b.Num.Value <= 0 || a.Kind != facts.KindAmount {
		return false
	}
	r := a.Num.Value / b.Num.Value
	return math.Abs(r-1000) < 1e-6*1000 || math.Abs(r-0.001) < 1e-9
}

// joinExactElsewhere moves a source's figure that every other source of
// its fact contradicts to another fact of the bucket that gives exactly
// that figure and that the source does not state: "Gesammelt wurden
// 116'520 Unterschriften", set against the 112,340 handed in only
// because it was the report's one count of signatures, is the 116,520
// gathered that the others give in a row of their own. Only a figure of
// three significant digits or more moves: a round one ("100") can equal
// another by chance.
func joinExactElsewhere(bucket []*cluster) {
	for _, c := range bucket {
		if len(c.members) < 2 || c.kind != facts.KindCount && c.kind != facts.KindAmount {
			continue // a report's shares come in pairs (for, against): one moved leaves its pair behind
		}
		for i := 0; i < len(c.members); i++ {
			m := c.members[i]
			if m.f.Num == nil || !distinctive(m.f) || giving(c.members, m.f.Num.Value) > 1 {
				continue
			}
			for _, t := range bucket {
				if t == c || t.cols[m.col] || giving(t.members, m.f.Num.Value) == 0 {
					continue
				}
				c.moveMember(i, t)
				i--
				break
			}
		}
	}
}

// distinctive: f's figure has three significant digits or more ("116,520",
// "4,810"), so another source giving it exactly is no chance.
func distinctive(f facts.Fact) bool {
	return len(strings.TrimRight(digitsOf(f), "0")) >= 3
}

// giving is how many of ms give exactly v.
func giving(ms []member, v float64) int {
	n := 0
	for _, o := range ms {
		if o.f.Num != nil && o.f.Num.Value == v {
			n++
		}
	}
	return n
}
