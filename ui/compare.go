package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"reader/articles/compare"
)

// minColumn is the narrowest a source column may be; at 80 columns two fit.
const minColumn = 28

// compareMode is what the compare pane shows.
type compareMode int

const (
	modeSides compareMode = iota
	modeFacts
)

// comparePane shows one event's sources side by side, passage by passage,
// or as a table of facts. Everything is laid out once per change of width,
// mode or shown sources; scrolling only moves an offset.
type comparePane struct {
	keys    keyMap
	st      *styles
	cmp     compare.Comparison
	mode    compareMode
	hidden  map[int]bool // sources the user hid
	first   int          // first visible source column
	offset  int          // first visible body line
	diff    int          // index into diffs of the current difference, -1 before the first jump
	cursor  int          // the fact under the cursor in the facts table
	detail  bool         // the fact under the cursor is open
	width   int
	height  int
	focused bool

	// layout, rebuilt by relayout
	shown []int    // source indexes drawn, in order
	head  []string // header lines above the scrolling body
	lines []string // body lines
	diffs []int    // body line of each difference
}

func newComparePane(keys keyMap, st *styles) comparePane {
	return comparePane{keys: keys, st: st, hidden: map[int]bool{}, diff: -1}
}

// SetSize sets the pane's size and lays it out again.
func (p *comparePane) SetSize(w, h int) {
	if w == p.width && h == p.height {
		return
	}
	p.width, p.height = w, h
	p.relayout()
}

// SetComparison shows a new comparison from the top.
func (p *comparePane) SetComparison(c compare.Comparison) {
	p.cmp = c
	p.hidden = map[int]bool{}
	p.first, p.offset, p.diff, p.cursor, p.detail = 0, 0, -1, 0, false
	p.relayout()
}

// Detail reports whether a fact is open; CloseDetail goes back to the table.
func (p comparePane) Detail() bool { return p.detail }

// CloseDetail closes the open fact.
func (p *comparePane) CloseDetail() {
	p.detail = false
	p.relayout()
	p.showCursor()
}

// Focus and Blur say whether keys go to this pane.
func (p *comparePane) Focus() { p.focused = true }
func (p *comparePane) Blur()  { p.focused = false }

// Update handles the compare keys: mode, sources, scrolling, differences.
func (p comparePane) Update(msg tea.Msg) (comparePane, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			p.scroll(-3)
		case tea.MouseButtonWheelDown:
			p.scroll(3)
		}
	case tea.KeyMsg:
		p.handleKey(msg)
	}
	return p, nil
}

func (p *comparePane) handleKey(msg tea.KeyMsg) {
	k := p.keys
	if p.mode == modeFacts && !p.detail && p.factKey(msg) {
		return
	}
	switch {
	case key.Matches(msg, k.ToggleFacts):
		p.mode = 1 - p.mode
		p.offset, p.diff, p.detail = 0, -1, false
		p.relayout()
	case key.Matches(msg, k.Up):
		p.scroll(-1)
	case key.Matches(msg, k.Down):
		p.scroll(1)
	case key.Matches(msg, k.PageUp):
		p.scroll(-p.bodyHeight())
	case key.Matches(msg, k.PageDown):
		p.scroll(p.bodyHeight())
	case key.Matches(msg, k.Top):
		p.offset = 0
	case key.Matches(msg, k.Bottom):
		p.scroll(len(p.lines))
	case key.Matches(msg, k.NextDiff):
		p.jump(1)
	case key.Matches(msg, k.PrevDiff):
		p.jump(-1)
	case key.Matches(msg, k.NextSources):
		p.moveColumns(1)
	case key.Matches(msg, k.PrevSources):
		p.moveColumns(-1)
	case key.Matches(msg, k.AllSources):
		p.hidden = map[int]bool{}
		p.first = 0
		p.relayout()
	case key.Matches(msg, k.PickSource):
		i := slices.Index(k.PickSource.Keys(), msg.String()) // the nth key shows or hides the nth source
		if i >= 0 && i < len(p.cmp.Columns) {
			p.hidden[i] = !p.hidden[i]
			if len(p.visibleSources()) == 0 {
				p.hidden[i] = false // one source at least stays
			}
			p.relayout()
		}
	}
}

func (p *comparePane) scroll(n int) {
	p.offset = max(0, min(p.offset+n, len(p.lines)-p.bodyHeight()))
}

// jump scrolls to the next (dir 1) or previous (dir -1) difference.
func (p *comparePane) jump(dir int) {
	if len(p.diffs) == 0 {
		return
	}
	p.diff += dir
	if p.diff >= len(p.diffs) {
		p.diff = 0
	}
	if p.diff < 0 {
		p.diff = len(p.diffs) - 1
	}
	p.offset = max(0, min(p.diffs[p.diff], max(0, len(p.lines)-1)))
}

func (p *comparePane) moveColumns(n int) {
	vis := p.visibleSources()
	p.first = max(0, min(p.first+n, len(vis)-p.columnsThatFit()))
	p.relayout()
}

// visibleSources are the sources not hidden by the user.
func (p comparePane) visibleSources() []int {
	var out []int
	for i := range p.cmp.Columns {
		if !p.hidden[i] {
			out = append(out, i)
		}
	}
	return out
}

