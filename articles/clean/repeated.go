package clean

import (
	"reader/articles/internal/parallel"
	"reader/articles/internal/textutil"
)

// MarkRepeated removes short, non-prose lines found in several
// documents of the batch. Prose sentences are exempt: outlets quoting the
// same statement or wire copy share those, and they are news.
func MarkRepeated(docs []*Page) {
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
	count := map[string]int{}
	seen := map[string]bool{}
	for j := range docs {
		clear(seen)
		for _, k := range keys[j] {
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			count[k]++
		}
	}
	need := 2
	if third := (len(docs) + 2) / 3; third > need {
		need = third
	}
	for j, d := range docs {
		for i, k := range keys[j] {
			if k != "" && count[k] >= need {
				d.c.repeated[i] = true
			}
		}
	}
}

// repeatable: lines that may be boilerplate when they recur: short, not a
// sentence, not a list item.
func repeatable(u unit) bool {
	return u.list == Paragraph && !textutil.EndsSentence(u.text) && textutil.CountWords(u.text) <= 15
}
