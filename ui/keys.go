package ui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/key"
)

// keyMap is every key the reader answers to. Help is generated from it.
type keyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Expand, Collapse                        key.Binding
	SwitchFocus, Open, Back                 key.Binding
	Filter, Star, ToggleRead, ShowRemoved   key.Binding
	Compare, Help, Quit, QuitNow            key.Binding
	// Moving through the stories while reading.
	NextUnread, PrevUnread, NextArticle, PrevArticle key.Binding
	NextMatch, PrevMatch                             key.Binding
	// The split between list and article.
	WidenList, NarrowList, ListOnly key.Binding
	// Compare view.
	ToggleFacts, NextDiff, PrevDiff, PickSource, AllSources key.Binding
	PrevSources, NextSources, OpenFact                      key.Binding
	// Daily reading.
	Refresh, Search, UnreadOnly, StarredOnly, CycleSource, OpenLink, CopyLink, MarkAllRead key.Binding
	Delete, Feeds                                                                          key.Binding
}

func defaultKeyMap() keyMap {
	return keyMap{
		Up:          key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:        key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:      key.NewBinding(key.WithKeys("pgup", "ctrl+b", "b"), key.WithHelp("b", "page up")),
		PageDown:    key.NewBinding(key.WithKeys("pgdown", "ctrl+d", " "), key.WithHelp("space", "page down")),
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
		Quit:        key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "back/quit")),
		QuitNow:     key.NewBinding(key.WithKeys("Q", "ctrl+c"), key.WithHelp("Q", "quit now")),
		NextUnread:  key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next unread")),
		PrevUnread:  key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "prev unread")),
		NextArticle: key.NewBinding(key.WithKeys("J"), key.WithHelp("J", "next article")),
		PrevArticle: key.NewBinding(key.WithKeys("K"), key.WithHelp("K", "prev article")),
		NextMatch:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch:   key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "prev match")),
		WidenList:   key.NewBinding(key.WithKeys(">"), key.WithHelp(">", "widen list")),
		NarrowList:  key.NewBinding(key.WithKeys("<"), key.WithHelp("<", "narrow list")),
		ListOnly:    key.NewBinding(key.WithKeys("z"), key.WithHelp("z", "one pane")),
		ToggleFacts: key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "facts / side by side")),
		NextDiff:    key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next difference")),
		PrevDiff:    key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous difference")),
		PickSource:  key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", "show/hide source")),
		AllSources:  key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "all sources")),
		OpenFact:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open fact")),
		Refresh:     key.NewBinding(key.WithKeys("R"), key.WithHelp("R", "refresh")),
		Search:      key.NewBinding(key.WithKeys("ctrl+f"), key.WithHelp("ctrl+f", "search")),
		UnreadOnly:  key.NewBinding(key.WithKeys("U"), key.WithHelp("U", "unread only")),
		StarredOnly: key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "starred only")),
		CycleSource: key.NewBinding(key.WithKeys("O"), key.WithHelp("O", "by outlet")),
		OpenLink:    key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open link")),
		CopyLink:    key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy link")),
		MarkAllRead: key.NewBinding(key.WithKeys("A"), key.WithHelp("A", "all read")),
		Delete:      key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "remove")),
		Feeds:       key.NewBinding(key.WithKeys("F"), key.WithHelp("F", "feeds")),
		PrevSources: key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "earlier sources")),
		NextSources: key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "later sources")),
	}
}

// ShortHelp is the footer line.
func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.Open, k.NextUnread, k.Filter, k.Star, k.Compare, k.ListOnly, k.Help, k.Quit}
}

// FullHelp is the help screen, one column per group.
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageDown, k.PageUp, k.Top, k.Bottom, k.Expand, k.Collapse},
		{k.Open, k.SwitchFocus, k.Back, k.NextUnread, k.PrevUnread, k.NextArticle, k.PrevArticle, k.ShowRemoved, k.OpenLink, k.CopyLink},
		{k.Filter, k.Search, k.NextMatch, k.PrevMatch, k.Star, k.ToggleRead, k.UnreadOnly, k.StarredOnly, k.CycleSource, k.MarkAllRead},
		{k.Compare, k.Refresh, k.Feeds, k.Delete, k.WidenList, k.NarrowList, k.ListOnly, k.Help, k.Quit, k.QuitNow},
	}
}

