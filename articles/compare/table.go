package compare

import (
	"fmt"
	"reader/articles/facts"
	"sort"
	"strings"
)

// quoteMatch is how alike two quotes must be (share of content words) to be
// one statement in different wordings.
const quoteMatch = 0.45

// member is one source's statement of a fact; alts are the other times
// the source says it, which matching may use too.
type member struct {
	col  int
	f    facts.Fact
	alts []facts.Fact
	// only: the source states nothing else of this kind and unit (or
	// subject and attribute), so its one statement answers another
	// source's one statement.
	only bool
	// leadDay: the statement is the one weekday of the source's lead:
	// the day the happening took place.
	leadDay bool
	// leadSaid: the statement is the one weekday of a lead that names
	// only the day something was said ("maakte donderdag bekend", "said on
	// Thursday"): the day of an announcement that is the story.
	leadSaid bool
	// leadDate: the statement is the one calendar date of the source's
	// lead ("on 9 April", "le 9 avril"): the date of the happening.
	leadDate bool
	// onlyOfSubject: the source gives one figure of this kind for this
	// subject, and the subject is one the synonym table knows in every
	// language ("Bewohner", "residents"; "affluenza", "turnout"), so it
	// answers another source's one figure for that subject.
	onlyOfSubject bool
}

// cluster is one fact as every source states it.
type cluster struct {
	kind    facts.Kind
	members []member
	cols    map[int]bool
}

// buildFacts matches the statements of every source into facts: the same
// subject and attribute, or the same thing said in like sentences.
func buildFacts(cols []Column, stated [][]facts.Fact) ([]Fact, map[[2]int][]int) {
	var cs []*cluster
	buckets := map[string][]*cluster{} // only statements of one kind, attribute and unit can match
	for col, fs := range stated {
		for _, st := range onceEach(fs) {
			f := st.f
			b := bucketOf(f)
			var best *cluster
			bestScore := 0.0
			for _, c := range buckets[b] {
				if c.cols[col] || ofAnotherYear(c, st.f) || saidOfAnotherThing(c, st.f) {
					continue
				}
				for _, m := range c.members[:min(len(c.members), maxCompared)] {
					if s, ok := matchAny(m, st); ok && s > bestScore {
						best, bestScore = c, s
					}
				}
			}
			if best == nil {
				best = &cluster{kind: f.Kind, cols: map[int]bool{}}
				cs = append(cs, best)
				buckets[b] = append(buckets[b], best)
			}
			st.col = col
			best.members = append(best.members, st)
			best.cols[col] = true
			joinMatched(buckets[b], best, st)
		}
	}
	for _, bucket := range buckets {
		joinResiduals(bucket)
		joinTranspositions(bucket)
		joinLoneMeasures(bucket)
		joinLoneFigures(bucket)
		joinLoneDates(bucket)
		joinLoneDays(bucket)
		joinExactElsewhere(bucket)
		joinLoneMutual(bucket)
		joinTransposedElsewhere(bucket)
	}
	says := map[int]map[string]bool{} // column -> kind and canonical value of each statement
	for col, fs := range stated {
		says[col] = map[string]bool{}
		for _, f := range fs {
			says[col][string(f.Kind)+"|"+f.Norm] = true
		}
	}
	saysElsewhere := func(col int, f facts.Fact) bool { return says[col][string(f.Kind)+"|"+f.Norm] }
	for _, c := range cs {
		cs = append(cs, c.splitEchoes(saysElsewhere)...)
	}
	joinSameValues(cs)
	out := make([]Fact, 0, len(cs))
	blocks := map[[2]int][]int{} // column and block -> facts stated there
	for _, c := range cs {
		if len(c.members) == 0 {
			continue // joined to another
		}
		out = append(out, c.fact(cols))
	}
	out = sortFacts(out, len(cols))
	for i, f := range out {
		for col, v := range f.Values {
			if v.Said() && v.block >= 0 {
				k := [2]int{col, v.block}
				blocks[k] = append(blocks[k], i)
			}
		}
	}
	return out, blocks
}

