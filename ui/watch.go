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
		change store.Change
		err    error
	}
	// articlesAddedMsg carries the articles stored since the list was read
	// and the events incremental groupings wrote since, for the list to
	// take without reading itself again; reload when a full regrouping
	// came between.
	articlesAddedMsg struct {
		sums      []store.Summary
		regrouped []store.EventSummary
		marks     store.GroupingMarks
		reload    bool
		err       error
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
		change, err := w.Changes(context.Background())
		return storeChangeMsg{change: change, err: err}
	}
}

// followChanges brings the list up to date after the store changed: when
// articles were only added (an import's chunks) or grouped incrementally,
// it takes the new articles and the events the groupings wrote; after a
// full regrouping or a removal, the whole list read again.
func (m *Model) followChanges(onlyAdded bool) tea.Cmd {
	if !onlyAdded || !m.list.Complete() || m.views.Filter() != (store.Filter{}) {
		return m.reload()
	}
	st, after, since := m.deps.Store, m.list.MaxArticleID(), m.marks
	return func() tea.Msg {
		ctx := context.Background()
		marks, err := st.GroupingMarks(ctx)
		msg := articlesAddedMsg{marks: marks, err: err}
		if err != nil || marks.Full != since.Full {
			msg.reload = err == nil
			return msg
		}
		if marks.Local != since.Local {
			if msg.regrouped, msg.err = st.EventsGroupedSince(ctx, since.Local); msg.err != nil {
				return msg
			}
		}
		msg.sums, msg.err = st.SummariesAfter(ctx, after)
		return msg
	}
}

// takeAdded puts articles added to the store into the list, or reads the
// list again when it cannot take them.
func (m Model) takeAdded(msg articlesAddedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		m.status.Fail(msg.err)
		return m, nil
	}
	if m.prompt.Query() != "" {
		return m, nil // the list shows search results until esc
	}
	if msg.reload {
		cmd := m.reload()
		return m, cmd
	}
	before := m.selectedID()
	if !m.list.TakeChanges(msg.regrouped, msg.sums) {
		cmd := m.reload()
		return m, cmd
	}
	m.marks = msg.marks
	return m, m.selectionChanged(before)
}

// handleWatchResult routes the store watch's messages: articles another
// process imported come into the list, and other changes read it again
// (unless an import or refresh of our own will reload it anyway, or
// search results are shown).
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
		if !msg.change.Changed || m.status.Running(jobImport) || m.status.Running(jobRefresh) || m.prompt.Query() != "" {
			return m, schedulePoll(), true
		}
		cmd := m.followChanges(msg.change.Added)
		return m, tea.Batch(schedulePoll(), cmd), true
	case articlesAddedMsg:
		m, cmd := m.takeAdded(msg)
		return m, cmd, true
	}
	return m, nil, false
}
