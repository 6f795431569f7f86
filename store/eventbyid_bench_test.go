package store_test

import (
	"context"
	"testing"

	"reader/store/storetest"
)

// BenchmarkEventByID reads one event of the 100k store by its id, as
// `reader compare ID` does, with its whole articles.
func BenchmarkEventByID(b *testing.B) {
	s := storetest.Open(b, 100000)
	ctx := context.Background()
	first, _, err := s.FirstEvents(ctx, 1)
	if err != nil || len(first) == 0 {
		b.Fatal("no event", err)
	}
	id := first[0].ID
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Event(ctx, id); err != nil {
			b.Fatal(err)
		}
		if _, err := s.EventArticles(ctx, id); err != nil {
			b.Fatal(err)
		}
	}
}
