package ui

import (
	"context"
	"strings"
	"testing"
)

// d asks first, then removes the selected article and nothing else.
func TestDeleteAsksThenRemovesOnlyThatArticle(t *testing.T) {
	ctx := context.Background()
	m, st := newTestModel(t, 120, 30)
	before, _ := st.Count(ctx)
	_, sel := m.list.Selected()
	if sel == nil {
		t.Fatal("no article selected")
	}
	id, title := sel.ID, sel.Title
	m = keys(t, m, "d")
	if n, _ := st.Count(ctx); n != before {
		t.Fatalf("the first d removed an article without asking")
	}
	if !strings.Contains(m.status.text, "Remove “"+title+"”") {
		t.Fatalf("d did not ask: status %q", m.status.text)
	}
	m = keys(t, m, "d")
	if n, _ := st.Count(ctx); n != before-1 {
		t.Fatalf("%d articles after confirming, want %d", n, before-1)
	}
	if _, err := st.Article(ctx, id); err == nil {
		t.Fatal("the selected article is still stored")
	}
	if !strings.Contains(m.View(), "Removed “") {
		t.Fatalf("no word of the removal:\n%s", m.View())
	}
	// Asking again for the next article: one press removes nothing.
	m = keys(t, m, "d")
	if n, _ := st.Count(ctx); n != before-1 {
		t.Fatal("a single d removed an article")
	}
}
