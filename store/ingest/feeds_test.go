package ingest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"reader/articles/feeds"
	"reader/store"
)

const testFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Lakeside News</title>
<item><title>Lakeside opens new library</title><link>LINK/library</link><guid>lib</guid>
<pubDate>Mon, 03 Jun 2024 09:30:00 GMT</pubDate>
<description><![CDATA[<p>Lakeside opened its new public library on Monday, a three-storey building with room for 200,000 books, a music studio and a roof garden overlooking the water. The library cost 18 million euros and took two years to build, the town council said, adding that it would stay open until ten in the evening on weekdays so that students and working families could use it. Hundreds of residents queued before the doors opened, and the first book was borrowed by a nine-year-old who had waited since seven in the morning.</p>]]></description></item>
</channel></rss>`

func TestRefreshImportsFeedsAndRecordsFailures(t *testing.T) {
	ctx := context.Background()
	etagSeen := 0
	// Every address here is the local test server: no test leaves the machine.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			if r.Header.Get("If-None-Match") == `"a"` {
				etagSeen++
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"a"`)
			w.Write([]byte(strings.ReplaceAll(testFeed, "LINK", "http://"+r.Host)))
		case "/library":
			w.Write([]byte(`<html><body><article><h1>Lakeside opens new library</h1><p>Lakeside opened its new public library on Monday, a three-storey building with room for 200,000 books, a music studio and a roof garden overlooking the water.</p><p>The library cost 18 million euros and took two years to build, the town council said.</p></article></body></html>`))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	s, _ := openTemp(t)
	if _, err := s.AddFeed(ctx, srv.URL+"/feed"); err != nil {
		t.Fatal(err)
	}
	s.AddFeed(ctx, srv.URL+"/feed") // idempotent
	s.AddFeed(ctx, srv.URL+"/gone")
	fetcher := feeds.Fetcher{Client: http.DefaultClient, Timeout: time.Second, MaxBytes: 1 << 20, Workers: 2}
	res, errs := Refresh(ctx, s, fetcher, nil)
	if res.Feeds != 2 || res.Failed != 1 || res.Added != 1 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "/gone") {
		t.Fatalf("refresh = %+v, %v", res, errs)
	}
	sums, _ := s.Summaries(ctx, store.Filter{})
	if len(sums) != 1 || sums[0].Title != "Lakeside opens new library" || sums[0].Source != "Lakeside News" {
		t.Fatalf("imported = %+v", sums)
	}
	list, _ := s.Feeds(ctx)
	if len(list) != 2 || list[0].Title != "Lakeside News" || list[0].ETag != `"a"` || list[1].LastError == "" {
		t.Fatalf("feeds = %+v", list)
	}
	// The second refresh is conditional and changes nothing.
	res, _ = Refresh(ctx, s, fetcher, nil)
	if res.NotModified != 1 || res.Added != 0 || etagSeen != 1 {
		t.Fatalf("second refresh = %+v (etag seen %d)", res, etagSeen)
	}
	if n, _ := s.Count(ctx); n != 1 {
		t.Fatalf("%d articles after refreshes", n)
	}
	if _, err := RemoveFeed(ctx, s, srv.URL+"/gone", false); err != nil {
		t.Fatal(err)
	}
}
