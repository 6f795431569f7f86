package articles

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// quoteMatch is how alike two quotes must be (share of content textutil.Words) to be
// one statement in different wordings.
const quoteMatch = 0.45

// amountContextMatch is how alike the sentences around two different
// amounts must be for them to be rival values of one figure.
const amountContextMatch = 0.3

// factTable collects the mentions of every source into facts.
type factTable struct {
	files []string
	names map[string]string // file -> how notes name the source
	facts []*Fact
	byKey map[string]*Fact
	ctx   map[*Fact]map[string]bool
	amt   map[*Fact]*amount
	quote map[*Fact]map[string]bool
	// quoteLang is the language of the first source of a quote.
	quoteLang map[*Fact]string
}

func buildFacts(files []string, names map[string]string, mentions [][]mention) []Fact {
	t := &factTable{files: files, names: names, byKey: map[string]*Fact{}, ctx: map[*Fact]map[string]bool{},
		amt: map[*Fact]*amount{}, quote: map[*Fact]map[string]bool{}, quoteLang: map[*Fact]string{}}
	values := map[*Fact]map[string]string{} // fact -> file -> compared value
	for i, ms := range mentions {
		file := files[i]
		for _, m := range ms {
			f := t.factFor(m)
			if _, ok := f.Values[file]; ok {
				continue // the first wording of a source stands for it
			}
			f.Values[file] = m.wording
			if m.value != "" && m.kind != FactQuote {
				if values[f] == nil {
					values[f] = map[string]string{}
				}
				values[f][file] = m.value
			}
			if m.note != "" {
				f.Disagree = true
				f.Note = t.names[file] + ": " + m.note
			}
		}
	}
	for f, vals := range values {
		if distinct(vals) > 1 {
			f.Disagree = true
			f.Note = t.describeValues(vals)
		}
	}
	t.mergeRivalAmounts()
	return t.sorted()
}

// factFor finds or makes the fact a mention belongs to.
func (t *factTable) factFor(m mention) *Fact {
	if m.kind == FactQuote {
		best, bestScore := (*Fact)(nil), 0.0
		for _, f := range t.facts {
			if f.Kind != FactQuote {
				continue
			}
			s := overlap(t.quote[f], m.quote)
			// The same speaker quoted in another language is a translation
			// of the same words when nothing closer is found.
			if sameSpeaker(f, m) && t.quoteLang[f] != m.value && t.quoteLang[f] != "" && m.value != "" {
				s = math.Max(s, quoteMatch)
			}
			if s > bestScore {
				best, bestScore = f, s
			}
		}
		if best != nil && bestScore >= quoteMatch {
			if best.Label == "quote" && m.label != "" {
				best.Label = "quote by " + m.label
			}
			return best
		}
		label := "quote"
		if m.label != "" {
			label = "quote by " + m.label
		}
		f := t.add(m.kind, "", label)
		t.quote[f], t.quoteLang[f] = m.quote, m.value
		return f
	}
	if f, ok := t.byKey[m.key]; ok {
		return f
	}
	f := t.add(m.kind, m.key, m.label)
	if m.amount != nil {
		t.amt[f], t.ctx[f] = m.amount, m.context
	}
	return f
}

func (t *factTable) add(kind FactKind, key, label string) *Fact {
	f := &Fact{Kind: kind, Label: label, Values: map[string]string{}}
	t.facts = append(t.facts, f)
	if key != "" {
		t.byKey[key] = f
	}
	return f
}

// mergeRivalAmounts joins amounts in the same currency whose sentences say
// the same thing but whose values differ, into one disagreeing fact.
func (t *factTable) mergeRivalAmounts() {
	for i, a := range t.facts {
		for j := i + 1; j < len(t.facts); j++ {
			b := t.facts[j]
			aa, ab := t.amt[a], t.amt[b]
			if aa == nil || ab == nil || aa.currency != ab.currency || aa.percent != ab.percent || len(a.Values) == 0 || len(b.Values) == 0 {
				continue
			}
			if sharesSource(a, b) || overlap(t.ctx[a], t.ctx[b]) < amountContextMatch {
				continue
			}
			note := fmt.Sprintf("%s says %s, %s says %s", t.sourceList(a), a.Label, t.sourceList(b), b.Label)
			for file, w := range b.Values {
				a.Values[file] = w
			}
			b.Values = map[string]string{}
			a.Disagree, a.Note = true, note
			a.Label += " / " + b.Label
		}
	}
}

func (t *factTable) sorted() []Fact {
	var out []Fact
	for _, f := range t.facts {
		if len(f.Values) > 0 {
			out = append(out, *f)
		}
	}
	order := map[FactKind]int{FactAmount: 0, FactPercent: 1, FactQuantity: 2, FactDuration: 3, FactCount: 4, FactDate: 5,
		FactPerson: 6, FactQuote: 7, FactList: 8, FactPlace: 9, FactOrg: 10}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Disagree != b.Disagree {
			return a.Disagree
		}
		if len(a.Values) != len(b.Values) {
			return len(a.Values) > len(b.Values)
		}
		if order[a.Kind] != order[b.Kind] {
			return order[a.Kind] < order[b.Kind]
		}
		return a.Label < b.Label
	})
	return out
}

func sameSpeaker(f *Fact, m mention) bool {
	return m.label != "" && f.Label == "quote by "+m.label
}

func sharesSource(a, b *Fact) bool {
	for f := range a.Values {
		if _, ok := b.Values[f]; ok {
			return true
		}
	}
	return false
}

func (t *factTable) sourceList(f *Fact) string {
	var names []string
	for file := range f.Values {
		names = append(names, t.names[file])
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// sourceName shortens a file path for notes.
func sourceName(file string) string {
	if i := strings.LastIndexAny(file, `/\`); i >= 0 {
		file = file[i+1:]
	}
	return file
}

func distinct(vals map[string]string) int {
	seen := map[string]bool{}
	for _, v := range vals {
		seen[v] = true
	}
	return len(seen)
}

func (t *factTable) describeValues(vals map[string]string) string {
	byValue := map[string][]string{}
	for file, v := range vals {
		byValue[v] = append(byValue[v], t.names[file])
	}
	var parts []string
	for v, files := range byValue {
		sort.Strings(files)
		parts = append(parts, fmt.Sprintf("%s: %s", strings.Join(files, ", "), v))
	}
	sort.Strings(parts)
	return strings.Join(parts, "; ")
}

// overlap is the share of the smaller set found in the larger.
func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / math.Min(float64(len(a)), float64(len(b)))
}
