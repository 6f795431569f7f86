package feeds

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"reader/articles"
)

// rssWith is an RSS feed of the given items, each a link and a summary.
func rssWith(links ...string) string {
	var b strings.Builder
	for i, l := range links {
		fmt.Fprintf(&b, `<item><title>Item %d</title><link>%s</link><guid>g%d</guid><description>A short summary of item %d.</description></item>`, i, l, i, i)
	}
	return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Outlet</title>` + b.String() + `</channel></rss>`
}

// The most common link on news sites ends in .html; the item must still be
// read as front matter and text, keeping its title, outlet, date and link.
func TestHTMLLinkItemKeepsItsFields(t *testing.T) {
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Herald</title>
<item><title>Port strike ends</title><link>https://news.example/2024/06/port-strike.HTML</link><guid>1</guid>
<pubDate>Mon, 03 Jun 2024 09:30:00 GMT</pubDate><author>Lena Fischer</author>
<description>` + strings.Repeat("Dock workers voted to end the three-week strike on Monday, the union said. ", 20) + `</description></item>
<item><title>Lighthouse restored</title><link>https://news.example/lighthouse.htm</link><guid>2</guid>
<description>` + strings.Repeat("The old lighthouse shines again after a two-year restoration, the town said. ", 20) + `</description></item>
</channel></rss>`
	f, err := Parse([]byte(feed), "https://news.example/feed")
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"Port strike ends", "Lighthouse restored"} {
		a, err := articles.Parse(f.Items[i].RawFile(f.Items[i].text()))
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != want || a.Source != "Harbour Herald" || a.URL != f.Items[i].Link {
			t.Errorf("item %d: title %q, source %q, url %q", i, a.Title, a.Source, a.URL)
		}
		if i == 0 && a.Published.IsZero() {
			t.Errorf("item %d lost its date", i)
		}
	}
}

// Item links are fetched over http(s) only: a feed cannot make the reader
// read a local file, whatever the link says.
func TestItemLinksAreNeverReadFromDisk(t *testing.T) {
	secret := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(secret, []byte(strings.Repeat("TOPSECRET private key material. ", 100)), 0o600)
	feedPath := filepath.Join(t.TempDir(), "feed.xml")
	os.WriteFile(feedPath, []byte(rssWith(secret, "file://"+secret, "../../../.."+secret)), 0o600)
	res := testFetcher().Fetch(context.Background(), Subscription{URL: feedPath})
	if res.Err != nil || len(res.Files) != 3 {
		t.Fatalf("feed: %v, %d files", res.Err, len(res.Files))
	}
	for _, f := range res.Files {
		if strings.Contains(string(f.Data), "TOPSECRET") {
			t.Fatalf("an item link made the reader read a local file:\n%s", f.Data)
		}
	}
	if len(res.Warnings) != 3 || !strings.Contains(res.Warnings[0].Error(), "only http(s)") {
		t.Fatalf("warnings = %v", res.Warnings)
	}
}

// A feed file that never ends, blocks or is huge is a clear error within
// the size cap, never a hang or an exhausted memory.
func TestLocalFeedsThatAreNotFilesAreRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	huge := filepath.Join(dir, "huge.xml")
	f, _ := os.Create(huge)
	f.Truncate(1 << 30) // sparse: 1 GiB that takes no disk
	f.Close()
	cases := map[string]string{"/dev/zero": "not a regular file", "file:///dev/zero": "not a regular file",
		fifo: "not a regular file", huge: "too large", filepath.Join(dir, "missing.xml"): "no such file"}
	for path, want := range cases {
		res := testFetcher().Fetch(context.Background(), Subscription{URL: path})
		if res.Err == nil || !strings.Contains(res.Err.Error(), want) || !strings.Contains(res.Err.Error(), path) {
			t.Errorf("%s: %v, want %q", path, res.Err, want)
		}
	}
}

// An item's page is fetched concurrently with the others of its feed: four
// pages that each wait for the others to be asked for all arrive.
func TestItemPagesAreFetchedConcurrently(t *testing.T) {
	var mu sync.Mutex
	inFlight, all := 0, make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		inFlight++
		if inFlight == 4 {
			close(all)
		}
		mu.Unlock()
		select {
		case <-all:
		case <-r.Context().Done():
			return
		}
		fmt.Fprintf(w, `<html><body><article><p>%s</p></article></body></html>`, strings.Repeat("The page of "+r.URL.Path+" says much more than its summary does. ", 10))
	}))
	defer srv.Close()
	feedPath := filepath.Join(t.TempDir(), "feed.xml")
	os.WriteFile(feedPath, []byte(rssWith(srv.URL+"/a", srv.URL+"/b", srv.URL+"/c", srv.URL+"/d")), 0o600)
	f := Fetcher{Client: http.DefaultClient, Timeout: 5 * time.Second, MaxBytes: 1 << 20, Workers: 1, PageWorkers: 4}
	res := f.Fetch(context.Background(), Subscription{URL: feedPath})
	if res.Err != nil || len(res.Warnings) != 0 || len(res.Files) != 4 {
		t.Fatalf("pages one at a time: %v, warnings %v", res.Err, res.Warnings)
	}
	for i, k := range res.Keys {
		if k == "" {
			t.Errorf("item %d has its page but no key", i)
		}
	}
}

// All of a feed's pages share one time limit: pages that never answer fall
// back to their summaries when it runs out, and are owed (no key).
func TestSlowPagesShareOneLimit(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // never answers
	}))
	defer srv.Close()
	var links []string
	for i := 0; i < 8; i++ {
		links = append(links, fmt.Sprintf("%s/slow/%d", srv.URL, i))
	}
	feedPath := filepath.Join(t.TempDir(), "feed.xml")
	os.WriteFile(feedPath, []byte(rssWith(links...)), 0o600)
	f := Fetcher{Client: http.DefaultClient, Timeout: time.Hour, MaxBytes: 1 << 20, Workers: 1, PageWorkers: 2, PageTime: 100 * time.Millisecond}
	res := f.Fetch(context.Background(), Subscription{URL: feedPath})
	if res.Err != nil || len(res.Files) != 8 || len(res.Warnings) != 8 {
		t.Fatalf("%v, %d files, warnings %v", res.Err, len(res.Files), res.Warnings)
	}
	for i, w := range res.Warnings {
		if !strings.Contains(w.Error(), "ran out") || res.Keys[i] != "" {
			t.Errorf("item %d: %v, key %q", i, w, res.Keys[i])
		}
	}
}
