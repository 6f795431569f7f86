package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"reader/store"
)

// listRow is one visible line of the story list: an event, or (when the
// event is expanded) one of its articles or one of its related events.
type listRow struct {
	event   int // index into listPane.events
	article int // index into the event's Articles, -1 for the event row
	// related is, on a row naming a related event under the expanded
	// event, 1 + that event's index into listPane.events; 0 otherwise.
	related int
}

// listPane is the story list: events, expandable to their articles.
type listPane struct {
	keys     keyMap
	st       *styles
	events   []store.EventSummary
	expanded map[string]bool
	complete bool           // events is the whole list, not its first page
	counts   counts         // of the whole list, kept as marks change
	haystack []string       // per event, the lower-case text the filter searches; built on first use
	index    map[string]int // event ID -> index into events; built on first use
	filter   string
	rows     []listRow
	cursor   int
	offset   int
	width    int
	height   int
	focused  bool
	marked   []string // search words to mark in titles
	ownTitle bool     // a one-article event shows its article's title (filtered lists, search results)
	dated    bool     // some event has a date, so the rows keep a date column
	maxID    int64    // the highest article id of the list
}

// Counts are the list's totals, kept as marks change.
func (l listPane) Counts() counts { return l.counts }

// Complete reports whether the list holds the whole list, not its first page.
func (l listPane) Complete() bool { return l.complete }

// SetOwnTitles makes a row of one article show that article's own title,
// not its event's headline: under the starred and outlet filters the row
// stands for the article.
func (l *listPane) SetOwnTitles(on bool) { l.ownTitle = on }

// SetMarked marks the words of a search in the titles (nil for none).
func (l *listPane) SetMarked(words []string) { l.marked = words }

func newListPane(keys keyMap, st *styles) listPane {
	return listPane{keys: keys, st: st, expanded: map[string]bool{}, focused: true}
}

// SetSize sets the pane's outer size.
func (l *listPane) SetSize(w, h int) {
	l.width, l.height = w, h
	l.scrollToCursor()
}

// Focus and Blur say whether keys go to this pane.
func (l *listPane) Focus() { l.focused = true }
func (l *listPane) Blur()  { l.focused = false }

// MarkLoading says the list is being read again (another filter), so the
// header does not count a list that is about to change.
func (l *listPane) MarkLoading() { l.complete = false }

// counts are the list's totals for the header, kept up to date so no
// frame walks the whole list.
type counts struct{ events, articles, unread int }

// SetEvents replaces the list, keeping the cursor on the same story when
// it is still there, wherever a refresh or a regrouping moved it: the
// same article (in its event, however the event is now named), else the
// same event, else the same row number. complete is false while events
// are only the first page of the list.
func (l *listPane) SetEvents(events []store.EventSummary, complete bool) {
	keepEvent, keepArticle, onArticle := "", int64(0), l.cursor < len(l.rows) && l.rows[l.cursor].article >= 0
	if ev, art := l.Selected(); ev != nil {
		keepEvent = ev.ID
		if art != nil {
			keepArticle = art.ID
		}
	}
	l.events, l.complete, l.haystack, l.index = events, complete, nil, nil
	l.counts = counts{events: len(events)}
	l.dated, l.maxID = false, 0
	for _, ev := range events {
		l.dated = l.dated || !ev.From.IsZero() || !ev.To.IsZero()
		for _, a := range ev.Articles {
			l.maxID = max(l.maxID, a.ID)
			l.counts.articles++
			if !a.Read {
				l.counts.unread++
			}
		}
	}
	if onArticle { // the article's event stays open under its new name
		for _, ev := range events {
			if len(ev.Articles) > 1 && indexOfArticle(ev, keepArticle) >= 0 {
				l.expanded[ev.ID] = true
			}
		}
	}
	l.rebuild()
	l.cursor = l.findRow(keepEvent, keepArticle, onArticle)
	l.scrollToCursor()
}

// SetFilter narrows the list to events whose headline, or an article's
// title or outlet, contains text (case-insensitive).
func (l *listPane) SetFilter(text string) {
	l.filter = strings.ToLower(strings.TrimSpace(text))
	l.cursor, l.offset = 0, 0
	l.rebuild()
}

// UpdateSummary changes one article's marks in place, after a star or read toggle.
func (l *listPane) UpdateSummary(id int64, change func(*store.Summary)) {
	for i := range l.events {
		for j := range l.events[i].Articles {
			if a := &l.events[i].Articles[j]; a.ID == id {
				wasRead := a.Read
				change(a)
				switch {
				case wasRead && !a.Read:
					l.counts.unread++
				case !wasRead && a.Read:
					l.counts.unread--
				}
			}
		}
	}
}

