package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"reader/articles"
	"reader/store"
)

// wordsPerMinute is the reading speed behind "N min read".
const wordsPerMinute = 230

// readingWidth is the widest the article's text is set; a wider pane
// centres it, as a page is.
const readingWidth = 80

// articlePane shows one cleaned article under a header, in a scrolling
// viewport. The body is wrapped only when the article, the width or the
// removed-lines toggle changes, never on scrolling.
type articlePane struct {
	keys        keyMap
	st          *styles
	vp          viewport.Model
	summary     *store.Summary
	article     *articles.Article
	loading     bool
	showRemoved bool
	focused     bool
	width       int
	height      int
	header      string
	wrappedFor  string   // cache key of the viewport content
	highlight   []string // search words to mark in the body
	matches     []int    // body lines holding a search word
	match       int      // index into matches of the one shown, -1 before the first
	margin      int      // columns left of the text
}

func newArticlePane(keys keyMap, st *styles) articlePane {
	vp := viewport.New(0, 0)
	vp.MouseWheelEnabled = true
	vp.MouseWheelDelta = 3
	return articlePane{keys: keys, st: st, vp: vp}
}

// SetSize sets the pane's outer size and rewraps if the width changed.
func (p *articlePane) SetSize(w, h int) {
	p.width, p.height = w, h
	p.render()
}

// Focus and Blur say whether keys go to this pane.
func (p *articlePane) Focus() { p.focused = true }
func (p *articlePane) Blur()  { p.focused = false }

// SetLoading shows the summary's header while the body loads.
func (p *articlePane) SetLoading(sum store.Summary) {
	if p.summary != nil && p.summary.ID == sum.ID && p.article != nil {
		p.summary = &sum
		return
	}
	p.summary, p.article, p.loading = &sum, nil, true
	p.render()
}

// SetArticle shows a loaded article from the top, or at its first
// search match when a search is shown.
func (p *articlePane) SetArticle(sum store.Summary, a articles.Article) {
	p.summary, p.article, p.loading = &sum, &a, false
	p.render()
	p.vp.GotoTop()
	p.match = -1
	if len(p.highlight) > 0 {
		p.JumpMatch(1)
	}
}

// Clear empties the pane: nothing is selected.
func (p *articlePane) Clear() {
	p.summary, p.article, p.loading = nil, nil, false
	p.render()
}

// JumpMatch scrolls to the next (dir 1) or previous (dir -1) line
// holding a search word, round the end.
func (p *articlePane) JumpMatch(dir int) {
	if len(p.matches) == 0 {
		return
	}
	p.match += dir
	switch {
	case p.match >= len(p.matches):
		p.match = 0
	case p.match < 0:
		p.match = len(p.matches) - 1
	}
	p.vp.SetYOffset(max(0, p.matches[p.match]-1))
}

// MatchPosition is the shown match and how many lines hold one (0, 0
// without a search).
func (p articlePane) MatchPosition() (int, int) { return p.match + 1, len(p.matches) }

// SetSummary refreshes the marks shown for the current article.
func (p *articlePane) SetSummary(sum store.Summary) {
	if p.summary != nil && p.summary.ID == sum.ID {
		p.summary = &sum
		p.render() // the header shows the marks; the body stays cached
	}
}

// ToggleRemoved shows or hides the lines the cleaner removed.
func (p *articlePane) ToggleRemoved() {
	p.showRemoved = !p.showRemoved
	p.render()
}

// SetHighlight marks the words of a search in the body (nil for none).
func (p *articlePane) SetHighlight(words []string) {
	p.highlight = words
	p.render()
}

// Article is the loaded article shown, if any.
func (p articlePane) Article() *articles.Article { return p.article }

// Current is the article shown, if any.
func (p articlePane) Current() *store.Summary { return p.summary }

// Update scrolls.
func (p articlePane) Update(msg tea.Msg) (articlePane, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, p.keys.Up):
			p.vp.LineUp(1)
		case key.Matches(msg, p.keys.Down):
			p.vp.LineDown(1)
		case key.Matches(msg, p.keys.PageUp):
			p.vp.ViewUp()
		case key.Matches(msg, p.keys.PageDown):
			p.vp.ViewDown()
		case key.Matches(msg, p.keys.Top):
			p.vp.GotoTop()
		case key.Matches(msg, p.keys.Bottom):
			p.vp.GotoBottom()
		}
		return p, nil
	case tea.MouseMsg:
		var cmd tea.Cmd
		p.vp, cmd = p.vp.Update(msg)
		return p, cmd
	}
	return p, nil
}

