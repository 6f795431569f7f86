package ui

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"reader/articles"
	"reader/articles/compare"
	"reader/store"
	"reader/store/ingest"
)

// Tests of issue 14: background work, keys, colour, the comparison and
// the store watch.

func TestCompareTwiceLeavesNoSpinnerRunning(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	next, first := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("c")})
	next, second := next.(Model).Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("c")})
	m = run(t, next.(Model), second)
	m = run(t, m, first) // the first, superseded, answers last
	if m.status.Busy() || !m.comparing {
		t.Fatalf("busy after both comparisons answered (comparing %v)", m.comparing)
	}
	if _, cmd := m.status.Update(m.status.spinner.Tick()); cmd != nil {
		t.Fatal("the spinner keeps ticking with nothing running")
	}
}

func TestKeysAreRebindableAndCollisionsNamed(t *testing.T) {
	if err := CheckKeys(nil); err != nil {
		t.Fatalf("the defaults collide: %v", err)
	}
	err := CheckKeys(map[string][]string{"star": {"u"}})
	if err == nil || !strings.Contains(err.Error(), `"star"`) || !strings.Contains(err.Error(), `"toggle_read"`) {
		t.Fatalf("a collision is not named: %v", err)
	}
	err = CheckKeys(map[string][]string{"toggle_facts": {"a"}})
	if err == nil || !strings.Contains(err.Error(), `"toggle_facts"`) || !strings.Contains(err.Error(), `"all_sources"`) {
		t.Fatalf("a compare collision is not named: %v", err)
	}
	st, _ := store.Open(store.Memory)
	defer st.Close()
	ingest.ImportFiles(context.Background(), st, articles.Builtin(), nil)
	m := New(Deps{Store: st, Keys: map[string][]string{"toggle_facts": {"F"}, "quit": {"x"}}})
	m = send(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = run(t, m, m.Init())
	m = keys(t, m, "c", "f")
	if m.compare.mode != modeSides {
		t.Fatal("the old facts key still works")
	}
	m = keys(t, m, "F")
	if m.compare.mode != modeFacts || !strings.Contains(m.View(), "F facts") {
		t.Fatal("the configured facts key does not work or is not in the help")
	}
}

func TestNoColorKeepsEveryMark(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	defer lipgloss.SetColorProfile(termenv.Ascii)
	defer func(f func() termenv.Profile) { terminalProfile = f }(terminalProfile)
	terminalProfile = func() termenv.Profile { return termenv.TrueColor }
	m, _ := newTestModel(t, 120, 40)
	if lipgloss.ColorProfile() != termenv.ANSI {
		t.Fatal("NO_COLOR did not drop to attributes only")
	}
	// The focused list's selected row is reversed, and no other row is:
	// bold alone would not tell it from the unread rows.
	for i, line := range bodyLines(m.View()) {
		left, _, _ := strings.Cut(line, "│")
		if reversed := strings.Contains(left, "7m"); reversed != (i == m.list.cursor) {
			t.Fatalf("row %d reversed %v, the cursor is on row %d: %q", i, reversed, m.list.cursor, left)
		}
	}
	m = send(t, m, ctrlF())
	m = keys(t, m, "H", "u", "a", "w", "e", "i", "enter")
	v := m.View()
	checkNoColour(t, v)
	if !strings.Contains(v, "\x1b[1;7mHuawei") && !strings.Contains(v, "\x1b[7;1mHuawei") && !strings.Contains(v, "7mHuawei") {
		t.Fatalf("search matches are not reversed without colour:\n%q", v)
	}
	if !strings.Contains(v, "┃") {
		t.Fatal("the focused pane is not told apart without colour")
	}
	m = keys(t, m, "esc", "esc", "?")
	checkNoColour(t, m.View())
	m = keys(t, m, "?", "c")
	if v = m.View(); !strings.Contains(v, "\x1b[4m") {
		t.Fatal("shared wording is not underlined without colour")
	}
	checkNoColour(t, v)
	m = keys(t, m, "f")
	if v = m.View(); !strings.Contains(v, "\x1b[7m") {
		t.Fatal("the facts cursor is not reversed without colour")
	}
	checkNoColour(t, v)
}

// checkNoColour fails on any SGR colour parameter (foreground, background,
// 256-colour or true colour); attributes are welcome.
func checkNoColour(t *testing.T, v string) {
	t.Helper()
	for _, part := range strings.Split(v, "\x1b[")[1:] {
		end := strings.IndexByte(part, 'm')
		if end < 0 {
			continue
		}
		for _, p := range strings.Split(part[:end], ";") {
			n := 0
			fmt.Sscan(p, &n)
			if n >= 30 && n <= 38 || n >= 40 && n <= 48 || n >= 90 && n <= 107 {
				t.Fatalf("a colour under NO_COLOR: %q", "\x1b["+part[:end+1])
			}
		}
	}
}

func TestCountsAreWordedForOneAndMany(t *testing.T) {
	for n, want := range map[int]string{0: "0 events", 1: "1 event", 2: "2 events"} {
		if got := plural(n, "event"); got != want {
			t.Errorf("plural(%d) = %q", n, got)
		}
	}
	if plural(1, "match") != "1 match" || plural(3, "match") != "3 matches" || plural(1, "disagreement") != "1 disagreement" {
		t.Error("plural of match or disagreement")
	}
	m, _ := newTestModel(t, 100, 30)
	m = keys(t, m, "/", "b", "a", "c", "k", "d", "o", "o", "r", "enter", "U")
	m = run(t, m, nil)
	st, _ := store.Open(store.Memory)
	defer st.Close()
	one := articles.Builtin()[:1]
	ingest.ImportFiles(context.Background(), st, one, nil)
	m = New(Deps{Store: st})
	m = send(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = run(t, m, m.Init())
	if v := m.View(); !strings.Contains(v, "1 event · 1 article · 1 unread") {
		t.Fatalf("header:\n%s", v)
	}
}

func TestFactsAreOneLineEachWithACursorAt80Columns(t *testing.T) {
	m, _ := newTestModel(t, 80, 24)
	m = keys(t, m, "c", "f")
	lines := bodyLines(m.View())[3:] // past the tabs and the column headers
	facts := len(m.compare.cmp.Facts)
	if facts < 3 {
		t.Fatalf("%d facts", facts)
	}
	for i, l := range lines[:min(facts, len(lines))] {
		if strings.TrimSpace(l) == "" || strings.Contains(l, "why:") {
			t.Fatalf("line %d is not a fact of its own: %q\n%s", i, l, m.View())
		}
	}
	if !strings.Contains(m.View(), "fact 1/") {
		t.Fatal("no cursor position")
	}
	m = keys(t, m, "j")
	if !strings.Contains(m.View(), "fact 2/") {
		t.Fatal("j did not move the cursor")
	}
	m = keys(t, m, "enter")
	v := m.View()
	for i := range m.compare.cmp.Columns {
		if !strings.Contains(v, columnName(m.compare.cmp, i)) && i < 3 {
			t.Fatalf("the open fact does not name source %d:\n%s", i+1, v)
		}
	}
}

func TestSharedWordingIsMarkedWholeTokensInsideItsColumn(t *testing.T) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI)
	st := newStyles(nil, false)
	st.body, st.shared = r.NewStyle(), r.NewStyle().Underline(true)
	p := comparePane{st: &st}
	raw := "may spend at least $2 billion on"
	at := strings.Index(raw, "2 billion")
	out := p.markShared(raw, raw, [][2]int{{at, at + len("2 billion")}})
	marked := func(s string) string { // the underlined runes, _ for the others
		var b strings.Builder
		on := false
		for s != "" {
			if strings.HasPrefix(s, "\x1b[") {
				end := strings.IndexByte(s, 'm')
				on = strings.Contains(s[:end], "4")
				s = s[end+1:]
				continue
			}
			r := []rune(s)[0]
			if on {
				b.WriteRune(r)
			} else {
				b.WriteByte('_')
			}
			s = s[len(string(r)):]
		}
		return b.String()
	}
	if got := marked(out); !strings.Contains(got, "_$2_billion_") {
		t.Fatalf("not whole tokens, or a space marked: %q from %q", got, out)
	}
	for _, line := range wrapTo(out, 12) { // every wrapped line closes its marks
		if strings.Count(line, "\x1b[4") != strings.Count(line, "\x1b[0m") {
			t.Fatalf("a mark runs past its line: %q", line)
		}
	}
}

