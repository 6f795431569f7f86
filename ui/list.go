package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"reader/articles"
	"reader/store"
)

// listRow is one visible line of the story list: an event, or (when the
// event is expanded) one of its articles.
type listRow struct {
	event   int // index into listPane.events
	article int // index into the event's Articles, -1 for the event row
}

// listPane is the story list: events, expandable to their articles.
type listPane struct {
	keys     keyMap
	st       *styles
	events   []store.EventSummary
	expanded map[string]bool
	complete bool     // events is the whole list, not its first page
	counts   counts   // of the whole list, kept as marks change
	haystack []string // per event, the lower-case text the filter searches; built on first use
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
	l.events, l.complete, l.haystack = events, complete, nil
	l.counts = counts{events: len(events)}
	l.dated = false
	for _, ev := range events {
		l.dated = l.dated || !ev.From.IsZero() || !ev.To.IsZero()
		for _, a := range ev.Articles {
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

// findRow is the row showing the article (on its own row when onArticle),
// else the event row of the event holding it, else the event's row, else
// the cursor's row number.
func (l listPane) findRow(eventID string, articleID int64, onArticle bool) int {
	best, bestScore := min(l.cursor, max(0, len(l.rows)-1)), 0
	for i, r := range l.rows {
		ev := l.events[r.event]
		score := 0
		switch {
		case articleID != 0 && r.article >= 0 && ev.Articles[r.article].ID == articleID:
			score = 3
			if onArticle {
				score = 4
			}
		case articleID != 0 && r.article < 0 && indexOfArticle(ev, articleID) >= 0:
			score = 3
		case r.article < 0 && ev.ID == eventID:
			score = 1
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

func indexOfArticle(ev store.EventSummary, id int64) int {
	for j, a := range ev.Articles {
		if a.ID == id {
			return j
		}
	}
	return -1
}

// OnArticleRow reports whether the cursor is on an article's own row
// (an expanded event's article, or a one-article event).
func (l listPane) OnArticleRow() bool {
	if l.cursor < 0 || l.cursor >= len(l.rows) {
		return false
	}
	r := l.rows[l.cursor]
	return r.article >= 0 || len(l.events[r.event].Articles) == 1
}

// Top puts the cursor on the first row.
func (l *listPane) Top() { l.cursor, l.offset = 0, 0 }

// SelectArticle moves to the next (dir 1) or previous (dir -1) article,
// going through the articles of an event one by one (opening it).
func (l *listPane) SelectArticle(dir int) {
	if len(l.rows) == 0 {
		return
	}
	r := l.rows[l.cursor]
	ev := l.events[r.event]
	at := max(0, r.article)
	if len(ev.Articles) > 1 && at+dir >= 0 && at+dir < len(ev.Articles) && (r.article >= 0 || dir > 0) {
		l.selectArticleOf(r.event, at+dir)
		return
	}
	next := l.cursor + dir
	for next >= 0 && next < len(l.rows) && l.rows[next].event == r.event {
		next += dir
	}
	if next < 0 || next >= len(l.rows) {
		return
	}
	nr := l.rows[next]
	if nev := l.events[nr.event]; dir < 0 && len(nev.Articles) > 1 {
		l.selectArticleOf(nr.event, len(nev.Articles)-1)
		return
	}
	l.cursor = next
	l.scrollToCursor()
}

// SelectUnread moves to the next (dir 1) or previous (dir -1) unread
// article in list order, opening its event when it is not the event's
// first; false when there is none that way.
func (l *listPane) SelectUnread(dir int) bool {
	if len(l.rows) == 0 {
		return false
	}
	type pos struct{ event, article int }
	var order []pos // every article of the listed events, in list order
	seen := map[int]bool{}
	for _, r := range l.rows {
		if seen[r.event] {
			continue
		}
		seen[r.event] = true
		for j := range l.events[r.event].Articles {
			order = append(order, pos{r.event, j})
		}
	}
	cur := l.rows[l.cursor]
	at := 0
	for i, p := range order {
		if p.event == cur.event && p.article == max(0, cur.article) {
			at = i
		}
	}
	for i := at + dir; i >= 0 && i < len(order); i += dir {
		p := order[i]
		if !l.events[p.event].Articles[p.article].Read {
			l.selectArticleOf(p.event, p.article)
			return true
		}
	}
	return false
}

// selectArticleOf puts the cursor on an article of an event: the event's
// row for a one-article event, else the article's row in the open event.
func (l *listPane) selectArticleOf(event, article int) {
	ev := l.events[event]
	if len(ev.Articles) > 1 && !l.expanded[ev.ID] {
		l.expanded[ev.ID] = true
		l.rebuild()
	}
	for i, r := range l.rows {
		if r.event == event && (r.article == article || len(ev.Articles) == 1 && r.article < 0) {
			l.cursor = i
			break
		}
	}
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
		if len(ev.Articles) > 1 && l.expanded[ev.ID] {
			for j := range ev.Articles {
				l.rows = append(l.rows, listRow{event: i, article: j})
			}
		}
	}
	if l.cursor >= len(l.rows) {
		l.cursor = max(0, len(l.rows)-1)
	}
}

// Selected is the event under the cursor and, on an article row (or a
// single-article event), that article.
func (l listPane) Selected() (*store.EventSummary, *store.Summary) {
	if l.cursor < 0 || l.cursor >= len(l.rows) {
		return nil, nil
	}
	r := l.rows[l.cursor]
	ev := &l.events[r.event]
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
	if len(ev.Articles) < 2 || l.expanded[ev.ID] == open {
		return
	}
	l.expanded[ev.ID] = open
	l.rebuild()
	for i, row := range l.rows { // the cursor goes to the event row
		if row.event == r.event && row.article < 0 {
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

// View draws the visible rows, exactly height lines of exactly width cells.
func (l listPane) View() string {
	lines := make([]string, 0, l.height)
	for i := l.offset; i < len(l.rows) && len(lines) < l.height; i++ {
		lines = append(lines, l.renderRow(i))
	}
	if len(l.rows) == 0 && l.height > 0 {
		msg := "No stories yet."
		switch {
		case l.filter != "":
			msg = "Nothing matches the filter."
		case !l.complete:
			msg = "Reading the store…"
		}
		lines = append(lines, l.st.hint.Render(ansi.Truncate(msg, l.width, "…")))
	}
	for len(lines) < l.height {
		lines = append(lines, "")
	}
	for i, line := range lines {
		lines[i] = padRight(line, l.width)
	}
	return strings.Join(lines, "\n")
}

func (l listPane) renderRow(i int) string {
	selected := i == l.cursor
	gutter := " "
	if selected {
		gutter = "❯" // visible without colour too
	}
	return gutter + l.renderEntry(i, selected, l.width-1)
}

// columns decides, from the pane's width alone, whether rows show a date
// and in which form, so every row has the same columns. A list with no
// dates at all keeps no date column.
func (l listPane) columns() (dateW int, long bool) {
	switch {
	case !l.dated:
		return 0, false
	case l.width >= 64:
		return 11, true
	case l.width >= 46:
		return 6, false
	}
	return 0, false
}

// metaColumns is the fixed right-hand side of a row: the number of
// sources (blank for one) and the date, each in its own column.
func (l listPane) metaColumns(sources int, day time.Time) string {
	count := "      "
	if sources > 1 {
		count = fmt.Sprintf("%2d src", sources)
	}
	dateW, long := l.columns()
	if dateW == 0 {
		return count
	}
	d := ""
	if !day.IsZero() {
		d = day.Format("2 Jan")
		if long {
			d = day.Format("2 Jan 2006")
		}
	}
	return count + " " + fmt.Sprintf("%*s", dateW, d)
}

func (l listPane) renderEntry(i int, selected bool, width int) string {
	r := l.rows[i]
	ev := l.events[r.event]
	var title, meta string
	var unread bool
	var style lipglossStyle
	if r.article >= 0 {
		a := ev.Articles[r.article]
		title = "    " + marks(a) + " " + sourceName(a) + " — " + l.markTitle(a.Title)
		meta, unread = l.metaColumns(1, a.Published), !a.Read
		style = l.rowStyle(selected, unread, true)
	} else {
		fold := "  "
		if len(ev.Articles) > 1 {
			fold = "▸ "
			if l.expanded[ev.ID] {
				fold = "▾ "
			}
		}
		agg := store.Summary{Read: true}
		for _, a := range ev.Articles {
			agg.Read = agg.Read && a.Read
			agg.Starred = agg.Starred || a.Starred
		}
		unread = !agg.Read
		headline := ev.Title
		if l.ownTitle && len(ev.Articles) == 1 {
			headline = ev.Articles[0].Title
		}
		title = fold + marks(agg) + " " + l.markTitle(headline)
		meta = l.metaColumns(len(ev.Articles), ev.To)
		if ev.To.IsZero() {
			meta = l.metaColumns(len(ev.Articles), ev.From)
		}
		style = l.rowStyle(selected, unread, false)
	}
	room := width - ansi.StringWidth(meta) - 1
	if room < 8 {
		return style.Render(padRight(title, width))
	}
	return style.Render(padRight(ansi.Truncate(title, room, "…"), room)) + " " + l.st.listMeta.Render(meta)
}

// markTitle makes a title safe and marks the search's words in it.
func (l listPane) markTitle(title string) string {
	title = articles.Sanitize(title, false)
	if len(l.marked) == 0 {
		return title
	}
	return markWords(title, l.marked, l.st)
}

func (l listPane) rowStyle(selected, unread, child bool) lipglossStyle {
	switch {
	case selected && l.focused:
		return l.st.listSelected
	case selected:
		return l.st.listSelectedBlur
	case child:
		return l.st.listChild
	case unread:
		return l.st.listUnread
	}
	return l.st.listItem
}

// marks is the two-cell read/star indicator of an article.
func marks(a store.Summary) string {
	m := []rune("  ")
	if !a.Read {
		m[0] = '●'
	}
	if a.Starred {
		m[1] = '★'
	}
	return string(m)
}

// sourceName names an article's source one way everywhere: its outlet,
// else its file's short name.
func sourceName(a store.Summary) string {
	return outletOrFile(a.Source, a.File)
}

// outletOrFile is an outlet's name, else the base name of the file.
func outletOrFile(outlet, file string) string {
	if outlet != "" {
		return articles.Sanitize(outlet, false)
	}
	if j := strings.LastIndexAny(file, `/\`); j >= 0 {
		file = file[j+1:]
	}
	if file == "" {
		return "unknown source"
	}
	return articles.Sanitize(file, false)
}

// ShortHelp and FullHelp list the list's own keys.
func (l listPane) ShortHelp() []key.Binding {
	return []key.Binding{l.keys.Up, l.keys.Down, l.keys.Expand, l.keys.Collapse}
}

func (l listPane) FullHelp() [][]key.Binding { return [][]key.Binding{l.ShortHelp()} }