// render rebuilds header and body for the current width, when needed.
func (p *articlePane) render() {
	w := max(1, min(readingWidth, p.width-2)) // at least one column of margin each side
	p.margin = 1 + (p.width-2-w)/2
	key := fmt.Sprintf("%d/%d/%v/%v/%q", w, p.height, p.showRemoved, p.loading, p.highlight)
	if p.summary != nil {
		key += "/" + p.summary.Hash
	}
	p.header = p.renderHeader(w)
	headerLines := strings.Count(p.header, "\n") + 1
	if p.summary == nil {
		headerLines = 0
	}
	p.vp.Width, p.vp.Height = w, max(0, p.height-headerLines)
	if key == p.wrappedFor {
		return
	}
	p.wrappedFor = key
	p.matches = nil
	switch {
	case p.summary == nil:
		p.vp.SetContent(p.st.hint.Render(ansi.Wrap("Nothing selected.", w, "")))
	case p.loading || p.article == nil:
		p.vp.SetContent(p.st.hint.Render("Loading…"))
	default:
		body := renderBody(*p.article, w, p.showRemoved, p.highlight, p.st)
		p.vp.SetContent(body)
		p.matches = matchLines(body, p.highlight)
	}
}

func (p articlePane) renderHeader(w int) string {
	if p.summary == nil {
		return ""
	}
	sum := p.summary
	title := articles.Sanitize(sum.Title, false)
	style := p.st.title
	if sum.TitleDerived {
		style = p.st.titleDerived
	}
	titleLines := strings.Split(ansi.Wrap(title, w, ""), "\n")
	if len(titleLines) > 2 {
		titleLines = titleLines[:2]
		titleLines[1] = ansi.Truncate(titleLines[1], w-1, "") + "…"
	}
	var meta []string
	if p.article != nil {
		meta = articleMeta(*p.article, *sum, p.st)
	} else {
		meta = []string{p.st.meta.Render(sourceName(*sum))}
	}
	sep, room := p.st.meta.Render(" · "), w
	if sum.Starred {
		room -= 4 // "★ · "
	}
	if len(meta) > 1 && ansi.StringWidth(strings.Join(meta, sep)) > room {
		// Too narrow: the source's name gives way, the reading time stays.
		tail := sep + meta[1]
		meta = []string{ansi.Truncate(meta[0], max(4, room-ansi.StringWidth(tail)), "…") + tail}
	}
	if sum.Starred { // first, so a narrow pane does not cut it off
		meta = append([]string{p.st.starMark.Render("★")}, meta...)
	}
	lines := []string{}
	for _, l := range titleLines {
		lines = append(lines, style.Render(l))
	}
	metaLine := ansi.Truncate(strings.Join(meta, sep), w, "…")
	lines = append(lines, metaLine, p.st.meta.Render(strings.Repeat("─", w)))
	return strings.Join(lines, "\n")
}

// articleMeta lists what is known: source, reading time, author, date;
// what is not known is left out rather than said.
func articleMeta(a articles.Article, sum store.Summary, st *styles) []string {
	minutes := max(1, (sum.Words+wordsPerMinute-1)/wordsPerMinute)
	out := []string{st.meta.Render(articles.SourceName(a.Source, sum.File)), st.meta.Render(fmt.Sprintf("%d min read", minutes))}
	if a.Author != "" {
		out = append(out, st.meta.Render(articles.Sanitize(a.Author, false)))
	}
	if !a.Published.IsZero() {
		out = append(out, st.meta.Render(a.Published.Format("2 Jan 2006")))
	}
	if a.TitleDerived {
		out = append(out, st.metaUnknown.Render("headline derived"))
	}
	return out
}

// View draws the header and the viewport, exactly height lines of width cells.
func (p articlePane) View() string {
	body := p.vp.View()
	if p.summary != nil {
		body = p.header + "\n" + body
	}
	return fitLines(indent(body, p.margin), p.width, p.height)
}

// indent gives the text a left margin of n columns.
func indent(s string, n int) string {
	pad := strings.Repeat(" ", n)
	return pad + strings.ReplaceAll(s, "\n", "\n"+pad)
}

// ShortHelp and FullHelp list the article's own keys.
func (p articlePane) ShortHelp() []key.Binding {
	return []key.Binding{p.keys.Up, p.keys.Down, p.keys.PageDown, p.keys.ShowRemoved, p.keys.Back}
}

func (p articlePane) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }
