package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"reader/store/storetest"
)

// With more events than a first page, the list draws that page at once,
// says it is still reading, and then takes the whole list without moving
// the cursor.
func TestLargeListDrawsItsFirstPageFirst(t *testing.T) {
	st := storetest.Open(t, 2000)
	m := New(Deps{Store: st})
	m = send(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	if v := m.View(); !strings.Contains(v, "Reading the store…") {
		t.Fatalf("before anything is read the list should say so:\n%s", v)
	}
	first, ok := m.loadEvents(m.status.ID(jobList))().(eventsLoadedMsg)
	if !ok || !first.partial || len(first.events) != firstPage {
		t.Fatalf("first load: partial=%v, %d events, want the first %d", first.partial, len(first.events), firstPage)
	}
	next, cmd := m.Update(first)
	m = next.(Model)
	if v := m.View(); !strings.Contains(v, "reading the list…") || m.list.Len() != firstPage {
		t.Fatalf("first page: %d rows, header should say the list is still being read:\n%s", m.list.Len(), v)
	}
	m = keys(t, m, "j", "j")
	_, picked := m.list.Selected()
	m = run(t, m, cmd) // the rest of the list, and the article
	all, err := st.Events(t.Context(), m.views.Filter())
	if err != nil {
		t.Fatal(err)
	}
	if m.list.Len() != len(all) || !m.list.complete {
		t.Fatalf("whole list: %d rows of %d events, complete=%v", m.list.Len(), len(all), m.list.complete)
	}
	if _, now := m.list.Selected(); now == nil || now.ID != picked.ID {
		t.Errorf("the cursor moved when the whole list arrived")
	}
	articles := 0
	for _, ev := range all {
		articles += len(ev.Articles)
	}
	want := fmt.Sprintf("%d events · %d articles", len(all), articles)
	if v := m.View(); !strings.Contains(v, want) {
		t.Errorf("header should count the whole list (%s):\n%s", want, v)
	}
}

// An import under way shows a progress bar and how far it is.
func TestImportProgressShowsABar(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	id, _ := m.status.Start(jobImport, "Importing…")
	ch := make(chan tea.Msg, 1)
	next, _ := m.Update(importProgressMsg{id: id, done: 500, total: 2000, ch: ch})
	status := lastLines(next.(Model).View(), 2)[0]
	if !strings.Contains(status, "Importing… 500/2000") || !strings.Contains(status, "████") || !strings.Contains(status, "░") {
		t.Fatalf("status line: %q", status)
	}
	next, _ = next.(Model).Update(importDoneMsg{id: id, files: 2000})
	if status := lastLines(next.(Model).View(), 2)[0]; strings.Contains(status, "█") {
		t.Errorf("the bar stays after the import: %q", status)
	}
}

func lastLines(view string, n int) []string {
	lines := strings.Split(view, "\n")
	return lines[len(lines)-n:]
}

// Switching a filter reads the list again; until it arrives the header
// says so instead of counting the old list.
func TestFilterSwitchSaysTheListIsBeingRead(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	next, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("U")})
	if header := strings.Split(next.(Model).View(), "\n")[0]; !strings.Contains(header, "reading the list…") {
		t.Fatalf("header while the list is read: %q", header)
	}
	m = run(t, next.(Model), cmd)
	if header := strings.Split(m.View(), "\n")[0]; !strings.Contains(header, "5 articles · 5 unread") {
		t.Fatalf("header after: %q", header)
	}
}

// A model whose first page was read ahead (ReadFirstPage) starts as one
// that reads it in Init: the same page, then the whole list.
func TestFirstPageReadAheadIsTheSame(t *testing.T) {
	st := storetest.Open(t, 2000)
	ahead := New(Deps{Store: st}).ReadFirstPage()
	plain := New(Deps{Store: st})
	var views []string
	for _, m := range []Model{ahead, plain} {
		m = send(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
		first, ok := m.Init()().(tea.BatchMsg)[0]().(eventsLoadedMsg)
		if !ok || !first.partial || len(first.events) != firstPage {
			t.Fatalf("first load: partial=%v, %d events, want the first %d", first.partial, len(first.events), firstPage)
		}
		m = send(t, m, first)
		views = append(views, m.View())
	}
	if views[0] != views[1] {
		t.Errorf("read ahead:\n%s\nread in Init:\n%s", views[0], views[1])
	}
}
