package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"reader/articles"
	"reader/store"
	"reader/store/ingest"
)

// feedPanel shows, in place of the panes, the subscriptions with how their
// last fetch went, and the failures of this session (feeds, pages, files),
// so no failure stays hidden behind a count. x unsubscribes, X also
// removes the articles only that feed brought; both ask first.
type feedPanel struct {
	feeds   []store.Feed
	loaded  bool
	cursor  int
	asking  string // "x" or "X" while a removal waits for its second press
	askedOn string // the feed the question is about
}

// Messages of the feed panel.
type (
	feedsLoadedMsg struct {
		feeds []store.Feed
		err   error
	}
	feedRemovedMsg struct {
		url          string
		n            int
		withArticles bool
		err          error
	}
)

// openFeedPanel shows the panel and reads the subscriptions.
func (m Model) openFeedPanel() (Model, tea.Cmd, bool) {
	m.feeds = &feedPanel{}
	return m, m.loadFeeds(), true
}

func (m Model) loadFeeds() tea.Cmd {
	st := m.deps.Store
	return func() tea.Msg {
		list, err := st.Feeds(context.Background())
		return feedsLoadedMsg{feeds: list, err: err}
	}
}

// feedPanelKey handles the keys while the panel is shown.
func (m Model) feedPanelKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	p := *m.feeds
	k := m.keys
	s := msg.String()
	asking := p.asking
	p.asking = ""
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Quit), key.Matches(msg, k.Feeds):
		m.feeds = nil
		return m, nil
	case key.Matches(msg, k.Up):
		p.cursor = max(0, p.cursor-1)
	case key.Matches(msg, k.Down):
		p.cursor = min(max(0, len(p.feeds)-1), p.cursor+1)
	case key.Matches(msg, k.Refresh):
		m.feeds = &p
		next, cmd, _ := m.startRefresh()
		return next, cmd
	case (s == "x" || s == "X") && p.cursor < len(p.feeds):
		f := p.feeds[p.cursor]
		if asking == s && p.askedOn == f.URL {
			m.feeds = &p
			st, withArticles := m.deps.Store, s == "X"
			return m, func() tea.Msg {
				n, err := ingest.RemoveFeed(context.Background(), st, f.URL, withArticles)
				return feedRemovedMsg{url: f.URL, n: n, withArticles: withArticles, err: err}
			}
		}
		p.asking, p.askedOn = s, f.URL
		what := "its articles stay"
		if s == "X" {
			what = fmt.Sprintf("and remove the articles only it brought (%d at most)", f.Articles)
		}
		m.status.Say(fmt.Sprintf("Unsubscribe from %s, %s? Press %s again.", feedName(f), what, s))
	}
	m.feeds = &p
	return m, nil
}

// feedPanelResult handles the panel's messages; ok is false for others.
func (m Model) feedPanelResult(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case feedsLoadedMsg:
		if m.feeds == nil {
			return m, nil, true
		}
		p := *m.feeds
		p.feeds, p.loaded = msg.feeds, true
		p.cursor = min(p.cursor, max(0, len(p.feeds)-1))
		m.feeds = &p
		if msg.err != nil {
			m.status.Report("", msg.err)
		}
		return m, nil, true
	case feedRemovedMsg:
		switch {
		case msg.err != nil:
			m.status.Report("", msg.err)
		case msg.withArticles:
			m.status.Say(fmt.Sprintf("Unsubscribed; removed %s", plural(msg.n, "article")))
		default:
			m.status.Say("Unsubscribed; its articles stay")
		}
		cmds := []tea.Cmd{m.reload()}
		if m.feeds != nil {
			cmds = append(cmds, m.loadFeeds())
		}
		return m, tea.Batch(cmds...), true
	}
	return m, nil, false
}

func feedName(f store.Feed) string {
	if f.Title != "" {
		return articles.Sanitize(f.Title, false)
	}
	return articles.Sanitize(f.URL, false)
}

// View draws the panel in exactly height lines of at most width cells.
func (p feedPanel) View(st *styles, failures []error, width, height int) string {
	var feedLines []string
	cursorLine := 0
	for i, f := range p.feeds {
		mark := "  "
		if i == p.cursor {
			mark, cursorLine = "❯ ", len(feedLines)
		}
		last := "never fetched"
		switch {
		case f.LastFetched.IsZero():
		case f.LastError != "":
			last = "failed " + f.LastFetched.Local().Format(time.DateTime) + ": " + f.LastError
		default:
			last = "fetched " + f.LastFetched.Local().Format(time.DateTime)
		}
		name := mark + feedName(f) + " · " + plural(f.Articles, "article")
		feedLines = append(feedLines, st.title.Render(ansi.Truncate(name, width, "…")))
		detail := "    " + articles.Sanitize(f.URL, false) + " · " + articles.Sanitize(last, false)
		style := st.hint
		if f.LastError != "" {
			style = st.statusErr
		}
		feedLines = append(feedLines, style.Render(ansi.Truncate(detail, width, "…")))
	}
	head := []string{st.header.Render(fmt.Sprintf("Feeds (%d)", len(p.feeds)))}
	if p.loaded && len(p.feeds) == 0 {
		head = append(head, st.hint.Render(ansi.Truncate("No feeds yet: subscribe with `reader add URL` or `reader feeds import FILE.opml`.", width, "…")))
	}
	var tail []string
	if len(failures) > 0 {
		tail = append(tail, "", st.header.Render(fmt.Sprintf("Failures this session (%d)", len(failures))))
		for _, err := range failures {
			tail = append(tail, st.statusErr.Render(ansi.Truncate(articles.Sanitize(err.Error(), false), width, "…")))
		}
	}
	hint := st.hint.Render(ansi.Truncate("↑/↓ move · x unsubscribe · X unsubscribe and remove its articles · R refresh · esc close", width, "…"))
	// The feeds scroll to keep the cursor shown; failures get what is left.
	room := max(1, height-len(head)-1-min(len(tail), height/3))
	start := 0
	if cursorLine+2 > room {
		start = cursorLine + 2 - room
	}
	start = min(start, len(feedLines))
	end := min(len(feedLines), start+room)
	lines := append(head, feedLines[start:end]...)
	lines = append(lines, tail...)
	if len(lines) > height-1 {
		lines = lines[:height-1]
	}
	for len(lines) < height-1 {
		lines = append(lines, "")
	}
	return strings.Join(append(lines, hint), "\n")
}