// maxCompared is how many of a fact's statements a new one is compared
// with: the first sources' say what the fact is, and an event of hundreds
// of reports costs no more than one of a handful a statement.
const maxCompared = 8

// bucketOf is what a statement can only match within: its kind, attribute
// and unit (durations all in one).
func bucketOf(f facts.Fact) string {
	b := string(f.Kind) + "|" + f.Attribute
	if f.Num != nil {
		u := f.Num.Unit
		if strings.HasPrefix(u, "dur:") {
			u = "dur"
		}
		b += "|" + u + "|" + f.Num.Per
	}
	return b
}

// onceEach keeps one statement of each thing a source says twice: a
// figure given twice is one figure (its slip, if either has one, kept).
func onceEach(fs []facts.Fact) []member {
	out := make([]member, 0, len(fs))
	at := map[string]int{}
	kinds := map[string]int{}
	for _, f := range fs {
		key := string(f.Kind) + "|" + f.Attribute + "|" + f.Norm
		if f.Num == nil {
			key += "|" + f.Key
		}
		if f.Kind == facts.KindQuote {
			key += "|" + f.Value
		}
		i, seen := at[key]
		if !seen {
			at[key] = len(out)
			out = append(out, member{f: f, alts: []facts.Fact{f}})
			kinds[slotOf(f)]++
			continue
		}
		out[i].alts = append(out[i].alts, f)
		if f.Slip != "" && out[i].f.Slip == "" {
			out[i].f = f
		}
	}
	markLead(out)
	subjects := map[string]int{}
	for _, m := range out {
		subjects[subjectSlot(m.f)]++
	}
	for i := range out {
		f := out[i].f
		out[i].onlyOfSubject = (f.Num != nil || f.Kind == facts.KindDate && f.Attribute == "year") && subjects[subjectSlot(f)] == 1 && f.Key != "" && !facts.GenericSubject(f.Key) && facts.KnownSubject(f.Subject)
		out[i].only = kinds[slotOf(out[i].f)] == 1
	}
	return out
}

// slotOf is what a source states once when it states one figure of a
// kind: its unit and attribute, or for the rest, its subject.
func slotOf(f facts.Fact) string {
	if f.Num != nil {
		return string(f.Kind) + "|" + f.Num.Unit + "|" + f.Num.Per + "|" + f.Attribute
	}
	return string(f.Kind) + "|" + f.Key + "|" + f.Attribute
}

// oneSided: the statement bounds its figure on one side only.
func oneSided(f facts.Fact) bool {
	return f.Num != nil && (f.Num.Hedge == facts.AtLeast || f.Num.Hedge == facts.AtMost)
}

// subjectSlot is a figure's kind, attribute and subject, whatever its
// value and unit.
func subjectSlot(f facts.Fact) string {
	return string(f.Kind) + "|" + f.Attribute + "|" + f.Key
}

// fact makes the cluster a Fact: one value per column, and a note saying
// why the values disagree, or where one source slipped.
func (c *cluster) fact(cols []Column) Fact {
	f := Fact{Kind: c.kind, Values: make([]Value, len(cols))}
	for i := range f.Values {
		f.Values[i].block = -1
	}
	subjects, attributes := map[string]int{}, map[string]int{}
	for _, m := range c.members {
		f.Values[m.col] = Value{Text: m.f.Wording, Value: m.f.Value, Norm: m.f.Norm, Slip: m.f.Slip, block: m.f.Block}
		if m.f.Subject != "" && !facts.FunctionWord(m.f.Subject) {
			subjects[m.f.Subject]++ // "w", "på": no label
		}
		attributes[m.f.Attribute]++ // one, but for values joined across a plan or an earlier value (joinSameValues)
	}
	f.Subject, f.Attribute = mostCommon(subjects), mostCommon(attributes)
	groups := valueClasses(c.members)
	norms := map[string]int{}
	for _, m := range c.members {
		norms[m.f.Norm]++
	}
	if len(groups) > 1 {
		f.Disagree = true
		var parts []string
		for _, g := range groups {
			var names []string
			for _, m := range g {
				names = append(names, cols[m.col].Name())
			}
			sort.Strings(names)
			parts = append(parts, fmt.Sprintf("%s: %s", strings.Join(names, ", "), g[0].f.Value))
		}
		sort.Strings(parts)
		f.Note = strings.Join(parts, "; ")
	}
	var slips []string
	for _, m := range c.members {
		if m.f.Slip != "" {
			slips = append(slips, cols[m.col].Name()+": "+m.f.Slip)
		}
	}
	sort.Strings(slips)
	if len(slips) > 0 {
		if f.Note != "" {
			f.Note += "; "
		}
		f.Note += strings.Join(slips, "; ")
	}
	if c.kind == facts.KindList {
		f.Note = listNote(c.members, cols)
	}
	f.Label = label(f.Subject, f.Attribute, string(c.kind))
	if !f.Disagree && c.kind != facts.KindQuote && c.kind != facts.KindList && c.kind != facts.KindPerson {
		if f.Label != "" {
			f.Label += " · "
		}
		f.Label += mostCommon(norms)
	}
	if f.Label == "" {
		f.Label = f.Attribute
	}
	return f
}

