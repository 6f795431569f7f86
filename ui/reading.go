package ui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"unicode"

	"github.com/aymanbagabas/go-osc52/v2"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"reader/articles/feeds"
	"reader/store"
	"reader/store/ingest"
)

// Messages of the daily-reading features.
type (
	refreshProgressMsg struct {
		id          int
		done, total int
		ch          chan tea.Msg
	}
	refreshDoneMsg struct {
		id     int
		result ingest.RefreshResult
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
		m.setFocus(focusList)
		return m, m.prompt.OpenSearch(), true
	case key.Matches(msg, k.Refresh):
		return m.startRefresh()
	case key.Matches(msg, k.UnreadOnly):
		m.views.ToggleUnread()
		m.list.MarkLoading()
		return m, m.reload(), true
	case key.Matches(msg, k.StarredOnly):
		m.views.ToggleStarred()
		m.list.MarkLoading()
		return m, m.reload(), true
	case key.Matches(msg, k.CycleSource):
		m.views.NextOutlet()
		m.list.MarkLoading()
		return m, m.reload(), true
	case key.Matches(msg, k.MarkAllRead):
		return m, m.markAllRead(), true
	case key.Matches(msg, k.Feeds):
		return m.openFeedPanel()
	case key.Matches(msg, k.Delete):
		m, cmd := m.deleteKey()
		return m, cmd, true
	case key.Matches(msg, k.OpenLink), key.Matches(msg, k.CopyLink):
		a := m.article.Article()
		if a == nil || a.URL == "" {
			m.status.Say("This article has no link.")
			return m, nil, true
		}
		if key.Matches(msg, k.OpenLink) {
			return m, openURL(a.URL), true
		}
		return m, copyURL(m.deps.Clipboard, a.URL), true
	}
	return m, nil, false
}

// clearSearch leaves search results for the story list.
func (m *Model) clearSearch() tea.Cmd {
	m.prompt.ClearResults()
	m.article.SetHighlight(nil)
	m.list.SetMarked(nil)
	return m.reload()
}

// reload reads the list again with the current filters.
func (m *Model) reload() tea.Cmd {
	return m.loadEvents(m.status.Track(jobList))
}

func (m Model) runSearch(reqID int, q string) tea.Cmd {
	st := m.deps.Store
	return func() tea.Msg {
		hits, err := st.Search(context.Background(), q, 500)
		return searchDoneMsg{reqID: reqID, query: q, hits: hits, err: err}
	}
}

// queryWords are the words of a search as the search reads them: runs of
// letters and digits.
func queryWords(q string) []string {
	return strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
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
	if m.status.Running(jobRefresh) {
		return *m, nil, true
	}
	id, tick := m.status.Start(jobRefresh, "Refreshing feeds…")
	st, fetcher := m.deps.Store, m.deps.Fetcher
	if fetcher.Client == nil {
		fetcher = feeds.DefaultFetcher()
	}
	ch := make(chan tea.Msg, 256)
	go func() {
		res, errs := ingest.Refresh(context.Background(), st, fetcher, func(done, total int) {
			select {
			case ch <- refreshProgressMsg{id: id, done: done, total: total, ch: ch}:
			default: // the UI is behind; it will see the next one
			}
		})
		ch <- refreshDoneMsg{id: id, result: res, errs: errs}
	}()
	return *m, tea.Batch(tick, waitFor(ch)), true
}

// waitFor delivers the next message of a background job.
func waitFor(ch chan tea.Msg) tea.Cmd { return func() tea.Msg { return <-ch } }

// handleReadingResult routes the results of the daily-reading commands.
func (m Model) handleReadingResult(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case refreshProgressMsg:
		m.status.Progress(jobRefresh, msg.id, "Refreshing feeds…", msg.done, msg.total)
		return m, waitFor(msg.ch), true
	case refreshDoneMsg:
		m.status.Finish(jobRefresh, msg.id)
		r := msg.result
		text := fmt.Sprintf("%s: %d new, %d unchanged, %d failed", plural(r.Feeds, "feed"), r.Added, r.NotModified, r.Failed)
		if r.Feeds == 0 {
			text = "No feeds yet: subscribe with `reader add URL`."
		}
		m.failures = append(m.failures, msg.errs...)
		if len(msg.errs) > 0 && m.feeds == nil {
			text += fmt.Sprintf(" (%s lists)", m.keys.Feeds.Help().Key)
		}
		m.status.Report(text, joinErrors(msg.errs))
		if m.feeds != nil {
			return m, tea.Batch(m.reload(), m.loadFeeds()), true
		}
		return m, m.reload(), true
	case searchDoneMsg:
		if !m.status.Finish(jobSearch, msg.reqID) {
			return m, nil, true
		}
		if msg.err != nil {
			m.status.Report("", msg.err)
			return m, nil, true
		}
		m.prompt.ShowResults(msg.query, msg.hits)
		m.status.Say(fmt.Sprintf("%s for %q", plural(len(msg.hits), "match"), msg.query))
		words := queryWords(msg.query)
		m.article.SetHighlight(words)
		m.list.SetMarked(words)
		m.list.SetEvents(hitsAsEvents(msg.hits), true)
		m.list.SetOwnTitles(true)
		m.list.Top()
		if len(msg.hits) == 0 {
			m.article.Clear()
			return m, nil, true
		}
		m.setFocus(focusArticle) // the best hit opens at its first match
		return m, m.selectionChanged(0), true
	case feedsLoadedMsg, feedRemovedMsg:
		return m.feedPanelResult(msg)
	case deletedMsg:
		m, cmd := m.deleted(msg)
		return m, cmd, true
	case markedAllMsg:
		m.status.Report(fmt.Sprintf("Marked %s read", plural(msg.n, "article")), msg.err)
		return m, m.reload(), true
	case statusMsg:
		m.status.Say(msg.text)
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

// openURL opens a link in the user's browser: $BROWSER, else xdg-open, else open.
func openURL(url string) tea.Cmd {
	return func() tea.Msg {
		if err := checkBrowserURL(url); err != nil {
			return errMsg{err}
		}
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
