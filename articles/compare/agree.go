package compare

import (
	"math"
	"reader/articles/facts"
	"reader/articles/internal/textutil"
	"strconv"
	"strings"
)

// Agreement: whether two statements of one fact give the same value, up
// to hedges, rounding, synonyms of titles and places within places.

// valuesAgree: two statements of one fact say the same, hedges,
// rounding, synonyms and translations aside.
func valuesAgree(a, b facts.Fact) bool {
	switch a.Kind {
	case facts.KindPerson:
		return rolesAgree(a.Norm, b.Norm)
	case facts.KindPlace:
		return placesAgree(a, b)
	case facts.KindQuote, facts.KindList:
		return true
	case facts.KindDate:
		return a.Norm == b.Norm || nightAgrees(a.Norm, b.Norm) || nightAgrees(b.Norm, a.Norm) || withinSpan(a.Norm, b.Norm) || withinSpan(b.Norm, a.Norm)
	}
	if a.Num == nil || b.Num == nil {
		return a.Norm == b.Norm
	}
	return numbersAgree(*a.Num, *b.Num)
}

// numbersAgree: "about 2,000" and "1,950" agree, "5 billion" and "5.1
// billion" agree, "more than 3,000" and "4,500" agree; "more than 3,000"
// and "about 1,500" do not, nor do 3,700 and 4,000.
func numbersAgree(a, b facts.Number) bool {
	va, vb := a.Value, b.Value
	if strings.HasPrefix(a.Unit, "dur:") {
		va *= facts.DurationHours(a.Unit)
		vb *= facts.DurationHours(b.Unit)
	}
	if a.Hedge == b.Hedge && (a.Hedge == facts.AtLeast || a.Hedge == facts.AtMost) {
		// "at least six weeks" and "mindestens acht Wochen": two floors
		// are two estimates of one, set side by side as estimates are
		// ("more than 2.1 million", "ruim twee miljoen").
		a.Hedge, b.Hedge = facts.About, facts.About
		return numbersAgree(a, b)
	}
	loA, hiA := bounds(va, a)
	loB, hiB := bounds(vb, b)
	if a.Hedge == facts.About && b.Hedge == facts.About {
		// Two estimates: each "about" allows a tenth against an exact
		// figure, but "about €1.9 million" and "unos 2,3 millones" are
		// two estimates a fifth apart.
		loA, hiA, loB, hiB = va*0.95, va*1.05, vb*0.95, vb*1.05
	}
	return loA <= hiB && loB <= hiA
}

// bounds is the range a figure as written allows: its rounding, widened by
// its hedge.
func bounds(v float64, n facts.Number) (float64, float64) {
	// A figure written with one or two significant digits ("5 billion",
	// "4,000") is a round figure: 2.5% either side.
	tol := 0.005
	sig := len(strings.TrimRight(n.Digits, "0"))
	if sig <= 2 && v >= 10 && (sig < len(n.Digits) || n.Value >= 1000) {
		tol = 0.025 // "4,000", "5 billion"; not 61, which is no round figure
		if sig == 2 && n.Value >= 1000 {
			// "€1.2 billion" is "1,24 Milliarden" rounded, "€71 million"
			// no "€69 million": two written digits allow half the last.
			tol = 0.5 * math.Pow(10, math.Floor(math.Log10(n.Value))-1) / n.Value
		}
	} else if sig >= 4 && halfLastDigit(n) > 0 {
		tol = 0 // "3.124%" and "3.142%": a figure this precise allows only its last digit's rounding
	}
	lo, hi := v*(1-tol), v*(1+tol)
	if half := halfLastDigit(n); half > 0 && n.Value > 0 {
		// "23 %" is 23.4% rounded; 61 is not 64.
		scale := v / n.Value
		lo, hi = min(lo, v-half*scale), max(hi, v+half*scale)
	}
	switch n.Hedge {
	case facts.About:
		lo, hi = v*0.9, v*1.1
	case facts.AtLeast:
		lo, hi = v, math.Inf(1)
	case facts.Between:
		lo = v * n.Low * (1 - tol)
	case facts.AtMost:
		lo, hi = 0, v
		if n.Value > 0 {
			lo = v * 0.75 // "nearly", "up to": not far below
		}
	}
	return lo, hi
}

// rolesAgree: one office in other words ("chairman", "board chairman",
// "président"), or offices a person may hold together ("founder" and
// "chief executive"). Two exclusive offices, or one office with and
// without "deputy" or "former", disagree.
func rolesAgree(a, b string) bool {
	if a == b {
		return true
	}
	ma, oa := splitRole(a)
	mb, ob := splitRole(b)
	if oa == ob {
		return ma == mb
	}
	return !(exclusive(oa) && exclusive(ob))
}

func splitRole(n string) (mods, office string) {
	for _, m := range []string{"deputy ", "former ", "acting ", "assistant "} {
		for strings.HasPrefix(n, m) {
			mods += m
			n = strings.TrimPrefix(n, m)
		}
	}
	return mods, n
}

func exclusive(office string) bool { return facts.ExclusiveOffice(office) }

// placesAgree: the same place, or one named inside the other's name.
func placesAgree(a, b facts.Fact) bool {
	na, nb := textutil.Fold(a.Norm), textutil.Fold(b.Norm)
	return na == nb || strings.Contains(na, nb) || strings.Contains(nb, na)
}

