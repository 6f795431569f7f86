package ingest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"reader/articles/feeds"
	"reader/store"
)

// A feed's one new item keeps its outlet's footer when read alone; read
// beside the feed's earlier items in the store, the footer goes.
func TestRefreshRemovesLinesTheFeedRepeatsOnEveryPage(t *testing.T) {
	ctx := context.Background()
	const footer = "Lakeside News, 12 Harbour Road, Lakeside"
	topics := []string{"library", "tram line", "school roof", "river bank"}
	item := func(i int) string {
		return fmt.Sprintf(`<item><title>Council acts on the %s</title><link>LINK/page%d</link><guid>g%d</guid>
<description><![CDATA[<p>The town council met on day %d and agreed to spend money on the %s, after residents asked for the work to start before the winter storms arrive.</p><p>%s</p>]]></description></item>`,
			topics[i], i, i, i+1, topics[i], footer)
	}
	var round atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var i int
		if _, err := fmt.Sscanf(r.URL.Path, "/page%d", &i); err == nil && i < len(topics) {
			fmt.Fprintf(w, `<html><body><h1>Council acts on the %s</h1><p>The town council met on day %d and agreed to spend money on the %s, after residents asked for the work to start before the winter storms arrive.</p><p>%s</p></body></html>`,
				topics[i], i+1, topics[i], footer)
			return
		}
		if r.URL.Path != "/feed" {
			http.NotFound(w, r)
			return
		}
		items := item(0) + item(1) + item(2)
		if round.Load() > 0 {
			items = item(3)
		}
		feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Lakeside News</title>` + items + `</channel></rss>`
		w.Write([]byte(strings.ReplaceAll(feed, "LINK", "http://"+r.Host)))
	}))
	defer srv.Close()
	s, _ := openTemp(t)
	if _, err := s.AddFeed(ctx, srv.URL+"/feed"); err != nil {
		t.Fatal(err)
	}
	fetcher := feeds.Fetcher{Client: http.DefaultClient, Timeout: time.Second, MaxBytes: 1 << 20, Workers: 2}
	if res, _ := Refresh(ctx, s, fetcher, nil); res.Added != 3 {
		t.Fatalf("first refresh added %d", res.Added)
	}
	round.Store(1)
	if res, _ := Refresh(ctx, s, fetcher, nil); res.Added != 1 {
		t.Fatalf("second refresh added %d", res.Added)
	}
	sums, err := s.Summaries(ctx, store.Filter{})
	if err != nil || len(sums) != 4 {
		t.Fatalf("%d articles, %v", len(sums), err)
	}
	for _, sum := range sums {
		a, err := s.Article(ctx, sum.ID)
		if err != nil {
			t.Fatal(err)
		}
		if body := strings.Join(a.Paragraphs(), "\n"); strings.Contains(body, footer) {
			t.Errorf("%q keeps its outlet's footer:\n%s", a.Title, body)
		}
	}
}
