package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"reader/articles"
	"reader/store"
	"reader/store/ingest"
)

const subsFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Gazette</title>
<item><title>Valley bridge reopens</title><link>LINK/bridge</link><guid>b</guid><pubDate>Mon, 03 Jun 2024 09:30:00 GMT</pubDate>
<description>` + "The valley bridge reopened to traffic on Monday after a two-year repair that cost 40 million euros, the council said. " +
	"Engineers replaced the deck and the cables, and the first lorries crossed at dawn. The council said tolls would not change this year. " +
	"The valley bridge reopened to traffic on Monday after a two-year repair that cost 40 million euros, the council said. " +
	"Engineers replaced the deck and the cables, and the first lorries crossed at dawn. The council said tolls would not change this year. " +
	"The valley bridge reopened to traffic on Monday after a two-year repair that cost 40 million euros, the council said. " +
	"Engineers replaced the deck and the cables, and the first lorries crossed at dawn. The council said tolls would not change this year." + `</description></item>
</channel></rss>`

// subsServer serves a feed at /feed (failing with 500 once broken is set)
// and a web page that is not a feed at /page, on 127.0.0.1.
func subsServer(t *testing.T) (*httptest.Server, *atomic.Bool) {
	var broken atomic.Bool
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/feed" && broken.Load():
			http.Error(w, "down", http.StatusInternalServerError)
		case r.URL.Path == "/feed":
			w.Write([]byte(strings.ReplaceAll(subsFeed, "LINK", srv.URL)))
		case r.URL.Path == "/bridge":
			w.Write([]byte(`<html><body><article><h1>Valley bridge reopens</h1><p>` + strings.Repeat("The valley bridge reopened to traffic on Monday after a two-year repair, the council said. ", 12) + `</p></article></body></html>`))
		case r.URL.Path == "/page":
			w.Write([]byte(`<!DOCTYPE html><html><body><p>Just a web page, no feed here.</p></body></html>`))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, &broken
}

func feedURLs(t *testing.T, db string) []string {
	t.Helper()
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	list, _ := st.Feeds(context.Background())
	var urls []string
	for _, f := range list {
		urls = append(urls, f.URL)
	}
	return urls
}

// add fetches and parses a feed first: what is not a feed is refused with
// the reason and not subscribed; one file named two ways is one feed.
func TestAddChecksTheFeedFirst(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	srv, _ := subsServer(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	for u, want := range map[string]string{
		srv.URL + "/page":                 "not a feed",
		srv.URL + "/gone":                 "404",
		filepath.Join(dir, "missing.xml"): "no such file",
		"htps://example.com/feed":         "only http(s)",
		"/dev/zero":                       "not a regular file",
	} {
		_, errOut, err := runArgs(t, "--db", db, "add", u)
		if err == nil || !strings.Contains(errOut, want) {
			t.Errorf("add %s: err %v, stderr %q; want %q", u, err, errOut, want)
		}
	}
	if urls := feedURLs(t, db); len(urls) != 0 {
		t.Fatalf("refused feeds were subscribed: %q", urls)
	}
	local := writeFile(t, dir, "local.xml", strings.ReplaceAll(subsFeed, "LINK", "https://valley.example"))
	link := filepath.Join(dir, "link.xml")
	if err := os.Symlink(local, link); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	for _, u := range []string{srv.URL + "/feed", local, "./local.xml", link, "file://" + local} {
		if out, errOut, err := runArgs(t, "--db", db, "add", u); err != nil || !strings.Contains(out, "Valley Gazette") {
			t.Fatalf("add %s: %v %s %s", u, err, out, errOut)
		}
	}
	if urls := feedURLs(t, db); len(urls) != 2 {
		t.Fatalf("subscriptions %q, want the web feed and the local file once", urls)
	}
}

// feeds lists the subscriptions with their last result; export and import
// carry them as OPML; rm unsubscribes, keeping or removing the articles.
func TestFeedsListOPMLAndRemove(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	srv, broken := subsServer(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	if _, _, err := runArgs(t, "--db", db, "add", srv.URL+"/feed"); err != nil {
		t.Fatal(err)
	}
	if out, _, err := runArgs(t, "--db", db, "refresh"); err != nil || !strings.Contains(out, "1 new") {
		t.Fatalf("refresh: %v %s", err, out)
	}
	out, _, err := runArgs(t, "--db", db, "feeds")
	if err != nil || !strings.Contains(out, srv.URL+"/feed") || !strings.Contains(out, "Valley Gazette · 1 articles · fetched") {
		t.Fatalf("feeds: %v\n%s", err, out)
	}
	// A feed that fails: refresh exits non-zero after doing the rest, and
	// the list says why.
	broken.Store(true)
	out, errOut, err := runArgs(t, "--db", db, "refresh")
	if err == nil || !strings.Contains(out, "1 failed") || !strings.Contains(errOut, "500") {
		t.Fatalf("refresh of a failing feed: %v %s %s", err, out, errOut)
	}
	if out, _, _ := runArgs(t, "--db", db, "feeds"); !strings.Contains(out, "failed") || !strings.Contains(out, "500") {
		t.Fatalf("feeds after a failure:\n%s", out)
	}
	broken.Store(false)

	opml, _, err := runArgs(t, "--db", db, "feeds", "export")
	if err != nil || !strings.Contains(opml, `<opml version="2.0">`) || !strings.Contains(opml, `xmlUrl="`+srv.URL+`/feed"`) {
		t.Fatalf("export: %v\n%s", err, opml)
	}
	other := filepath.Join(dir, "other.db")
	exported := writeFile(t, dir, "subs.opml", opml)
	if out, _, err := runArgs(t, "--db", other, "feeds", "import", exported); err != nil || !strings.Contains(out, "subscribed to 1 feeds") {
		t.Fatalf("import of our own export: %v %s", err, out)
	}
	// Another reader's export: folders, other attribute spellings, and
	// addresses that are not on the web, which are skipped.
	foreign := writeFile(t, dir, "newsboat.opml", `<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0"><head><title>Exported &amp; shared</title></head><body>
