package ui

import "github.com/charmbracelet/bubbles/key"

// keyMap is every key the reader answers to. Help is generated from it.
type keyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Expand, Collapse                        key.Binding
	SwitchFocus, Open, Back                 key.Binding
	Filter, Star, ToggleRead, ShowRemoved   key.Binding
	Compare, Help, Quit                     key.Binding
	// Compare view.
	ToggleFacts, NextDiff, PrevDiff, PickSource, AllSources key.Binding
	PrevSources, NextSources                                key.Binding
	// Daily reading.
	Refresh, Search, UnreadOnly, StarredOnly, CycleSource, OpenLink, CopyLink, MarkAllRead key.Binding
}

func defaultKeyMap() keyMap {
	return keyMap{
		Up:          key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:        key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:      key.NewBinding(key.WithKeys("pgup", "ctrl+b"), key.WithHelp("pgup", "page up")),
		PageDown:    key.NewBinding(key.WithKeys("pgdown", "ctrl+d", " "), key.WithHelp("pgdn", "page down")),
		Top:         key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:      key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
		Expand:      key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "expand")),
		Collapse:    key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "collapse")),
		SwitchFocus: key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "pane")),
		Open:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read")),
		Back:        key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Filter:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		Star:        key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "star")),
		ToggleRead:  key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "read/unread")),
		ShowRemoved: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "removed")),
		Compare:     key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "compare")),
		Help:        key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:        key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		ToggleFacts: key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "facts / side by side")),
		NextDiff:    key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next difference")),
		PrevDiff:    key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous difference")),
		PickSource:  key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", "show/hide source")),
		AllSources:  key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "all sources")),
		Refresh:     key.NewBinding(key.WithKeys("R"), key.WithHelp("R", "refresh")),
		Search:      key.NewBinding(key.WithKeys("ctrl+f"), key.WithHelp("ctrl+f", "search")),
		UnreadOnly:  key.NewBinding(key.WithKeys("U"), key.WithHelp("U", "unread only")),
		StarredOnly: key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "starred only")),
		CycleSource: key.NewBinding(key.WithKeys("O"), key.WithHelp("O", "by outlet")),
		OpenLink:    key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open link")),
		CopyLink:    key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy link")),
		MarkAllRead: key.NewBinding(key.WithKeys("A"), key.WithHelp("A", "all read")),
		PrevSources: key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "earlier sources")),
		NextSources: key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "later sources")),
	}
}

// ShortHelp is the footer line.
func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.SwitchFocus, k.Filter, k.Star, k.ShowRemoved, k.Compare, k.Help, k.Quit}
}

// FullHelp is the help screen, one column per group.
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Help},
		{k.Expand, k.Collapse, k.SwitchFocus, k.Open, k.Back, k.Quit},
		{k.Filter, k.Search, k.Star, k.ToggleRead, k.ShowRemoved, k.Compare, k.MarkAllRead},
		{k.UnreadOnly, k.StarredOnly, k.CycleSource, k.Refresh, k.OpenLink, k.CopyLink},
	}
}
