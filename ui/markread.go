package ui

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"
)

// markAllRead marks read exactly the articles the list shows: under the
// filter, the search results, and nothing another process imported that
// the list has not shown yet.
func (m Model) markAllRead() tea.Cmd {
	st, ids := m.deps.Store, m.list.ListedArticleIDs()
	return func() tea.Msg {
		n, err := st.MarkRead(context.Background(), ids)
		return markedAllMsg{n: n, err: err}
	}
}

// ListedArticleIDs is every article of the events the list shows (those
// that pass the filter), expanded or not.
func (l listPane) ListedArticleIDs() []int64 {
	var ids []int64
	for _, r := range l.rows {
		if r.article >= 0 {
			continue // the event's row lists its articles
		}
		for _, a := range l.events[r.event].Articles {
			ids = append(ids, a.ID)
		}
	}
	return ids
}
