package ui

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// readmeKeys are the keys the key tables of the README's Keys section name
// in their first column, as the terminal names them.
func readmeKeys(t *testing.T) map[string]bool {
	t.Helper()
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{"↑": "up", "↓": "down", "→": "right", "←": "left", "pgdn": "pgdown", "space": " "}
	tick := regexp.MustCompile("`([^`]+)`")
	out := map[string]bool{}
	inKeys := false
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "## ") {
			inKeys = line == "## Keys"
		}
		cells := strings.Split(line, "|")
		if !inKeys || !strings.HasPrefix(line, "| `") || len(cells) < 3 {
			continue
		}
		for _, m := range tick.FindAllStringSubmatch(cells[1], -1) {
			k := m[1]
			if n, ok := names[k]; ok {
				k = n
			}
			if k == "1" { // `1`…`9`
				for d := '1'; d <= '9'; d++ {
					out[string(d)] = true
				}
			}
			out[k] = true
		}
	}
	return out
}

// The README's key tables and the keymap say the same: every key an action
// answers to is in a table, and every key a table names is bound.
func TestREADMEKeyTablesMatchTheKeymap(t *testing.T) {
	documented := readmeKeys(t)
	km := defaultKeyMap()
	bound := map[string]bool{}
	for action, b := range km.bindings() {
		for _, k := range b.Keys() {
			bound[k] = true
			if !documented[k] {
				t.Errorf("%s answers to %q, which the README's key tables do not name", action, k)
			}
		}
	}
	for k := range documented {
		if !bound[k] {
			t.Errorf("the README names the key %q, which no action answers to", k)
		}
	}
}

// The full help (?) lists every key of the list and the article, and fits
// 80 columns without cutting a column off.
func TestFullHelpListsEveryReadingKey(t *testing.T) {
	km := defaultKeyMap()
	inHelp := map[string]bool{}
	for _, col := range km.FullHelp() {
		for _, b := range col {
			inHelp[b.Help().Key+" "+b.Help().Desc] = true
		}
	}
	b := km.bindings()
	for _, action := range keyContexts[0].actions {
		if h := b[action].Help(); !inHelp[h.Key+" "+h.Desc] {
			t.Errorf("the full help leaves out %s (%s)", action, h.Key)
		}
	}
	m, _ := newTestModel(t, 80, 24)
	m = keys(t, m, "?")
	v := m.View()
	for _, want := range []string{"F feeds", "d remove", "Q quit now"} {
		if !strings.Contains(v, want) {
			t.Errorf("the help at 80x24 lacks %q:\n%s", want, v)
		}
	}
}

// A filter kept with enter is cleared by esc from the list, as while typing.
func TestEscClearsAKeptFilter(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	rows := m.list.Len()
	m = keys(t, m, "/", "x", "q", "enter")
	if v := m.View(); m.list.Len() != 0 || !strings.Contains(v, "filter: xq") {
		t.Fatalf("the kept filter:\n%s", v)
	}
	m = keys(t, m, "esc")
	if v := m.View(); m.list.Len() != rows || strings.Contains(v, "filter:") || m.prompt.FilterText() != "" {
		t.Fatalf("esc left the filter (%d rows of %d):\n%s", m.list.Len(), rows, v)
	}
	if _, sum := m.list.Selected(); sum == nil || m.article.Current() == nil {
		t.Fatal("the article pane stayed empty after the filter went")
	}
	// esc from the article goes back to the list and keeps the filter.
	m = keys(t, m, "/", "m", "s", "s", "p", "enter", "enter", "esc")
	if m.focus != focusList || m.prompt.FilterText() != "mssp" {
		t.Fatalf("esc from the article: focus %v, filter %q", m.focus, m.prompt.FilterText())
	}
}

// When not every source fits, the facts' header says so before any other
// count goes; an open fact, which shows every source, does not.
func TestFactsSayWhenSourcesAreHidden(t *testing.T) {
	m, _ := newTestModel(t, 80, 24)
	m = keys(t, m, "c", "f")
	if len(m.compare.ShownSources()) == len(m.compare.cmp.Columns) {
		t.Fatal("every source fits at 80 columns; the test needs one hidden")
	}
	head := strings.Split(m.View(), "\n")[1]
	if !strings.Contains(head, "shown (→ more)") {
		t.Fatalf("the facts' header hides that sources are hidden: %q", head)
	}
	m = keys(t, m, "enter")
	if head = strings.Split(m.View(), "\n")[1]; strings.Contains(head, "→ more") {
		t.Fatalf("an open fact's header says sources are hidden: %q", head)
	}
}
