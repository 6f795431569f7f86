package ui

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"reader/articles"
	"reader/articles/compare"
)

// minFactColumn is the narrowest a source's column in the facts table may
// be: a value in short form fits, so three sources fit at 80 columns.
const minFactColumn = 16

// factLabelWidth is the width of the facts table's first column.
func factLabelWidth(w int) int { return min(34, max(20, w*3/10)) }

// factKey moves the cursor through the facts table and opens a fact; ok
// is false for keys the table leaves to the pane.
func (p *comparePane) factKey(msg tea.KeyMsg) bool {
	k, n := p.keys, len(p.cmp.Facts)
	if n == 0 {
		return false
	}
	switch {
	case key.Matches(msg, k.Up):
		p.cursor = max(0, p.cursor-1)
	case key.Matches(msg, k.Down):
		p.cursor = min(n-1, p.cursor+1)
	case key.Matches(msg, k.PageUp):
		p.cursor = max(0, p.cursor-p.bodyHeight())
	case key.Matches(msg, k.PageDown):
		p.cursor = min(n-1, p.cursor+p.bodyHeight())
	case key.Matches(msg, k.Top):
		p.cursor = 0
	case key.Matches(msg, k.Bottom):
		p.cursor = n - 1
	case key.Matches(msg, k.NextDiff), key.Matches(msg, k.PrevDiff):
		dir := 1
		if key.Matches(msg, k.PrevDiff) {
			dir = -1
		}
		if len(p.diffs) == 0 {
			return true
		}
		p.diff = -1 // the next disagreement from the cursor, round the end
		for i, d := range p.diffs {
			if dir > 0 && d > p.cursor && p.diff < 0 || dir < 0 && d < p.cursor {
				p.diff = i
			}
		}
		if p.diff < 0 {
			p.diff = map[bool]int{true: 0, false: len(p.diffs) - 1}[dir > 0]
		}
		p.cursor = p.diffs[p.diff]
	case key.Matches(msg, k.OpenFact):
		p.detail = true
		p.offset = 0
		p.relayout()
		return true
	default:
		return false
	}
	p.showCursor()
	return true
}

// showCursor scrolls the table so the cursor's line is on screen.
func (p *comparePane) showCursor() {
	h := p.bodyHeight()
	if p.cursor < p.offset {
		p.offset = p.cursor
	}
	if p.cursor >= p.offset+h {
		p.offset = p.cursor - h + 1
	}
	p.scroll(0)
}

// renderFacts lays out the facts table, one line per fact: its kind and
// label, then each shown source's value in short form (— when the source
// does not say it); disagreements first, marked ≠. The cursor's line is
// drawn by View; enter opens a fact with every source's sentence.
func (p comparePane) renderFacts() (head, lines []string, diffs []int) {
	lw := factLabelWidth(p.width)
	widths := columnWidths(p.width-lw-1, len(p.shown))
	sep := p.st.meta.Render("│")
	names := []string{p.st.colHeader.Render(padRight("fact (enter opens)", lw))}
	for k, i := range p.shown {
		names = append(names, p.st.colHeader.Render(fitCell(fmt.Sprintf("%d %s", i+1, columnName(p.cmp, i)), widths[k])))
	}
	head = []string{strings.Join(names, sep), p.st.meta.Render(strings.Repeat("─", p.width))}
	for n, f := range p.cmp.Facts {
		label, style := "  "+factLabel(f), p.st.factKind
		if f.Disagree {
			diffs = append(diffs, n)
			label, style = "≠ "+factLabel(f), p.st.disagree
		} else if f.Slipped() {
			diffs = append(diffs, n)
			label, style = "! "+factLabel(f), p.st.disagree // one source slipped where the others agree
		}
		parts := []string{style.Render(padRight(ansi.Truncate(label, lw-1, "…"), lw))}
		for k, i := range p.shown {
			v := f.Values[i].Text
			if v == "" {
				parts = append(parts, p.st.gap.Render(padRight("—", widths[k])))
				continue
			}
			short := shortValue(articles.Sanitize(v, false), f.Label)
			if val := f.Values[i].Value; val != "" {
				short = articles.Sanitize(val, false) // the value in the source's own words
			}
			if f.Values[i].Slip != "" {
				short = "! " + short // this source slipped where the others agree
			}
			parts = append(parts, p.st.body.Render(padRight(ansi.Truncate(short, widths[k]-1, "…"), widths[k])))
		}
		lines = append(lines, strings.Join(parts, sep))
	}
	if len(p.cmp.Facts) == 0 {
		lines = []string{p.st.hint.Render("No comparable facts were found.")}
	}
	return head, lines, diffs
}

