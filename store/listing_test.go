package store

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"reader/articles/articlegen"
)

// FirstEvents must begin the list exactly as Events does, dated events
// newest first and then the undated ones, so the first screen does not
// change when the whole list arrives.
func TestFirstEventsBeginsTheList(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	files, _ := articlegen.Generate(5, 400, 90)
	for i := range files {
		if i%3 == 0 { // a third of the articles carry a date
			front := fmt.Sprintf("---\npublished: 2024-%02d-%02d\n---\n", 1+i%12, 1+i%28)
			files[i].Data = append([]byte(front), files[i].Data...)
		}
	}
	importFiles(t, s, files)
	all, err := s.Events(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	dated := 0
	for _, ev := range all {
		if !ev.To.IsZero() {
			dated++
		}
	}
	if dated < 10 || dated > len(all)-10 {
		t.Fatalf("%d of %d events dated: the test needs both kinds", dated, len(all))
	}
	for _, n := range []int{1, 7, dated, dated + 5} {
		first, complete, err := s.FirstEvents(ctx, n)
		if err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		if complete {
			t.Errorf("n=%d: %d of %d events said to be complete", n, len(first), len(all))
		}
		if !reflect.DeepEqual(first, all[:n]) {
			t.Errorf("n=%d: first events differ from the list:\n%v\n%v", n, ids(first), ids(all[:n]))
		}
	}
	whole, complete, err := s.FirstEvents(ctx, len(all)+5)
	if err != nil || !complete || !reflect.DeepEqual(whole, all) {
		t.Errorf("asking for more than there is: complete=%v err=%v, %d of %d events", complete, err, len(whole), len(all))
	}
}

func ids(evs []EventSummary) []string {
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = e.ID
	}
	return out
}
