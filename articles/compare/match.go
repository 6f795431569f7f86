package compare

import (
	"math"
	"reader/articles/facts"
	"reader/articles/internal/textutil"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Matching: whether two sources' statements are one fact, by subject,
// attribute, unit and the names and figures around them.

// matchAny is the best match between any statements of a and b.
func matchAny(a, b member) (float64, bool) {
	best, found := 0.0, false
	for _, x := range a.alts {
		for _, y := range b.alts {
			if s, ok := match(x, y); ok && (!found || s > best) {
				best, found = s, true
			}
		}
	}
	if !found && a.leadDate && b.leadDate {
		// Each report gives one date in its lead: the date of the
		// happening it reports.
		return 0.1, true
	}
	if !found && a.leadDay && b.leadDay && a.f.Lang != b.f.Lang && a.f.Lang != "" && b.f.Lang != "" {
		// Each report in its own language gives one weekday, in its lead:
		// the day of the happening it reports, whatever verb it hangs on.
		return 0.1, true
	}
	if !found && a.leadSaid && b.leadSaid && a.f.Lang != b.f.Lang && a.f.Lang != "" && b.f.Lang != "" {
		// Each report in its own language names in its lead only the day
		// the news was given out: the day of that announcement.
		return 0.1, true
	}
	if !found && a.onlyOfSubject && b.onlyOfSubject && a.f.Key == b.f.Key && a.f.Kind == b.f.Kind && a.f.Attribute == b.f.Attribute &&
		(a.f.Num == nil) == (b.f.Num == nil) && (a.f.Num == nil || a.f.Num.Per == b.f.Num.Per && sameUnit(a.f.Num.Unit, b.f.Num.Unit) && withinFactor(*a.f.Num, *b.f.Num, 3)) &&
		!(a.f.Kind == facts.KindDate && !valuesAgree(a.f, b.f) && sharedAnchors(a.f, b.f) == 0 && alikeOtherFigures(a.f, b.f)) &&
		!(a.f.Kind == facts.KindCount && !valuesAgree(a.f, b.f) && namesApart(a.f, b.f)) {
		// Each source's one figure for a subject both name in words the
		// synonym table knows (rival years only where their sentences
		// share a figure, or one gives none besides: "2 million
		// passengers in 2029" dates another figure than "1.86 million
		// passengers in 2028"): "Rund 4100 Bewohner" and "about 1,400
		// residents", "l'affluenza è stata del 26,7%" and "turnout was
		// 62.7%", "werd in 1985 gebouwd" and "construit en 1958". Within a
		// factor of three: Belgium's 96,000 spectators are no slip for the
		// old record's 356,000 visitors.
		return 0.1, true
	}
	if !found && a.only && b.only {
		// Each source's one statement of this kind: one fact, even in
		// other words, when their sentences are tied by anything.
		x, y := a.f, b.f
		if s, ok := match(x, y); ok {
			return s, true
		}
		if x.Kind != y.Kind || x.Attribute != y.Attribute || x.Kind == facts.KindQuote || x.Kind == facts.KindPerson || x.Kind == facts.KindList {
			return 0, false
		}
		if x.Attribute == "age" && namedPerson(x.Subject) && namedPerson(y.Subject) && !sameName(x.Subject, y.Subject) {
			return 0, false // two people's ages
		}
		if x.Attribute == "age" && (namedPerson(x.Subject) && !namesPerson(y, x.Subject) || namedPerson(y.Subject) && !namesPerson(x, y.Subject)) {
			return 0, false // "Joaquim Loureiro, 81 anos" and "a 67-year-old fisherman": two people
		}
		if x.Attribute == "age" && (namedPerson(x.Subject) && facts.ThingSubject(y.Subject) || namedPerson(y.Subject) && facts.ThingSubject(x.Subject)) {
			return 0, false // the curator's 58 years and "the 16-year-old plant" she speaks of
		}
		if twoKnownPeople(x, y) {
			return 0, false // "ihrem 14-jährigen Bruder" and "an 11-year-old girl"
		}
		if x.Num == nil || y.Num == nil || !sameUnit(x.Num.Unit, y.Num.Unit) || x.Num.Per != y.Num.Per || x.Kind == facts.KindCount {
			return 0, false // dates and places are tied to what happened, counts to what they count
		}
		sx, sy := x.Key, y.Key
		known := sx != "" && sx == sy
		tied := shared(x.Names, y.Names) >= 1 || sharedAnchors(x, y) >= 1 || overlap(x.Context, y.Context) >= 0.2
		if known || tied && x.Lang != y.Lang && x.Lang != "" && y.Lang != "" && withinFactor(*x.Num, *y.Num, 10) &&
			(x.Kind != facts.KindDuration || lessThanDouble(*x.Num, *y.Num)) { // "14 months" of works is no slip for "ruim drie jaar" idle
			return 0.1, true
		}
	}
	return best, found
}

// match says whether two sources' statements are one fact, and how
// strongly. Values that agree need less to match than rival ones: a
// disagreement is only flagged between statements of one subject.
func match(a, b facts.Fact) (float64, bool) {
	if a.Kind != b.Kind || a.Attribute != b.Attribute {
		return 0, false
	}
	subjA, subjB := a.Key, b.Key
	sameSubj := subjA != "" && subjA == subjB
	otherSubj := subjA != "" && subjB != "" && subjA != subjB
	ctx := overlap(a.Context, b.Context)
	names := shared(a.Names, b.Names)
	anchors := sharedAnchors(a, b)
	crossLang := a.Lang != b.Lang && a.Lang != "" && b.Lang != ""
	if a.Attribute == "age" && namedPerson(a.Subject) && namedPerson(b.Subject) {
		// Ages of named people: one person in full or by surname ("Ada
		// Contini", "Contini"), two people in any language.
		sameSubj = sameName(a.Subject, b.Subject)
		otherSubj = !sameSubj
	} else if crossLang && otherSubj && !(facts.KnownSubject(a.Subject) && facts.KnownSubject(b.Subject)) {
		otherSubj = false // words of two languages: unlike, not different
	}
	switch a.Kind {
	case facts.KindQuote:
		s := overlap(a.Quote, b.Quote)
		speakers := a.Subject != "" && sameName(a.Subject, b.Subject)
		if speakers && a.Lang != b.Lang && a.Lang != "" && b.Lang != "" {
			s = math.Max(s, quoteMatch)
		}
		if speakers {
			s += 0.1
		}
		return s, s >= quoteMatch
	case facts.KindPerson:
		return 2, sameName(a.Subject, b.Subject)
	case facts.KindList:
		return 1, subjA == subjB
	case facts.KindPlace:
		if placesAgree(a, b) {
			return 1 + ctx, sameSubj || crossLang || ctx >= 0.3
		}
		return ctx, sameSubj && (ctx >= 0.3 || names >= 2)
	case facts.KindDate:
		if valuesAgree(a, b) {
			return 1 + ctx, !otherSubj || ctx >= 0.3
		}
		// A rival date's score is its evidence, never nothing: a match
		// scored 0 would lose to no match at all.
		return ctx + 0.3*float64(anchors) + 0.1*float64(names), sameSubj && (ctx >= 0.3 || names >= 2 || anchors >= 1 || crossLang && a.Attribute == "day" && facts.KnownSubject(a.Subject) && facts.KnownSubject(b.Subject)) || !otherSubj && ctx >= 0.5 && anchors >= 1
	}
	if a.Attribute == "ages" || a.Attribute == "tally" {
		return 1 + ctx, a.Norm == b.Norm // "34 and 41 years", a vote of 39 to 10: a list agrees whole or not at all
	}
	// Figures: one unit, one period; counts of one thing.
	if a.Num == nil || b.Num == nil || a.Num.Per != b.Num.Per || !sameUnit(a.Num.Unit, b.Num.Unit) {
		return 0, false
	}
	if a.Kind == facts.KindCount && !sameSubj {
		// Counts of unlike things never rival; the same count in two
		// languages is one fact ("24 points", "24 Punkten").
		if valuesAgree(a, b) && (crossLang || ctx >= 0.3) && a.Num.Value == b.Num.Value {
			return 1 + ctx, true
		}
		// A translation's count of the same thing, in another word: its
		// sentence names the same people and gives the same other figures.
		if crossLang && !otherSubj && anchors >= 1 && names >= 1 {
			return 0.3*float64(anchors) + 0.1*float64(names), true
		}
		return 0, false
	}
	if valuesAgree(a, b) {
		if ctx == 0 && names == 0 && anchors == 0 && !sameSubj && onlyByBound(*a.Num, *b.Num) {
			return 0, false // "more than 90 days" and "nearly eleven months", "at least 30%" and "43 százalékkal", tied by nothing: bounds that overlap, not one figure
		}
		return 1 + ctx + float64(anchors), !otherSubj || ctx >= 0.2 || a.Kind == facts.KindAmount && (ctx >= 0.1 || names >= 1)
	}
	evidence := ctx + 0.3*float64(anchors) + 0.1*float64(names)
	if a.Attribute == "age" && sameSubj && namedPerson(a.Subject) && namedPerson(b.Subject) {
		return evidence + 0.5, true // one person has one age, however far apart the sentences giving it
	}
	if a.Kind == facts.KindCount && sameSubj && facts.GenericSubject(subjA) {
		// "38 people" hurt and "600 people" who cannot go home: people are
		// counted for many things in one story; rival counts of them are
		// one fact only when their sentences share another figure.
		return evidence, anchors >= 1 && (names >= 1 || ctx >= 0.15)
	}
	return evidence, sameSubj && (ctx >= 0.25 || names >= 1 && ctx >= 0.15 || anchors >= 1 || crossLang && names >= 1) && (withinFactor(*a.Num, *b.Num, rivalFactor(a)) || zeroSlip(*a.Num, *b.Num)) ||
		a.Kind != facts.KindCount && !otherSubj && anchors >= 1 && (names >= 1 || ctx >= 0.3 || crossLang && a.Kind == facts.KindDuration && lessThanDouble(*a.Num, *b.Num)) && withinFactor(*a.Num, *b.Num, 10) && !listSentence(a, b, names)
}

// onlyByBound: two figures agree only as a bound allows, not as written:
// "at least 30%" and 43%.
func onlyByBound(a, b facts.Number) bool {
	a.Hedge, b.Hedge = facts.Exact, facts.Exact
	return !numbersAgree(a, b)
}

// namesApart: both sentences name people, places or organisations, and
// none of them the same: "Nordtel's 3.2 million customers" and the
// merged group's 9.6 million count two things.
func namesApart(a, b facts.Fact) bool {
	return len(a.Names) > 0 && len(b.Names) > 0 && shared(a.Names, b.Names) == 0
}

// rivalFactor is how far apart two rival figures of one subject may be
// and still be one fact: counts within three times each other (a staff
// of 540 is no slip for 60 jobs cut), other figures within ten (ten
// weeks may be a slip for ten days).
func rivalFactor(f facts.Fact) float64 {
	if f.Kind == facts.KindCount {
		return 3
	}
	return 10
}

// zeroSlip: one figure is the other with a zero more or less (15,000
// beside 1,500), a slip of the keyboard whatever its size.
func zeroSlip(a, b facts.Number) bool {
	x, y := a.Value, b.Value
	return x > 0 && y > 0 && (x == 10*y || y == 10*x)
}

// listSentence: one of the two sentences names two or more places or
// people the other does not, so the figures it shares with the other may
// be another name's: "Italia 310.000 toneladas (+8 %); Grecia, 240.000, y
// Portugal, 185.000, un 6 % menos que las 197.000 toneladas del año
// pasado" beside "310.000 tonnellate, in aumento dell'8% rispetto alle
// 287.000 tonnellate dello scorso anno".
func listSentence(a, b facts.Fact, names int) bool {
	return len(a.Names)-names >= 2 || len(b.Names)-names >= 2
}

// withinFactor: two figures of one unit within a factor of each other,
// durations in hours. Sentences tied by a day and a name but naming no
// common subject give rival values of one thing only within a factor of
// ten: a race won in 2 hours is no slip for a runner's 24 years, but ten
// weeks may be one for ten days.
func withinFactor(a, b facts.Number, k float64) bool {
	x, y := a.Value, b.Value
	if strings.HasPrefix(a.Unit, "dur:") {
		x, y = x*facts.DurationHours(a.Unit), y*facts.DurationHours(b.Unit)
	}
	return x > 0 && y > 0 && x <= k*y && y <= k*x
}

// lessThanDouble: two durations, neither twice the other or more: a
// sentence's "fünf Jahre" in prison beside another's four years, both
// tied by the same 44-year-old's age, is a slip; twelve days beside six
// is another span.
func lessThanDouble(a, b facts.Number) bool {
	x, y := a.Value*facts.DurationHours(a.Unit), b.Value*facts.DurationHours(b.Unit)
	return x > 0 && y > 0 && x < 2*y && y < 2*x
}

// namedPerson: a subject that is a person's name, written the same in
// every language: a full name, or a surname alone ("Bellandi, de 24
// años", "Valente, de 27 anos": two riders).
func namedPerson(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && utf8.RuneCountInString(s) >= 3
}

// sharedAnchors counts the other figures and dates two statements'
// sentences share.
func sharedAnchors(a, b facts.Fact) int {
	n := 0
	for _, x := range a.Anchors {
		if x == a.Norm || x == b.Norm {
			continue
		}
		for _, y := range b.Anchors {
			if x == y {
				n++
				break
			}
		}
	}
	return n
}

// yearsApart: each sentence gives a year and they share none: their
// figures are of two years.
func yearsApart(a, b facts.Fact) bool {
	ya, yb := yearsOf(a), yearsOf(b)
	if len(ya) == 0 || len(yb) == 0 {
		return false
	}
	for _, y := range ya {
		if slices.Contains(yb, y) {
			return false
		}
	}
	return true
}

// ofAnotherYear: one of c's statements gives a rival figure of another
// year than f's, or every statement of c, two or more, dates its rival
// figure by a year where f's sentence names none: the fact is that
// year's ("growth of 1.5% in 2030"), not the one f gives of the present.
func ofAnotherYear(c *cluster, f facts.Fact) bool {
	if f.Num == nil {
		return false
	}
	dated := 0
	for _, m := range c.members {
		if m.f.Num != nil && !valuesAgree(m.f, f) {
			if yearsApart(m.f, f) {
				return true
			}
			if len(yearsOf(m.f)) > 0 {
				dated++
			}
		}
	}
	return dated >= 2 && dated == len(c.members) && len(yearsOf(f)) == 0
}

// saidOfAnotherThing: a statement of c in f's own language gives a rival
// figure of another subject ("16 milhões de metros cúbicos de água"
// beside "20 milhões de metros cúbicos de salmoura"): words of one
// language that differ name two things, so f is not c's fact, however
// well it matches c's statements in other languages.
func saidOfAnotherThing(c *cluster, f facts.Fact) bool {
	for _, m := range c.members {
		if partAndWhole(m.f, f) {
			return true
		}
		if m.f.Lang == f.Lang && f.Lang != "" && m.f.Key != "" && f.Key != "" && m.f.Key != f.Key && m.f.Num != nil && f.Num != nil && !valuesAgree(m.f, f) {
			return true
		}
	}
	return false
}

// partAndWhole: of two rival counts, one is a part of a whole ("190 of
// the 230 staff") and the other, a count of its own, is at least that
// whole ("some 350 staff"): they count two things, in any language. A
// count below the whole ("23 voitures" beside "diciannove delle 37 auto")
// may be the part told otherwise.
func partAndWhole(a, b facts.Fact) bool {
	if a.Num == nil || b.Num == nil || a.Kind != facts.KindCount || b.Kind != facts.KindCount || (a.Num.Of > 0) == (b.Num.Of > 0) {
		return false
	}
	if b.Num.Of > 0 {
		a, b = b, a
	}
	return b.Num.Value >= a.Num.Of && !valuesAgree(a, b)
}

// partOfWholeOf: a statement of c and one of o are a part and a whole
// (partAndWhole), so the two facts stay two.
func partOfWholeOf(c, o *cluster) bool {
	for _, a := range c.members {
		for _, b := range o.members {
			if partAndWhole(a.f, b.f) {
				return true
			}
		}
	}
	return false
}

// yearsOf are the years among a sentence's anchors.
func yearsOf(f facts.Fact) []string {
	var ys []string
	for _, x := range f.Anchors {
		if isYearNorm(x) {
			ys = append(ys, x)
		}
	}
	return ys
}

// alikeOtherFigures: each sentence gives a figure or date besides its
// own, and two of them, one of each, are of one shape (two counts in
// millions, two years, two shares), so the years may date those: "2
// million passengers in 2029" and "1.86 million passengers in 2028". A
// building "levantado en 1968" that "tiene doce viviendas" and one
// "construido en 1962" that passed an inspection "en 2019" date nothing
// alike: their years are the building's.
func alikeOtherFigures(a, b facts.Fact) bool {
	for _, x := range a.Anchors {
		if x == a.Norm {
			continue
		}
		for _, y := range b.Anchors {
			if y != b.Norm && anchorShape(x) == anchorShape(y) {
				return true
			}
		}
	}
	return false
}

// isYearNorm: a canonical value that is a year of the modern calendar.
func isYearNorm(s string) bool {
	return len(s) == 4 && strings.Trim(s, "0123456789") == "" && s >= "1900" && s <= "2100"
}

// anchorShape is what an anchor's value is written as, its digits left
// out: "2 million" and "1.86 million" are both "# million", "2019" a year.
func anchorShape(norm string) string {
	if isYearNorm(norm) {
		return "year"
	}
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' || r == '.' || r == ',' {
			return -1
		}
		return r
	}, norm)
}