func TestArticlesImportedElsewhereAppear(t *testing.T) {
	defer func(d time.Duration) { pollEvery = d }(pollEvery)
	pollEvery = time.Millisecond
	path := filepath.Join(t.TempDir(), "r.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	builtin := articles.Builtin()
	ingest.ImportFiles(context.Background(), st, builtin[:2], nil)
	m := New(Deps{Store: st})
	m = send(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = run(t, m, m.Init())
	if m.watch == nil {
		t.Fatal("a file store is not watched")
	}
	before := m.list.counts.articles
	other, err := store.Open(path) // another process
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, errs := ingest.ImportFiles(context.Background(), other, builtin[2:], nil); len(errs) > 0 {
		t.Fatal(errs)
	}
	m = send(t, m, pollMsg{})
	if m.list.counts.articles <= before {
		t.Fatalf("the articles imported elsewhere did not appear: %d, then %d", before, m.list.counts.articles)
	}
	m.watch.Close()
	_ = os.Remove(path)
}

func TestAnOpenFactShowsEachSourcesSentence(t *testing.T) {
	c := compare.Comparison{Columns: []compare.Column{{File: "a.txt"}, {File: "b.txt"}}, Rows: []compare.Row{{Cells: []compare.Cell{
		{Text: "The bridge shut in May. It reopened on Monday after a repair that cost 40 million euros, the council said. Traffic is back."},
		{Text: ""},
	}}}}
	got, at := sentenceAround(c, 0, "… a repair that cost 40 million euros …")
	if got != "It reopened on Monday after a repair that cost 40 million euros, the council said." || got[at[0]:at[1]] != "a repair that cost 40 million euros" {
		t.Fatalf("sentence %q, wording at %v", got, at)
	}
	if got, _ := sentenceAround(c, 1, "not there"); got != "not there" {
		t.Fatalf("without a passage the wording itself: %q", got)
	}
}
