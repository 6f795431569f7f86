package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"reader/articles/feeds"
	"reader/store"
)

// itemFeed serves /feed on 127.0.0.1: an RSS feed with an ETag whose items
// carry only a summary, so each needs its page at /page/N. It counts the
// requests by path and the conditional ones.
type itemFeed struct {
	srv   *httptest.Server
	mu    sync.Mutex
	hits  map[string]int
	items int
	etag  string
}

func newItemFeed(t *testing.T, items int) *itemFeed {
	f := &itemFeed{hits: map[string]int{}, items: items, etag: `"v1"`}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		f.hits[r.URL.Path]++
		items, etag := f.items, f.etag
		if r.Header.Get("If-None-Match") != "" {
			f.hits["conditional"]++
		}
		f.mu.Unlock()
		if strings.HasPrefix(r.URL.Path, "/page/") {
			n := strings.TrimPrefix(r.URL.Path, "/page/")
			fmt.Fprintf(w, `<html><body><article><h1>Ferry %[1]s</h1><p>%[2]s</p><p>%[2]s</p></article></body></html>`, n,
				strings.Repeat("The ferry "+n+" crossed the bay in a storm on Monday, with 120 passengers aboard, the harbour master said. ", 4))
			return
		}
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		var b strings.Builder
		for i := 0; i < items; i++ {
			fmt.Fprintf(&b, `<item><title>Ferry %d</title><link>%s/page/%d</link><guid>ferry-%d</guid><description>Ferry %d crossed.</description></item>`,
				i, f.srv.URL, i, i, i)
		}
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Bay News</title>%s</channel></rss>`, b.String())
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *itemFeed) count(path string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.hits[path]
}

func testFetcher() feeds.Fetcher {
	return feeds.Fetcher{Client: http.DefaultClient, Timeout: 5 * time.Second, MaxBytes: 1 << 20, Workers: 2, PageWorkers: 4}
}

// A feed whose items cannot be stored is a failed feed, and its validators
// are not kept: the next refresh asks for the items again and stores them.
func TestFailedStoreKeepsNoValidators(t *testing.T) {
	ctx := context.Background()
	feed := newItemFeed(t, 2)
	s, path := openTemp(t)
	if _, err := s.AddFeed(ctx, feed.srv.URL+"/feed"); err != nil {
		t.Fatal(err)
	}
	// Every article write fails, as on a full disk.
	db := rawDB(t, path)
	if _, err := db.Exec(`CREATE TRIGGER no_room BEFORE INSERT ON articles BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`); err != nil {
		t.Fatal(err)
	}
	res, errs := Refresh(ctx, s, testFetcher(), nil)
	if res.Failed != 1 || res.Added != 0 || len(errs) == 0 || !strings.Contains(errs[0].Error(), "full") {
		t.Fatalf("refresh into a full store = %+v, %v; want one failed feed", res, errs)
	}
	list, _ := s.Feeds(ctx)
	if list[0].ETag != "" || list[0].LastError == "" {
		t.Fatalf("after a failed store the feed is %+v; want no ETag and the error", list[0])
	}
	if _, err := db.Exec(`DROP TRIGGER no_room`); err != nil {
		t.Fatal(err)
	}
	res, errs = Refresh(ctx, s, testFetcher(), nil)
	if res.Failed != 0 || res.Added != 2 || res.NotModified != 0 || len(errs) != 0 {
		t.Fatalf("refresh after the disk has room = %+v, %v; want the 2 items", res, errs)
	}
	if n, _ := s.Count(ctx); n != 2 {
		t.Fatalf("%d articles stored, want 2", n)
	}
	list, _ = s.Feeds(ctx)
	if list[0].ETag != `"v1"` || list[0].LastError != "" {
		t.Fatalf("after storing, the feed is %+v", list[0])
	}
}

// An item's page is fetched once: a later refresh of a changed feed skips
// the items already stored.
func TestItemPagesAreFetchedOnce(t *testing.T) {
	ctx := context.Background()
	feed := newItemFeed(t, 3)
	s, _ := openTemp(t)
	s.AddFeed(ctx, feed.srv.URL+"/feed")
	if res, errs := Refresh(ctx, s, testFetcher(), nil); res.Added != 3 || len(errs) != 0 {
		t.Fatalf("first refresh = %+v, %v", res, errs)
	}
	// The feed changes (a new item), so it is fetched again in full.
	feed.mu.Lock()
	feed.items, feed.etag = 4, `"v2"`
	feed.mu.Unlock()
	if res, errs := Refresh(ctx, s, testFetcher(), nil); res.Added != 1 || len(errs) != 0 {
		t.Fatalf("second refresh = %+v, %v", res, errs)
	}
	for i := 0; i < 4; i++ {
		if n := feed.count(fmt.Sprintf("/page/%d", i)); n != 1 {
			t.Errorf("page %d fetched %d times, want once", i, n)
		}
	}
	sums, _ := s.Summaries(ctx, store.Filter{})
	if len(sums) != 4 {
		t.Fatalf("%d articles, want 4", len(sums))
	}
}

// Unsubscribing keeps the feed's articles unless asked to remove them; then
// only that feed's articles go.
func TestRemoveFeedKeepsOrRemovesItsArticles(t *testing.T) {
	ctx := context.Background()
	a, b := newItemFeed(t, 2), newItemFeed(t, 3)
	s, _ := openTemp(t)
	s.AddFeed(ctx, a.srv.URL+"/feed")
	s.AddFeed(ctx, b.srv.URL+"/feed")
	if res, errs := Refresh(ctx, s, testFetcher(), nil); res.Added != 5 || len(errs) != 0 {
		t.Fatalf("refresh = %+v, %v", res, errs)
	}
	list, _ := s.Feeds(ctx)
	if list[0].Articles != 2 || list[1].Articles != 3 {
		t.Fatalf("feeds = %+v", list)
	}
	if n, err := RemoveFeed(ctx, s, a.srv.URL+"/feed", false); err != nil || n != 0 {
		t.Fatalf("remove keeping articles = %d, %v", n, err)
	}
	if n, _ := s.Count(ctx); n != 5 {
		t.Fatalf("%d articles after unsubscribing, want all 5 kept", n)
	}
	n, err := RemoveFeed(ctx, s, b.srv.URL+"/feed", true)
	if err != nil || n != 3 {
		t.Fatalf("remove with articles = %d, %v", n, err)
	}
	if n, _ := s.Count(ctx); n != 2 {
		t.Fatalf("%d articles left, want the other feed's 2", n)
	}
	if hits, _ := s.Search(ctx, "ferry", 0); len(hits) != 2 {
		t.Fatalf("search finds %d, want 2", len(hits))
	}
	if list, _ := s.Feeds(ctx); len(list) != 0 {
		t.Fatalf("feeds left: %+v", list)
	}
	if _, err := RemoveFeed(ctx, s, b.srv.URL+"/feed", false); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("removing it again = %v", err)
	}
}

// An item whose page could not be fetched is stored with its summary and
// its page is still owed: the next refresh fetches it and the article is
// replaced in place by the whole text, marks kept.
func TestOwedPageIsFetchedNextTime(t *testing.T) {
	ctx := context.Background()
	var down atomic.Bool
	down.Store(true)
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/page.html" && down.Load():
			http.Error(w, "busy", http.StatusServiceUnavailable)
		case r.URL.Path == "/page.html":
			fmt.Fprintf(w, `<html><body><article><h1>Ferry</h1><p>%s</p></article></body></html>`,
				strings.Repeat("The whole page says the ferry crossed the bay in a storm with 120 passengers aboard. ", 6))
		default:
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Bay News</title><item><title>Ferry</title>
<link>%s/page.html</link><guid>f</guid><description>The ferry crossed.</description></item></channel></rss>`, srv.URL)
		}
	}))
	defer srv.Close()
	s, _ := openTemp(t)
	s.AddFeed(ctx, srv.URL+"/feed")
	res, errs := Refresh(ctx, s, testFetcher(), nil)
	if res.Added != 1 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "503") {
		t.Fatalf("refresh with the page down = %+v, %v", res, errs)
	}
	sums, _ := s.Summaries(ctx, store.Filter{})
	s.SetStarred(ctx, sums[0].ID, true)
	down.Store(false)
	if res, errs := Refresh(ctx, s, testFetcher(), nil); res.Replaced != 1 || res.Added != 0 || len(errs) != 0 {
		t.Fatalf("refresh with the page up = %+v, %v", res, errs)
	}
	sums, _ = s.Summaries(ctx, store.Filter{})
	a, _ := s.Article(ctx, sums[0].ID)
	if len(sums) != 1 || !sums[0].Starred || !strings.Contains(strings.Join(a.Paragraphs(), " "), "whole page") {
		t.Fatalf("after the page came: %+v, %q", sums, a.Paragraphs())
	}
	if a.Title != "Ferry" || a.Source != "Bay News" {
		t.Fatalf("the .html item lost its fields: %q from %q", a.Title, a.Source)
	}
}
