package store_test

import (
	"context"
	"fmt"
	"testing"

	"reader/store"
	"reader/store/storetest"
)

// BenchmarkEvents reads the story list from large stores: the first page,
// as the reader does before its first frame, and the whole list, read
// behind it.
func BenchmarkEvents(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		s := storetest.Open(b, n)
		b.Run(fmt.Sprintf("first-page/%dk", n/1000), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, _, err := s.FirstEvents(context.Background(), 300); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("whole-list/%dk", n/1000), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := s.Events(context.Background(), store.Filter{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
