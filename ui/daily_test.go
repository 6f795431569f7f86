package ui

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"reader/articles"
	"reader/store"
)

// Tests of issue 14: the list, the keys and the screens of daily reading.

// bodyLines are the lines between the header and the status line.
func bodyLines(v string) []string {
	lines := strings.Split(v, "\n")
	return lines[1 : len(lines)-2]
}

func TestListGrowsWithTheTerminalAndHasKeysToResize(t *testing.T) {
	for _, c := range []struct{ w, h, min, max int }{{80, 24, 40, 40}, {120, 40, 60, 60}, {200, 50, 110, 130}} {
		m, _ := newTestModel(t, c.w, c.h)
		if got := m.list.width; got < c.min || got > c.max {
			t.Errorf("%dx%d: list is %d wide, want %d-%d", c.w, c.h, got, c.min, c.max)
		}
		if c.w == 200 && m.article.width-2 < readingWidth {
			t.Errorf("200 wide: the article has %d columns, under its reading width", m.article.width)
		}
	}
	m, _ := newTestModel(t, 80, 24)
	w := m.list.width
	m = keys(t, m, ">")
	if m.list.width <= w {
		t.Fatalf("> did not widen the list: %d", m.list.width)
	}
	m = keys(t, m, "<", "<")
	if m.list.width >= w {
		t.Fatalf("< did not narrow the list: %d", m.list.width)
	}
	m = keys(t, m, "z")
	v := m.View()
	if m.list.width != 80 || strings.Contains(v, "│") || !strings.Contains(v, " src") {
		t.Fatalf("z did not show the list alone:\n%s", v)
	}
	m = keys(t, m, "enter")
	if v = m.View(); strings.Contains(v, " src") || !strings.Contains(v, "min read") {
		t.Fatalf("enter in the list alone did not show the article alone:\n%s", v)
	}
	checkFrame(t, v, 80, 24)
}

// The count and the date stand in fixed columns, on every row alike.
func TestListCountsAndDatesInFixedColumns(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {200, 50}} {
		m, _ := newTestModel(t, sz[0], sz[1])
		m = keys(t, m, "l")
		meta := -1
		for _, line := range bodyLines(m.View()) {
			left, _, _ := strings.Cut(line, "│")
			if strings.TrimSpace(left) == "" {
				continue
			}
			if i := strings.Index(left, " src"); i >= 0 {
				if col := ansi.StringWidth(left[:i]); meta >= 0 && col != meta {
					t.Fatalf("%v: the count column moves: %d and %d:\n%s", sz, meta, col, m.View())
				} else {
					meta = col
				}
			}
			if ansi.StringWidth(left) != m.list.width+1 { // and the rule's leading space
				t.Fatalf("%v: a row is not the list's width: %q", sz, left)
			}
		}
		if meta < 0 {
			t.Fatalf("%v: no count column", sz)
		}
	}
}

func TestArticleHasAReadingWidthOnWideTerminals(t *testing.T) {
	m, _ := newTestModel(t, 200, 50)
	m = keys(t, m, "z", "enter")
	lines := bodyLines(m.View())
	left := 200
	for _, l := range lines[4:] { // past the header
		if strings.TrimSpace(l) == "" {
			continue
		}
		text := strings.TrimRight(l, " ")
		lead := len(text) - len(strings.TrimLeft(text, " "))
		left = min(left, lead)
		if w := ansi.StringWidth(strings.TrimSpace(text)); w > readingWidth {
			t.Fatalf("a line of %d cells, over the reading width: %q", w, text)
		}
	}
	if left < 50 {
		t.Fatalf("the text is not centred on the wide screen (margin %d)", left)
	}
}

func TestFilteredRowsShowTheirOwnTitleAndStars(t *testing.T) {
	m, st := newTestModel(t, 120, 40)
	m = keys(t, m, "s") // on the collapsed event: says what it stars
	if v := m.View(); !strings.Contains(v, "Starred ") || !strings.Contains(v, "★") {
		t.Fatalf("s on a collapsed event does not say what it starred:\n%s", v)
	}
	ev, sum := m.list.Selected()
	m = keys(t, m, "s", "l", "j", "j", "s", "h") // star the event's second article, collapse
	starred, _ := st.Summaries(context.Background(), store.Filter{StarredOnly: true})
	if len(starred) != 1 || starred[0].ID == sum.ID {
		t.Fatalf("starred = %+v", starred)
	}
	row := bodyLines(m.View())[0]
	if !strings.Contains(row, "★") {
		t.Fatalf("the event of a starred article shows no star: %q", row)
	}
	m = keys(t, m, "S")
	row = bodyLines(m.View())[0]
	title := articles.Sanitize(starred[0].Title, false)
	if !strings.Contains(row, prefix(title, 15)) || title != ev.Title && strings.Contains(row, prefix(ev.Title, 30)) {
		t.Fatalf("under S the row shows %q, not the article's own title %q", row, title)
	}
}

// prefix is the first n runes of s.
func prefix(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}

