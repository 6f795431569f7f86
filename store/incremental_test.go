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

// An incremental grouping is refused, and the next grouping is full,
// when articles were removed (their tokens are in the index), when the
// index was made by another grouping method, and when the new articles
// are many beside the store.
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
	sums, err := s.Summaries(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteArticle(ctx, sums[0].ID); err != nil {
		t.Fatal(err)
	}
	if groupNow(t, s) {
		t.Fatal("grouped incrementally after a removal")
	}
	if err := regroupAll(ctx, s); err != nil {
		t.Fatal(err)
	}
	if _, err := writeUngrouped(ctx, s, arts[42:44]); err != nil {
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
	if _, err := writeUngrouped(ctx, s, arts[44:]); err != nil { // 20 new beside 43
		t.Fatal(err)
	}
	if groupNow(t, s) {
		t.Fatal("grouped 20 new articles incrementally among 43")
	}
	if _, err := s.RegroupIfPending(ctx, testGrouper); err != nil {
		t.Fatal(err)
	}
	var pending int
	if err := s.db.QueryRow(`SELECT count(*) FROM group_pending`).Scan(&pending); err != nil || pending != 0 {
		t.Fatalf("%d articles still waiting after a full regrouping (%v)", pending, err)
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