// label is "subject · attribute", the attribute left out where the kind
// or the value already says it ("amount", "length", "title"), the subject
// where no source names one.
func label(subject, attr, kind string) string {
	var parts []string
	if subject != "" {
		parts = append(parts, subject)
	}
	if !plainAttributes[attr] && attr != kind {
		parts = append(parts, attr)
	}
	return strings.Join(parts, " · ")
}

// plainAttributes go without saying: the kind of fact or its value says them.
var plainAttributes = map[string]bool{"amount": true, "share": true, "count": true, "length": true, "day": true, "date": true, "year": true,
	"title": true, "quote": true, "named together": true, "place": true, "weight": true, "area": true, "volume": true, "power": true,
	"speed": true, "degrees": true, "magnitude": true, "charge": true}

// Slipped reports whether a source's value of the fact has a slip of its own.
func (f Fact) Slipped() bool {
	for _, v := range f.Values {
		if v.Slip != "" {
			return true
		}
	}
	return false
}

// listNote says what each source's list has that another's lacks.
func listNote(ms []member, cols []Column) string {
	if len(ms) < 2 {
		return ""
	}
	count := map[string]int{}
	for _, m := range ms {
		for _, it := range strings.Split(m.f.Norm, ", ") {
			count[it]++
		}
	}
	var parts []string
	for _, m := range ms {
		var only []string
		for _, it := range strings.Split(m.f.Norm, ", ") {
			if count[it] < len(ms) {
				only = append(only, it)
			}
		}
		if len(only) > 0 {
			parts = append(parts, cols[m.col].Name()+" also names "+strings.Join(only, ", "))
		}
	}
	sort.Strings(parts)
	return strings.Join(parts, "; ")
}

func mostCommon(m map[string]int) string {
	best, n := "", 0
	for k, c := range m {
		if c > n || c == n && k < best {
			best, n = k, c
		}
	}
	return best
}

// sortFacts puts disagreements first, then facts every source states,
// then facts by how many sources state them, single-source ones last.
func sortFacts(out []Fact, n int) []Fact {
	order := map[facts.Kind]int{facts.KindAmount: 0, facts.KindPercent: 1, facts.KindCount: 2, facts.KindQuantity: 3, facts.KindDuration: 4,
		facts.KindDate: 5, facts.KindPerson: 6, facts.KindPlace: 7, facts.KindQuote: 8, facts.KindList: 9}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Disagree != b.Disagree {
			return a.Disagree
		}
		if sa, sb := a.Sources(), b.Sources(); sa != sb {
			return sa > sb
		}
		if order[a.Kind] != order[b.Kind] {
			return order[a.Kind] < order[b.Kind]
		}
		return a.Label < b.Label
	})
	return out
}

// overlap is the share of the smaller set found in the larger.
func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// sourceName shortens a file path for notes.
func sourceName(file string) string {
	if i := strings.LastIndexAny(file, `/\`); i >= 0 {
		file = file[i+1:]
	}
	return file
}