// columnsThatFit is how many source columns the width allows.
func (p comparePane) columnsThatFit() int {
	if p.mode == modeFacts {
		return max(1, (p.width-factLabelWidth(p.width)-2)/(minFactColumn+1))
	}
	return max(1, (p.width+1)/(minColumn+1))
}

// bodyHeight is what is left below the tab line and the column headers.
func (p comparePane) bodyHeight() int { return max(1, p.height-1-len(p.head)) }

// relayout recomputes what is shown and renders it, once per change.
func (p *comparePane) relayout() {
	if p.width <= 0 || p.height <= 0 {
		return
	}
	vis := p.visibleSources()
	n := min(len(vis), p.columnsThatFit())
	p.first = max(0, min(p.first, len(vis)-n))
	p.shown = vis[p.first : p.first+n]
	switch {
	case p.mode == modeFacts && p.detail:
		p.head, p.lines, p.diffs = p.renderFactDetail()
	case p.mode == modeFacts:
		p.head, p.lines, p.diffs = p.renderFacts()
	default:
		p.head, p.lines, p.diffs = p.renderSides()
	}
	p.scroll(0)
}

// tabLine names the modes and counts what the comparison found.
func (p comparePane) tabLine() string {
	sides, facts := p.st.tab.Render("Side by side"), p.st.tab.Render("Facts")
	if p.mode == modeFacts {
		facts = p.st.tabActive.Render("Facts")
	} else {
		sides = p.st.tabActive.Render("Side by side")
	}
	c := p.cmp
	parts := []string{plural(len(c.Columns), "source"), plural(c.Disagreements, "disagreement"),
		itoa(c.SingleSource) + " from one source only", itoa(c.SharedByAll) + " shared by all"}
	if len(c.Columns) == 1 {
		parts = []string{"Only one source reports this event"}
	}
	if hidden := len(c.Columns) - len(p.shown); hidden > 0 && !p.detail { // an open fact shows every source
		// Right after the sources: when the line is too narrow for every
		// count, that sources are hidden is the last thing to go.
		at := min(1, len(parts))
		parts = append(parts[:at], append([]string{itoa(len(p.shown)) + " shown (→ more)"}, parts[at:]...)...)
	}
	switch {
	case p.mode == modeFacts && len(c.Facts) > 0:
		parts = append([]string{fmt.Sprintf("fact %d/%d", p.cursor+1, len(c.Facts))}, parts...)
	case p.diff >= 0 && len(p.diffs) > 0:
		parts = append([]string{fmt.Sprintf("difference %d/%d", p.diff+1, len(p.diffs))}, parts...)
	}
	tabs := sides + facts + "  "
	for len(parts) > 1 && ansi.StringWidth(tabs)+ansi.StringWidth(strings.Join(parts, " · ")) > p.width {
		parts = parts[:len(parts)-1] // the least telling counts go first
	}
	return ansi.Truncate(tabs+p.st.meta.Render(strings.Join(parts, " · ")), p.width, "…")
}

// View draws the tab line, the column headers and the visible body lines.
func (p comparePane) View() string {
	if p.width <= 0 || p.height <= 0 {
		return ""
	}
	out := append([]string{p.tabLine()}, p.head...)
	end := min(len(p.lines), p.offset+p.bodyHeight())
	for i := min(p.offset, end); i < end; i++ {
		line := p.lines[i]
		if p.mode == modeFacts && !p.detail && i == p.cursor && len(p.cmp.Facts) > 0 {
			line = p.st.factCursor.Render(padRight(ansi.Strip(line), p.width))
		}
		out = append(out, line)
	}
	return fitLines(strings.Join(out, "\n"), p.width, p.height)
}

// ShownSources lists the indexes of the source columns on screen.
func (p comparePane) ShownSources() []int { return p.shown }

// ShortHelp and FullHelp list the compare keys.
func (p comparePane) ShortHelp() []key.Binding {
	k := p.keys
	if p.mode == modeFacts {
		return []key.Binding{k.ToggleFacts, k.Down, k.OpenFact, k.NextDiff, k.PrevDiff, k.NextSources, k.PickSource}
	}
	return []key.Binding{k.ToggleFacts, k.NextDiff, k.PrevDiff, k.PrevSources, k.NextSources, k.PickSource}
}

func (p comparePane) FullHelp() [][]key.Binding {
	k := p.keys
	return [][]key.Binding{
		{k.ToggleFacts, k.NextDiff, k.PrevDiff, k.OpenFact},
		{k.PrevSources, k.NextSources, k.PickSource, k.AllSources},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
	}
}

// columnName is a source's outlet, or its file's short name when unknown,
// as the list and the article name it.
func columnName(c compare.Comparison, i int) string {
	return c.Columns[i].Name()
}

// columnWidths splits w cells into n columns with one-cell separators.
func columnWidths(w, n int) []int {
	out := make([]int, n)
	inner := w - (n - 1)
	for i := range out {
		out[i] = inner / n
		if i < inner%n {
			out[i]++
		}
	}
	return out
}

// wrapTo wraps s to w cells, leaving the last cell as a gutter before the
// next column.
func wrapTo(s string, w int) []string {
	if s == "" {
		return nil
	}
	return strings.Split(ansi.Wrap(s, max(1, w-1), ""), "\n")
}
