package ui

import (
	"context"
	"fmt"
	"strconv"

	tea "github.com/charmbracelet/bubbletea"

	"reader/articles"
	"reader/store"
)

// The commands below do the store work off the UI loop; each returns a typed
// message carrying its request ID so a stale answer can be dropped.

// firstPage is how many events the list reads before the rest: more than
// any screen shows, few enough to read at once from a large store.
const firstPage = 300

// loadEvents reads the story list. The unfiltered list starts with its
// first page, so a large store draws at once; the handler then asks for
// the whole list with loadAllEvents.
func (m Model) loadEvents(reqID int) tea.Cmd {
	if m.view != (store.Filter{}) {
		return m.loadAllEvents(reqID)
	}
	st := m.deps.Store
	return func() tea.Msg {
		events, complete, err := st.FirstEvents(context.Background(), firstPage)
		return eventsLoadedMsg{reqID: reqID, events: events, partial: !complete, err: err}
	}
}

func (m Model) loadAllEvents(reqID int) tea.Cmd {
	st, f := m.deps.Store, m.view
	return func() tea.Msg {
		events, err := st.Events(context.Background(), f)
		return eventsLoadedMsg{reqID: reqID, events: events, err: err}
	}
}

func (m Model) loadArticle(reqID int, sum store.Summary) tea.Cmd {
	st := m.deps.Store
	return func() tea.Msg {
		a, err := st.Article(context.Background(), sum.ID)
		return articleLoadedMsg{reqID: reqID, id: sum.ID, article: a, err: err}
	}
}

// importFiles reads and imports the start-up files in the background,
// reporting each stored chunk; New has already counted it as busy work.
func (m Model) importFiles() tea.Cmd {
	st, paths, builtin := m.deps.Store, m.deps.Paths, m.deps.ImportBuiltin
	ch := make(chan tea.Msg, 1)
	go func() {
		var files []articles.RawFile
		var errs []error
		if builtin {
			files = append(files, articles.Builtin()...)
		}
		if len(paths) > 0 {
			found, readErrs := articles.ReadPaths(paths)
			files = append(files, found...)
			errs = append(errs, readErrs...)
		}
		n := len(files) // files is not used after the import, so its text can be freed as it goes
		res, importErrs := st.ImportFiles(context.Background(), files, func(done, total int) {
			select {
			case ch <- importProgressMsg{done: done, total: total, ch: ch}:
			default: // the UI is behind; it will see the next one
			}
		})
		ch <- importDoneMsg{result: res, errs: append(errs, importErrs...), files: n}
	}()
	return waitFor(ch)
}

// regroupIfPending finishes the grouping an interrupted import owed.
func (m Model) regroupIfPending() tea.Cmd {
	st := m.deps.Store
	return func() tea.Msg {
		did, err := st.RegroupIfPending(context.Background())
		return regroupedMsg{did: did, err: err}
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
		return comparisonMsg{reqID: reqID, eventID: eventID, cmp: articles.Compare(eventID, arts)}
	}
}

// importSummary turns an import result into the status line and error.
func importSummary(msg importDoneMsg) (string, error) {
	status := fmt.Sprintf("Imported %d new, %d already stored", msg.result.Added, msg.result.Existing)
	switch len(msg.errs) {
	case 0:
		return status, nil
	case 1:
		return status, msg.errs[0]
	}
	return status, fmt.Errorf("%w (and %d more files failed)", msg.errs[0], len(msg.errs)-1)
}

func itoa(n int) string { return strconv.Itoa(n) }