func TestCursorStaysOnTheSameStoryAfterARegrouping(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = keys(t, m, "l", "j", "j") // an article inside the first event
	_, want := m.list.Selected()
	events := append([]store.EventSummary(nil), m.list.events...)
	// A refresh regrouped: the events came back in another order under new IDs.
	for i, j := 0, len(events)-1; i < j; i, j = i+1, j-1 {
		events[i], events[j] = events[j], events[i]
	}
	for i := range events {
		events[i].ID += "-new"
	}
	m = send(t, m, eventsLoadedMsg{reqID: m.status.Track(jobList), events: events})
	if _, got := m.list.Selected(); got == nil || got.ID != want.ID {
		t.Fatalf("the cursor moved from %q to %+v", want.Title, got)
	}
}

func TestFilterThatMatchesNothingEmptiesTheArticle(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = keys(t, m, "/", "z", "q", "x", "z")
	if m.article.Current() != nil || strings.Contains(m.View(), "min read") {
		t.Fatalf("the article pane still shows an article:\n%s", m.View())
	}
}

// isQuit reports whether a command quits the program.
func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

func TestQGoesBackOneLevelAndQQuits(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = keys(t, m, "enter")
	next, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")})
	if isQuit(cmd) || next.(Model).focus != focusList {
		t.Fatal("q in the article did not go back to the list")
	}
	m = keys(t, m, "c")
	next, cmd = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")})
	if isQuit(cmd) || next.(Model).comparing {
		t.Fatal("q in the comparison did not go back to the list")
	}
	if _, cmd = next.(Model).Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")}); !isQuit(cmd) {
		t.Fatal("q in the list did not quit")
	}
	m = keys(t, m, "f", "enter")
	if _, cmd = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Q")}); !isQuit(cmd) {
		t.Fatal("Q in an open fact did not quit")
	}
}

func TestNextUnreadNextArticleAndSpace(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = keys(t, m, "enter") // reads the first article
	_, first := m.list.Selected()
	m = keys(t, m, "n") // from the article: the next unread opens, read
	_, second := m.list.Selected()
	if second == nil || second.ID == first.ID || !second.Read || !m.list.OnArticleRow() {
		t.Fatalf("n did not open the next unread article: %+v", second)
	}
	m = keys(t, m, "p")
	if _, back := m.list.Selected(); back.ID == first.ID {
		t.Fatal("p went back to an article already read")
	}
	m = keys(t, m, "esc", "g", "J")
	_, j := m.list.Selected()
	m = keys(t, m, "K")
	if _, k := m.list.Selected(); j.ID == first.ID || k.ID != first.ID {
		t.Fatalf("J/K did not move by one article: %q %q", j.Title, k.Title)
	}
	m = keys(t, m, "esc", "g", "enter")
	before := m.article.vp.YOffset
	m = keys(t, m, " ")
	if m.article.vp.YOffset <= before {
		t.Fatal("space did not page the article down")
	}
	for range 10 {
		m = keys(t, m, "n")
	}
	if !strings.Contains(m.View(), "No more unread") {
		t.Fatalf("n past the last unread says nothing:\n%s", m.View())
	}
}

func TestSearchOpensAtTheFirstMatchWithWholeWords(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = send(t, m, ctrlF())
	m = keys(t, m, "K", "e", "n", " ", "H", "u", "enter")
	if m.focus != focusArticle {
		t.Fatal("the search did not open its best hit")
	}
	at, n := m.article.MatchPosition()
	if at != 1 || n == 0 || m.article.vp.YOffset != max(0, m.article.matches[0]-1) {
		t.Fatalf("not at the first match: %d/%d, offset %d", at, n, m.article.vp.YOffset)
	}
	if n > 1 {
		m = keys(t, m, "n")
		if at, _ = m.article.MatchPosition(); at != 2 || !strings.Contains(m.View(), "Match 2 of ") {
			t.Fatalf("n did not go to the next match, or did not say so: %d\n%s", at, m.View())
		}
		m = keys(t, m, "N")
		if at, _ = m.article.MatchPosition(); at != 1 {
			t.Fatalf("N did not go back: %d", at)
		}
	}
	_, hit := m.list.Selected()
	m = keys(t, m, "esc", "n") // from the list of hits, n opens the next hit
	if _, next := m.list.Selected(); m.list.Len() > 1 && (next.ID == hit.ID || m.focus != focusArticle) {
		t.Fatal("n in the list of hits did not open the next hit")
	}
	lines := matchLines("Huawei said. Ken Hu said.\nHuawei only\nhu", []string{"Ken", "Hu"})
	if len(lines) != 2 || lines[0] != 0 || lines[1] != 2 {
		t.Fatalf("match lines %v: Hu must not match inside Huawei", lines)
	}
}

// However narrow the article, its header keeps the reading time.
func TestReadingTimeStaysInANarrowHeader(t *testing.T) {
	st := newStyles(nil, false)
	p := newArticlePane(defaultKeyMap(), &st)
	p.SetSize(30, 10)
	p.SetArticle(store.Summary{ID: 1, Title: "A title", File: "/news/001_318f2b05fb9a1a98.txt", Words: 400, Starred: true},
		articles.Article{Author: "Somebody With A Long Name", Body: []articles.Block{{Text: "Text."}}})
	if v := p.View(); !strings.Contains(v, "2 min read") || !strings.Contains(v, "001_318f") {
		t.Fatalf("the header lost the reading time or the source:\n%s", v)
	}
}