<outline text="News" title="News">
  <outline text="Valley" type="rss" xmlUrl="`+srv.URL+`/feed"/>
  <outline text="Hill" type="rss" xmlURL="https://hill.example/rss.xml" htmlUrl="https://hill.example/"/>
  <outline text="Secrets" type="rss" xmlUrl="file:///etc/passwd"/>
</outline>
<outline text="Top" type="rss" xmlUrl="/home/me/.ssh/id_rsa"/>
</body></opml>`)
	out, errOut, err = runArgs(t, "--db", other, "feeds", "import", foreign)
	if err != nil || !strings.Contains(out, "subscribed to 1 feeds") || strings.Count(errOut, "skipped: not an http(s) address") != 2 {
		t.Fatalf("import of another reader's OPML: %v\n%s\n%s", err, out, errOut)
	}
	if urls := feedURLs(t, other); len(urls) != 2 {
		t.Fatalf("subscriptions after imports: %q", urls)
	}
	for _, bad := range []string{writeFile(t, dir, "bad.opml", "<rss><channel/></rss>"), writeFile(t, dir, "junk.opml", "not xml at all <"), filepath.Join(dir, "none.opml")} {
		if _, _, err := runArgs(t, "--db", other, "feeds", "import", bad); err == nil || !strings.Contains(err.Error(), bad) {
			t.Errorf("import %s: %v, want an error naming it", bad, err)
		}
	}

	if out, _, err := runArgs(t, "--db", db, "feeds", "rm", srv.URL+"/feed"); err != nil || !strings.Contains(out, "its articles stay") {
		t.Fatalf("feeds rm: %v %s", err, out)
	}
	if n := countArticles(t, db); n != 1 {
		t.Fatalf("%d articles after unsubscribing, want 1 kept", n)
	}
	runArgs(t, "--db", db, "add", srv.URL+"/feed")
	runArgs(t, "--db", db, "refresh")
	if out, _, err := runArgs(t, "--db", db, "feeds", "rm", "--articles", srv.URL+"/feed"); err != nil || !strings.Contains(out, "removed its 1 article\n") {
		t.Fatalf("feeds rm --articles: %v %s", err, out)
	}
	if n := countArticles(t, db); n != 0 {
		t.Fatalf("%d articles after removing the feed with its articles", n)
	}
}

func countArticles(t *testing.T, db string) int {
	t.Helper()
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n, _ := st.Count(context.Background())
	return n
}

// rm removes the articles of a file after asking, and nothing else.
func TestRmAsksAndRemovesOnlyThatArticle(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	a := writeFile(t, dir, "a.txt", goodArticle)
	b := writeFile(t, dir, "b.txt", strings.Replace(goodArticle, "Monday", "Tuesday", 1))
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := articles.ReadPaths([]string{a, b})
	if _, errs := ingest.ImportFiles(context.Background(), st, files, nil); len(errs) > 0 {
		t.Fatal(errs)
	}
	st.Close()
	defer func() { stdin = os.Stdin }()
	stdin = strings.NewReader("n\n")
	if out, _, err := runArgs(t, "--db", db, "rm", a); err != nil || !strings.Contains(out, "[y/N]") || !strings.Contains(out, "nothing removed") {
		t.Fatalf("rm answered no: %v %s", err, out)
	}
	if n := countArticles(t, db); n != 2 {
		t.Fatalf("%d articles after answering no", n)
	}
	stdin = strings.NewReader("y\n")
	if out, _, err := runArgs(t, "--db", db, "rm", a); err != nil || !strings.Contains(out, "removed 1 article\n") {
		t.Fatalf("rm answered yes: %v %s", err, out)
	}
	if n := countArticles(t, db); n != 1 {
		t.Fatalf("%d articles after removing one of 2", n)
	}
	if _, _, err := runArgs(t, "--db", db, "rm", "-y", a); err == nil || !strings.Contains(err.Error(), "no stored article") {
		t.Fatalf("rm of a removed file: %v", err)
	}
}

// export exits non-zero when a file could not be read, after printing the rest.
func TestExportExitsNonZeroWhenAFileFailed(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", goodArticle)
	empty := writeFile(t, dir, "empty.txt", "")
	out, errOut, err := runArgs(t, "export", "--json", good, empty)
	if err == nil || !strings.Contains(out, `"articles"`) || !strings.Contains(errOut, "empty.txt") {
		t.Fatalf("export with a bad file: err %v\n%s\n%s", err, out, errOut)
	}
}
