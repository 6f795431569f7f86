package ui

import (
	"fmt"
	"strings"

	"reader/articles"
	"reader/articles/compare"
)

// renderSides lays out the side-by-side view: source headers, then each
// aligned row with its cells wrapped to the columns, shared wording marked.
func (p comparePane) renderSides() (head, lines []string, diffs []int) {
	widths := columnWidths(p.width, len(p.shown))
	var names, titles []string
	for k, i := range p.shown {
		num := fmt.Sprintf("%d ", i+1)
		names = append(names, p.st.colHeader.Render(fitCell(num+columnName(p.cmp, i), widths[k])))
		title := ""
		if i < len(p.cmp.Columns) {
			title = articles.Sanitize(p.cmp.Columns[i].Title, false)
		}
		titles = append(titles, p.st.colSource.Render(fitCell(title, widths[k])))
	}
	sep := p.st.meta.Render("│")
	head = []string{strings.Join(names, sep), strings.Join(titles, sep), p.st.meta.Render(strings.Repeat("─", p.width))}
	for _, row := range p.cmp.Rows {
		texts := make([]string, len(p.shown))
		empty := true
		for k, i := range p.shown {
			texts[k] = row.Cells[i].Text
			empty = empty && texts[k] == ""
		}
		if empty {
			continue
		}
		differs := row.Differs
		if len(p.shown) < len(p.cmp.Columns) { // judge the row by the shown sources
			differs = false
			for _, t := range texts {
				differs = differs || t == ""
			}
		}
		if differs && len(p.shown) > 1 {
			diffs = append(diffs, len(lines))
		}
		lines = append(lines, p.renderRow(texts, widths, sep)...)
		lines = append(lines, "")
	}
	if len(lines) == 0 {
		lines = []string{p.st.hint.Render("The cleaner kept no passages to compare.")}
	}
	return head, lines, diffs
}

// renderRow wraps each cell to its column and pads the row to its tallest cell.
func (p comparePane) renderRow(texts []string, widths []int, sep string) []string {
	shared := compare.MarkShared(texts)
	cols := make([][]string, len(texts))
	height := 1
	for k, t := range texts {
		if t == "" {
			cols[k] = []string{p.st.gap.Render("— not reported —")}
			continue
		}
		cols[k] = wrapTo(p.markShared(articles.Sanitize(t, false), t, shared[k]), widths[k])
		height = max(height, len(cols[k]))
	}
	out := make([]string, height)
	for line := range out {
		parts := make([]string, len(texts))
		for k := range texts {
			cell := ""
			if line < len(cols[k]) {
				cell = cols[k][line]
			}
			parts[k] = padRight(cell, widths[k])
		}
		out[line] = strings.Join(parts, sep)
	}
	return out
}

// markShared styles the wording of raw that other shown sources share,
// whole tokens at a time ("$2", not "2"), each token styled on its own so
// that wrapping between tokens never carries the mark into the padding or
// over the column rule. Sanitizing may change byte offsets, so spans are
// applied only when the text was clean already.
func (p comparePane) markShared(clean, raw string, spans [][2]int) string {
	if clean != raw || len(spans) == 0 {
		return p.st.body.Render(clean)
	}
	shared := make([]bool, len(raw))
	for _, sp := range spans {
		for i := max(0, sp[0]); i < min(sp[1], len(raw)); i++ {
			shared[i] = true
		}
	}
	var b strings.Builder
	start := 0
	flush := func(end int) {
		if end <= start {
			return
		}
		token := raw[start:end]
		style := p.st.body
		if token != " " && strings.TrimSpace(token) != "" {
			for i := start; i < end; i++ {
				if shared[i] {
					style = p.st.shared
					break
				}
			}
		}
		b.WriteString(style.Render(token))
		start = end
	}
	for i := 0; i < len(raw); i++ {
		if raw[i] == ' ' {
			flush(i)
			b.WriteString(p.st.body.Render(" "))
			start = i + 1
		}
	}
	flush(len(raw))
	return b.String()
}
