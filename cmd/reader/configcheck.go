package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
)

// keyNames are the names the terminal's keys go by ("enter", "ctrl+a",
// "f5", "pgdown"), as the UI matches them.
var keyNames = sync.OnceValue(func() map[string]bool {
	names := map[string]bool{}
	for t := tea.KeyType(-1000); t < 1000; t++ {
		if t == tea.KeyRunes {
			continue
		}
		if n := (tea.Key{Type: t}).String(); n != "" {
			names[n] = true
		}
	}
	return names
})

// checkKeyName accepts a key the terminal can send: a named key, or one
// printable character, each with an optional "alt+".
func checkKeyName(k string) bool {
	k = strings.TrimPrefix(k, "alt+")
	if keyNames()[k] {
		return true
	}
	r, size := utf8.DecodeRuneInString(k)
	return size == len(k) && r != utf8.RuneError && unicode.IsPrint(r) && !unicode.IsSpace(r)
}

// checkKeys refuses key names no key has: they would never match, and the
// help screen would print them as they are (escape sequences included).
func checkKeys(keys map[string][]string) error {
	actions := make([]string, 0, len(keys))
	for a := range keys {
		actions = append(actions, a)
	}
	sort.Strings(actions)
	for _, a := range actions {
		for _, k := range keys[a] {
			if !checkKeyName(k) {
				return fmt.Errorf("[keys] %s: %q is not a key (use a character or a name such as \"enter\", \"ctrl+a\", \"f5\")", strconv.Quote(a), k)
			}
		}
	}
	return nil
}

// hexColour is a colour written #rgb or #rrggbb; compiled on first use,
// like keyNames, so that a start without [colors] or [keys] pays nothing.
var hexColour = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$`) })

// checkColour accepts what the terminal can show: #rgb, #rrggbb, or an
// ANSI colour number from 0 to 255.
func checkColour(name, v string) error {
	if hexColour().MatchString(v) {
		return nil
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 && n <= 255 && v == strconv.Itoa(n) {
		return nil
	}
	return fmt.Errorf("[colors] %s: %q is not a colour (use #rrggbb, #rgb or 0-255)", strconv.Quote(name), v)
}
