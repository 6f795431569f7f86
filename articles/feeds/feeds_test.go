package feeds

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"reader/articles"
)

// server serves the fixtures and a few broken feeds.
func server(t *testing.T) (*httptest.Server, *int32) {
	t.Helper()
	var conditional int32
	mux := http.NewServeMux()
	var srv *httptest.Server
	file := func(name, ctype string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			data, err := os.ReadFile("testdata/" + name)
			if err != nil {
				t.Error(err)
			}
			w.Header().Set("Content-Type", ctype)
			w.Write([]byte(strings.ReplaceAll(string(data), "LINK_BASE", srv.URL)))
		}
	}
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			atomic.AddInt32(&conditional, 1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 03 Jun 2024 10:00:00 GMT")
		file("rss2.xml", "application/rss+xml")(w, r)
	})
	mux.HandleFunc("/atom", file("atom.xml", "application/atom+xml"))
	mux.HandleFunc("/json", file("feed.json", "application/feed+json"))
	mux.HandleFunc("/rss091", file("rss091.xml", "application/rss+xml"))
	mux.HandleFunc("/port-strike", file("page.html", "text/html"))
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>x</item></channel>`))
	})
	mux.HandleFunc("/html", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<!DOCTYPE html><html><body><p>Just a page.</p></body></html>`))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>`))
		chunk := []byte(strings.Repeat("x", 64<<10))
		for i := 0; i < 10000; i++ { // bounded: at most 640 MiB, cut by the client long before
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, &conditional
}

func testFetcher() Fetcher {
	return Fetcher{Client: http.DefaultClient, Timeout: 500 * time.Millisecond, MaxBytes: 1 << 20, Workers: 3}
}

func TestFetchFormats(t *testing.T) {
	srv, _ := server(t)
	f := testFetcher()
	cases := []struct {
		path, title, outlet string
		items               int
	}{
		{"/rss", "Port strike ends after three weeks", "The Harbour Herald", 2},
		{"/atom", "Strike over at the container port", "Coastal Wire", 1},
		{"/json", "Port returns to work", "Metro Times", 1},
		{"/rss091", "Harbour lighthouse restored", "Old Gazette", 1},
	}
	for _, c := range cases {
		res := f.Fetch(context.Background(), Subscription{URL: srv.URL + c.path})
		if res.Err != nil || len(res.Files) != c.items || res.Title != c.outlet {
			t.Fatalf("%s: %v, %d files, title %q", c.path, res.Err, len(res.Files), res.Title)
		}
		a, err := articles.Parse(res.Files[0])
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != c.title || a.Source != c.outlet || a.URL == "" || a.Published.IsZero() != (c.path == "/rss091") {
			t.Fatalf("%s: article %q from %q url %q published %v", c.path, a.Title, a.Source, a.URL, a.Published)
		}
	}
}

func TestSummaryOnlyItemGetsItsPage(t *testing.T) {
	srv, _ := server(t)
	res := testFetcher().Fetch(context.Background(), Subscription{URL: srv.URL + "/rss"})
	a, err := articles.Parse(res.Files[0])
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Join(a.Paragraphs(), " ")
	if !strings.Contains(body, "40 ships waiting offshore") || a.Author != "Lena Fischer" {
		t.Fatalf("page not fetched for a summary-only item: %q by %q", body, a.Author)
	}
	// An item with full content is not fetched again.
	b, _ := articles.Parse(res.Files[1])
	if !strings.Contains(strings.Join(b.Paragraphs(), " "), "40 million euros") {
		t.Fatalf("full-content item: %q", b.Paragraphs())
	}
}

func TestConditionalRequests(t *testing.T) {
	srv, conditional := server(t)
	f := testFetcher()
	first := f.Fetch(context.Background(), Subscription{URL: srv.URL + "/rss"})
	if first.ETag != `"v1"` || first.LastModified == "" {
		t.Fatalf("validators not kept: %+v", first)
	}
	second := f.Fetch(context.Background(), Subscription{URL: srv.URL + "/rss", ETag: first.ETag, LastModified: first.LastModified})
	if !second.NotModified || len(second.Files) != 0 || second.Err != nil || atomic.LoadInt32(conditional) != 1 {
		t.Fatalf("second fetch: %+v", second)
	}
}

func TestBrokenFeedsAreReportedAndOthersGoOn(t *testing.T) {
	srv, _ := server(t)
	subs := []Subscription{{URL: srv.URL + "/atom"}, {URL: srv.URL + "/broken"}, {URL: srv.URL + "/html"},
		{URL: srv.URL + "/missing"}, {URL: srv.URL + "/slow"}, {URL: srv.URL + "/endless"}, {URL: srv.URL + "/json"}}
	var calls int32
	start := time.Now()
	results := testFetcher().FetchAll(context.Background(), subs, func(done, total int) { atomic.AddInt32(&calls, 1) })
	if time.Since(start) > 10*time.Second {
		t.Fatal("a slow or endless feed held up the refresh")
	}
	want := []string{"", "bad feed", "not a feed", "404", "timed out", "too large", ""}
	for i, r := range results {
		if want[i] == "" {
			if r.Err != nil || len(r.Files) == 0 {
				t.Errorf("%s: %v", subs[i].URL, r.Err)
			}
			continue
		}
		if r.Err == nil || !strings.Contains(r.Err.Error(), want[i]) || !strings.Contains(r.Err.Error(), subs[i].URL) {
			t.Errorf("%s: err %v, want %q", subs[i].URL, r.Err, want[i])
		}
	}
	if calls != int32(len(subs)) {
		t.Errorf("progress called %d times for %d feeds", calls, len(subs))
	}
}

func TestFeedFieldsAreSanitized(t *testing.T) {
	evil := `{"version": "https://jsonfeed.org/version/1.1", "title": "Evil\u001b[31m Outlet",
 "items": [{"id": "1\u001b[2J", "url": "https://x.example/a\u001b]8;;x\u0007", "title": "Title \u001b]52;c;ZXZpbA==\u0007 here",
  "authors": [{"name": "Bad\u001b[2J Guy"}], "content_text": "Some text \u001b[5m blinking \u009b2J that is long enough to be an article paragraph here."}]}`
	feed, err := Parse([]byte(evil), "https://x.example/feed")
	if err != nil {
		t.Fatal(err)
	}
	file := feed.Items[0].RawFile(feed.Items[0].text())
	for _, bad := range []string{"\x1b", "\x07", "ZXZpbA"} {
		if strings.Contains(string(file.Data), bad) || strings.Contains(file.Name, bad) || strings.Contains(feed.Title, bad) {
			t.Fatalf("feed field carries %q:\n%q", bad, file.Data)
		}
	}
}

func TestLocalFeedFile(t *testing.T) {
	res := testFetcher().Fetch(context.Background(), Subscription{URL: "testdata/atom.xml"})
	if res.Err != nil || len(res.Files) != 1 {
		t.Fatalf("local feed: %v", res.Err)
	}
}
