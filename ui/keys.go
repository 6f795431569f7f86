package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
)

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

// bindings names every action the configuration file may rebind.
func (k *keyMap) bindings() map[string]*key.Binding {
	return map[string]*key.Binding{
		"up": &k.Up, "down": &k.Down, "page_up": &k.PageUp, "page_down": &k.PageDown, "top": &k.Top, "bottom": &k.Bottom,
		"expand": &k.Expand, "collapse": &k.Collapse, "switch_focus": &k.SwitchFocus, "open": &k.Open, "back": &k.Back,
		"filter": &k.Filter, "star": &k.Star, "toggle_read": &k.ToggleRead, "show_removed": &k.ShowRemoved,
		"compare": &k.Compare, "help": &k.Help, "quit": &k.Quit, "toggle_facts": &k.ToggleFacts,
		"next_difference": &k.NextDiff, "previous_difference": &k.PrevDiff, "all_sources": &k.AllSources,
		"refresh": &k.Refresh, "search": &k.Search, "unread_only": &k.UnreadOnly, "starred_only": &k.StarredOnly,
		"cycle_outlet": &k.CycleSource, "open_link": &k.OpenLink, "copy_link": &k.CopyLink, "mark_all_read": &k.MarkAllRead,
	}
}

// withOverrides rebinds actions to the keys the user chose.
func (k keyMap) withOverrides(keys map[string][]string) (keyMap, error) {
	b := k.bindings()
	for action, ks := range keys {
		bind, ok := b[action]
		if !ok {
			return k, fmt.Errorf("unknown action %q in [keys]", action)
		}
		if len(ks) == 0 {
			return k, fmt.Errorf("action %q in [keys] has no keys", action)
		}
		bind.SetKeys(ks...)
		bind.SetHelp(strings.Join(ks, "/"), bind.Help().Desc)
	}
	return k, nil
}

// CheckKeys reports whether a [keys] table names only known actions.
func CheckKeys(keys map[string][]string) error {
	_, err := defaultKeyMap().withOverrides(keys)
	return err
}
