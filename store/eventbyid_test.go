package store

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"testing"

	"reader/articles"
	"reader/articles/articlegen"
)

// Event reads each event exactly as the list shows it, grouped or single,
// and refuses ids the list does not show.
func TestEventReadsOneEventAsTheListShowsIt(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	files, _ := articlegen.Generate(9, 200, 60)
	for i := range files {
		if i%2 == 0 {
			front := fmt.Sprintf("---\npublished: 2024-%02d-%02d\n---\n", 1+i%12, 1+i%28)
			files[i].Data = append([]byte(front), files[i].Data...)
		}
	}
	importFiles(t, s, files)
	// Articles written without being grouped yet are events of one.
	lone, _ := articlegen.Generate(10, 3, 3)
	arts, errs := articles.ParseBatch(lone)
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	if _, err := writeUngrouped(ctx, s, arts); err != nil {
		t.Fatal(err)
	}
	all, err := s.Events(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	grouped, single := 0, 0
	for _, want := range all {
		got, err := s.Event(ctx, want.ID)
		if err != nil {
			t.Fatalf("event %s: %v", want.ID, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("event %s differs from the list's:\n%+v\n%+v", want.ID, got, want)
		}
		if _, ok := singletonID(want.ID); ok {
			single++
		} else {
			grouped++
		}
	}
	if grouped == 0 || single == 0 {
		t.Fatalf("%d grouped and %d single events: the test needs both", grouped, single)
	}
	// An article of a grouped event is no event of its own.
	var member int64
	for _, ev := range all {
		if len(ev.Articles) > 1 {
			member = ev.Articles[0].ID
			break
		}
	}
	for _, id := range []string{"a" + strconv.FormatInt(member, 10), "a999999", "nosuchevent", "", "a"} {
		if _, err := s.Event(ctx, id); !errors.Is(err, ErrNotFound) {
			t.Errorf("event %q: %v, want not found", id, err)
		}
	}
}
