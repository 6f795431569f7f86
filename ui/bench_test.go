package ui

import (
	"fmt"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"reader/store"
	"reader/store/storetest"
)

// The stores of generated articles are built once per machine (the 100k
// one takes a minute or two) and kept in the temporary folder.
var benchSizes = []int{10000, 100000}

// BenchmarkFirstFrame opens a store and draws the first full frame: open
// the file, build the model, read the first page of the list, lay out and
// draw. The rest of the list is read afterwards, in the background.
func BenchmarkFirstFrame(b *testing.B) {
	for _, n := range benchSizes {
		path := storetest.Path(b, n)
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				st, err := store.Open(path)
				if err != nil {
					b.Fatal(err)
				}
				m := New(Deps{Store: st})
				next, _ := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
				msg := m.loadEvents(m.status.ID(jobList))().(eventsLoadedMsg)
				next, _ = next.(Model).Update(msg)
				if view := next.(Model).View(); len(view) == 0 || len(next.(Model).list.rows) == 0 {
					b.Fatal("no first frame")
				}
				st.Close()
			}
		})
	}
}

// BenchmarkKeypress is one key in the list or the article, Update and
// View, with the whole list loaded, at a small and a large terminal.
func BenchmarkKeypress(b *testing.B) {
	down, up := tea.KeyMsg{Type: tea.KeyDown}, tea.KeyMsg{Type: tea.KeyUp}
	for _, n := range benchSizes {
		st := storetest.Open(b, n)
		for _, size := range [][2]int{{80, 24}, {240, 70}} {
			m := New(Deps{Store: st})
			next, _ := m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			next, cmd := next.(Model).Update(m.loadAllEvents(m.status.ID(jobList))().(eventsLoadedMsg))
			next, _ = next.(Model).Update(articleMsg(cmd))
			list := next.(Model)
			next, _ = list.Update(tea.KeyMsg{Type: tea.KeyEnter})
			article := next.(Model)
			if article.focus != focusArticle || article.article.article == nil {
				b.Fatal("the article did not open")
			}
			for _, pane := range []struct {
				name string
				m    Model
			}{{"list", list}, {"article", article}} {
				b.Run(fmt.Sprintf("%s/%dk/%dx%d", pane.name, n/1000, size[0], size[1]), func(b *testing.B) {
					m := pane.m
					for i := 0; i < b.N; i++ {
						k := down
						if i%2 == 1 {
							k = up
						}
						next, _ := m.Update(k)
						m = next.(Model)
						_ = m.View()
					}
				})
			}
		}
	}
}

// articleMsg runs the article load a command asked for, if it did.
func articleMsg(cmd tea.Cmd) tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			if a := articleMsg(c); a != nil {
				return a
			}
		}
	case articleLoadedMsg:
		return msg
	}
	return nil
}
