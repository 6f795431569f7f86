package ui

import (
	"context"
	"strconv"

	tea "github.com/charmbracelet/bubbletea"

	"reader/articles/compare"
	"reader/store"
)

// The commands below do the store work off the UI loop; each returns a typed
// message carrying its request ID so a stale answer can be dropped.

// firstPage is how many events the list reads before the rest: a screen's
// worth (a terminal up to 60 rows; a taller one fills when the rest comes,
// a moment later), few enough that the first frame does not wait on the
// store. Each event read costs a page read per article: 300 events took
// 41 ms of a 10k store's first frame, 60 take 7 ms.
const firstPage = 60

// loadEvents reads the story list. The unfiltered list starts with its
// first page, so a large store draws at once; the handler then asks for
// the whole list with loadAllEvents.
func (m Model) loadEvents(reqID int) tea.Cmd {
	if m.views.Filter() != (store.Filter{}) {
		return m.loadAllEvents(reqID)
	}
	st := m.deps.Store
	return func() tea.Msg {
		marks, err := st.GroupingMarks(context.Background())
		if err != nil {
			return eventsLoadedMsg{reqID: reqID, err: err}
		}
		events, complete, err := st.FirstEvents(context.Background(), firstPage)
		return eventsLoadedMsg{reqID: reqID, events: events, partial: !complete, marks: marks, err: err}
	}
}

func (m Model) loadAllEvents(reqID int) tea.Cmd {
	st, f := m.deps.Store, m.views.Filter()
	return func() tea.Msg {
		// The marks first: a grouping written while the list is read is
		// taken again later, never missed.
		marks, err := st.GroupingMarks(context.Background())
		if err != nil {
			return eventsLoadedMsg{reqID: reqID, err: err}
		}
		events, err := st.Events(context.Background(), f)
		return eventsLoadedMsg{reqID: reqID, events: events, marks: marks, err: err}
	}
}

func (m Model) loadArticle(reqID int, sum store.Summary) tea.Cmd {
	st := m.deps.Store
	return func() tea.Msg {
		a, err := st.Article(context.Background(), sum.ID)
		return articleLoadedMsg{reqID: reqID, id: sum.ID, article: a, err: err}
	}
}

func (m Model) saveFlag(id int64, name string, on bool) tea.Cmd {
	st := m.deps.Store
	return func() tea.Msg {
		var err error
		if name == "starred" {
			err = st.SetStarred(context.Background(), id, on)
		} else {
			err = st.SetRead(context.Background(), id, on)
		}
		return flagSavedMsg{err: err}
	}
}

func (m Model) compareEvent(reqID int, eventID string) tea.Cmd {
	st := m.deps.Store
	return func() tea.Msg {
		arts, err := st.EventArticles(context.Background(), eventID)
		if err != nil {
			return comparisonMsg{reqID: reqID, eventID: eventID, err: err}
		}
		return comparisonMsg{reqID: reqID, eventID: eventID, cmp: compare.Compare(eventID, arts)}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