func (l *listPane) rebuild() {
	l.rows = l.rows[:0]
	if l.filter != "" && l.haystack == nil {
		l.haystack = make([]string, len(l.events))
		for i, ev := range l.events {
			l.haystack[i] = ev.SearchText()
		}
	}
	for i, ev := range l.events {
		if l.filter != "" && !strings.Contains(l.haystack[i], l.filter) {
			continue
		}
		l.rows = append(l.rows, listRow{event: i, article: -1})
		if !l.expanded[ev.ID] {
			continue
		}
		if len(ev.Articles) > 1 {
			for j := range ev.Articles {
				l.rows = append(l.rows, listRow{event: i, article: j})
			}
		}
		if len(ev.Related) > 0 && l.index == nil {
			l.index = make(map[string]int, len(l.events))
			for k, ev := range l.events {
				l.index[ev.ID] = k
			}
		}
		for _, k := range l.relatedOf(i) {
			l.rows = append(l.rows, listRow{event: i, article: -1, related: k + 1})
		}
	}
	if l.cursor >= len(l.rows) {
		l.cursor = max(0, len(l.rows)-1)
	}
}

// relatedOf lists the indexes of the listed events related to event i
// (rebuild makes the index it reads when an open event has some).
func (l listPane) relatedOf(i int) []int {
	if len(l.events[i].Related) == 0 || l.index == nil {
		return nil
	}
	var out []int
	for _, id := range l.events[i].Related {
		if k, ok := l.index[id]; ok && k != i {
			out = append(out, k)
		}
	}
	return out
}

// expandable reports whether event i opens: onto its articles, or onto
// the events related to it.
func (l listPane) expandable(i int) bool {
	return len(l.events[i].Articles) > 1 || len(l.events[i].Related) > 0
}

// Selected is the event under the cursor and, on an article row (or a
// single-article event), that article. A row naming a related event
// stands for that event.
func (l listPane) Selected() (*store.EventSummary, *store.Summary) {
	if l.cursor < 0 || l.cursor >= len(l.rows) {
		return nil, nil
	}
	r := l.rows[l.cursor]
	ev := &l.events[r.event]
	if r.related > 0 {
		ev = &l.events[r.related-1]
	}
	switch {
	case r.article >= 0:
		return ev, &ev.Articles[r.article]
	case len(ev.Articles) > 0:
		return ev, &ev.Articles[0]
	}
	return ev, nil
}

// Len is the number of visible rows.
func (l listPane) Len() int { return len(l.rows) }

// Update moves the cursor and expands or collapses events.
func (l listPane) Update(msg tea.Msg) (listPane, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		if mm, ok := msg.(tea.MouseMsg); ok {
			l.mouse(mm)
		}
		return l, nil
	}
	switch {
	case key.Matches(km, l.keys.Up):
		l.move(-1)
	case key.Matches(km, l.keys.Down):
		l.move(1)
	case key.Matches(km, l.keys.PageUp):
		l.move(-max(1, l.height-1))
	case key.Matches(km, l.keys.PageDown):
		l.move(max(1, l.height-1))
	case key.Matches(km, l.keys.Top):
		l.move(-len(l.rows))
	case key.Matches(km, l.keys.Bottom):
		l.move(len(l.rows))
	case key.Matches(km, l.keys.Expand):
		l.setExpanded(true)
	case key.Matches(km, l.keys.Collapse):
		l.setExpanded(false)
	}
	return l, nil
}

func (l *listPane) mouse(m tea.MouseMsg) {
	switch m.Button {
	case tea.MouseButtonWheelUp:
		l.move(-3)
	case tea.MouseButtonWheelDown:
		l.move(3)
	}
}

func (l *listPane) move(n int) {
	l.cursor = max(0, min(len(l.rows)-1, l.cursor+n))
	l.scrollToCursor()
}

func (l *listPane) setExpanded(open bool) {
	if l.cursor >= len(l.rows) {
		return
	}
	r := l.rows[l.cursor]
	ev := l.events[r.event]
	if !l.expandable(r.event) || l.expanded[ev.ID] == open {
		return
	}
	l.expanded[ev.ID] = open
	l.rebuild()
	for i, row := range l.rows { // the cursor goes to the event row
		if row.event == r.event && row.article < 0 && row.related == 0 {
			l.cursor = i
		}
	}
	l.scrollToCursor()
}

func (l *listPane) scrollToCursor() {
	if l.height <= 0 {
		return
	}
	if l.cursor < l.offset {
		l.offset = l.cursor
	}
	if l.cursor >= l.offset+l.height {
		l.offset = l.cursor - l.height + 1
	}
	l.offset = max(0, min(l.offset, len(l.rows)-l.height))
}

// ShortHelp and FullHelp list the list's own keys.
func (l listPane) ShortHelp() []key.Binding {
	return []key.Binding{l.keys.Up, l.keys.Down, l.keys.Expand, l.keys.Collapse}
}

func (l listPane) FullHelp() [][]key.Binding { return [][]key.Binding{l.ShortHelp()} }
