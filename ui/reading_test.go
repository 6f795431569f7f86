package ui

import (
	"bytes"
	"context"
	"github.com/charmbracelet/x/ansi"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"reader/articles"
	"reader/articles/feeds"
	"reader/store"
	"reader/store/ingest"
)

func ctrlF() tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyCtrlF} }

func TestSearchShowsRankedHitsAndMarksWords(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = send(t, m, ctrlF())
	m = keys(t, m, "b", "a", "c", "k", "d", "o", "o", "r", "s", "enter")
	v := m.View()
	if !strings.Contains(v, "search: backdoors") || !strings.Contains(v, "matches for") {
		t.Fatalf("search header/status:\n%s", v)
	}
	if m.list.Len() != 2 {
		t.Fatalf("%d hits, want the 2 articles that say backdoors", m.list.Len())
	}
	if len(m.article.highlight) != 1 || m.article.highlight[0] != "backdoors" {
		t.Fatalf("article highlight = %v", m.article.highlight)
	}
	m = keys(t, m, "esc", "esc") // the hit's article, then the search
	if m.prompt.Query() != "" || !strings.Contains(m.View(), " src") {
		t.Fatal("esc did not return to the story list")
	}
}

func TestUnreadOnlyAndMarkAllRead(t *testing.T) {
	m, st := newTestModel(t, 100, 30)
	m = keys(t, m, "l", "j", "enter", "esc")
	_, read := m.list.Selected()
	m = keys(t, m, "U")
	if !strings.Contains(m.View(), "unread only") || m.list.Counts().articles != 4 {
		t.Fatalf("unread-only filter:\n%s", m.View())
	}
	for _, ev := range m.list.events {
		for _, a := range ev.Articles {
			if a.ID == read.ID {
				t.Fatalf("the article read is listed under unread only:\n%s", m.View())
			}
		}
	}
	m = keys(t, m, "U", "A")
	unread, _ := st.Summaries(context.Background(), store.Filter{UnreadOnly: true})
	if len(unread) != 0 || !strings.Contains(m.View(), "Marked 4 articles read") {
		t.Fatalf("mark all read left %d unread:\n%s", len(unread), m.View())
	}
	m = keys(t, m, "O")
	if !strings.Contains(m.View(), "outlet: FrAndroid") {
		t.Fatalf("outlet filter:\n%s", m.View())
	}
}

func TestLinksOpenAndCopy(t *testing.T) {
	st, _ := store.Open(store.Memory)
	defer st.Close()
	a, _ := articles.Parse(articles.RawFile{Name: "x.txt", Data: []byte("---\nurl: https://news.example/story\n---\nA headline about a story\n\nA body paragraph that is long enough to be prose.")})
	ingest.Import(context.Background(), st, []articles.Article{a})
	var clip bytes.Buffer
	m := New(Deps{Store: st, Clipboard: &clip})
	m = send(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = run(t, m, m.Init())
	m = keys(t, m, "y")
	if !strings.Contains(clip.String(), "\x1b]52;c;") || !strings.Contains(m.View(), "Copied the link") {
		t.Fatalf("OSC 52 copy: %q\n%s", clip.String(), m.View())
	}
	t.Setenv("BROWSER", "true") // a command that exists and does nothing
	m = keys(t, m, "o")
	if !strings.Contains(m.View(), "Opened the link") {
		t.Fatalf("open:\n%s", m.View())
	}
	// The built-in articles have no URL, and say so.
	b, _ := newTestModel(t, 100, 30)
	b = keys(t, b, "y")
	if !strings.Contains(b.View(), "no link") {
		t.Fatal("no-link message missing")
	}
}

func TestRefreshFromTheUI(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed" {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Town Crier</title>
<item><title>Town hall clock fixed</title><link>http://` + r.Host + `/clock</link><guid>c</guid><pubDate>Mon, 03 Jun 2024 09:30:00 GMT</pubDate>
<description><![CDATA[<p>` + strings.Repeat("The town hall clock was repaired on Monday after three silent months, the mayor said. ", 10) + `</p>]]></description></item></channel></rss>`))
	}))
	defer srv.Close()
	st, _ := store.Open(store.Memory)
	defer st.Close()
	st.AddFeed(context.Background(), srv.URL+"/feed")
	st.AddFeed(context.Background(), srv.URL+"/broken")
	m := New(Deps{Store: st, Fetcher: feeds.Fetcher{Client: http.DefaultClient, Timeout: time.Second, MaxBytes: 1 << 20, Workers: 2}})
	m = send(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = run(t, m, m.Init())
	m = keys(t, m, "R")
	v := m.View()
	if !strings.Contains(v, "Town hall clock fixed") || !strings.Contains(v, "2 feeds: 1 new") || !strings.Contains(v, "/broken: HTTP 404") {
		t.Fatalf("after refresh:\n%s", v)
	}
}

func TestConfiguredKeysAndFocus(t *testing.T) {
	st, _ := store.Open(store.Memory)
	defer st.Close()
	ingest.ImportFiles(context.Background(), st, articles.Builtin(), nil)
	m := New(Deps{Store: st, Keys: map[string][]string{"star": {"*"}}, StartFocus: "article"})
	m = send(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = run(t, m, m.Init())
	if m.focus != focusArticle {
		t.Fatal("start_focus = article not honoured")
	}
	m = keys(t, m, "s")
	if strings.Contains(m.View(), "★") {
		t.Fatal("the old star key still works")
	}
	m = keys(t, m, "*")
	if !strings.Contains(m.View(), "★") {
		t.Fatalf("the configured star key does not:\n%s", m.View())
	}
	if err := CheckKeys(map[string][]string{"fly": {"f"}}); err == nil {
		t.Fatal("unknown action accepted")
	}
}

func TestMarkWordsStylesOnlyMatches(t *testing.T) {
	st := newStyles(nil, false)
	st.match = st.match.SetString("") // keep the test independent of the colour profile
	plain := markWords("Port strike ends", nil, &st)
	if plain != "Port strike ends" {
		t.Fatalf("no search changed the text: %q", plain)
	}
	marked := markWords("Port strike ends, striker says", []string{"strike"}, &st)
	if ansi.Strip(marked) != "Port strike ends, striker says" {
		t.Fatalf("marking changed the words: %q", ansi.Strip(marked))
	}
}