// nightAgrees: a night's end day ("night to Wednesday") agrees with that
// day and with the evening before it.
func nightAgrees(night, day string) bool {
	end, ok := strings.CutPrefix(night, facts.NightBefore)
	if !ok {
		return false
	}
	day = strings.TrimPrefix(day, facts.NightBefore)
	return day == end || day == dayBefore(end)
}

// dayBefore is the English weekday before day, or "".
func dayBefore(day string) string {
	week := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	for i, d := range week {
		if d == day {
			return week[(i+6)%7]
		}
	}
	return ""
}

// halfLastDigit is half the unit of a small figure's last written digit,
// the most its rounding moved it: 0.5 for "23", 0.05 for "5.4"; 0 for
// figures of a thousand or more, whose rounding the relative tolerance
// covers.
func halfLastDigit(n facts.Number) float64 {
	if n.Digits == "" || n.Value >= 1000 || n.Value < 0 {
		return 0
	}
	whole := len(strconv.FormatInt(int64(n.Value), 10))
	if n.Value < 1 {
		whole = 1 // "0,85": its 0 is a written digit
	}
	return 0.49 * math.Pow(10, -float64(max(0, len(n.Digits)-whole))) // short of half: 3 and 4 days never meet
}

// coarserDuration: m gives a length in a coarser unit than another
// statement of the fact ("trois ans" beside "36 meses" and "30 meses"):
// its rounding spans both, and like an estimate it joins the value it is
// nearest, never bridging two.
func coarserDuration(m member, ms []member) bool {
	if m.f.Num == nil || !strings.HasPrefix(m.f.Num.Unit, "dur:") {
		return false
	}
	for _, o := range ms {
		if o.f.Num != nil && strings.HasPrefix(o.f.Num.Unit, "dur:") && facts.DurationHours(o.f.Num.Unit) < facts.DurationHours(m.f.Num.Unit) {
			return true
		}
	}
	return false
}

// valueClasses parts a fact's statements into classes of agreeing values,
// in the order of their first statement. A bound ("more than 200") or an
// estimate ("about 8%") agrees with any value past it or near it: it joins
// the first class it agrees with, and never bridges two values that differ
// ("412" and "214"; "8.7%" and "7.8%" beside "près de 8 %").
func valueClasses(ms []member) [][]member {
	class := make([]int, len(ms))
	for i := range class {
		class[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if class[i] != i {
			class[i] = find(class[i])
		}
		return class[i]
	}
	loose := make([]bool, len(ms))
	firm := 0
	for i, m := range ms {
		loose[i] = oneSided(m.f) || coarserDuration(m, ms)
		if !loose[i] {
			firm++
		}
	}
	exact := 0
	for i, m := range ms {
		if !loose[i] && m.f.Num != nil && m.f.Num.Hedge != facts.About {
			exact++
		}
	}
	if firm >= 2 && (exact >= 1 || firm == len(ms)) {
		// Estimates bridge nothing where two firm figures can be set
		// side by side; where the firm figures are all estimates beside
		// a bound ("about 1.8 million", "environ 1,3 million", "mais de
		// 1,2 milhões"), they are the firm ones.
		for i, m := range ms {
			loose[i] = loose[i] || m.f.Num != nil && m.f.Num.Hedge == facts.About
		}
	}
	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			if !loose[i] && !loose[j] && valuesAgree(ms[i].f, ms[j].f) {
				class[find(i)] = find(j)
			}
		}
	}
	for i := range ms {
		if !loose[i] {
			continue
		}
		near := -1
		for j := range ms {
			if !loose[j] && valuesAgree(ms[i].f, ms[j].f) && (near < 0 || nearer(ms[i].f, ms[j].f, ms[near].f)) {
				near = j // the nearest value it agrees with
			}
		}
		joined := near >= 0
		if joined {
			class[find(i)] = find(near)
		}
		for j := range ms {
			if !joined && j != i && loose[j] && valuesAgree(ms[i].f, ms[j].f) {
				class[find(i)] = find(j) // bounds alone: one class
			}
		}
	}
	byClass := map[int][]member{}
	var order []int
	for i, m := range ms {
		k := find(i)
		if byClass[k] == nil {
			order = append(order, k)
		}
		byClass[k] = append(byClass[k], m)
	}
	groups := make([][]member, 0, len(order))
	for _, k := range order {
		groups = append(groups, byClass[k])
	}
	return groups
}

// nearer: b's figure is nearer a's than c's is.
func nearer(a, b, c facts.Fact) bool {
	if a.Num == nil || b.Num == nil || c.Num == nil {
		return false
	}
	return math.Abs(b.Num.Value-a.Num.Value) < math.Abs(c.Num.Value-a.Num.Value)
}

// withinSpan: the date norm d falls in the span of dates span ("15 June"
// in "14–16 June"), or is a span of that month overlapping it.
func withinSpan(span, d string) bool {
	first, last, month, ok := daySpan(span)
	if !ok || !strings.Contains(span, "–") {
		return false
	}
	x, y, m, ok := daySpan(d)
	return ok && m == month && x <= last && y >= first
}

// daySpan reads a date norm's days and month: "14–16 June" as 14, 16,
// "June"; "15 June" as 15, 15, "June".
func daySpan(norm string) (first, last int, month string, ok bool) {
	days, month, found := strings.Cut(norm, " ")
	if !found {
		return 0, 0, "", false
	}
	lo, hi, isSpan := strings.Cut(days, "–")
	if !isSpan {
		hi = lo
	}
	first, err1 := strconv.Atoi(lo)
	last, err2 := strconv.Atoi(hi)
	return first, last, month, err1 == nil && err2 == nil && first <= last
}
