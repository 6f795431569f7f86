package compare

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"reader/articles/facts"
)

// Lone statements: a source's one figure or date that no other source
// gives, joined to the one the others give and it does not, where both
// sides are alone.

// joinLoneMeasures pairs a source's one duration or measure in a unit
// with the one in that unit that two or more other sources give and it
// does not: "per nove giorni" beside "for six days" and "pendant six
// jours"; "12 weeks" beside "14 Wochen" twice; "cerca de 13 metros" beside
// "rund 11 Meter" and "environ 11 mètres". A story gives few of them in
// one unit, and the odd one of a source that gives just one is a slip of
// the one the others give. An estimate ("about twenty minutes") is set
// only against estimates, an exact figure only against exact ones (one
// of the others' giving it so is enough); ages
// belong to people and are left to them.
func joinLoneMeasures(bucket []*cluster) {
	for _, c := range bucket {
		if len(c.members) != 1 || c.kind != facts.KindDuration && !measured(c.members[0].f) || c.members[0].f.Attribute == "age" {
			continue // ages belong to people: a person has one age, named, and others have theirs
		}
		m := c.members[0]
		if m.f.Num == nil || m.f.Num.Hedge != facts.Exact && m.f.Num.Hedge != facts.About || m.f.Num.Per != "" {
			continue
		}
		var target, anchored, near *cluster
		n, own, lone, tied, nearby := 0, 0, 0, 0, 0
		for _, t := range bucket {
			if len(t.members) == 0 || t.members[0].f.Num == nil || !facts.ExactUnits(t.members[0].f.Num.Unit, m.f.Num.Unit) {
				continue // lengths of time in units of whole ratios: "14 meses" beside "a year and a half"
			}
			if t.cols[m.col] {
				own++
				if len(t.members) == 1 {
					lone++
				}
				continue
			}
			if len(t.members) >= 2 {
				target, n = t, n+1
				if anchoredToAny(m.f, t.members) {
					anchored, tied = t, tied+1
				}
				if withinFactor(*m.f.Num, *t.members[0].f.Num, 1.5) {
					near, nearby = t, nearby+1
				}
			}
		}
		if n > 1 && tied == 1 {
			// Of the others' figures, the one whose sentences give another
			// figure of its sentence ("recicla 41% ... e quer chegar aos
			// 55%" beside "recycles 44% ... and aims for 55%").
			target, n = anchored, 1
		} else if n > 1 && nearby == 1 && lone == 1 {
			// Of the others' figures, the one near it, where it is its
			// source's one figure no other gives (7,4 Prozent beside
			// 6.4%, not beside a 3% of something else).
			target, n = near, 1
		}
		if n != 1 || !hedgedAs(target.members, m.f.Num.Hedge) || saidOfAnotherThing(target, m.f) || ofAnotherYear(target, m.f) ||
			target.members[0].f.Num.Unit != m.f.Num.Unit && (!withinFactor(*m.f.Num, *target.members[0].f.Num, 1.5) || !tiedToAny(m.f, target.members)) { // two weeks are no slip for 30 days
			continue
		}
		// Its one figure in the unit, within a factor of three; or its one
		// figure no other source gives, the rest given by others too, near
		// the target's and given by none of its sources ("elf Tagen" beside
		// "nine days" twice, all three giving the two days before); a share,
		// of which stories give many, only where its sentence shares a word
		// or a name with one of theirs (the placebo's 25% beside 29%).
		if !(own == 1 && withinFactor(*m.f.Num, *target.members[0].f.Num, 3) ||
			lone == 1 && withinFactor(*m.f.Num, *target.members[0].f.Num, 1.5) && !othersGive(bucket, target.cols, m.f.Num.Value) &&
				(c.kind != facts.KindPercent || tiedToAny(m.f, target.members) || len(target.members) >= 3 && !untiedInItsLanguage(m.f, target.members))) {
			continue
		}
		target.members = append(target.members, m)
		target.cols[m.col] = true
		c.members, c.cols = nil, nil
	}
}

// joinLoneFigures pairs a source's one amount in a currency, or one
// count, that no other source gives with the one near it (within half
// again) that two or more other sources give and it does not, when every
// other such figure it gives is one the others give too: "150 millones de
// euros" for the works beside "€180 million" twice; "27 meldingen" beside
// 37 reports twice. A story gives many amounts and counts, so the pairing
// stands only where both sides are alone, where none of the others gives
// the lone figure too, and for counts, where they count one thing.
func joinLoneFigures(bucket []*cluster) {
	for _, c := range bucket {
		if len(c.members) != 1 || c.kind != facts.KindAmount && c.kind != facts.KindCount {
			continue
		}
		m := c.members[0]
		if m.f.Num == nil || m.f.Num.Hedge != facts.Exact && m.f.Num.Hedge != facts.About || m.f.Num.Per != "" || m.f.Attribute != "amount" && m.f.Attribute != "count" {
			continue
		}
		var target *cluster
		n, lone := 0, 0
		for _, t := range bucket {
			if len(t.members) == 0 || t.members[0].f.Num == nil || t.members[0].f.Num.Unit != m.f.Num.Unit {
				continue
			}
			if t.cols[m.col] {
				if len(t.members) == 1 {
					lone++
				}
				continue
			}
			if len(t.members) >= 2 && withinFactor(*m.f.Num, *t.members[0].f.Num, 1.5) {
				target, n = t, n+1
			}
		}
		if lone != 1 || n != 1 || othersGive(bucket, target.cols, m.f.Num.Value) || c.kind == facts.KindCount && !countsOfOne(m.f, target.members) || saidOfAnotherThing(target, m.f) {
			continue // where the others give its figure too, it is another thing
		}
		target.members = append(target.members, m)
		target.cols[m.col] = true
		c.members, c.cols = nil, nil
	}
}

