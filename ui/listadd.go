package ui

import (
	"slices"
	"sort"
	"strconv"

	"reader/store"
)

// listBefore says whether event a comes before event b in the story list,
// as store.Events orders it: dated events newest first, then the undated;
// events of one date in the order of their first article in list order
// (dated articles newest first, then the undated, each by id).
func listBefore(a, b *store.EventSummary) bool {
	if a.To.IsZero() != b.To.IsZero() {
		return !a.To.IsZero()
	}
	if !a.To.Equal(b.To) {
		return a.To.After(b.To)
	}
	return articleBefore(&a.Articles[0], &b.Articles[0])
}

// articleBefore is the list order of two articles.
func articleBefore(a, b *store.Summary) bool {
	if a.Published.IsZero() != b.Published.IsZero() {
		return !a.Published.IsZero()
	}
	if !a.Published.Equal(b.Published) {
		return a.Published.After(b.Published)
	}
	return a.ID < b.ID
}

// MaxArticleID is the highest article id the list holds: articles above
// it are new to the list.
func (l listPane) MaxArticleID() int64 { return l.maxID }

// AddArticles takes articles stored since the list was read, each the
// event of one it is until the events are regrouped, and puts them where
// the whole list read again would show them, keeping the cursor on the
// same story. Articles the list holds already are passed over. It says
// false, changing nothing, when the list cannot take them so (it is not
// the whole list, or an article already belongs to an event): the caller
// reads the list again instead.
func (l *listPane) AddArticles(sums []store.Summary) bool {
	if !l.complete {
		return false
	}
	var added []store.EventSummary
	for _, s := range sums {
		if s.ID <= l.maxID {
			continue
		}
		if s.EventID != "" {
			return false
		}
		ev := store.EventSummary{ID: "a" + strconv.FormatInt(s.ID, 10), Title: s.Title, From: s.Published, To: s.Published,
			Articles: []store.Summary{s}}
		if s.Source != "" {
			ev.Sources = []string{s.Source}
		}
		added = append(added, ev)
	}
	if len(added) == 0 {
		return true
	}
	keepEvent, keepArticle, onArticle := "", int64(0), l.cursor < len(l.rows) && l.rows[l.cursor].article >= 0
	if ev, art := l.Selected(); ev != nil {
		keepEvent = ev.ID
		if art != nil {
			keepArticle = art.ID
		}
	}
	sort.SliceStable(added, func(i, j int) bool { return listBefore(&added[i], &added[j]) })
	merged := make([]store.EventSummary, 0, len(l.events)+len(added))
	i, j := 0, 0
	for i < len(l.events) || j < len(added) {
		if j == len(added) || i < len(l.events) && !listBefore(&added[j], &l.events[i]) {
			merged = append(merged, l.events[i])
			i++
		} else {
			merged = append(merged, added[j])
			j++
		}
	}
	for _, ev := range added {
		a := ev.Articles[0]
		l.counts.events++
		l.counts.articles++
		if !a.Read {
			l.counts.unread++
		}
		l.dated = l.dated || !a.Published.IsZero()
		l.maxID = max(l.maxID, a.ID)
	}
	l.events, l.haystack, l.index = merged, nil, nil
	l.rebuild()
	l.cursor = l.findRow(keepEvent, keepArticle, onArticle)
	l.scrollToCursor()
	return true
}

// TakeChanges brings the whole list up to date with what incremental
// groupings wrote since it was read (regrouped: those events, with all
// their articles) and the articles stored since (added), as reading the
// list again would show it, keeping the cursor on the same story. Each
// regrouped event replaces the event of that ID and takes its articles
// out of the events they were in; an event left with none goes. Added
// articles in no regrouped event are taken as AddArticles takes them. It
// says false, changing nothing, when the list cannot take them so.
func (l *listPane) TakeChanges(regrouped []store.EventSummary, added []store.Summary) bool {
	if len(regrouped) == 0 {
		return l.AddArticles(added)
	}
	if !l.complete {
		return false
	}
	ids := make(map[string]bool, len(regrouped))
	moved := map[int64]bool{}
	for _, ev := range regrouped {
		ids[ev.ID] = true
		for _, a := range ev.Articles {
			moved[a.ID] = true
		}
	}
	events := make([]store.EventSummary, 0, len(l.events)+len(regrouped))
	for _, ev := range l.events {
		if ids[ev.ID] {
			continue
		}
		kept := ev.Articles
		for _, a := range ev.Articles {
			if moved[a.ID] {
				kept = slices.DeleteFunc(slices.Clone(ev.Articles), func(a store.Summary) bool { return moved[a.ID] })
				break
			}
		}
		if len(kept) == 0 {
			continue
		}
		ev.Articles = kept
		events = append(events, ev)
	}
	events = append(events, regrouped...)
	for _, s := range added {
		if moved[s.ID] || s.ID <= l.maxID {
			continue
		}
		if s.EventID != "" {
			return false // in an event the groupings did not report
		}
		ev := store.EventSummary{ID: "a" + strconv.FormatInt(s.ID, 10), Title: s.Title, From: s.Published, To: s.Published,
			Articles: []store.Summary{s}}
		if s.Source != "" {
			ev.Sources = []string{s.Source}
		}
		events = append(events, ev)
	}
	sort.SliceStable(events, func(i, j int) bool { return listBefore(&events[i], &events[j]) })
	l.SetEvents(events, true)
	return true
}
