package store

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"reader/articles"
	"reader/articles/articlegen"
	"reader/articles/events"
)

// loadLabelledSet parses the events package's labelled multi-source set:
// 64 reports of 20 events in four languages, with follow-ups and related
// stories, sorted by file name.
func loadLabelledSet(t *testing.T) []articles.Article {
	t.Helper()
	dir := filepath.Join("..", "articles", "events", "testdata", "multisource")
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) < 40 {
		t.Fatalf("labelled set: %d files, %v", len(names), err)
	}
	slices.Sort(names)
	var files []articles.RawFile
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, articles.RawFile{Name: filepath.Base(n), Data: data})
	}
	arts, errs := articles.ParseBatch(files)
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	return arts
}

// groupingOf lists the stored events as their members' files, one line an
// event, sorted, with each event's title.
func groupingOf(t *testing.T, s *Store) []string {
	t.Helper()
	evs, err := s.Events(context.Background(), Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, ev := range evs {
		var files []string
		for _, a := range ev.Articles {
			files = append(files, a.File)
		}
		slices.Sort(files)
		out = append(out, strings.Join(files, " ")+" | "+ev.Title)
	}
	slices.Sort(out)
	return out
}

// groupNow runs the incremental grouping the next import would, and says
// whether it could.
func groupNow(t *testing.T, s *Store) bool {
	t.Helper()
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	ok, err := groupIncrementally(ctx, tx, testGrouper)
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	return ok
}

// Reports imported a few at a time into a grouped store land in the same
// events, with the same titles, as when the whole set is grouped at once:
// the incremental grouping weighs tokens by their rarity in the whole
// store and regroups the events the new reports touch.
func TestIncrementalGroupingAgreesWithFull(t *testing.T) {
	ctx := context.Background()
	arts := loadLabelledSet(t)
	full, _ := openTemp(t)
	if _, err := importArticles(ctx, full, arts); err != nil {
		t.Fatal(err)
	}
	want := groupingOf(t, full)

	var base, later []articles.Article
	for i, a := range arts {
		if i%4 == 1 {
			later = append(later, a)
		} else {
			base = append(base, a)
		}
	}
	inc, _ := openTemp(t)
	if _, err := importArticles(ctx, inc, base); err != nil {
		t.Fatal(err)
	}
	for start := 0; start < len(later); start += 4 {
		if _, err := writeUngrouped(ctx, inc, later[start:min(len(later), start+4)]); err != nil {
			t.Fatal(err)
		}
		if !groupNow(t, inc) {
			t.Fatalf("import %d: no incremental grouping", start/4+1)
		}
	}
	got := groupingOf(t, inc)
	if !slices.Equal(got, want) {
		t.Errorf("incremental grouping differs from the full one:\n got %d events:\n  %s\nwant %d:\n  %s",
			len(got), strings.Join(got, "\n  "), len(want), strings.Join(want, "\n  "))
	}
	// The token index grown one import at a time is the one a full
	// regrouping builds.
	gotIndex := indexRows(t, inc)
	if _, err := inc.db.Exec(`DELETE FROM state WHERE key = 'group_index'`); err != nil {
		t.Fatal(err)
	}
	if err := regroupAll(ctx, inc); err != nil {
		t.Fatal(err)
	}
	if wantIndex := indexRows(t, inc); !slices.Equal(gotIndex, wantIndex) {
		t.Errorf("token index: %d rows grown, %d rebuilt", len(gotIndex), len(wantIndex))
	}
}

// indexRows lists the token index, one string a row.
func indexRows(t *testing.T, s *Store) []string {
	t.Helper()
	rows, err := s.db.Query(`SELECT token || ':' || df || ':' || coalesce(hex(articles), '-') FROM group_tokens ORDER BY token`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var r string
		if err := rows.Scan(&r); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

// regroupAll regroups the store in full, as after a removal.
func regroupAll(ctx context.Context, s *Store) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := oweFullRegroup(ctx, tx); err != nil {
		return err
	}
	if err := regroup(ctx, tx, testGrouper); err != nil {
		return err
	}
	return tx.Commit()
}

// An incremental grouping is refused, and the next grouping is full, when
// the index was made by another grouping method, and when the new
// articles are many beside the store.
func TestIncrementalGroupingFallsBackToFull(t *testing.T) {
	ctx := context.Background()
	arts := loadLabelledSet(t)
	s, _ := openTemp(t)
	if _, err := importArticles(ctx, s, arts[:40]); err != nil {
		t.Fatal(err)
	}
	if _, err := writeUngrouped(ctx, s, arts[40:42]); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(`UPDATE state SET value = 'older' WHERE key = 'group_index'`); err != nil {
		t.Fatal(err)
	}
	if groupNow(t, s) {
		t.Fatal("grouped incrementally with an index of another method")
	}
	if err := regroupAll(ctx, s); err != nil {
		t.Fatal(err)
	}
	if _, err := writeUngrouped(ctx, s, arts[42:]); err != nil { // 22 new beside 42
		t.Fatal(err)
	}
	if groupNow(t, s) {
		t.Fatal("grouped 22 new articles incrementally among 42")
	}
	if _, err := s.RegroupIfPending(ctx, testGrouper); err != nil {
		t.Fatal(err)
	}
	var pending int
	if err := s.db.QueryRow(`SELECT count(*) FROM group_pending`).Scan(&pending); err != nil || pending != 0 {
		t.Fatalf("%d articles still waiting after a full regrouping (%v)", pending, err)
	}
}

// Removing an article, or replacing a file's article with an edited
// version, takes its tokens out of the index and regroups only its event's
// other members: the events and the index come out as a full regrouping
// of what is left makes them.
func TestRemovalAndReplacementGroupIncrementally(t *testing.T) {
	ctx := context.Background()
	arts := append(loadLabelledSet(t), testArticle("lone.txt", "Harbour reopens", 3))
	origins := make([]string, len(arts))
	for i, a := range arts {
		origins[i] = "/news/" + a.File
	}
	s, _ := openTemp(t)
	b, err := NewBatch(arts, events.Fingerprints(arts), origins)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.WriteBatchGrouped(ctx, b, testGrouper); err != nil {
		t.Fatal(err)
	}
	sums, err := s.Summaries(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	removed := map[string]bool{}
	for _, k := range []int{0, 7, 21} {
		removed[sums[k].File] = true
		if err := s.DeleteArticle(ctx, sums[k].ID); err != nil {
			t.Fatal(err)
		}
		if !groupNow(t, s) {
			t.Fatalf("removal of %s: no incremental grouping", sums[k].File)
		}
	}
	// A report alone in its event leaves nothing to regroup.
	var lone int64
	var loneFile string
	if err := s.db.QueryRow(`SELECT id, file FROM articles WHERE event_id IN
		(SELECT event_id FROM articles GROUP BY event_id HAVING count(*) = 1) ORDER BY id LIMIT 1`).Scan(&lone, &loneFile); err != nil {
		t.Fatal(err)
	}
	removed[loneFile] = true
	if err := s.DeleteArticle(ctx, lone); err != nil {
		t.Fatal(err)
	}
	if !groupNow(t, s) {
		t.Fatalf("removal of %s, alone in its event: no incremental grouping", loneFile)
	}
	// An edited file: the same origin, a changed text.
	var edited articles.Article
	for _, a := range arts {
		if !removed[a.File] {
			edited = a
			break
		}
	}
	files := []articles.RawFile{{Name: edited.File, Data: []byte(edited.Raw + "\n\nThe report was updated with a closing line.\n")}}
	again, errs := articles.ParseBatch(files)
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	b, err = NewBatch(again, events.Fingerprints(again), []string{"/news/" + edited.File})
	if err != nil {
		t.Fatal(err)
	}
	if res, err := s.WriteBatch(ctx, b); err != nil || res.Replaced != 1 {
		t.Fatalf("replace: %+v, %v", res, err)
	}
	if !groupNow(t, s) {
		t.Fatal("replacement: no incremental grouping")
	}
	got, gotIndex := groupingOf(t, s), indexRows(t, s)

	var left []articles.Article
	for _, a := range arts {
		switch {
		case removed[a.File]:
		case a.File == edited.File:
			left = append(left, again[0])
		default:
			left = append(left, a)
		}
	}
	full, _ := openTemp(t)
	if _, err := importArticles(ctx, full, left); err != nil {
		t.Fatal(err)
	}
	if want := groupingOf(t, full); !slices.Equal(got, want) {
		t.Errorf("after removals and a replacement: %d events, want %d; first difference:\n%s", len(got), len(want), firstDifference(got, want))
	}
	if err := regroupAll(ctx, s); err != nil {
		t.Fatal(err)
	}
	if wantIndex := indexRows(t, s); !slices.Equal(gotIndex, wantIndex) {
		t.Errorf("token index: %d rows kept up, %d rebuilt", len(gotIndex), len(wantIndex))
	}
}

// The same holds on generated reports of realistic event sizes (1 to 300
// reports an event, hundreds of outlets), where a few new reports join
// stories already stored, big ones included.
func TestIncrementalGroupingAgreesOnRealisticReports(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 1,500 generated reports")
	}
	ctx := context.Background()
	files, _ := articlegen.GenerateRealistic(11, 1500)
	arts, errs := articles.ParseBatch(files)
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	full, _ := openTemp(t)
	if _, err := importArticles(ctx, full, arts); err != nil {
		t.Fatal(err)
	}
	want := groupingOf(t, full)
	inc, _ := openTemp(t)
	n := len(arts) - 30
	if _, err := importArticles(ctx, inc, arts[:n]); err != nil {
		t.Fatal(err)
	}
	for start := n; start < len(arts); start += 10 {
		if _, err := writeUngrouped(ctx, inc, arts[start:start+10]); err != nil {
			t.Fatal(err)
		}
		if !groupNow(t, inc) {
			t.Fatal("no incremental grouping")
		}
	}
	got := groupingOf(t, inc)
	if !slices.Equal(got, want) {
		t.Errorf("incremental grouping differs from the full one: %d events, want %d; first difference:\n%s",
			len(got), len(want), firstDifference(got, want))
	}
}

// firstDifference shows the first line of got that want lacks, and the
// other way round.
func firstDifference(got, want []string) string {
	var out []string
	for _, g := range got {
		if _, found := slices.BinarySearch(want, g); !found {
			out = append(out, "got:  "+g)
			break
		}
	}
	for _, w := range want {
		if _, found := slices.BinarySearch(got, w); !found {
			out = append(out, "want: "+w)
			break
		}
	}
	return strings.Join(out, "\n")
}
