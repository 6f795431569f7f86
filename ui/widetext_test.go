package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"

	"reader/articles"
	"reader/store"
	"reader/store/ingest"
)

// Wide and complex text: CJK, emoji with skin tones and ZWJ sequences,
// flags, combining marks, Hebrew and Arabic, tabs and one very long line.
var (
	wideCJK      = "東京の港で新しい橋が開通した。市は四千万ユーロを投じたと発表した。"
	wideEmoji    = "Crowds cheered 👍🏽 👩‍👩‍👧‍👦 🧑🏿‍🔧 🇫🇷 🏳️‍🌈 ❤️"
	wideCombined = "Zalgo Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o and café naïve re\u0301sume\u0301 ṩ"
	wideHebrew   = "שלום עולם, הגשר נפתח מחדש"
	wideArabic   = "مرحبا بالعالم، أعيد فتح الجسر"
	wideTabs     = "Column\tone\t\ttwo\tthree"
	wideLong     = strings.Repeat("長", 2000) + strings.Repeat("x", 8000) + strings.Repeat("👍🏽", 1000) + strings.Repeat("é", 4000) + " " + strings.Repeat("word ", 1000)
)

// wideArticle is the i-th report of one event, carrying the wide texts in
// its title, outlet, author, paragraphs and list.
func wideArticle(i int) articles.RawFile {
	text := fmt.Sprintf(`---
title: 港の橋 %[2]s reopens 👩‍👩‍👧‍👦 after repair %[1]d
source: 東京新聞 %[3]s %[1]d
author: %[4]s
---

%[5]s

The harbour bridge reopened to traffic on Monday after a two-year repair that cost 40 million euros, the city council said. %[2]s

Engineers replaced the deck and strengthened the towers, said chief engineer Maria Lopes. %[6]s %[7]s

- %[8]s
- %[4]s and %[3]s

%[9]s

Traffic is expected to return to normal by the end of the week, the council said. %[10]s
`, i, wideCJK, wideHebrew, wideArabic, wideCJK+" "+wideEmoji, wideCombined, wideTabs, wideEmoji, wideLong, wideCombined)
	return articles.RawFile{Name: fmt.Sprintf("wide-%d 港.txt", i), Data: []byte(text)}
}

// wideModel is a model on a store holding three wide reports of one event.
func wideModel(t *testing.T, w, h int) (Model, *store.Store) {
	t.Helper()
	st, err := store.Open(store.Memory)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	files := []articles.RawFile{wideArticle(1), wideArticle(2), wideArticle(3)}
	if _, errs := ingest.ImportFiles(context.Background(), st, files, nil); len(errs) > 0 {
		t.Fatal(errs)
	}
	m := New(Deps{Store: st})
	m = send(t, m, tea.WindowSizeMsg{Width: w, Height: h})
	return run(t, m, m.Init()), st
}

// storedGraphemes are the grapheme clusters of the articles as the store
// gives them to the UI, sanitized: what the screen may show whole.
func storedGraphemes(t *testing.T, st *store.Store) map[string]bool {
	t.Helper()
	ctx := context.Background()
	sums, err := st.Summaries(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, sum := range sums {
		a, err := st.Article(ctx, sum.ID)
		if err != nil {
			t.Fatal(err)
		}
		texts := []string{a.Title, a.Source, a.Author, a.File}
		for _, b := range a.Body {
			texts = append(texts, b.Text)
		}
		for _, r := range a.Removed { // shown with r
			texts = append(texts, r.Text)
		}
		for _, s := range texts {
			g := uniseg.NewGraphemes(articles.Sanitize(s, false))
			for g.Next() {
				out[g.Str()] = true
			}
		}
	}
	return out
}

// isExtender is a rune that only makes sense attached to the one before it.
func isExtender(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me) || r == 0x200d || (r >= 0x1f3fb && r <= 0x1f3ff) || r == 0xfe0f
}

// checkWideFrame asserts every line is exactly w cells of valid UTF-8, with
// no replacement character and no grapheme cluster the source did not have
// (a cut one: a combining mark, modifier or joiner torn from its base).
func checkWideFrame(t *testing.T, step, view string, w, h int, known map[string]bool) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) != h {
		t.Fatalf("%dx%d %s: %d lines", w, h, step, len(lines))
	}
	for i, l := range lines {
		if got := ansi.StringWidth(l); got != w {
			t.Fatalf("%dx%d %s: line %d is %d cells, want %d:\n%s", w, h, step, i, got, w, view)
		}
		if !utf8.ValidString(l) || strings.ContainsRune(l, utf8.RuneError) {
			t.Fatalf("%dx%d %s: line %d is not clean UTF-8: %q", w, h, step, i, l)
		}
		g := uniseg.NewGraphemes(l)
		for g.Next() {
			c := g.Str()
			rs := []rune(c)
			if len(rs) == 1 && !isExtender(rs[0]) || known[c] {
				continue
			}
			t.Fatalf("%dx%d %s: line %d holds a cut grapheme %q (%U):\n%s", w, h, step, i, c, rs, view)
		}
	}
}

