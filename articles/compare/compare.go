// Package compare sets the articles of one event side by side: their facts,
// one row a fact and one column a source, and their passages aligned.
package compare

import (
	"fmt"
	"reader/articles"
	"reader/articles/facts"
	"sort"
)

// Column is one compared source.
type Column struct {
	File   string // the article's file
	Source string // its outlet, "" when unknown
	Title  string
}

// Name is how notes and headers name the column, as sources are named
// everywhere (articles.SourceName): the outlet, or else the file's short name.
func (c Column) Name() string { return articles.SourceName(c.Source, c.File) }

// Value is one source's statement of a fact.
type Value struct {
	Text  string // the source's own words around it; "" when the source does not say it
	Value string // the value as the source writes it: "48 hours", "board chairman"
	Norm  string // the value in canonical form: "$5 billion", "chair"
	Slip  string // a slip in this source alone (a conversion off by a factor), or ""
	block int    // the article's body block holding it, -1 for none
}

// Said reports whether the source states the fact.
func (v Value) Said() bool { return v.Text != "" }

// Fact is one comparable statement across the sources of an event: a
// subject and an attribute, and each source's value.
type Fact struct {
	Kind      facts.Kind
	Subject   string  // what it is about: "strike", "Jane Roe"; "" when no source says
	Attribute string  // what is said of it: "length", "title", "place"
	Label     string  // how the table names it: "strike · length: 48 hours"
	Values    []Value // one per column
	Disagree  bool
	Note      string // why the values disagree, when they do
}

// Sources is how many columns state the fact.
func (f Fact) Sources() int {
	n := 0
	for _, v := range f.Values {
		if v.Said() {
			n++
		}
	}
	return n
}

// Cell is one source's passage in an aligned row; Text is "" for a gap.
// Shared holds byte ranges of Text whose wording other sources in the row share.
type Cell struct {
	Text   string
	Shared [][2]int
}

// Row is one line of the side-by-side view: passages that report the same
// thing, one cell per column.
type Row struct {
	Cells []Cell
	// Differs is true when the row is not reported alike by every source
	// (a gap, or a fact that disagrees); n/N in the UI jump between these.
	Differs bool
}

// Comparison is the fact-by-fact and passage-by-passage comparison of the
// articles of one event.
type Comparison struct {
	EventID string
	Columns []Column
	Facts   []Fact // disagreements first
	Rows    []Row
	// Summary counts.
	SharedByAll   int // facts every source states alike
	SingleSource  int // facts only one source has
	Disagreements int
}

// Compare builds the comparison of one event's articles: their facts side
// by side, disagreements first, and their passages aligned. Columns come in
// a deterministic order (by outlet, then file), whatever order arts has.
func Compare(eventID string, arts []articles.Article) Comparison {
	arts = append([]articles.Article(nil), arts...)
	sort.SliceStable(arts, func(i, j int) bool {
		if arts[i].Source != arts[j].Source {
			return arts[i].Source != "" && (arts[j].Source == "" || arts[i].Source < arts[j].Source)
		}
		return arts[i].File < arts[j].File
	})
	c := Comparison{EventID: eventID}
	stated := make([][]facts.Fact, len(arts))
	cols := make([][]passage, len(arts))
	for i, a := range arts {
		c.Columns = append(c.Columns, Column{File: a.File, Source: a.Source, Title: a.Title})
		stated[i] = facts.Extract(a)
		cols[i] = passagesOf(a, len(arts) > 1) // one source has nothing to align with
	}
	agreeOnEntityTypes(stated)
	var inBlock map[[2]int][]int
	c.Facts, inBlock = buildFacts(c.Columns, stated)
	for k := range cols {
		for j := range cols[k] {
			if cols[k][j].tokens == nil {
				continue
			}
			for _, f := range inBlock[[2]int{k, cols[k][j].block}] {
				cols[k][j].tokens[fmt.Sprintf("fact:%d", f)] = factWeight
			}
		}
	}
	c.Rows = alignRows(cols)
	for _, f := range c.Facts {
		switch n := f.Sources(); {
		case f.Disagree:
			c.Disagreements++
		case n == 1:
			c.SingleSource++
		case n == len(arts) && n > 1:
			c.SharedByAll++
		}
	}
	return c
}