// untiedInItsLanguage: a statement of ms in f's language shares no word
// with f's sentence: in one language the same figure of the same thing
// is told in some of the same words ("los peregrinos extranjeros
// superaron el 56 %" is no telling of "las mujeres son ya el 53 %").
func untiedInItsLanguage(f facts.Fact, ms []member) bool {
	for _, o := range ms {
		if o.f.Lang == f.Lang && f.Lang != "" && overlap(f.Context, o.f.Context) == 0 {
			return true
		}
	}
	return false
}

// hedgedAs: one of ms gives its figure with hedge h ("6 semanas" among
// "about six weeks" and "unas seis semanas").
func hedgedAs(ms []member, h facts.Hedge) bool {
	for _, o := range ms {
		if o.f.Num != nil && o.f.Num.Hedge == h {
			return true
		}
	}
	return false
}

// anchoredToAny: f's sentence gives another figure or date that the
// sentence of one of ms gives too.
func anchoredToAny(f facts.Fact, ms []member) bool {
	for _, o := range ms {
		if sharedAnchors(f, o.f) > 0 {
			return true
		}
	}
	return false
}

// othersGive: one of the sources in cols states the value v in the bucket.
func othersGive(bucket []*cluster, cols map[int]bool, v float64) bool {
	for _, t := range bucket {
		for _, o := range t.members {
			if cols[o.col] && o.f.Num != nil && o.f.Num.Value == v {
				return true
			}
		}
	}
	return false
}

// tiedToAny: f's sentence shares a content word, a name or two other
// figures with the sentence of one of ms.
func tiedToAny(f facts.Fact, ms []member) bool {
	for _, o := range ms {
		if overlap(f.Context, o.f.Context) > 0 || shared(f.Names, o.f.Names) > 0 || sharedAnchors(f, o.f) >= 2 {
			return true
		}
	}
	return false
}

// joinLoneDates pairs a source's calendar date that no other source
// gives with the one date that two or more other sources give and it does
// not, when the two are near, the same day of another month ("30. Juli"
// beside "30 June" twice) or another day of the same month ("15 maart"
// beside "1 March" twice), and no other date it alone gives is near
// theirs (a hearing's "2 december" beside the works' "24 april" leaves
// the April date the one to pair with "14 April").
func joinLoneDates(bucket []*cluster) {
	for _, c := range bucket {
		if len(c.members) != 1 || c.kind != facts.KindDate {
			continue
		}
		m := c.members[0]
		day, month, ok := dayMonth(m.f.Norm)
		if !ok {
			continue
		}
		target, n, _ := othersOnly(bucket, m, func(f facts.Fact) bool { _, _, ok := dayMonth(f.Norm); return ok })
		if n != 1 {
			continue
		}
		d, mo, _ := dayMonth(target.members[0].f.Norm)
		if !nearDate(d, mo, day, month) || slices.Contains(m.f.Echoes, float64(d)) && mo == month {
			continue // the others' day written beside its own is a span: "from March 20 to 24"
		}
		if lonesNear(bucket, m.col, d, mo) != 1 {
			continue // of its dates no other gives, only one may be near theirs
		}
		target.members = append(target.members, m)
		target.cols[m.col] = true
		c.members, c.cols = nil, nil
	}
}

// nearDate: two calendar dates a slip could make one of the other: the
// same day of the month before or after, another day of the same month.
func nearDate(d1 int, m1 time.Month, d2 int, m2 time.Month) bool {
	return d1 == d2 && monthsApart(m1, m2) == 1 || m1 == m2 && d1 != d2
}

// lonesNear counts the calendar dates that column col alone gives in
// bucket near the date d of month mo.
func lonesNear(bucket []*cluster, col int, d int, mo time.Month) int {
	n := 0
	for _, t := range bucket {
		if len(t.members) != 1 || t.members[0].col != col {
			continue
		}
		if d2, m2, ok := dayMonth(t.members[0].f.Norm); ok && nearDate(d, mo, d2, m2) {
			n++
		}
	}
	return n
}

// dayMonth reads a calendar date's norm ("30 June").
func dayMonth(norm string) (int, time.Month, bool) {
	d, name, ok := strings.Cut(norm, " ")
	if !ok {
		return 0, 0, false
	}
	day, err := strconv.Atoi(d)
	if err != nil || day < 1 || day > 31 {
		return 0, 0, false
	}
	for mo := time.January; mo <= time.December; mo++ {
		if mo.String() == name {
			return day, mo, true
		}
	}
	return 0, 0, false
}

// monthsApart is how far apart two months are, round the year.
func monthsApart(a, b time.Month) int {
	d := int(a) - int(b)
	if d < 0 {
		d = -d
	}
	return min(d, 12-d)
}

// othersOnly looks over the facts of bucket of the kind kind tells for
// m's source: target is the last of those two or more other sources give
// and m's does not, n how many there are, and lone how many of the kind
// m's source gives alone.
func othersOnly(bucket []*cluster, m member, kind func(facts.Fact) bool) (target *cluster, n, lone int) {
	for _, t := range bucket {
		if len(t.members) == 0 || !kind(t.members[0].f) {
			continue
		}
		if t.cols[m.col] {
			if len(t.members) == 1 {
				lone++
			}
			continue
		}
		if len(t.members) >= 2 {
			target, n = t, n+1
		}
	}
	return target, n, lone
}
