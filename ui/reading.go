package ui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/aymanbagabas/go-osc52/v2"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"reader/articles/feeds"
	"reader/store"
)

// Messages of the daily-reading features.
type (
	refreshProgressMsg struct {
		done, total int
		ch          chan tea.Msg
	}
	refreshDoneMsg struct {
		result store.RefreshResult
		errs   []error
	}
	searchDoneMsg struct {
		reqID int
		query string
		hits  []store.SearchHit
		err   error
	}
	markedAllMsg struct {
		n   int
		err error
	}
	statusMsg struct{ text string }
)

// readingKey handles the keys of the daily-reading features; ok is false
// when the key is not one of them.
func (m Model) readingKey(msg tea.KeyMsg) (Model, tea.Cmd, bool) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Search):
		m.searching = true
		m.search.SetValue(m.query)
		m.setFocus(focusList)
		return m, m.search.Focus(), true
	case key.Matches(msg, k.Refresh):
		return m.startRefresh()
	case key.Matches(msg, k.UnreadOnly):
		m.view.UnreadOnly = !m.view.UnreadOnly
		m.list.MarkLoading()
		return m, m.reload(), true
	case key.Matches(msg, k.StarredOnly):
		m.view.StarredOnly = !m.view.StarredOnly
		m.list.MarkLoading()
		return m, m.reload(), true
	case key.Matches(msg, k.CycleSource):
		m.view.Source = nextOutlet(m.outlets, m.view.Source)
		m.list.MarkLoading()
		return m, m.reload(), true
	case key.Matches(msg, k.MarkAllRead):
		return m, m.markAllRead(), true
	case key.Matches(msg, k.OpenLink), key.Matches(msg, k.CopyLink):
		a := m.article.article
		if a == nil || a.URL == "" {
			m.status, m.err = "This article has no link.", nil
			return m, nil, true
		}
		if key.Matches(msg, k.OpenLink) {
			return m, openURL(a.URL), true
		}
		return m, copyURL(m.deps.Clipboard, a.URL), true
	}
	return m, nil, false
}

// searchKey edits the search query; enter runs it, esc cancels.
func (m Model) searchKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	switch msg.Type {
	case tea.KeyEsc:
		m.searching = false
		m.search.Blur()
		return m, nil
	case tea.KeyEnter:
		m.searching = false
		m.search.Blur()
		q := strings.TrimSpace(m.search.Value())
		if q == "" {
			return m, m.clearSearch()
		}
		m.searchReq++
		m.busy++
		m.status, m.err = "Searching…", nil
		return m, m.runSearch(m.searchReq, q)
	}
	var cmd tea.Cmd
	m.search, cmd = m.search.Update(msg)
	return m, cmd
}

// clearSearch leaves search results for the story list.
func (m *Model) clearSearch() tea.Cmd {
	m.query, m.hits = "", nil
	m.article.SetHighlight(nil)
	m.list.SetMarked(nil)
	return m.reload()
}

// reload reads the list again with the current filters.
func (m *Model) reload() tea.Cmd {
	m.listReq++
	return m.loadEvents(m.listReq)
}

func (m Model) runSearch(reqID int, q string) tea.Cmd {
	st := m.deps.Store
	return func() tea.Msg {
		hits, err := st.Search(context.Background(), q, 500)
		return searchDoneMsg{reqID: reqID, query: q, hits: hits, err: err}
	}
}

// hitsAsEvents shows search results in the list, one row each, best first.
func hitsAsEvents(hits []store.SearchHit) []store.EventSummary {
	out := make([]store.EventSummary, len(hits))
	for i, h := range hits {
		out[i] = store.EventSummary{ID: fmt.Sprintf("a%d", h.ID), Title: h.Title, From: h.Published, To: h.Published, Articles: []store.Summary{h.Summary}}
	}
	return out
}

func (m *Model) startRefresh() (Model, tea.Cmd, bool) {
	if m.refreshing {
		return *m, nil, true
	}
	m.refreshing = true
	m.busy++
	m.status, m.err = "Refreshing feeds…", nil
	st, fetcher := m.deps.Store, m.deps.Fetcher
	if fetcher.Client == nil {
		fetcher = feeds.DefaultFetcher()
	}
	ch := make(chan tea.Msg, 256)
	go func() {
		res, errs := st.Refresh(context.Background(), fetcher, func(done, total int) {
			select {
			case ch <- refreshProgressMsg{done: done, total: total, ch: ch}:
			default: // the UI is behind; it will see the next one
			}
		})
		ch <- refreshDoneMsg{result: res, errs: errs}
	}()
	return *m, waitFor(ch), true
}

// waitFor delivers the next message of a background job.
func waitFor(ch chan tea.Msg) tea.Cmd { return func() tea.Msg { return <-ch } }

func (m Model) markAllRead() tea.Cmd {
	st, f := m.deps.Store, m.view
	return func() tea.Msg {
		n, err := st.MarkAllRead(context.Background(), f)
		return markedAllMsg{n: n, err: err}
	}
}

// handleReadingResult routes the results of the daily-reading commands.
func (m Model) handleReadingResult(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case refreshProgressMsg:
		m.showProgress("Refreshing feeds…", msg.done, msg.total)
		return m, waitFor(msg.ch), true
	case refreshDoneMsg:
		m.refreshing = false
		m.busy--
		m.progress = -1
		r := msg.result
		m.status = fmt.Sprintf("%d feeds: %d new, %d unchanged, %d failed", r.Feeds, r.Added, r.NotModified, r.Failed)
		if r.Feeds == 0 {
			m.status = "No feeds yet: subscribe with `reader add URL`."
		}
		m.err = joinErrors(msg.errs)
		m.failures = append(m.failures, msg.errs...)
		return m, m.reload(), true
	case searchDoneMsg:
		if msg.reqID != m.searchReq {
			return m, nil, true
		}
		m.busy--
		if msg.err != nil {
			m.err = msg.err
			return m, nil, true
		}
		m.query, m.hits = msg.query, msg.hits
		m.status = fmt.Sprintf("%d matches for %q", len(msg.hits), msg.query)
		m.article.SetHighlight(strings.Fields(msg.query))
		m.list.SetMarked(strings.Fields(msg.query))
		before := m.selectedID()
		m.list.SetEvents(hitsAsEvents(msg.hits), true)
		return m, m.selectionChanged(before), true
	case markedAllMsg:
		m.status, m.err = fmt.Sprintf("Marked %d articles read", msg.n), msg.err
		return m, m.reload(), true
	case statusMsg:
		m.status, m.err = msg.text, nil
		return m, nil, true
	}
	return m, nil, false
}

func joinErrors(errs []error) error {
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	return fmt.Errorf("%w (and %d more)", errs[0], len(errs)-1)
}

// nextOutlet cycles the source filter: all, then each outlet, then all.
func nextOutlet(outlets []string, current string) string {
	if current == "" {
		if len(outlets) > 0 {
			return outlets[0]
		}
		return ""
	}
	for i, o := range outlets {
		if o == current && i+1 < len(outlets) {
			return outlets[i+1]
		}
	}
	return ""
}

// openURL opens a link in the user's browser: $BROWSER, else xdg-open, else open.
func openURL(url string) tea.Cmd {
	return func() tea.Msg {
		for _, name := range []string{os.Getenv("BROWSER"), "xdg-open", "open"} {
			if name == "" {
				continue
			}
			if path, err := exec.LookPath(name); err == nil {
				if err := exec.Command(path, url).Start(); err != nil {
					return errMsg{fmt.Errorf("open link: %w", err)}
				}
				return statusMsg{"Opened the link in the browser"}
			}
		}
		return errMsg{errors.New("open link: no browser found (set $BROWSER)")}
	}
}

// copyURL puts a link on the clipboard with OSC 52, which works over SSH.
func copyURL(w io.Writer, url string) tea.Cmd {
	if w == nil {
		w = os.Stdout
	}
	return func() tea.Msg {
		if _, err := osc52.New(url).WriteTo(w); err != nil {
			return errMsg{fmt.Errorf("copy link: %w", err)}
		}
		return statusMsg{"Copied the link"}
	}
}
