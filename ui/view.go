package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"reader/articles"
)

// View draws the whole screen: header, panes, status bar and help.
func (m Model) View() string {
	if m.width == 0 {
		return ""
	}
	if m.width < minWidth || m.height < minHeight {
		return m.tooSmall()
	}
	var body string
	switch {
	case m.feeds != nil:
		body = m.feeds.View(m.st, m.failures, m.width, m.height-2-m.helpHeight())
	case m.comparing:
		body = m.compare.View()
	case m.listOnly && m.focus == focusArticle:
		body = m.article.View()
	case m.listOnly:
		body = m.list.View()
	default:
		sep := m.separator()
		body = joinColumns(m.list.View(), sep, m.article.View())
	}
	parts := []string{m.headerView(), body, m.status.View(m.width), m.help.View(m.helpKeys())}
	return fitLines(strings.Join(parts, "\n"), m.width, m.height)
}

func (m Model) tooSmall() string {
	msg := fmt.Sprintf("Window too small (need %dx%d)", minWidth, minHeight)
	if m.width < ansi.StringWidth(msg) {
		msg = fmt.Sprintf("need %dx%d", minWidth, minHeight)
	}
	line := lipgloss.PlaceHorizontal(m.width, lipgloss.Center, m.st.tooSmall.Render(ansi.Truncate(msg, m.width, "")))
	lines := make([]string, m.height)
	lines[m.height/2] = line
	return fitLines(strings.Join(lines, "\n"), m.width, m.height)
}

// separator is the vertical rule between list and article, brighter on
// the side that has focus.
func (m Model) separator() string {
	h := m.height - 2 - m.helpHeight()
	rule := " │"
	style := m.st.paneBorder
	if m.focus == focusArticle { // a heavier rule on the article's side, seen without colour too
		rule, style = " ┃", m.st.paneBorderFocus
	}
	return style.Render(strings.TrimRight(strings.Repeat(rule+"\n", h), "\n")) // separatorWidth cells
}

func (m Model) headerView() string {
	c := m.list.Counts()
	counts := "  " + plural(c.events, "event") + " · " + plural(c.articles, "article") + " · " + itoa(c.unread) + " unread"
	switch {
	case m.prompt.Query() != "":
		counts = "  " + plural(len(m.prompt.Hits()), "match") + " · " + itoa(c.unread) + " unread"
	case !m.list.Complete():
		counts = "  reading the list…"
	}
	left := m.st.header.Render("reader") + m.st.headerDim.Render(counts)
	if m.comparing {
		left = m.st.header.Render("reader") + m.st.headerDim.Render("  compare · esc back")
	}
	right := ""
	switch {
	case m.prompt.Typing():
		right = m.prompt.View()
	default:
		right = m.st.filterOn.Render(strings.Join(m.activeFilters(), " · "))
	}
	gap := m.width - ansi.StringWidth(left) - ansi.StringWidth(right)
	if gap < 1 {
		return ansi.Truncate(left+" "+right, m.width, "…")
	}
	return left + strings.Repeat(" ", gap) + right
}

// activeFilters names what narrows the list, for the header.
func (m Model) activeFilters() []string {
	var on []string
	if q := m.prompt.Query(); q != "" {
		on = append(on, fmt.Sprintf("search: %s · n/N matches · esc clears", articles.Sanitize(q, false)))
	}
	on = append(on, m.views.Labels()...)
	if f := m.prompt.FilterText(); f != "" {
		on = append(on, "filter: "+articles.Sanitize(f, false))
	}
	return on
}

// helpKeys are the bindings of the focused pane plus the global ones.
func (m Model) helpKeys() help.KeyMap { return contextHelp{m} }

type contextHelp struct{ m Model }

func (c contextHelp) ShortHelp() []key.Binding {
	switch {
	case c.m.comparing:
		return append(c.m.compare.ShortHelp(), c.m.keys.Back, c.m.keys.Help)
	case c.m.focus == focusArticle && c.m.prompt.Query() != "":
		return append(c.m.article.ShortHelp(), c.m.keys.NextMatch, c.m.keys.PrevMatch, c.m.keys.NextArticle, c.m.keys.Help, c.m.keys.Quit)
	case c.m.focus == focusArticle:
		return append(c.m.article.ShortHelp(), c.m.keys.NextUnread, c.m.keys.NextArticle, c.m.keys.Star, c.m.keys.Compare, c.m.keys.Help, c.m.keys.Quit)
	}
	return c.m.keys.ShortHelp()
}

func (c contextHelp) FullHelp() [][]key.Binding {
	if c.m.comparing {
		return append(c.m.compare.FullHelp(), []key.Binding{c.m.keys.Back, c.m.keys.Help, c.m.keys.Quit, c.m.keys.QuitNow})
	}
	return c.m.keys.FullHelp()
}

func lipglossHeight(s string) int { return lipgloss.Height(s) }
