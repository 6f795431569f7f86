package articles

import "sort"

// Compare builds the comparison of one event's articles: their facts side
// by side, disagreements first, and their passages aligned. Columns come in
// a deterministic order (by outlet, then file), whatever order arts has.
func Compare(eventID string, arts []Article) Comparison {
	arts = append([]Article(nil), arts...)
	sort.SliceStable(arts, func(i, j int) bool {
		if arts[i].Source != arts[j].Source {
			return arts[i].Source != "" && (arts[j].Source == "" || arts[i].Source < arts[j].Source)
		}
		return arts[i].File < arts[j].File
	})
	c := Comparison{EventID: eventID}
	mentions := make([][]mention, len(arts))
	cols := make([][]passage, len(arts))
	for i, a := range arts {
		c.Files = append(c.Files, a.File)
		c.Sources = append(c.Sources, a.Source)
		c.Titles = append(c.Titles, a.Title)
		mentions[i] = extractMentions(a)
		cols[i] = passagesOf(a)
	}
	names := map[string]string{}
	for i, f := range c.Files {
		names[f] = c.Sources[i]
		if names[f] == "" {
			names[f] = sourceName(f)
		}
	}
	c.Facts = buildFacts(c.Files, names, mentions)
	c.Rows = alignRows(cols)
	for _, f := range c.Facts {
		switch {
		case f.Disagree:
			c.Disagreements++
		case len(f.Values) == 1:
			c.SingleSource++
		case len(f.Values) == len(arts):
			c.SharedByAll++
		}
	}
	if len(arts) == 1 {
		c.SharedByAll = 0
	}
	return c
}