// bindings names every action the configuration file may rebind.
func (k *keyMap) bindings() map[string]*key.Binding {
	return map[string]*key.Binding{
		"up": &k.Up, "down": &k.Down, "page_up": &k.PageUp, "page_down": &k.PageDown, "top": &k.Top, "bottom": &k.Bottom,
		"expand": &k.Expand, "collapse": &k.Collapse, "switch_focus": &k.SwitchFocus, "open": &k.Open, "back": &k.Back,
		"filter": &k.Filter, "star": &k.Star, "toggle_read": &k.ToggleRead, "show_removed": &k.ShowRemoved,
		"compare": &k.Compare, "help": &k.Help, "quit": &k.Quit, "quit_now": &k.QuitNow,
		"next_unread": &k.NextUnread, "previous_unread": &k.PrevUnread, "next_article": &k.NextArticle,
		"previous_article": &k.PrevArticle, "next_match": &k.NextMatch, "previous_match": &k.PrevMatch,
		"widen_list": &k.WidenList, "narrow_list": &k.NarrowList, "list_only": &k.ListOnly,
		"toggle_facts": &k.ToggleFacts, "next_difference": &k.NextDiff, "previous_difference": &k.PrevDiff,
		"all_sources": &k.AllSources, "show_source": &k.PickSource, "earlier_sources": &k.PrevSources,
		"later_sources": &k.NextSources, "open_fact": &k.OpenFact,
		"refresh": &k.Refresh, "search": &k.Search, "unread_only": &k.UnreadOnly, "starred_only": &k.StarredOnly,
		"cycle_outlet": &k.CycleSource, "open_link": &k.OpenLink, "copy_link": &k.CopyLink, "mark_all_read": &k.MarkAllRead,
		"delete": &k.Delete, "feeds": &k.Feeds,
	}
}

// keyContexts are the sets of actions that answer at the same time: two
// actions of one context may not share a key. The list and the article
// answer to the reading keys; a search's matches replace next/previous
// unread while a search is shown; the comparison has its own keys.
var keyContexts = []struct {
	name    string
	actions []string
}{
	{"the list and the article", []string{"up", "down", "page_up", "page_down", "top", "bottom", "expand", "collapse",
		"switch_focus", "open", "back", "filter", "star", "toggle_read", "show_removed", "compare", "help", "quit",
		"quit_now", "next_unread", "previous_unread", "next_article", "previous_article", "widen_list",
		"narrow_list", "list_only", "refresh", "search", "unread_only", "starred_only", "cycle_outlet",
		"open_link", "copy_link", "mark_all_read", "delete", "feeds"}},
	{"search results", []string{"up", "down", "page_up", "page_down", "top", "bottom", "switch_focus", "open", "back",
		"filter", "star", "toggle_read", "show_removed", "compare", "help", "quit", "quit_now", "next_article",
		"previous_article", "next_match", "previous_match", "search", "open_link", "copy_link"}},
	{"the comparison", []string{"up", "down", "page_up", "page_down", "top", "bottom", "back", "help", "quit", "quit_now",
		"toggle_facts", "next_difference", "previous_difference", "all_sources", "show_source",
		"earlier_sources", "later_sources", "open_fact"}},
}

// withOverrides rebinds actions to the keys the user chose, and refuses a
// key that two actions of one context would share, naming both.
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
	return k, k.collisions()
}

// collisions reports the first key two actions of one context share.
func (k *keyMap) collisions() error {
	b := k.bindings()
	for _, c := range keyContexts {
		owner := map[string]string{}
		actions := append([]string(nil), c.actions...)
		sort.Strings(actions)
		for _, a := range actions {
			for _, key := range b[a].Keys() {
				if other, ok := owner[key]; ok && other != a {
					return fmt.Errorf("key %q in [keys] is bound to both %q and %q (in %s)", key, other, a, c.name)
				}
				owner[key] = a
			}
		}
	}
	return nil
}

// CheckKeys reports whether a [keys] table names only known actions and
// binds no key to two actions that answer at the same time.
func CheckKeys(keys map[string][]string) error {
	_, err := defaultKeyMap().withOverrides(keys)
	return err
}
