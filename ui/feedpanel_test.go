package ui

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"reader/articles/feeds"
	"reader/store"
)

// After a refresh with a failure, the status line says how many failed and
// which key lists them; F shows every feed with its last result and the
// failures, and unsubscribes (asking first), keeping the articles.
func TestFeedPanelShowsFeedsAndFailures(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed" {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Town Crier</title>
<item><title>Town hall clock fixed</title><link>http://` + r.Host + `/clock</link><guid>c</guid>
<description><![CDATA[<p>` + strings.Repeat("The town hall clock was repaired on Monday after three silent months, the mayor said. ", 16) + `</p>]]></description></item></channel></rss>`))
	}))
	defer srv.Close()
	ctx := context.Background()
	st, _ := store.Open(store.Memory)
	defer st.Close()
	st.AddFeed(ctx, srv.URL+"/feed")
	st.AddFeed(ctx, srv.URL+"/broken")
	m := New(Deps{Store: st, Fetcher: feeds.Fetcher{Client: http.DefaultClient, Timeout: time.Second, MaxBytes: 1 << 20, Workers: 2}})
	m = send(t, m, tea.WindowSizeMsg{Width: 120, Height: 30})
	m = run(t, m, m.Init())
	m = keys(t, m, "R")
	if v := m.View(); !strings.Contains(v, "1 failed") || !strings.Contains(v, "1 failed (F lists)") {
		t.Fatalf("the status line does not say where the failures are:\n%s", v)
	}
	m = keys(t, m, "F")
	v := m.View()
	for _, want := range []string{"Feeds (2)", "Town Crier · 1 article", srv.URL + "/broken", "failed", "HTTP 404", "Failures this session (1)"} {
		if !strings.Contains(v, want) {
			t.Fatalf("the feed panel lacks %q:\n%s", want, v)
		}
	}
	m = keys(t, m, "x")
	if list, _ := st.Feeds(ctx); len(list) != 2 || !strings.Contains(m.View(), "Unsubscribe from Town Crier") {
		t.Fatalf("x did not ask first:\n%s", m.View())
	}
	m = keys(t, m, "x")
	list, _ := st.Feeds(ctx)
	if len(list) != 1 || list[0].URL != srv.URL+"/broken" {
		t.Fatalf("feeds after unsubscribing: %+v", list)
	}
	if n, _ := st.Count(ctx); n != 1 || !strings.Contains(m.View(), "Feeds (1)") {
		t.Fatalf("%d articles after unsubscribing (want the 1 kept):\n%s", n, m.View())
	}
	m = keys(t, m, "esc")
	if strings.Contains(m.View(), "Feeds (") {
		t.Fatalf("esc did not close the panel:\n%s", m.View())
	}
}

// The panel fits any body height, with no feeds, many feeds or many failures.
func TestFeedPanelFitsItsHeight(t *testing.T) {
	st := newStyles(nil, true)
	var many []store.Feed
	for i := 0; i < 40; i++ {
		many = append(many, store.Feed{URL: "https://x.example/" + strings.Repeat("a", i), Title: "Feed"})
	}
	errs := []error{context.Canceled, context.DeadlineExceeded, context.Canceled}
	for _, p := range []feedPanel{{loaded: true}, {feeds: many, cursor: 39, loaded: true}, {feeds: many[:1], loaded: true}} {
		for _, h := range []int{1, 2, 3, 8, 30} {
			v := p.View(&st, errs, 40, h)
			if got := strings.Count(v, "\n") + 1; got != h {
				t.Fatalf("%d feeds at height %d: %d lines", len(p.feeds), h, got)
			}
			if p.cursor == 39 && h >= 8 && !strings.Contains(v, "❯") {
				t.Fatalf("the cursor scrolled out of view at height %d:\n%s", h, v)
			}
		}
	}
}
