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
	"reader/articles/hostiletest"
	"reader/store"
)

// TestHostileTextNeverReachesTheScreen imports files whose names, front
// matter, headlines, paragraphs, lists and removed lines carry every hostile
// payload, and a feed whose fields do, and walks every screen: the list, the
// expanded list, the article, the removed lines, help, the comparison side by
// side and as facts, the outlet filter, the list filter (typed and pasted),
// search results, and the status bar naming bad files.
func TestHostileTextNeverReachesTheScreen(t *testing.T) {
	dir := t.TempDir()
	good, bad, err := hostiletest.Files(dir)
	if err != nil {
		t.Fatal(err)
	}
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed" {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(hostiletest.FeedJSON(srv.URL)))
	}))
	defer srv.Close()
	st, err := store.Open(store.Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	st.AddFeed(ctx, srv.URL+"/feed")
	st.AddFeed(ctx, srv.URL+"/gone\x1b[2J\u202e")

	for _, size := range [][2]int{{100, 30}, {160, 45}} {
		w, h := size[0], size[1]
		m := New(Deps{Store: st, Paths: []string{dir},
			Fetcher: feeds.Fetcher{Client: http.DefaultClient, Timeout: 5 * time.Second, MaxBytes: 1 << 20, Workers: 2}})
		m = send(t, m, tea.WindowSizeMsg{Width: w, Height: h})
		m = run(t, m, m.Init())
		screen := func(step string) string {
			t.Helper()
			v := m.View()
			if err := hostiletest.Check(v); err != nil {
				t.Fatalf("%dx%d after %s: %v\n%s", w, h, step, err, v)
			}
			checkFrame(t, v, w, h)
			return v
		}
		v := screen("import")
		if w == 100 {
			if len(m.ImportErrors()) != len(bad) || !strings.Contains(v, "✗ ") {
				t.Fatalf("bad files not reported: %v\n%s", m.ImportErrors(), v)
			}
			if n, _ := st.Count(ctx); n != len(good) {
				t.Fatalf("%d articles stored of %d", n, len(good))
			}
		}
		steps := []struct {
			name string
			msgs []tea.Msg
		}{
			{"expand", keyMsgs("l")},
			{"move", keyMsgs("j", "j", "j")},
			{"read", keyMsgs("enter")},
			{"removed lines", keyMsgs("r", "G")},
			{"back", keyMsgs("esc")},
			{"help", keyMsgs("?")},
			{"help off", keyMsgs("?")},
			{"compare", keyMsgs("c")},
			{"next difference", keyMsgs("n", "n")},
			{"more sources", keyMsgs("l", "l")},
			{"facts", keyMsgs("f", "G")},
			{"leave compare", keyMsgs("esc")},
			{"refresh", keyMsgs("R")},
			{"every outlet", nil},
			{"filter typed", keyMsgs("/", "d", "a", "m")},
			{"filter pasted", []tea.Msg{tea.KeyMsg{Type: tea.KeyRunes, Paste: true, Runes: []rune(" \x1b[2J\u202e\u2066")}}},
			{"filter kept", keyMsgs("enter")},
			{"filter cleared", keyMsgs("/", "esc")},
			{"search", append(append([]tea.Msg{ctrlF()}, keyMsgs("b", "r", "i", "d", "g", "e")...),
				tea.KeyMsg{Type: tea.KeyRunes, Paste: true, Runes: []rune("\u202e")}, tea.KeyMsg{Type: tea.KeyEnter})},
			{"search hit", keyMsgs("j", "enter", "r")},
			{"search feed items", append(append(keyMsgs("esc", "esc"), ctrlF()), append(keyMsgs("r", "e", "s", "e", "r", "v", "o", "i", "r"), tea.KeyMsg{Type: tea.KeyEnter})...)},
			{"compare feed event", keyMsgs("esc", "esc", "g", "c", "f")},
		}
		for _, s := range steps {
			if s.name == "every outlet" { // one screen per outlet, then all again
				outlets := 0
				for m = keys(t, m, "O"); m.views.Filter().Source != "" && outlets < 100; m = keys(t, m, "O") {
					screen("outlet " + m.views.Filter().Source)
					outlets++
				}
				if outlets < len(hostiletest.Payloads) {
					t.Errorf("%dx%d: cycled through %d outlets", w, h, outlets)
				}
				continue
			}
			for _, msg := range s.msgs {
				m = send(t, m, msg)
			}
			v = screen(s.name)
			switch s.name {
			case "removed lines":
				if a := m.article.Article(); a != nil && len(a.Removed) > 0 && !strings.Contains(v, "removed (") {
					t.Errorf("%dx%d: no removed lines shown:\n%s", w, h, v)
				}
			case "compare", "compare feed event":
				if !m.comparing {
					t.Errorf("%dx%d: %s did not open the comparison:\n%s", w, h, s.name, v)
				}
			case "refresh":
				if !strings.Contains(v, "2 feeds: ") || !strings.Contains(v, "Valley dam") {
					t.Errorf("%dx%d: refresh did not bring the feed:\n%s", w, h, v)
				}
			case "search":
				if m.prompt.Query() == "" || m.list.Len() == 0 {
					t.Errorf("%dx%d: search found nothing:\n%s", w, h, v)
				}
			}
		}
	}
}

// keyMsgs turns key names into key messages, as keys does.
func keyMsgs(ks ...string) []tea.Msg {
	out := make([]tea.Msg, 0, len(ks))
	for _, k := range ks {
		switch k {
		case "enter":
			out = append(out, tea.KeyMsg{Type: tea.KeyEnter})
		case "esc":
			out = append(out, tea.KeyMsg{Type: tea.KeyEsc})
		case "tab":
			out = append(out, tea.KeyMsg{Type: tea.KeyTab})
		default:
			out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)})
		}
	}
	return out
}
