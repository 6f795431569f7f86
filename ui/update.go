package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"reader/articles"
	"reader/store"
)

// handleKey gives a key to the filter or search input when one is open,
// then to the global bindings, then to the focused pane.
func (m Model) handleKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	if msg.Type == tea.KeyRunes { // pasted text can carry escapes and bidi overrides
		msg.Runes = []rune(articles.Sanitize(string(msg.Runes), false))
	}
	if m.prompt.Typing() {
		return m.promptKey(msg)
	}
	if key.Matches(msg, m.keys.QuitNow) {
		return m, tea.Quit
	}
	if m.width < minWidth || m.height < minHeight {
		if key.Matches(msg, m.keys.Quit) {
			return m, tea.Quit
		}
		return m, nil
	}
	if m.feeds != nil {
		return m.feedPanelKey(msg)
	}
	switch {
	case key.Matches(msg, m.keys.Help):
		m.help.ShowAll = !m.help.ShowAll
		m.layout()
		return m, nil
	case key.Matches(msg, m.keys.Back) && m.help.ShowAll: // esc closes the full help before it goes back
		m.help.ShowAll = false
		m.layout()
		return m, nil
	case m.comparing:
		return m.compareKey(msg)
	case key.Matches(msg, m.keys.Quit):
		if m.focus == focusArticle { // q goes back one level; it quits only from the list
			m.setFocus(focusList)
			return m, nil
		}
		return m, tea.Quit
	case key.Matches(msg, m.keys.Filter):
		m.setFocus(focusList)
		return m, m.prompt.OpenFilter()
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
	case key.Matches(msg, m.keys.Back) && m.prompt.Query() != "":
		return m, m.clearSearch()
	case key.Matches(msg, m.keys.Back) && m.prompt.FilterText() != "":
		before := m.selectedID() // a kept filter: esc clears it, as while typing
		m.prompt.ClearFilter()
		m.list.SetFilter("")
		return m, m.selectionChanged(before)
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
	if next, cmd, ok := m.movingKey(msg); ok {
		return next, cmd
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

// movingKey handles the keys that move between stories while reading and
// those that change the split; ok is false for any other key.
func (m Model) movingKey(msg tea.KeyMsg) (Model, tea.Cmd, bool) {
	k := m.keys
	searchShown := m.prompt.Query() != ""
	switch {
	case searchShown && m.focus == focusArticle && (key.Matches(msg, k.NextMatch) || key.Matches(msg, k.PrevMatch)):
		dir := 1
		if key.Matches(msg, k.PrevMatch) {
			dir = -1
		}
		m.article.JumpMatch(dir)
		if at, n := m.article.MatchPosition(); n > 0 {
			m.status.Say("Match " + itoa(at) + " of " + itoa(n) + " in this article")
		} else {
			m.status.Say("The search's words are not in this article as whole words.")
		}
	case searchShown && (key.Matches(msg, k.NextMatch) || key.Matches(msg, k.PrevMatch)):
		dir := 1 // in the list of hits: the next hit opens at its first match
		if key.Matches(msg, k.PrevMatch) {
			dir = -1
		}
		before := m.selectedID()
		m.list.SelectArticle(dir)
		m.setFocus(focusArticle)
		return m, m.afterMove(before), true
	case !searchShown && key.Matches(msg, k.NextUnread), !searchShown && key.Matches(msg, k.PrevUnread):
		dir := 1
		if key.Matches(msg, k.PrevUnread) {
			dir = -1
		}
		before := m.selectedID()
		if !m.list.SelectUnread(dir) {
			m.status.Say("No more unread stories " + map[int]string{1: "below", -1: "above"}[dir] + ".")
			return m, nil, true
		}
		return m, m.afterMove(before), true
	case key.Matches(msg, k.NextArticle), key.Matches(msg, k.PrevArticle):
		dir := 1
		if key.Matches(msg, k.PrevArticle) {
			dir = -1
		}
		before := m.selectedID()
		m.list.SelectArticle(dir)
		return m, m.afterMove(before), true
	case key.Matches(msg, k.WidenList), key.Matches(msg, k.NarrowList):
		step := max(2, m.width/20)
		if key.Matches(msg, k.NarrowList) {
			step = -step
		}
		w := m.listWidth()
		m.listShift += step
		if m.listWidth() == w { // at the limit: keep the shift where it stops
			m.listShift -= step
		}
		m.layout()
	case key.Matches(msg, k.ListOnly):
		m.listOnly = !m.listOnly
		m.layout()
	default:
		return m, nil, false
	}
	return m, nil, true
}

// afterMove loads the newly selected article and, when the article pane
// has the focus, marks it read as opening it would.
func (m *Model) afterMove(before int64) tea.Cmd {
	cmd := m.selectionChanged(before)
	if m.focus != focusArticle {
		return cmd
	}
	_, sum := m.list.Selected()
	if sum == nil || sum.Read {
		return cmd
	}
	id := sum.ID
	m.list.UpdateSummary(id, func(s *store.Summary) { s.Read = true })
	m.article.SetSummary(*sum)
	return tea.Batch(cmd, m.saveFlag(id, "read", true))
}

// promptKey gives a key to the open filter or search input: the list
// narrows as the user types a filter; a search runs on enter.
func (m Model) promptKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	before := m.selectedID()
	var ev promptEvent
	var cmd tea.Cmd
	m.prompt, ev, cmd = m.prompt.Update(msg)
	switch ev {
	case promptQuit:
		return m, tea.Quit
	case filterChanged:
		m.list.SetFilter(m.prompt.FilterText())
		return m, tea.Batch(cmd, m.selectionChanged(before))
	case searchSubmitted:
		q := m.prompt.SearchText()
		if q == "" {
			return m, m.clearSearch()
		}
		id, tick := m.status.Start(jobSearch, "Searching…")
		return m, tea.Batch(tick, m.runSearch(id, q))
	}
	return m, cmd
}

// compareKey gives a key to the comparison; back (or q) closes an open
// fact first, then the comparison.
func (m Model) compareKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	if key.Matches(msg, m.keys.Back) || key.Matches(msg, m.keys.Quit) {
		if m.compare.Detail() {
			m.compare.CloseDetail()
			return m, nil
		}
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
	if m.listOnly {
		m.layout()
	}
	if sum.Read {
		return m, nil
	}
	id := sum.ID
	m.list.UpdateSummary(id, func(s *store.Summary) { s.Read = true })
	return m, m.saveFlag(id, "read", true)
}

// toggleFlag flips the star (star true) or the read mark of the selected
// article, and says which article it was when the row is a collapsed event.
func (m *Model) toggleFlag(star bool) tea.Cmd {
	ev, sum := m.list.Selected()
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
	if star && len(ev.Articles) > 1 && !m.list.OnArticleRow() {
		verb := "Starred"
		if !on {
			verb = "Unstarred"
		}
		m.status.Say(verb + " " + sourceName(*sum) + ": " + articles.Sanitize(sum.Title, false) + " (→ to pick another article of the event)")
	}
	return m.saveFlag(id, name, on)
}

// selectionChanged loads the newly selected article, if the selection
// moved; with nothing selected (a filter that matches nothing) the
// article pane is emptied.
func (m *Model) selectionChanged(before int64) tea.Cmd {
	_, sum := m.list.Selected()
	if sum == nil {
		m.article.Clear()
		return nil
	}
	if sum.ID == before && m.article.Current() != nil {
		return nil
	}
	m.article.SetLoading(*sum)
	return m.loadArticle(m.status.Track(jobArticle), *sum)
}

// startCompare compares the selected event's sources; a second press
// supersedes the first, whose result is dropped.
func (m Model) startCompare() (tea.Model, tea.Cmd) {
	ev, _ := m.list.Selected()
	if ev == nil {
		return m, nil
	}
	id, tick := m.status.Start(jobCompare, "Comparing "+plural(len(ev.Articles), "source")+"…")
	return m, tea.Batch(tick, m.compareEvent(id, ev.ID))
}

// handleResult routes the result of a command to the pane that owns it,
// dropping results of requests that were superseded.
func (m Model) handleResult(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case eventsLoadedMsg:
		if !m.status.Current(jobList, msg.reqID) {
			return m, nil // a later read of the list supersedes this one
		}
		if !msg.partial {
			m.status.Finish(jobList, msg.reqID)
		}
		if msg.err != nil {
			m.status.Fail(msg.err)
			return m, nil
		}
		if m.prompt.Query() != "" {
			return m, nil // the list shows search results until esc
		}
		before := m.selectedID()
		if !msg.partial {
			m.marks = msg.marks
		}
		m.list.SetEvents(msg.events, !msg.partial)
		m.list.SetOwnTitles(m.views.OwnTitles())
		m.views.Learn(msg.events, !msg.partial)
		cmd := m.selectionChanged(before)
		if msg.partial {
			cmd = tea.Batch(cmd, m.loadAllEvents(msg.reqID))
		}
		return m, cmd
	case articleLoadedMsg:
		if !m.status.Finish(jobArticle, msg.reqID) {
			return m, nil
		}
		if msg.err != nil {
			m.status.Fail(msg.err)
			return m, nil
		}
		if _, sum := m.list.Selected(); sum != nil && sum.ID == msg.id {
			m.article.SetArticle(*sum, msg.article)
		}
		return m, nil
	case comparisonMsg:
		if !m.status.Finish(jobCompare, msg.reqID) {
			return m, nil
		}
		if msg.err != nil {
			m.status.Report("", msg.err)
			return m, nil
		}
		m.status.Say("")
		m.compare.SetComparison(msg.cmp)
		m.comparing = true
		m.setFocus(focusCompare)
		return m, nil
	case flagSavedMsg:
		m.status.Fail(msg.err)
		return m, nil
	case errMsg:
		m.status.Fail(msg.err)
		return m, nil
	}
	if next, cmd, ok := m.handleReadingResult(msg); ok {
		return next, cmd
	}
	if next, cmd, ok := m.handleImportResult(msg); ok {
		return next, cmd
	}
	if next, cmd, ok := m.handleWatchResult(msg); ok {
		return next, cmd
	}
	return m, nil
}
