package ui

import (
	"context"
	"testing"
	"time"

	"reader/store"
	"reader/store/storetest"
)

// BenchmarkFollowImport is what the list does at 100k when an import
// stores a chunk of 1,000 articles: take the new articles (AddArticles, as
// now), or read the whole list again and set it (Events and SetEvents, as
// before). The chunk is made up, dated through the store's years, so the
// articles land all through the list; the shared store is only read.
func BenchmarkFollowImport(b *testing.B) {
	st := storetest.Open(b, 100000)
	ctx := context.Background()
	all, err := st.Events(ctx, store.Filter{})
	if err != nil {
		b.Fatal(err)
	}
	sty := newStyles(DefaultPalette(), true)
	base := newListPane(defaultKeyMap(), &sty)
	base.SetSize(120, 40)
	base.SetEvents(all, true)
	chunk := make([]store.Summary, 1000)
	for i := range chunk {
		chunk[i] = store.Summary{ID: base.MaxArticleID() + 1 + int64(i), Title: "New article", Source: "Wire",
			Published: time.Date(2020+i%6, time.Month(1+i%12), 1+i%28, 0, 0, 0, 0, time.UTC)}
	}
	b.Run("take-the-chunk", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			l := base
			l.events = append([]store.EventSummary(nil), all...)
			l.rows = nil
			if !l.AddArticles(chunk) {
				b.Fatal("not taken")
			}
		}
	})
	b.Run("read-the-list-again", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			evs, err := st.Events(ctx, store.Filter{})
			if err != nil {
				b.Fatal(err)
			}
			l := base
			l.rows = nil
			l.SetEvents(evs, true)
		}
	})
}
