package store

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"reader/articles"
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
	if _, errs := s.ImportFiles(ctx, files, nil); len(errs) > 0 {
		t.Fatal(errs[0])
	}
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

// A cut-short import leaves its articles stored and the grouping owed; the
// next call to RegroupIfPending settles it, and then nothing is owed.
func TestInterruptedImportIsRegroupedLater(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	arts, errs := articles.ParseBatch(articles.Builtin())
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	fps, err := encodeFingerprints(arts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.storeChunk(ctx, arts, fps); err != nil { // stored, not grouped: as if killed here
		t.Fatal(err)
	}
	if evs, _ := s.Events(ctx, Filter{}); len(evs) != len(arts) {
		t.Fatalf("before regrouping: %d events, want every article alone (%d)", len(evs), len(arts))
	}
	did, err := s.RegroupIfPending(ctx)
	if err != nil || !did {
		t.Fatalf("regroup: did=%v err=%v", did, err)
	}
	if evs, _ := s.Events(ctx, Filter{}); len(evs) >= len(arts) {
		t.Errorf("after regrouping: still %d events for %d articles", len(evs), len(arts))
	}
	if did, err := s.RegroupIfPending(ctx); did || err != nil {
		t.Errorf("second call: did=%v err=%v, want nothing owed", did, err)
	}
}

// A large import is stored in chunks, each reported as it lands.
func TestImportFilesReportsEachChunk(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	files, _ := articlegen.Generate(9, importChunk*2+10, 300)
	var calls []string
	res, errs := s.ImportFiles(ctx, files, func(done, total int) {
		n, err := s.Count(ctx)
		calls = append(calls, fmt.Sprintf("%d/%d stored=%d err=%v", done, total, n, err))
	})
	if len(errs) > 0 || res.Added != len(files) {
		t.Fatalf("added %d of %d: %v", res.Added, len(files), errors.Join(errs...))
	}
	want := []string{
		fmt.Sprintf("0/%d stored=0 err=<nil>", len(files)),
		fmt.Sprintf("%d/%d stored=%d err=<nil>", importChunk, len(files), importChunk),
		fmt.Sprintf("%d/%d stored=%d err=<nil>", 2*importChunk, len(files), 2*importChunk),
		fmt.Sprintf("%d/%d stored=%d err=<nil>", len(files), len(files), len(files)),
	}
	if !reflect.DeepEqual(calls, want) {
		t.Errorf("progress:\n%q\nwant\n%q", calls, want)
	}
}

func ids(evs []EventSummary) []string {
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = e.ID
	}
	return out
}

// Importing in two steps ends with the same events as importing at once,
// and no stored event is left without articles.
func TestRegroupingInStepsMatchesAtOnce(t *testing.T) {
	ctx := context.Background()
	files, _ := articlegen.Generate(4, 300, 70)
	once, _ := openTemp(t)
	if _, errs := once.ImportFiles(ctx, files, nil); len(errs) > 0 {
		t.Fatal(errs[0])
	}
	steps, _ := openTemp(t)
	for _, part := range [][]articles.RawFile{files[:120], files[120:250], files[250:]} {
		if _, errs := steps.ImportFiles(ctx, part, nil); len(errs) > 0 {
			t.Fatal(errs[0])
		}
	}
	a, err := once.Events(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := steps.Events(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("%d events at once, %d in steps", len(a), len(b))
	}
	members := func(evs []EventSummary) map[string]string {
		out := map[string]string{}
		for _, ev := range evs {
			for _, art := range ev.Articles {
				out[art.Hash] = ev.Title
			}
		}
		return out
	}
	if !reflect.DeepEqual(members(a), members(b)) {
		t.Errorf("the events differ between importing at once and in steps")
	}
	var orphans int
	if err := steps.db.QueryRow(`SELECT count(*) FROM events WHERE id NOT IN
		(SELECT event_id FROM articles WHERE event_id IS NOT NULL)`).Scan(&orphans); err != nil || orphans != 0 {
		t.Errorf("%d events without articles (%v)", orphans, err)
	}
}
