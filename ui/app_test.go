package ui

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"reader/articles"
	"reader/store"
	"reader/store/ingest"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}

// newTestModel opens a memory store holding the built-in articles and a
// model sized w x h, with its start-up commands run.
func newTestModel(t *testing.T, w, h int) (Model, *store.Store) {
	t.Helper()
	st, err := store.Open(store.Memory)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, errs := ingest.ImportFiles(context.Background(), st, articles.Builtin(), nil); len(errs) > 0 {
		t.Fatal(errs)
	}
	m := New(Deps{Store: st})
	m = send(t, m, tea.WindowSizeMsg{Width: w, Height: h})
	m = run(t, m, m.Init())
	return m, st
}

// send delivers one message and runs the commands it returns.
func send(t *testing.T, m Model, msg tea.Msg) Model {
	t.Helper()
	next, cmd := m.Update(msg)
	return run(t, next.(Model), cmd)
}

// run executes a command and feeds its messages back, as the runtime
// would, skipping spinner ticks (they would tick forever).
func run(t *testing.T, m Model, cmd tea.Cmd) Model {
	t.Helper()
	if cmd == nil {
		return m
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			m = run(t, m, c)
		}
	case spinner.TickMsg, pollMsg, nil:
	case tea.QuitMsg:
	default:
		m = send(t, m, msg)
	}
	return m
}

func keys(t *testing.T, m Model, ks ...string) Model {
	t.Helper()
	for _, k := range ks {
		var msg tea.KeyMsg
		switch k {
		case "enter":
			msg = tea.KeyMsg{Type: tea.KeyEnter}
		case "esc":
			msg = tea.KeyMsg{Type: tea.KeyEsc}
		case "tab":
			msg = tea.KeyMsg{Type: tea.KeyTab}
		case "down":
			msg = tea.KeyMsg{Type: tea.KeyDown}
		default:
			msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		}
		m = send(t, m, msg)
	}
	return m
}

// checkFrame asserts the view fills the window exactly.
func checkFrame(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) != h {
		t.Fatalf("%dx%d: view has %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if got := ansi.StringWidth(l); got > w {
			t.Fatalf("%dx%d: line %d is %d cells: %q", w, h, i, got, l)
		}
	}
}

func TestListAndArticle(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	v := m.View()
	if !strings.Contains(v, "5 articles · 5 unread") || !strings.Contains(v, " src") {
		t.Fatalf("header or list missing:\n%s", v)
	}
	// The selected story shows on the right, with its header: what is
	// known, not what is not.
	if !strings.Contains(v, "min read") || strings.Contains(v, "undated") || strings.Contains(v, "unknown author") {
		t.Fatalf("article header missing:\n%s", v)
	}
	before := m.selectedID()
	m = keys(t, m, "l", "j", "j")
	_, sum := m.list.Selected()
	if sum.ID == before || !strings.Contains(m.View(), prefix(articles.Sanitize(sum.Title, false), 20)) {
		t.Fatalf("moving down did not show the next story:\n%s", m.View())
	}
}

func TestExpandCollapseAndReadMarks(t *testing.T) {
	m, st := newTestModel(t, 100, 30)
	rows := m.list.Len()
	m = keys(t, m, "l")
	if m.list.Len() <= rows || !strings.Contains(m.View(), "MSSP Alert — ") {
		t.Fatalf("expanded event lacks its articles:\n%s", m.View())
	}
	m = keys(t, m, "j", "j", "j", "enter") // an article of the event
	sums, _ := st.Summaries(context.Background(), store.Filter{UnreadOnly: true})
	if len(sums) != 4 {
		t.Fatalf("opening an article did not mark it read: %d unread", len(sums))
	}
	if !strings.Contains(m.View(), "4 unread") {
		t.Fatalf("header not updated:\n%s", m.View())
	}
	m = keys(t, m, "esc", "h")
	if m.list.Len() != rows || strings.Contains(m.View(), "MSSP Alert — ") {
		t.Fatal("collapse left the articles shown")
	}
}

func TestStarPersists(t *testing.T) {
	m, st := newTestModel(t, 100, 30)
	m = keys(t, m, "l", "j", "j", "s")
	if !strings.Contains(m.View(), "★") {
		t.Fatalf("no star mark:\n%s", m.View())
	}
	_, sel := m.list.Selected()
	starred, _ := st.Summaries(context.Background(), store.Filter{StarredOnly: true})
	if len(starred) != 1 || starred[0].ID != sel.ID {
		t.Fatalf("star not stored: %+v", starred)
	}
	m = keys(t, m, "s")
	starred, _ = st.Summaries(context.Background(), store.Filter{StarredOnly: true})
	if len(starred) != 0 || strings.Contains(m.View(), "★") {
		t.Fatal("unstar failed")
	}
	m = keys(t, m, "u")
	unread, _ := st.Summaries(context.Background(), store.Filter{UnreadOnly: true})
	if len(unread) != 4 {
		t.Fatalf("u did not toggle read: %d unread", len(unread))
	}
}

func TestRemovedLinesShowInPlace(t *testing.T) {
	m, _ := newTestModel(t, 120, 60)
	m = keys(t, m, "l", "j", "j", "j") // the MSSP Alert article
	if strings.Contains(m.View(), "removed (") {
		t.Fatal("removed lines shown before r")
	}
	m = keys(t, m, "r", "tab", "G")
	v := m.View()
	if !strings.Contains(v, "removed (") || !strings.Contains(v, "You can skip this ad") {
		t.Fatalf("removed lines not shown:\n%s", v)
	}
}

func TestFilter(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	rows := m.list.Len()
	m = keys(t, m, "/", "m", "s", "s", "p")
	if n := m.list.Len(); n == 0 || n > rows {
		t.Fatalf("a filter matching an outlet lost its event:\n%s", m.View())
	}
	m = keys(t, m, "x", "q")
	if v := m.View(); m.list.Len() != 0 || !strings.Contains(v, "Nothing matches the filter") {
		t.Fatalf("filter did not narrow the list:\n%s", v)
	}
	m = keys(t, m, "enter")
	if !strings.Contains(m.View(), "filter: msspxq") {
		t.Fatal("active filter not shown in the header")
	}
	m = keys(t, m, "/", "esc")
	if !strings.Contains(m.View(), " src") {
		t.Fatal("esc did not clear the filter")
	}
}

func TestHelpIsGenerated(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	if strings.Contains(m.View(), "expand") {
		t.Fatal("full help shown before ?")
	}
	m = keys(t, m, "?")
	v := m.View()
	if !strings.Contains(v, "expand") || !strings.Contains(v, "removed") {
		t.Fatalf("full help missing:\n%s", v)
	}
	checkFrame(t, v, 100, 30)
	m = keys(t, m, "esc")
	if strings.Contains(m.View(), "expand") {
		t.Fatal("esc did not close the full help")
	}
	m = keys(t, m, "enter", "?", "esc")
	if v := m.View(); strings.Contains(v, "expand") || !strings.Contains(v, "┃") {
		t.Fatalf("esc in the article did not close the help alone:\n%s", v)
	}
}

func TestEverySizeFits(t *testing.T) {
	for _, sz := range [][2]int{{40, 12}, {60, 20}, {80, 24}, {120, 40}, {200, 50}, {300, 100}} {
		m, _ := newTestModel(t, sz[0], sz[1])
		checkFrame(t, m.View(), sz[0], sz[1])
		m = keys(t, m, "l", "j", "r")
		checkFrame(t, m.View(), sz[0], sz[1])
		m = keys(t, m, "c")
		checkFrame(t, m.View(), sz[0], sz[1])
		m = keys(t, m, "f", "n")
		checkFrame(t, m.View(), sz[0], sz[1])
	}
}

func TestTooSmall(t *testing.T) {
	m, _ := newTestModel(t, 30, 10)
	v := m.View()
	if !strings.Contains(v, "too small") {
		t.Fatalf("no too-small message:\n%s", v)
	}
	checkFrame(t, v, 30, 10)
	m = send(t, m, tea.WindowSizeMsg{Width: 1, Height: 1})
	checkFrame(t, m.View(), 1, 1)
	m = send(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if !strings.Contains(m.View(), " src") {
		t.Fatal("did not recover after growing again")
	}
}

func TestCompareView(t *testing.T) {
	m, _ := newTestModel(t, 80, 24)
	m = keys(t, m, "c")
	v := m.View()
	if !m.comparing || !strings.Contains(v, "Side by side") || !strings.Contains(v, "1 FrAndroid") || !strings.Contains(v, "2 MSSP Alert") {
		t.Fatalf("compare view:\n%s", v)
	}
	if len(m.compare.ShownSources()) != 2 {
		t.Fatalf("%d columns at 80 wide, want 2", len(m.compare.ShownSources()))
	}
	m = keys(t, m, "n")
	if m.compare.diff != 0 || !strings.Contains(m.View(), "difference 1/") {
		t.Fatalf("n did not jump to the first difference:\n%s", m.View())
	}
	m = keys(t, m, "l")
	if m.compare.ShownSources()[0] != 1 {
		t.Fatalf("→ did not move along the sources: %v", m.compare.ShownSources())
	}
	m = keys(t, m, "f")
	v = m.View()
	if !strings.Contains(v, "! amount") || !strings.Contains(v, "fact 1/") {
		t.Fatalf("facts view:\n%s", v)
	}
	m = keys(t, m, "enter")
	if v = m.View(); !m.compare.Detail() || !strings.Contains(v, "note: ") {
		t.Fatalf("enter did not open the fact with the note on its source's slip:\n%s", v)
	}
	m = keys(t, m, "esc")
	if !m.comparing || m.compare.Detail() {
		t.Fatal("esc did not close the fact first")
	}
	m = keys(t, m, "esc")
	if m.comparing || !strings.Contains(m.View(), " src") {
		t.Fatal("esc did not return to the list")
	}
	wide, _ := newTestModel(t, 200, 50)
	wide = keys(t, wide, "c")
	all := len(wide.compare.cmp.Columns)
	if n := len(wide.compare.ShownSources()); n != all || all > 6 {
		t.Fatalf("%d columns at 200 wide, want all %d", n, all)
	}
	wide = keys(t, wide, "2")
	if n := len(wide.compare.ShownSources()); n != all-1 || strings.Contains(wide.View(), "2 MSSP Alert") {
		t.Fatalf("hiding source 2 left %d columns", n)
	}
}

func TestStaleResultsAreDropped(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	before := m.View()
	stale := m.status.lastID // every request so far has been answered
	m = send(t, m, articleLoadedMsg{reqID: stale, id: 1, article: articles.Article{Title: "stale"}})
	m = send(t, m, eventsLoadedMsg{reqID: stale})
	if m.View() != before {
		t.Fatal("a stale result changed the screen")
	}
}

func TestEscapeSequencesNeverReachTheScreen(t *testing.T) {
	st, _ := store.Open(store.Memory)
	defer st.Close()
	sum := sha256.Sum256([]byte("evil"))
	evil := articles.Article{
		File: "evil\x1b[2J.txt", Hash: hex.EncodeToString(sum[:]), Raw: "x",
		Title:     "Title \x1b]52;c;ZXZpbA==\x07with \x1b[31mcolour\u202e",
		Source:    "Outlet\x1b]8;;http://x\x1b\\",
		Published: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC),
		Body:      []articles.Block{{Text: "Body \x1b[1;1H\x1bP0;1q\x1b\\text \u009b2J end"}},
		Removed:   []articles.Removed{{At: 1, Text: "gone \x07\x1b[5m", Reason: "ad notice"}},
	}
	if _, err := ingest.Import(context.Background(), st, []articles.Article{evil}); err != nil {
		t.Fatal(err)
	}
	m := New(Deps{Store: st})
	m = send(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = run(t, m, m.Init())
	for _, step := range []string{"", "r", "c", "f"} {
		if step != "" {
			m = keys(t, m, step)
		}
		v := m.View()
		for _, bad := range []string{"\x1b", "\x07", "\u009b", "\u202e", "ZXZpbA"} {
			if strings.Contains(v, bad) {
				t.Fatalf("after %q the screen holds %q:\n%q", step, bad, v)
			}
		}
	}
}

func TestMouseWheelScrollsTheList(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = keys(t, m, "l")
	before := m.selectedID()
	m = send(t, m, tea.MouseMsg{X: 2, Y: 3, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if _, a := m.list.Selected(); a == nil || a.ID == before {
		t.Fatal("wheel did not move the list")
	}
}

func TestImportFromPathsReportsBadFiles(t *testing.T) {
	st, _ := store.Open(store.Memory)
	defer st.Close()
	dir := t.TempDir()
	good := dir + "/good.txt"
	os.WriteFile(good, []byte("Harbour bridge reopens after repair\n\nThe bridge reopened on Monday after a two-year repair, the council said."), 0o644)
	os.WriteFile(dir+"/empty.txt", nil, 0o644)
	m := New(Deps{Store: st, Paths: []string{dir, dir + "/missing.txt"}})
	m = send(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = run(t, m, m.Init())
	v := m.View()
	if !strings.Contains(v, "bridge reopen") || !strings.Contains(v, "Imported 1 new") || !strings.Contains(v, "✗ ") {
		t.Fatalf("import status:\n%s", v)
	}
	if errs := m.ImportErrors(); len(errs) != 2 {
		t.Fatalf("import errors = %v", errs)
	}
}
