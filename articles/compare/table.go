package compare

import (
	"fmt"
	"math"
	"reader/articles/facts"
	"sort"
	"strings"
)

// quoteMatch is how alike two quotes must be (share of content words) to be
// one statement in different wordings.
const quoteMatch = 0.45

// amountContextMatch is how alike the sentences around two different
// amounts must be for them to be rival values of one figure.
const amountContextMatch = 0.3

// factTable collects the mentions of every source into facts.
type factTable struct {
	cols  []Column
	facts []*Fact
	byKey map[string]*Fact
	ctx   map[*Fact]map[string]bool
	amt   map[*Fact]*facts.Amount
	quote map[*Fact]map[string]bool
	// quoteLang is the language of the first source of a quote.
	quoteLang map[*Fact]string
}

func buildFacts(cols []Column, mentions [][]facts.Mention) []Fact {
	t := &factTable{cols: cols, byKey: map[string]*Fact{}, ctx: map[*Fact]map[string]bool{},
		amt: map[*Fact]*facts.Amount{}, quote: map[*Fact]map[string]bool{}, quoteLang: map[*Fact]string{}}
	values := map[*Fact]map[int]string{} // fact -> column -> compared value
	for i, ms := range mentions {
		for _, m := range ms {
			f := t.factFor(m)
			if f.Values[i].Said() {
				continue // the first wording of a source stands for it
			}
			f.Values[i].Text = m.Wording
			if m.Value != "" && m.Kind != facts.KindQuote {
				if values[f] == nil {
					values[f] = map[int]string{}
				}
				values[f][i] = m.Value
			}
			if m.Note != "" {
				f.Values[i].Slip = m.Note
				f.Disagree = true
				f.Note = cols[i].Name() + ": " + m.Note
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
func (t *factTable) factFor(m facts.Mention) *Fact {
	if m.Kind == facts.KindQuote {
		best, bestScore := (*Fact)(nil), 0.0
		for _, f := range t.facts {
			if f.Kind != facts.KindQuote {
				continue
			}
			s := overlap(t.quote[f], m.Quote)
			// The same speaker quoted in another language is a translation
			// of the same words when nothing closer is found.
			if sameSpeaker(f, m) && t.quoteLang[f] != m.Value && t.quoteLang[f] != "" && m.Value != "" {
				s = math.Max(s, quoteMatch)
			}
			if s > bestScore {
				best, bestScore = f, s
			}
		}
		if best != nil && bestScore >= quoteMatch {
			if best.Label == "quote" && m.Label != "" {
				best.Label = "quote by " + m.Label
			}
			return best
		}
		label := "quote"
		if m.Label != "" {
			label = "quote by " + m.Label
		}
		f := t.add(m.Kind, "", label)
		t.quote[f], t.quoteLang[f] = m.Quote, m.Value
		return f
	}
	if f, ok := t.byKey[m.Key]; ok {
		return f
	}
	f := t.add(m.Kind, m.Key, m.Label)
	if m.Amount != nil {
		t.amt[f], t.ctx[f] = m.Amount, m.Context
	}
	return f
}

func (t *factTable) add(kind facts.Kind, key, label string) *Fact {
	f := &Fact{Kind: kind, Label: label, Values: make([]Value, len(t.cols))}
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
			if aa == nil || ab == nil || aa.Currency != ab.Currency || aa.Percent != ab.Percent || a.Sources() == 0 || b.Sources() == 0 {
				continue
			}
			if sharesSource(a, b) || overlap(t.ctx[a], t.ctx[b]) < amountContextMatch {
				continue
			}
			note := fmt.Sprintf("%s says %s, %s says %s", t.sourceList(a), a.Label, t.sourceList(b), b.Label)
			for k, v := range b.Values {
				if v.Said() {
					a.Values[k] = v
				}
			}
			b.Values = make([]Value, len(t.cols))
			a.Disagree, a.Note = true, note
			a.Label += " / " + b.Label
		}
	}
}

func (t *factTable) sorted() []Fact {
	var out []Fact
	for _, f := range t.facts {
		if f.Sources() > 0 {
			out = append(out, *f)
		}
	}
	order := map[facts.Kind]int{facts.KindAmount: 0, facts.KindPercent: 1, facts.KindQuantity: 2, facts.KindDuration: 3, facts.KindCount: 4, facts.KindDate: 5,
		facts.KindPerson: 6, facts.KindQuote: 7, facts.KindList: 8, facts.KindPlace: 9, facts.KindOrg: 10}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Disagree != b.Disagree {
			return a.Disagree
		}
		if a.Sources() != b.Sources() {
			return a.Sources() > b.Sources()
		}
		if order[a.Kind] != order[b.Kind] {
			return order[a.Kind] < order[b.Kind]
		}
		return a.Label < b.Label
	})
	return out
}

func sameSpeaker(f *Fact, m facts.Mention) bool {
	return m.Label != "" && f.Label == "quote by "+m.Label
}

func sharesSource(a, b *Fact) bool {
	for k := range a.Values {
		if a.Values[k].Said() && b.Values[k].Said() {
			return true
		}
	}
	return false
}

func (t *factTable) sourceList(f *Fact) string {
	var names []string
	for k, v := range f.Values {
		if v.Said() {
			names = append(names, t.cols[k].Name())
		}
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

func distinct(vals map[int]string) int {
	seen := map[string]bool{}
	for _, v := range vals {
		seen[v] = true
	}
	return len(seen)
}

func (t *factTable) describeValues(vals map[int]string) string {
	byValue := map[string][]string{}
	for k, v := range vals {
		byValue[v] = append(byValue[v], t.cols[k].Name())
	}
	var parts []string
	for v, names := range byValue {
		sort.Strings(names)
		parts = append(parts, fmt.Sprintf("%s: %s", strings.Join(names, ", "), v))
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
