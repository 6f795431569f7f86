package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"reader/articles"
)

// batchArticles makes n distinct articles whose body says which batch and
// index they are, so a reader can tell a whole article from a torn one.
func batchArticles(batch, n int) []articles.Article {
	out := make([]articles.Article, n)
	for i := range out {
		name := fmt.Sprintf("batch%d-%d.txt", batch, i)
		a := testArticle(name, fmt.Sprintf("Batch %d article %d", batch, i), 1+i%28)
		a.Raw = name + strings.Repeat(" filler", 200)
		a.Hash = hashOf(a.Raw)
		out[i] = a
	}
	return out
}

// TestTwoStoresOnOneFile: one store imports while another, on the same
// file, lists, reads, searches and stars, and never sees an error or half
// an import.
func TestTwoStoresOnOneFile(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "shared.db")
	writer, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	reader, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	wg.Add(2)
	go func() {
		defer wg.Done()
		for b := 0; b < 20; b++ {
			if _, err := importArticles(ctx, writer, batchArticles(b, 10)); err != nil {
				errs <- fmt.Errorf("import: %w", err)
				return
			}
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 50; i++ {
			sums, err := reader.Summaries(ctx, Filter{})
			if err != nil {
				errs <- fmt.Errorf("read: %w", err)
				return
			}
			if len(sums)%10 != 0 {
				errs <- fmt.Errorf("reader saw %d articles: a half-imported batch", len(sums))
				return
			}
			if len(sums) > 0 {
				if err := reader.SetStarred(ctx, sums[0].ID, true); err != nil {
					errs <- fmt.Errorf("star: %w", err)
					return
				}
				last := sums[len(sums)-1]
				a, err := reader.Article(ctx, last.ID)
				if err != nil || a.Title != last.Title || len(a.Body) == 0 {
					errs <- fmt.Errorf("article %d while importing: %q, %v", last.ID, a.Title, err)
					return
				}
			}
			hits, err := reader.Search(ctx, "article", 500)
			if err != nil {
				errs <- fmt.Errorf("search: %w", err)
				return
			}
			if len(hits)%10 != 0 || len(hits) < len(sums) {
				errs <- fmt.Errorf("search saw %d articles after the list saw %d", len(hits), len(sums))
				return
			}
			if _, err := reader.Events(ctx, Filter{}); err != nil {
				errs <- fmt.Errorf("events: %w", err)
				return
			}
		}
	}()
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n, _ := reader.Count(ctx); n != 200 {
		t.Fatalf("count = %d, want 200", n)
	}
}

func TestReadOnlyFolderIsAClearError(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores directory permissions")
	}
	dir := filepath.Join(t.TempDir(), "ro")
	os.Mkdir(dir, 0o555)
	_, err := Open(filepath.Join(dir, "reader.db"))
	if err == nil || !strings.Contains(err.Error(), dir) {
		t.Fatalf("open in read-only folder = %v", err)
	}
}

func TestDiskFullKeepsWhatWasStored(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	if _, err := importArticles(ctx, s, batchArticles(0, 5)); err != nil {
		t.Fatal(err)
	}
	var pages int
	s.db.QueryRow(`PRAGMA page_count`).Scan(&pages)
	// Cap the file at its current size: the next import finds the disk full.
	if _, err := s.db.Exec(`PRAGMA max_page_count = ` + strconv.Itoa(pages+1)); err != nil {
		t.Fatal(err)
	}
	_, err := importArticles(ctx, s, batchArticles(1, 200))
	if err == nil || !strings.Contains(err.Error(), "full") {
		t.Fatalf("import into a full store = %v, want a 'full' error", err)
	}
	if n, _ := s.Count(ctx); n != 5 {
		t.Fatalf("after disk full: %d articles, want the 5 stored before", n)
	}
}

// reopenChecked opens the store a killed child left behind and checks that
// SQLite finds it whole.
func reopenChecked(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	var check string
	if err := s.db.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	return s
}
