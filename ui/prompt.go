package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"reader/store"
)

// promptMode is which input of the header has the keys.
type promptMode int

const (
	promptNone promptMode = iota
	promptFilter
	promptSearch
)

// promptEvent is what a key did in the prompt, for the root to act on.
type promptEvent int

const (
	promptNothing   promptEvent = iota
	filterChanged               // the filter text changed: narrow the list
	filterClosed                // enter kept the filter
	searchSubmitted             // enter ran a search (SearchText)
	searchClosed                // esc left the search input
	promptQuit                  // ctrl+c
)

// promptBar is the header's input and what it leaves behind: the list
// filter, which narrows the list as the user types, and the search, which
// runs on enter, with the query and hits of the search the list shows.
type promptBar struct {
	filter, search textinput.Model
	mode           promptMode
	query          string // the search whose results the list shows
	hits           []store.SearchHit
}

func newPromptBar() promptBar {
	fi := textinput.New()
	fi.Prompt = "/"
	fi.Placeholder = "filter stories"
	fi.Cursor.SetMode(cursor.CursorStatic) // no blink timer running while typing
	se := textinput.New()
	se.Cursor.SetMode(cursor.CursorStatic)
	se.Prompt = "search: "
	se.Placeholder = "words in any article"
	return promptBar{filter: fi, search: se}
}

// withoutColor draws the placeholders in a style without colour.
func (p *promptBar) withoutColor(placeholder lipgloss.Style) {
	p.filter.PlaceholderStyle, p.search.PlaceholderStyle = placeholder, placeholder
	p.filter.CompletionStyle, p.search.CompletionStyle = placeholder, placeholder
}

// SetWidth sizes the inputs for a window w cells wide.
func (p *promptBar) SetWidth(w int) {
	p.filter.Width = max(10, w/3)
	p.search.Width = max(10, w/3)
}

// OpenFilter gives the keys to the filter input.
func (p *promptBar) OpenFilter() tea.Cmd {
	p.mode = promptFilter
	return p.filter.Focus()
}

// OpenSearch gives the keys to the search input, holding the shown query.
func (p *promptBar) OpenSearch() tea.Cmd {
	p.mode = promptSearch
	p.search.SetValue(p.query)
	return p.search.Focus()
}

// Typing reports whether an input has the keys.
func (p promptBar) Typing() bool { return p.mode != promptNone }

// Update edits the open input and says what happened.
func (p promptBar) Update(msg tea.KeyMsg) (promptBar, promptEvent, tea.Cmd) {
	if msg.Type == tea.KeyCtrlC {
		return p, promptQuit, nil
	}
	var cmd tea.Cmd
	switch p.mode {
	case promptFilter:
		switch msg.Type {
		case tea.KeyEsc:
			p.close()
			p.filter.SetValue("")
			return p, filterChanged, nil
		case tea.KeyEnter:
			p.close()
			return p, filterClosed, nil
		}
		p.filter, cmd = p.filter.Update(msg)
		return p, filterChanged, cmd
	case promptSearch:
		switch msg.Type {
		case tea.KeyEsc:
			p.close()
			return p, searchClosed, nil
		case tea.KeyEnter:
			p.close()
			return p, searchSubmitted, nil
		}
		p.search, cmd = p.search.Update(msg)
	}
	return p, promptNothing, cmd
}

func (p *promptBar) close() {
	p.mode = promptNone
	p.filter.Blur()
	p.search.Blur()
}

// ClearFilter forgets the list filter.
func (p *promptBar) ClearFilter() { p.filter.SetValue("") }

// FilterText is the list filter as typed.
func (p promptBar) FilterText() string { return strings.TrimSpace(p.filter.Value()) }

// SearchText is the search as submitted.
func (p promptBar) SearchText() string { return strings.TrimSpace(p.search.Value()) }

// Query is the search whose results the list shows, "" for none.
func (p promptBar) Query() string { return p.query }

// Hits are the shown search's results.
func (p promptBar) Hits() []store.SearchHit { return p.hits }

// ShowResults records the search the list now shows.
func (p *promptBar) ShowResults(query string, hits []store.SearchHit) { p.query, p.hits = query, hits }

// ClearResults forgets the shown search.
func (p *promptBar) ClearResults() { p.query, p.hits = "", nil }

// View is the open input, "" when none is.
func (p promptBar) View() string {
	switch p.mode {
	case promptFilter:
		return p.filter.View()
	case promptSearch:
		return p.search.View()
	}
	return ""
}
