package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"reader/articles"
	"reader/store"
)

// Drawing the list: a row per event or article, with the number of
// sources and the date in fixed columns.

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
	switch {
	case r.related > 0:
		rel := l.events[r.related-1]
		title = "    ↔ related: " + l.markTitle(rel.Title)
		meta = l.metaColumns(len(rel.Articles), rel.To)
		style = l.rowStyle(selected, false, true)
	case r.article >= 0:
		a := ev.Articles[r.article]
		title = "    " + marks(a) + " " + sourceName(a) + " — " + l.markTitle(a.Title)
		meta, unread = l.metaColumns(1, a.Published), !a.Read
		style = l.rowStyle(selected, unread, true)
	default:
		fold := "  "
		if l.expandable(r.event) {
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
	return articles.SourceName(a.Source, a.File)
}