func sameUnit(a, b string) bool {
	return a == b || strings.HasPrefix(a, "dur:") && strings.HasPrefix(b, "dur:")
}

// shared counts the names two sentences share.
func shared(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
				break
			}
		}
	}
	return n
}

// sameName: one person named in full or by a variant ("Ann Doe", "Doe").
// namesPerson: f's sentence names the person called name.
func namesPerson(f facts.Fact, name string) bool {
	for _, n := range f.Names {
		if sameName(n, name) {
			return true
		}
	}
	return false
}

func sameName(a, b string) bool {
	fa, fb := strings.Fields(textutil.Fold(a)), strings.Fields(textutil.Fold(b))
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	if len(fa) > len(fb) {
		fa, fb = fb, fa
	}
	if !nameWordsAgree(fa[len(fa)-1], fb[len(fb)-1]) && !(len(fa) == 1 && nameWordsAgree(fa[0], fb[0])) {
		return false
	}
	for _, w := range fa {
		found := false
		for _, v := range fb {
			found = found || nameWordsAgree(v, w)
		}
		if !found {
			return false
		}
	}
	return true
}

// nameWordsAgree: two folded words of a name are one, or one in two of
// its cases: "dvorak", "dvoraka", "dvorake" and "dvorakem" are
// Dvořák in Polish and Czech sentences, "kowalskiego" is Kowalski. The
// word must be five letters or more before its ending, and the ending
// one of the cases', so "novakova" (his wife) is no "novak".
func nameWordsAgree(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	for cut := len(a); cut >= len(a)-1 && cut >= 5; cut-- {
		if b[:cut] == a[:cut] && nameCaseEndings()[a[cut:]] && nameCaseEndings()[b[cut:]] {
			return true
		}
	}
	return false
}

// nameCaseEndings are the endings Slavic languages give a name in its
// cases, folded ("" for the name as it stands).
var nameCaseEndings = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, e := range strings.Fields(". a e i o u y em om ou ovi owi ego emu iego iemu im ym ie iem") {
		m[strings.Trim(e, ".")] = true
	}
	return m
})

// twoKnownPeople: a and b are ages of people the synonym table tells
// apart ("ihrem 14-jährigen Bruder", "an 11-year-old girl").
func twoKnownPeople(a, b facts.Fact) bool {
	return a.Attribute == "age" && b.Attribute == "age" && a.Key != b.Key && facts.KnownSubject(a.Subject) && facts.KnownSubject(b.Subject)
}