// separatorColumns are the cell offsets of the column rules in a line.
func separatorColumns(line string) []int {
	line = strings.ReplaceAll(line, "┃", "│") // the focused pane's rule is heavier
	var out []int
	for i := strings.Index(line, "│"); i >= 0; {
		out = append(out, ansi.StringWidth(line[:i]))
		j := strings.Index(line[i+len("│"):], "│")
		if j < 0 {
			break
		}
		i += len("│") + j
	}
	return out
}

// checkColumns asserts the rules between panes or columns stand at the same
// cell offset on every line that has them.
func checkColumns(t *testing.T, step, view string, minLines int) {
	t.Helper()
	var want []int
	n := 0
	for i, l := range strings.Split(view, "\n") {
		cols := separatorColumns(l)
		if len(cols) == 0 {
			continue
		}
		n++
		if want == nil {
			want = cols
			continue
		}
		if fmt.Sprint(cols) != fmt.Sprint(want) {
			t.Fatalf("%s: line %d has rules at %v, the first ruled line at %v:\n%s", step, i, cols, want, view)
		}
	}
	if n < minLines {
		t.Fatalf("%s: only %d ruled lines:\n%s", step, n, view)
	}
}

func TestWideAndComplexTextFitsTheScreen(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {43, 12}} {
		w, h := sz[0], sz[1]
		m, st := wideModel(t, w, h)
		known := storedGraphemes(t, st)
		if m.list.Len() != 1 {
			t.Fatalf("%dx%d: the three reports are %d events, want one", w, h, m.list.Len())
		}
		frame := func(step string) string {
			t.Helper()
			v := m.View()
			checkWideFrame(t, step, v, w, h, known)
			return v
		}
		v := frame("list")
		checkColumns(t, "list", v, h-3)
		if !strings.Contains(v, "港の橋") {
			t.Fatalf("%dx%d: the wide title is not listed:\n%s", w, h, v)
		}
		m = keys(t, m, "l")
		checkColumns(t, "expanded", frame("expanded"), h-3)
		shown := map[string]bool{}
		for _, step := range []string{"j", "enter", "j", "j", "G", "k", "r", "g", "j", "j", "j", "j", "j", "j", "j", "j", "pgdown", "pgdown", "pgdown", "G"} {
			if step == "pgdown" {
				m = send(t, m, tea.KeyMsg{Type: tea.KeyPgDown})
			} else {
				m = keys(t, m, step)
			}
			v := frame("article " + step)
			checkColumns(t, "article "+step, v, h-3)
			for _, s := range []string{"東京の港", "👩‍👩‍👧‍👦", "🧑🏿‍🔧", "Z̤͔ͧ̑̓", "שלום", "مرحبا", "Column one", "長長長"} {
				if strings.Contains(v, s) {
					shown[s] = true
				}
			}
			if strings.Contains(v, "\t") {
				t.Fatalf("%dx%d: a tab reached the screen", w, h)
			}
		}
		if w >= 80 && len(shown) < 8 {
			t.Errorf("%dx%d: the article showed only %v of the wide texts", w, h, shown)
		}
		m = keys(t, m, "esc", "h", "c")
		if !m.comparing {
			t.Fatalf("%dx%d: no comparison", w, h)
		}
		for _, step := range []string{"", "n", "j", "j", "pgdown", "pgdown", "G", "l", "g", "f", "G"} {
			switch step {
			case "":
			case "pgdown":
				m = send(t, m, tea.KeyMsg{Type: tea.KeyPgDown})
			default:
				m = keys(t, m, step)
			}
			v := frame("compare " + step)
			if m.compare.mode == modeSides && len(m.compare.ShownSources()) > 1 {
				checkColumns(t, "compare "+step, v, 2)
			}
		}
	}
}

// TestTinyTerminalAndBack resizes to 1x1 and back: no panic, and the screen
// after is the one before.
func TestTinyTerminalAndBack(t *testing.T) {
	for _, open := range [][]string{nil, {"l", "j", "enter", "r"}, {"c"}, {"c", "f", "n"}, {"?"}} {
		m, _ := newTestModel(t, 80, 24)
		m = keys(t, m, open...)
		before := m.View()
		for _, sz := range [][2]int{{1, 1}, {0, 0}, {2, 1}, {1, 30}, {300, 1}, {80, 24}} {
			m = send(t, m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			v := m.View()
			if sz[0] > 0 && sz[1] > 0 {
				checkFrame(t, v, sz[0], sz[1])
			}
		}
		if after := m.View(); after != before {
			t.Fatalf("after %v, 1x1 and back to 80x24 changed the screen:\nbefore\n%s\nafter\n%s", open, before, after)
		}
	}
}
