package ui

import (
	"strings"
	"testing"
)

// An expanded event lists, after its articles, the events related to it
// (a follow-up, the same company, the same kind of happening); such a row
// stands for the related event, so the article pane shows it, and the
// list comes back as it was when the event is collapsed. A one-article
// event with related events expands too.
func TestExpandedEventListsRelatedEvents(t *testing.T) {
	m, _ := newTestModel(t, 120, 40)
	rows := m.list.Len()
	m = keys(t, m, "l")
	v := m.View()
	if !strings.Contains(v, "↔ related: Huawei chairman says US") {
		t.Fatalf("expanded event lacks its related event:\n%s", v)
	}
	m = keys(t, m, "j", "j", "j", "j", "j") // past the event's four articles
	ev, sum := m.list.Selected()
	if ev == nil || !strings.HasPrefix(ev.Title, "Huawei chairman says US") || sum == nil {
		t.Fatalf("the related row selects %v, want the related event", ev)
	}
	if !strings.Contains(m.View(), "vehemently") {
		t.Fatalf("the article pane does not show the related event:\n%s", m.View())
	}
	m = keys(t, m, "h")
	if m.list.Len() != rows || strings.Contains(m.View(), "↔ related") {
		t.Fatalf("collapse left related rows: %d rows, want %d", m.list.Len(), rows)
	}
	m = keys(t, m, "j", "l") // the one-article event opens onto its related event
	if !strings.Contains(m.View(), "↔ related: Huawei has promised") {
		t.Fatalf("one-article event does not list its related event:\n%s", m.View())
	}
}