// renderFactDetail lays out the open fact: its label, why the sources
// disagree, and every source's own sentence (shown or hidden column alike).
func (p comparePane) renderFactDetail() (head, lines []string, diffs []int) {
	f := p.cmp.Facts[min(p.cursor, len(p.cmp.Facts)-1)]
	w := max(10, min(readingWidth, p.width-2))
	style, label := p.st.title, factLabel(f)
	if f.Disagree {
		style, label = p.st.disagree, "≠ "+label
	} else if f.Slipped() {
		style, label = p.st.disagree, "! "+label
	}
	head = []string{style.Render(ansi.Truncate(label, p.width, "…")), p.st.meta.Render(strings.Repeat("─", p.width))}
	if f.Note != "" {
		why := "why: "
		if !f.Disagree {
			why = "note: "
		}
		for _, l := range strings.Split(ansi.Wrap(why+articles.Sanitize(f.Note, false), w, ""), "\n") {
			lines = append(lines, "  "+p.st.disagree.Render(l))
		}
		lines = append(lines, "")
	}
	for i := range p.cmp.Columns {
		lines = append(lines, p.st.colHeader.Render(fmt.Sprintf("%d %s", i+1, columnName(p.cmp, i))))
		v := f.Values[i].Text
		if v == "" {
			lines = append(lines, "  "+p.st.gap.Render("does not say"), "")
			continue
		}
		sentence, at := sentenceAround(p.cmp, i, v)
		for _, l := range strings.Split(ansi.Wrap(p.markWording(sentence, at), w, ""), "\n") {
			lines = append(lines, "  "+l)
		}
		lines = append(lines, "")
	}
	lines = append(lines, p.st.hint.Render("esc back to the facts"))
	return head, lines, nil
}

// factLabel is a fact's kind and label, as the table and the detail show it.
func factLabel(f compare.Fact) string {
	return string(f.Kind) + ": " + articles.Sanitize(f.Label, false)
}

// shortValue is a source's wording cut to where the fact's value is: from
// the word holding the label's first figure (or, without one, its last
// capitalised word), so "… a budget of 2 billion dollars (about …" shows
// as "2 billion dollars (about …".
func shortValue(wording, label string) string {
	wording = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(wording), "…"))
	if at := strings.Index(strings.ToLower(wording), strings.ToLower(label)); at >= 0 && label != "" {
		return wording[at:]
	}
	anchor := ""
	for _, tok := range strings.Fields(label) {
		if strings.IndexFunc(tok, unicode.IsDigit) >= 0 {
			anchor = strings.TrimFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			break
		}
		if r := []rune(tok); len(r) > 1 && unicode.IsUpper(r[0]) && tok != "USD" && tok != "EUR" {
			anchor = strings.TrimFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		}
	}
	if anchor == "" {
		return wording
	}
	at := strings.Index(strings.ToLower(wording), strings.ToLower(anchor))
	if at <= 0 {
		return wording
	}
	start := strings.LastIndexByte(wording[:at], ' ') + 1 // the whole word: "$2", not "2"
	if start == 0 {
		return wording
	}
	return wording[start:]
}

// sentenceAround finds a source's wording of a fact in its passages and
// returns the whole sentence holding it, with where the wording starts and
// ends in it; without a passage holding it, the wording itself.
func sentenceAround(c compare.Comparison, source int, wording string) (string, [2]int) {
	core := strings.TrimSpace(strings.Trim(strings.TrimSpace(wording), "…"))
	plain := articles.Sanitize(wording, false)
	if core == "" {
		return plain, [2]int{}
	}
	for _, row := range c.Rows {
		if source >= len(row.Cells) {
			continue
		}
		text := row.Cells[source].Text
		at := strings.Index(text, core)
		if at < 0 {
			continue
		}
		start, end := sentenceStart(text, at), sentenceEnd(text, at+len(core))
		sentence := text[start:end]
		if articles.Sanitize(sentence, false) != sentence {
			return articles.Sanitize(sentence, false), [2]int{}
		}
		return sentence, [2]int{at - start, at - start + len(core)}
	}
	return plain, [2]int{}
}

// sentenceStart is the start of the sentence holding text[at].
func sentenceStart(text string, at int) int {
	for i := at - 1; i > 0; i-- {
		if text[i] == ' ' && strings.ContainsRune(".!?", rune(text[i-1])) {
			return i + 1
		}
	}
	return 0
}

// sentenceEnd is the end of the sentence running on from text[at].
func sentenceEnd(text string, at int) int {
	for i := at; i < len(text); i++ {
		if strings.ContainsRune(".!?", rune(text[i])) && (i+1 == len(text) || text[i+1] == ' ') {
			return i + 1
		}
	}
	return len(text)
}

// markWording draws a sentence with the fact's wording in it marked
// (underlined, word by word so wrapping never carries the mark).
func (p comparePane) markWording(sentence string, at [2]int) string {
	if at[1] <= at[0] {
		return p.st.body.Render(sentence)
	}
	return p.markShared(sentence, sentence, [][2]int{at})
}
