package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"

	"reader/articles/articlegen"
	"reader/store"
)

// encoded is the document as json.Encoder with two spaces of indentation
// writes it whole, which the stream must match byte for byte.
func encoded(t *testing.T, doc exportDoc) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestDocStreamWritesWhatTheEncoderWrites(t *testing.T) {
	src := "outlet <&> \"x\""
	arts := []exportArticle{
		{File: "a.txt", Name: "a", Title: "A <b>", Source: &src, Body: []string{"one", "two"}, Removed: []string{}},
		{File: "b.txt", Name: "b", Title: "B", Body: []string{}, Removed: []string{"r"}},
	}
	evs := []exportEvent{{ID: "e1", Title: "E", Articles: []string{"a.txt", "b.txt"}, Sources: []string{"a", "b"}, Related: []string{},
		Facts: []exportFact{{Kind: "amount", Label: "x", Values: map[string]*string{"a": &src, "b": nil}}}}}
	for _, doc := range []exportDoc{
		{Articles: []exportArticle{}, Events: []exportEvent{}},
		{Articles: arts[:1], Events: []exportEvent{}},
		{Articles: arts, Events: evs},
	} {
		var b bytes.Buffer
		d := newDocStream(&b)
		d.open("articles")
		for _, a := range doc.Articles {
			if err := d.item(a); err != nil {
				t.Fatal(err)
			}
		}
		d.open("events")
		for _, e := range doc.Events {
			if err := d.item(e); err != nil {
				t.Fatal(err)
			}
		}
		if err := d.end(); err != nil {
			t.Fatal(err)
		}
		if want := encoded(t, doc); b.String() != want {
			t.Errorf("streamed:\n%s\nencoder:\n%s", b.String(), want)
		}
	}
}

// inOrder hands results over in the items' order whatever order the
// workers finish in, reads only a few items ahead of what it has handed
// over, and stops at the first error of either side.
func TestInOrderKeepsOrderAndBoundsWhatIsInFlight(t *testing.T) {
	const n, workers = 500, 4
	var read, emitted, maxAhead atomic.Int64
	i := 0
	next := func() (int, bool, error) {
		if i == n {
			return 0, false, nil
		}
		i++
		ahead := read.Add(1) - emitted.Load()
		for {
			m := maxAhead.Load()
			if ahead <= m || maxAhead.CompareAndSwap(m, ahead) {
				break
			}
		}
		return i, true, nil
	}
	work := func(x int) int {
		s := 0
		for k := 0; k < (n-x)*200; k++ { // earlier items take longer
			s += k
		}
		_ = s
		return x * 10
	}
	var got []int
	emit := func(r int) error {
		got = append(got, r)
		emitted.Add(1)
		return nil
	}
	if err := inOrder(workers, 2*workers, next, work, emit); err != nil {
		t.Fatal(err)
	}
	if len(got) != n || !sort.IntsAreSorted(got) || got[0] != 10 {
		t.Fatalf("%d results, in order %v, first %v", len(got), sort.IntsAreSorted(got), got[:3])
	}
	if m := maxAhead.Load(); m > 3*workers+2 {
		t.Errorf("%d items read ahead of what was handed over, want a few a worker", m)
	}

	// An error of emit stops the reading; one of next is returned.
	i = 0
	calls := 0
	stopAt := errors.New("disk full")
	err := inOrder(workers, 2*workers, next, work, func(int) error {
		calls++
		if calls == 3 {
			return stopAt
		}
		return nil
	})
	if !errors.Is(err, stopAt) || i > 3+3*workers+2 || calls != 3 {
		t.Errorf("emit error: %v after %d items read and %d handed over", err, i, calls)
	}
	i = 0
	broken := errors.New("store gone")
	err = inOrder(workers, 2*workers, func() (int, bool, error) {
		if i == 7 {
			return 0, false, broken
		}
		i++
		return i, true, nil
	}, work, func(int) error { return nil })
	if !errors.Is(err, broken) {
		t.Errorf("next error: %v", err)
	}
}

// The export of a store prints every article once, in list order, and the
// store's events as the reader lists them, each with its facts, in a
// document the encoder would write the same.
func TestExportOfAStoreStreamsItsArticlesAndStoredEvents(t *testing.T) {
	dir := t.TempDir()
	files, _ := articlegen.GenerateRealistic(3, 300)
	folder := filepath.Join(dir, "in")
	for _, f := range files {
		p := filepath.Join(folder, f.Name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "x.db")
	if _, errOut, err := runArgs(t, "--db", db, "import", folder); err != nil {
		t.Fatalf("import: %v %s", err, errOut)
	}
	out, errOut, err := runArgs(t, "--db", db, "export", "--json")
	if err != nil {
		t.Fatalf("export: %v %s", err, errOut)
	}
	var doc exportDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if want := encoded(t, doc); out != want {
		t.Fatal("the streamed document is not what the encoder writes")
	}
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	list, err := st.Events(context.Background(), store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	stored, err := st.Count(context.Background())
	if err != nil || len(doc.Articles) != stored || stored < len(files)*9/10 {
		t.Fatalf("%d articles exported of %d stored (%d files): %v", len(doc.Articles), stored, len(files), err)
	}
	want := map[string]string{} // event → its files, sorted, as the reader lists them
	for _, ev := range list {
		var fs []string
		for _, a := range ev.Articles {
			fs = append(fs, a.File)
		}
		sort.Strings(fs)
		want[ev.ID] = strings.Join(fs, "|")
	}
	withFacts, several := 0, 0
	for _, ev := range doc.Events {
		fs := append([]string(nil), ev.Articles...)
		sort.Strings(fs)
		if want[ev.ID] != strings.Join(fs, "|") {
			t.Fatalf("event %s exported with %v", ev.ID, ev.Articles)
		}
		delete(want, ev.ID)
		if len(ev.Sources) != len(ev.Articles) {
			t.Errorf("event %s: %d sources for %d articles", ev.ID, len(ev.Sources), len(ev.Articles))
		}
		if len(ev.Facts) > 0 {
			withFacts++
		}
		if len(ev.Articles) > 1 {
			several++
		}
	}
	if len(want) > 0 || several == 0 || withFacts == 0 {
		t.Errorf("%d events of the list not exported; %d of several articles, %d with facts", len(want), several, withFacts)
	}
}
