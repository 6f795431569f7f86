package ui

import (
	"context"
	"strings"
	"testing"

	"reader/articles"
	"reader/store"
	"reader/store/ingest"
)

// A marks read exactly what the list shows: the filtered events, the search
// results, and nothing stored since the list was read.
func TestMarkAllReadMarksOnlyWhatIsListed(t *testing.T) {
	ctx := context.Background()
	m, st := newTestModel(t, 100, 30)
	// Another process imports an article the list has not shown yet.
	late, err := articles.Parse(articles.RawFile{Name: "late.txt", Data: []byte("Lighthouse keeper retires after forty years\n\nThe keeper of the north lighthouse retired on Friday after forty years of service, the town said.")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Import(ctx, st, []articles.Article{late}); err != nil {
		t.Fatal(err)
	}
	m = keys(t, m, "/", "c", "h", "a", "i", "r", "m", "a", "n", "enter", "A")
	read, _ := st.Summaries(ctx, store.Filter{})
	var marked []string
	for _, s := range read {
		if s.Read {
			marked = append(marked, s.Title)
		}
	}
	if len(marked) != 1 || !strings.Contains(marked[0], "chairman") {
		t.Fatalf("A under the filter %q marked %q; want only the listed article", "chairman", marked)
	}
	m = keys(t, m, "/", "esc") // the filter is cleared
	m = send(t, m, ctrlF())
	m = keys(t, m, "b", "a", "c", "k", "d", "o", "o", "r", "s", "enter", "A")
	unread, _ := st.Summaries(ctx, store.Filter{UnreadOnly: true})
	if len(unread) != 6-2 { // the chairman article is one of the two hits
		var titles []string
		for _, s := range unread {
			titles = append(titles, s.Title)
		}
		t.Fatalf("after A on 2 search results, unread: %q\n%s", titles, m.View())
	}
	for _, s := range unread {
		if s.Title == late.Title {
			return
		}
	}
	t.Fatal("A marked an article the list never showed")
}
