package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"reader/articles"
	"reader/articles/articlegen"
	"reader/articles/events"
	"reader/store"
	"reader/store/ingest"
)

// datedFiles are generated articles, a third of them dated, so new ones
// land all through the list.
func datedFiles(seed int64, n int) []articles.RawFile {
	files, _ := articlegen.Generate(seed, n, max(1, n/4))
	for i := range files {
		if i%3 == 0 {
			front := fmt.Sprintf("---\npublished: 2024-%02d-%02d\n---\n", 1+i%12, 1+i%28)
			files[i].Data = append([]byte(front), files[i].Data...)
		}
	}
	return files
}

// writeUngrouped stores files as one chunk of an import does: stored,
// not yet grouped.
func writeUngrouped(t *testing.T, st *store.Store, files []articles.RawFile) {
	t.Helper()
	arts, errs := articles.ParseBatch(files)
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	b, err := store.NewBatch(arts, events.Fingerprints(arts), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.WriteBatch(context.Background(), b); err != nil {
		t.Fatal(err)
	}
}

// The list takes the articles an import stored since it was read and is
// then what reading it whole would give, counts included, the cursor
// still on the article it was on.
func TestListTakesAddedArticlesAsAReloadWouldShowThem(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, errs := ingest.ImportFiles(ctx, st, datedFiles(41, 200), nil); len(errs) > 0 {
		t.Fatal(errs[0])
	}
	all, err := st.Events(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	sty := newStyles(DefaultPalette(), true)
	l := newListPane(defaultKeyMap(), &sty)
	l.SetSize(80, 20)
	l.SetEvents(all, true)
	l.expanded[all[3].ID] = len(all[3].Articles) > 1
	l.rebuild()
	l.cursor = l.findRow(all[3].ID, all[3].Articles[0].ID, true)
	_, keep := l.Selected()
	writeUngrouped(t, st, datedFiles(42, 90))
	added, err := st.SummariesAfter(ctx, l.MaxArticleID())
	if err != nil || len(added) != 90 {
		t.Fatalf("%d added: %v", len(added), err)
	}
	if !l.AddArticles(added) || !l.AddArticles(added[:5]) { // the second time, nothing is new
		t.Fatal("the list did not take the added articles")
	}
	want, err := st.Events(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(l.events, want) {
		for i := range want {
			if i >= len(l.events) || l.events[i].ID != want[i].ID {
				t.Fatalf("event %d is %v, a reload shows %s", i, l.events[min(i, len(l.events)-1)].ID, want[i].ID)
			}
		}
		t.Fatal("the list differs from a reload")
	}
	counts := l.counts
	l.SetEvents(want, true)
	if counts != l.counts {
		t.Errorf("counts %+v, a reload counts %+v", counts, l.counts)
	}
	if _, now := l.Selected(); now == nil || now.ID != keep.ID {
		t.Errorf("the cursor left article %d", keep.ID)
	}
	// An article already grouped is no addition: the list asks for a reload.
	grouped := want[0].Articles[0]
	grouped.ID, grouped.EventID = l.MaxArticleID()+1, "e1"
	if l.AddArticles([]store.Summary{grouped}) {
		t.Error("a grouped article was taken as an event of one")
	}
}

// While another process imports, the reader takes the new articles of
// each stored chunk instead of reading its whole list again; after the
// regrouping it reads the list again, and it is what the store holds.
func TestReaderFollowsAnImportElsewhereByItsAdditions(t *testing.T) {
	ctx := context.Background()
	path, st, m := openWatched(t, datedFiles(43, 80))
	other, err := store.Open(path) // another process
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	poll := func() (Model, []string) { return pollOnce(t, m) }
	for i, seed := range []int64{44, 45} {
		writeUngrouped(t, other, datedFiles(seed, 30))
		var kinds []string
		m, kinds = poll()
		if !reflect.DeepEqual(kinds, []string{"added"}) {
			t.Fatalf("chunk %d: %v, want the additions taken", i, kinds)
		}
	}
	if n, _ := st.Count(ctx); m.list.counts.articles != n {
		t.Fatalf("the list counts %d articles, the store holds %d", m.list.counts.articles, n)
	}
	if _, err := ingest.RegroupIfPending(ctx, other); err != nil {
		t.Fatal(err)
	}
	var kinds []string
	m, kinds = poll()
	if !reflect.DeepEqual(kinds, []string{"reload"}) {
		t.Fatalf("after the regrouping: %v, want the list read again", kinds)
	}
	want, _ := st.Events(ctx, store.Filter{})
	if !reflect.DeepEqual(m.list.events, want) {
		t.Error("after the regrouping the list is not the store's")
	}
}

// pollOnce runs the store watch once and says which kind of message came
// back: "added" (the list takes what changed) or "reload".
func pollOnce(t *testing.T, m Model) (Model, []string) {
	t.Helper()
	var kinds []string
	next, cmd := m.Update(pollMsg{})
	m = next.(Model)
	msg := cmd()
	next, cmd = m.Update(msg)
	m = next.(Model)
	if cmd == nil {
		return m, kinds
	}
	for _, c := range cmd().(tea.BatchMsg) {
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case pollMsg:
		case articlesAddedMsg:
			kinds = append(kinds, "added")
			m = send(t, m, msg)
		case eventsLoadedMsg:
			kinds = append(kinds, "reload")
			m = send(t, m, msg)
		default:
			kinds = append(kinds, fmt.Sprintf("%T", msg))
			m = send(t, m, msg)
		}
	}
	return m, kinds
}

// A few articles imported elsewhere and grouped there incrementally come
// into the list as the events that grouping wrote, without the list being
// read again; it is then what the store holds, and removing an article
// elsewhere reads it again.
func TestReaderTakesAnIncrementalGroupingWithoutReadingItsList(t *testing.T) {
	ctx := context.Background()
	files := datedFiles(47, 220)
	path, st, m := openWatched(t, files[:200])
	other, err := store.Open(path) // another process
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	before, _ := other.GroupingMarks(ctx)
	if _, errs := ingest.ImportFiles(ctx, other, files[200:], nil); len(errs) > 0 {
		t.Fatal(errs[0])
	}
	after, _ := other.GroupingMarks(ctx)
	if after.Full != before.Full || after.Local != before.Local+1 {
		t.Fatalf("marks %+v -> %+v: the import was not grouped incrementally", before, after)
	}
	var kinds []string
	m, kinds = pollOnce(t, m)
	if !reflect.DeepEqual(kinds, []string{"added"}) {
		t.Fatalf("after an incremental grouping: %v, want the changes taken", kinds)
	}
	want, _ := st.Events(ctx, store.Filter{})
	if !reflect.DeepEqual(m.list.events, want) {
		t.Fatalf("the list (%d events) is not the store's (%d)", len(m.list.events), len(want))
	}
	counts := m.list.counts
	m.list.SetEvents(want, true)
	if counts != m.list.counts {
		t.Errorf("counts %+v, a reload counts %+v", counts, m.list.counts)
	}
	sums, _ := other.Summaries(ctx, store.Filter{})
	if err := ingest.DeleteArticle(ctx, other, sums[0].ID); err != nil {
		t.Fatal(err)
	}
	if m, kinds = pollOnce(t, m); !reflect.DeepEqual(kinds, []string{"reload"}) {
		t.Fatalf("after a removal elsewhere: %v, want the list read again", kinds)
	}
	want, _ = st.Events(ctx, store.Filter{})
	if !reflect.DeepEqual(m.list.events, want) {
		t.Error("after the removal the list is not the store's")
	}
}

// Each read of the list a store change starts is tracked under a request
// ID of its own, so an older read's answer is dropped, not taken in place
// of the newer one.
func TestReadsAfterStoreChangesHaveTheirOwnIDs(t *testing.T) {
	_, _, m := openWatched(t, datedFiles(48, 20))
	var ids []int
	for range 2 {
		next, _ := m.Update(storeChangeMsg{change: store.Change{Changed: true}})
		m = next.(Model)
		if !m.status.Running(jobList) {
			t.Fatal("the list read after a change is not tracked")
		}
		ids = append(ids, m.status.ID(jobList))
	}
	if ids[0] == ids[1] {
		t.Fatalf("two reads of the list share request %d", ids[0])
	}
}

// openWatched imports files into a new store file and opens the reader on
// it, its list read and the store watched; it returns the store's path for
// another process to open.
func openWatched(t *testing.T, files []articles.RawFile) (string, *store.Store, Model) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "r.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, errs := ingest.ImportFiles(context.Background(), st, files, nil); len(errs) > 0 {
		t.Fatal(errs[0])
	}
	m := New(Deps{Store: st})
	m = send(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = run(t, m, m.Init())
	if m.watch == nil {
		t.Fatal("a file store is not watched")
	}
	t.Cleanup(func() { m.watch.Close() })
	return path, st, m
}
