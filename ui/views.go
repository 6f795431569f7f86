package ui

import (
	"sort"

	"reader/articles"
	"reader/store"
)

// listViews is what narrows the list read from the store: unread only,
// starred only, one outlet at a time (cycling through the outlets the
// whole list has).
type listViews struct {
	filter  store.Filter
	outlets []string
}

// ToggleUnread shows unread articles only, or all again.
func (v *listViews) ToggleUnread() { v.filter.UnreadOnly = !v.filter.UnreadOnly }

// ToggleStarred shows starred articles only, or all again.
func (v *listViews) ToggleStarred() { v.filter.StarredOnly = !v.filter.StarredOnly }

// NextOutlet cycles the outlet shown: all, then each outlet, then all.
func (v *listViews) NextOutlet() { v.filter.Source = nextOutlet(v.outlets, v.filter.Source) }

// Filter is the store filter of the list.
func (v listViews) Filter() store.Filter { return v.filter }

// OwnTitles reports whether a one-article row should show its article's
// title: under the starred and outlet views the row stands for it.
func (v listViews) OwnTitles() bool { return v.filter.StarredOnly || v.filter.Source != "" }

// Learn takes the outlets of a whole list not narrowed to one outlet.
func (v *listViews) Learn(events []store.EventSummary, complete bool) {
	if v.filter.Source == "" && complete {
		v.outlets = outletsOf(events)
	}
}

// Labels name the views on, for the header.
func (v listViews) Labels() []string {
	var on []string
	if v.filter.UnreadOnly {
		on = append(on, "unread only")
	}
	if v.filter.StarredOnly {
		on = append(on, "starred only")
	}
	if v.filter.Source != "" {
		on = append(on, "outlet: "+articles.Sanitize(v.filter.Source, false))
	}
	return on
}

// outletsOf lists the distinct known outlets of the list, sorted.
func outletsOf(events []store.EventSummary) []string {
	seen := map[string]bool{}
	var out []string
	for _, ev := range events {
		for _, a := range ev.Articles {
			if a.Source != "" && !seen[a.Source] {
				seen[a.Source] = true
				out = append(out, a.Source)
			}
		}
	}
	sort.Strings(out)
	return out
}

// nextOutlet cycles the source filter: all, then each outlet, then all.
func nextOutlet(outlets []string, current string) string {
	if current == "" {
		if len(outlets) > 0 {
			return outlets[0]
		}
		return ""
	}
	for i, o := range outlets {
		if o == current && i+1 < len(outlets) {
			return outlets[i+1]
		}
	}
	return ""
}
