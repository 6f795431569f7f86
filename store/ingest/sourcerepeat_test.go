package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"reader/store"
)

// One file imported with --source keeps its outlet's footer when read
// alone; read beside the outlet's pages already in the store, the footer
// goes.
func TestImportWithSourceRemovesLinesTheOutletRepeats(t *testing.T) {
	ctx := context.Background()
	const footer = "Lakeside News | 12 Harbour Road, Lakeside | newsroom 0123 456 789"
	topics := []string{"library", "tram line", "school roof", "river bank"}
	dir := t.TempDir()
	write := func(i int) string {
		p := filepath.Join(dir, fmt.Sprintf("story%d.txt", i))
		text := fmt.Sprintf("Council acts on the %s\n\nThe town council met on day %d and agreed to spend money on the %s, after residents asked for the work to start before the winter storms arrive.\n\nThe mayor said the %s would be the first of several projects this year.\n\n%s\n",
			topics[i], i+1, topics[i], topics[i], footer)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	bodyOf := func(s *store.Store, title string) string {
		sums, err := s.Summaries(ctx, store.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, sum := range sums {
			if sum.Title == title {
				a, err := s.Article(ctx, sum.ID)
				if err != nil {
					t.Fatal(err)
				}
				return strings.Join(a.Paragraphs(), "\n")
			}
		}
		t.Fatalf("no article %q", title)
		return ""
	}
	last := write(3)
	alone, _ := openTemp(t)
	if _, errs := ImportPaths(ctx, alone, []string{last}, "Lakeside News", nil); len(errs) > 0 {
		t.Fatal(errs[0])
	}
	if !strings.Contains(bodyOf(alone, "Council acts on the river bank"), footer) {
		t.Fatal("read alone, the page already loses its footer: the test shows nothing")
	}
	s, _ := openTemp(t)
	if _, errs := ImportPaths(ctx, s, []string{write(0), write(1), write(2)}, "Lakeside News", nil); len(errs) > 0 {
		t.Fatal(errs[0])
	}
	if _, errs := ImportPaths(ctx, s, []string{last}, "Lakeside News", nil); len(errs) > 0 {
		t.Fatal(errs[0])
	}
	if body := bodyOf(s, "Council acts on the river bank"); strings.Contains(body, footer) {
		t.Errorf("beside the outlet's stored pages the footer stays:\n%s", body)
	}
}
