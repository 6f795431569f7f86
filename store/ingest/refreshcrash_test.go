package ingest

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"reader/articles/feeds"
	"reader/store"
)

// feedItems is how many items each feed response carries; a refresh of one
// feed imports them in one transaction.
const feedItems = 12

// crashFeedServer serves /feed/N on 127.0.0.1: every response is a new round
// of items, each saying in its title and in its first and last paragraphs
// which feed, round and item it is.
func crashFeedServer(t *testing.T) *httptest.Server {
	var rounds atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		feed := strings.TrimPrefix(r.URL.Path, "/feed/")
		round := rounds.Add(1)
		var items []string
		for i := 0; i < feedItems; i++ {
			tag := fmt.Sprintf("f%s r%d i%d", feed, round, i)
			body := fmt.Sprintf(`Report %[1]s opens with this sentence about the river crossing.\n\n`, tag) +
				strings.Repeat(fmt.Sprintf("The ferry crossing number %d carried %d passengers on the morning of the survey, the operator said. ", i, 100+i), 8) +
				fmt.Sprintf(`\n\nReport %[1]s closes with this sentence, and nothing of it is missing.`, tag)
			items = append(items, fmt.Sprintf(`{"id": "%[1]s", "url": "", "title": "Crossing %[1]s", "date_published": "2024-06-03T09:30:00Z", "content_text": "%[2]s"}`, tag, body))
		}
		w.Header().Set("Content-Type", "application/feed+json")
		fmt.Fprintf(w, `{"version": "https://jsonfeed.org/version/1.1", "title": "River Post %s", "items": [%s]}`, feed, strings.Join(items, ","))
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestHelperRefreshForever is not a test: the SIGKILL test runs the test
// binary again with READER_CRASH_REFRESH set, and this refreshes until killed.
func TestHelperRefreshForever(t *testing.T) {
	path, base := os.Getenv("READER_CRASH_REFRESH"), os.Getenv("READER_CRASH_FEEDS")
	if path == "" || base == "" {
		t.Skip("helper process only")
	}
	s, err := store.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		if _, err := s.AddFeed(ctx, fmt.Sprintf("%s/feed/%d", base, i)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	f := feeds.Fetcher{Client: http.DefaultClient, Timeout: 10 * time.Second, MaxBytes: 1 << 20, Workers: 3}
	for n := 0; ; n++ {
		if _, errs := Refresh(ctx, s, f, nil); len(errs) > 0 {
			fmt.Fprintln(os.Stderr, errs)
			os.Exit(2)
		}
		fmt.Println("refreshed", n)
	}
}

func TestSIGKILLDuringRefreshLeavesConsistentStore(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a child process")
	}
	srv := crashFeedServer(t)
	path := filepath.Join(t.TempDir(), "crash.db")
	tagRe := regexp.MustCompile(`^Crossing (f\d+ r\d+) i\d+$`)
	for round := 0; round < 3; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperRefreshForever$")
		cmd.Env = append(os.Environ(), "READER_CRASH_REFRESH="+path, "READER_CRASH_FEEDS="+srv.URL)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait for one whole refresh, then kill at a moment that is almost
		// surely inside the next one.
		if !bufio.NewScanner(out).Scan() {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("child ended before a refresh: %s", stderr.String())
		}
		time.Sleep(time.Duration(10+round*20) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()

		s := reopenChecked(t, path)
		ctx := context.Background()
		sums, err := s.Summaries(ctx, store.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		// One feed's items of one round are one import: all or none.
		perFetch := map[string]int{}
		for _, sum := range sums {
			m := tagRe.FindStringSubmatch(sum.Title)
			if m == nil {
				t.Fatalf("unexpected article %q", sum.Title)
			}
			perFetch[m[1]]++
			// And each article is whole: its first and last sentences are there.
			a, err := s.Article(ctx, sum.ID)
			if err != nil {
				t.Fatal(err)
			}
			tag := strings.TrimPrefix(sum.Title, "Crossing ")
			body := strings.Join(a.Paragraphs(), "\n")
			if !strings.Contains(body, "Report "+tag+" opens") || !strings.Contains(body, "Report "+tag+" closes") {
				t.Fatalf("round %d: article %q is torn:\n%s", round, sum.Title, body)
			}
		}
		if len(perFetch) < 3 {
			t.Fatalf("round %d: %d feed fetches stored, want at least the first refresh's 3", round, len(perFetch))
		}
		for fetch, n := range perFetch {
			if n != feedItems {
				t.Fatalf("round %d: fetch %s has %d of %d items: a torn import", round, fetch, n, feedItems)
			}
		}
		// The store takes writes again.
		if _, errs := Refresh(ctx, s, feeds.Fetcher{Client: http.DefaultClient, Timeout: 10 * time.Second, MaxBytes: 1 << 20, Workers: 3}, nil); len(errs) > 0 {
			t.Fatalf("refresh after the kill: %v", errs)
		}
		s.Close()
	}
}
