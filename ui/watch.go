package ui

import (
	"context"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"reader/store"
)

// pollEvery is how often the reader asks the store whether another
// process added articles (a variable so tests can poll at once).
var pollEvery = 2 * time.Second

// Messages of the store watch.
type (
	watchStartedMsg struct {
		w   *store.Watcher
		err error
	}
	pollMsg        struct{}
	storeChangeMsg struct {
		changed bool
		err     error
	}
)

// pollAfterStart opens the store watch; a private in-memory store has no
// other writer and is not watched.
func (m Model) pollAfterStart() tea.Cmd {
	st := m.deps.Store
	if st == nil || st.Path() == store.Memory {
		return nil
	}
	return func() tea.Msg {
		w, err := st.Watch(context.Background())
		return watchStartedMsg{w: w, err: err}
	}
}

func schedulePoll() tea.Cmd {
	return tea.Tick(pollEvery, func(time.Time) tea.Msg { return pollMsg{} })
}

func (m Model) checkStore() tea.Cmd {
	w := m.watch
	return func() tea.Msg {
		changed, err := w.Changed(context.Background())
		return storeChangeMsg{changed: changed, err: err}
	}
}

// handleWatchResult routes the store watch's messages: articles another
// process imported reload the list (unless an import or refresh of our
// own will reload it anyway, or search results are shown).
func (m Model) handleWatchResult(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case watchStartedMsg:
		if msg.err != nil || msg.w == nil {
			m.status.Fail(msg.err)
			return m, nil, true
		}
		m.watch = msg.w
		return m, schedulePoll(), true
	case pollMsg:
		return m, m.checkStore(), true
	case storeChangeMsg:
		if msg.err != nil {
			m.status.Fail(msg.err)
			return m, schedulePoll(), true
		}
		if !msg.changed || m.status.Running(jobImport) || m.status.Running(jobRefresh) || m.prompt.Query() != "" {
			return m, schedulePoll(), true
		}
		return m, tea.Batch(schedulePoll(), m.reload()), true
	}
	return m, nil, false
}
