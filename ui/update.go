package ui

import (
	"sort"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"reader/articles"
	"reader/store"
)

// handleKey gives a key to the filter input when it is open, then to the
// global bindings, then to the focused pane.
func (m Model) handleKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	if msg.Type == tea.KeyRunes { // pasted text can carry escapes and bidi overrides
		msg.Runes = []rune(articles.Sanitize(string(msg.Runes), false))
	}
	if m.filtering {
		return m.filterKey(msg)
	}
	if m.searching {
		return m.searchKey(msg)
	}
	if key.Matches(msg, m.keys.Quit) {
		return m, tea.Quit
	}
	if m.width < minWidth || m.height < minHeight {
		return m, nil
	}
	switch {
	case key.Matches(msg, m.keys.Help):
		m.help.ShowAll = !m.help.ShowAll
		m.layout()
		return m, nil
	case m.comparing:
		return m.compareKey(msg)
	case key.Matches(msg, m.keys.Filter):
		m.filtering = true
		m.setFocus(focusList)
		return m, m.filter.Focus()
	case key.Matches(msg, m.keys.SwitchFocus):
		if m.focus == focusList {
			return m.openArticle()
		}
		m.setFocus(focusList)
		return m, nil
	case key.Matches(msg, m.keys.Open) && m.focus == focusList:
		return m.openArticle()
	case key.Matches(msg, m.keys.Back) && m.focus == focusArticle:
		m.setFocus(focusList)
		return m, nil
	case key.Matches(msg, m.keys.Back) && m.query != "":
		return m, m.clearSearch()
	case key.Matches(msg, m.keys.Star):
		return m, m.toggleFlag(true)
	case key.Matches(msg, m.keys.ToggleRead):
		return m, m.toggleFlag(false)
	case key.Matches(msg, m.keys.ShowRemoved):
		m.article.ToggleRemoved()
		return m, nil
	case key.Matches(msg, m.keys.Compare):
		return m.startCompare()
	}
	if next, cmd, ok := m.readingKey(msg); ok {
		return next, cmd
	}
	var cmd tea.Cmd
	if m.focus == focusArticle {
		m.article, cmd = m.article.Update(msg)
		return m, cmd
	}
	before := m.selectedID()
	m.list, cmd = m.list.Update(msg)
	return m, tea.Batch(cmd, m.selectionChanged(before))
}

// filterKey edits the filter; the list narrows as the user types.
func (m Model) filterKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	before := m.selectedID()
	switch msg.Type {
	case tea.KeyEsc:
		m.filtering = false
		m.filter.Blur()
		m.filter.SetValue("")
		m.list.SetFilter("")
		return m, m.selectionChanged(before)
	case tea.KeyEnter:
		m.filtering = false
		m.filter.Blur()
		return m, nil
	case tea.KeyCtrlC:
		return m, tea.Quit
	}
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(msg)
	m.list.SetFilter(m.filter.Value())
	return m, tea.Batch(cmd, m.selectionChanged(before))
}

func (m Model) compareKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	if key.Matches(msg, m.keys.Back) {
		m.comparing = false
		m.setFocus(focusList)
		return m, nil
	}
	var cmd tea.Cmd
	m.compare, cmd = m.compare.Update(msg)
	return m, cmd
}

// openArticle focuses the article pane and marks the article read.
func (m Model) openArticle() (tea.Model, tea.Cmd) {
	_, sum := m.list.Selected()
	if sum == nil {
		return m, nil
	}
	m.setFocus(focusArticle)
	if sum.Read {
		return m, nil
	}
	id := sum.ID
	m.list.UpdateSummary(id, func(s *store.Summary) { s.Read = true })
	return m, m.saveFlag(id, "read", true)
}

// toggleFlag flips the star (star true) or the read mark of the selected article.
func (m *Model) toggleFlag(star bool) tea.Cmd {
	_, sum := m.list.Selected()
	if sum == nil {
		return nil
	}
	id := sum.ID
	var on bool
	var name string
	m.list.UpdateSummary(id, func(s *store.Summary) {
		if star {
			s.Starred, on, name = !s.Starred, !s.Starred, "starred"
		} else {
			s.Read, on, name = !s.Read, !s.Read, "read"
		}
	})
	if _, cur := m.list.Selected(); cur != nil {
		m.article.SetSummary(*cur)
	}
	return m.saveFlag(id, name, on)
}

// selectionChanged loads the newly selected article, if the selection moved.
func (m *Model) selectionChanged(before int64) tea.Cmd {
	_, sum := m.list.Selected()
	if sum == nil || sum.ID == before && m.article.Current() != nil {
		return nil
	}
	m.articleReq++
	m.article.SetLoading(*sum)
	return m.loadArticle(m.articleReq, *sum)
}

func (m Model) startCompare() (tea.Model, tea.Cmd) {
	ev, _ := m.list.Selected()
	if ev == nil {
		return m, nil
	}
	m.compareReq++
	m.busy++
	m.status = "Comparing " + itoa(len(ev.Articles)) + " sources…"
	m.err = nil
	return m, m.compareEvent(m.compareReq, ev.ID)
}

// handleResult routes the result of a command to the pane that owns it,
// dropping results of requests that were superseded.
func (m Model) handleResult(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case eventsLoadedMsg:
		if msg.reqID != m.listReq {
			return m, nil
		}
		if msg.err != nil {
			m.err = msg.err
			return m, nil
		}
		if m.query != "" {
			return m, nil // the list shows search results until esc
		}
		before := m.selectedID()
		m.list.SetEvents(msg.events, !msg.partial)
		if m.view.Source == "" && !msg.partial {
			m.outlets = outletsOf(msg.events)
		}
		cmd := m.selectionChanged(before)
		if msg.partial {
			cmd = tea.Batch(cmd, m.loadAllEvents(msg.reqID))
		}
		return m, cmd
	case articleLoadedMsg:
		if msg.reqID != m.articleReq {
			return m, nil
		}
		if msg.err != nil {
			m.err = msg.err
			return m, nil
		}
		if _, sum := m.list.Selected(); sum != nil && sum.ID == msg.id {
			m.article.SetArticle(*sum, msg.article)
		}
		return m, nil
	case comparisonMsg:
		if msg.reqID != m.compareReq {
			return m, nil
		}
		m.busy--
		m.status = ""
		if msg.err != nil {
			m.err = msg.err
			return m, nil
		}
		m.compare.SetComparison(msg.cmp)
		m.comparing = true
		m.setFocus(focusCompare)
		return m, nil
	case flagSavedMsg:
		if msg.err != nil {
			m.err = msg.err
		}
		return m, nil
	case errMsg:
		m.err = msg.err
		return m, nil
	}
	if next, cmd, ok := m.handleReadingResult(msg); ok {
		return next, cmd
	}
	if next, cmd, ok := m.handleImportResult(msg); ok {
		return next, cmd
	}
	return m, nil
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
