package clean

import (
	"strings"

	"reader/articles/internal/parallel"
	"reader/articles/internal/textutil"
)

// Outlet is the outlet the page's own text names (a "Read on X" line, a
// copyright owner, the domain of its link), "" when it names none. Callers
// that know better (front matter, a feed, --source) tell MarkRepeated so.
func (p *Page) Outlet() string {
	if p.c.ev.source != "" {
		return p.c.ev.source
	}
	return DomainOutlet(p.c.ev.url)
}

// MarkRepeated removes short, non-prose lines found in several
// documents of the batch: in a third of all of them, or in a third (and at
// least two) of those of one outlet, so that one outlet's footer is found
// in a batch of many outlets. outlets[i] names docs[i]'s outlet ("" when
// unknown; nil when none is known). Prose sentences are exempt: outlets
// quoting the same statement or wire copy share those, and they are news.
func MarkRepeated(docs []*Page, outlets []string) {
	if len(docs) < 3 {
		return
	}
	// keys[d][i] is the comparison key of a unit that may be repeated
	// furniture, "" for the others; computed in parallel, counted in order.
	keys := make([][]string, len(docs))
	parallel.ForEach(len(docs), func(j int) {
		d := docs[j]
		keys[j] = make([]string, len(d.c.units))
		for i, u := range d.c.units {
			if d.c.reason[i] == "" && repeatable(u) {
				keys[j][i] = textutil.FoldKey(u.text)
			}
		}
	})
	outletOf := func(j int) string {
		if j < len(outlets) {
			return strings.ToLower(strings.TrimSpace(outlets[j]))
		}
		return ""
	}
	count := map[string]int{}
	byOutlet := map[[2]string]int{} // (outlet, key) -> documents
	docsOf := map[string]int{}      // outlet -> documents
	seen := map[string]bool{}
	for j := range docs {
		o := outletOf(j)
		if o != "" {
			docsOf[o]++
		}
		clear(seen)
		for _, k := range keys[j] {
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			count[k]++
			if o != "" {
				byOutlet[[2]string{o, k}]++
			}
		}
	}
	need := func(n int) int { return max(2, (n+2)/3) }
	for j, d := range docs {
		o := outletOf(j)
		for i, k := range keys[j] {
			if k == "" {
				continue
			}
			if count[k] >= need(len(docs)) || o != "" && docsOf[o] >= 3 && byOutlet[[2]string{o, k}] >= need(docsOf[o]) {
				d.c.repeated[i] = true
			}
		}
	}
}

// repeatable: lines that may be boilerplate when they recur: short, not a
// sentence, not a list item.
func repeatable(u unit) bool {
	return u.list == Paragraph && !textutil.EndsSentence(u.text) && u.words <= 15
}
