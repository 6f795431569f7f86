package ui

import (
	"fmt"
	"strings"

	"reader/articles"
)

// renderSides lays out the side-by-side view: source headers, then each
// aligned row with its cells wrapped to the columns, shared wording marked.
func (p comparePane) renderSides() (head, lines []string, diffs []int) {
	widths := columnWidths(p.width, len(p.shown))
	var names, titles []string
	for k, i := range p.shown {
		num := fmt.Sprintf("%d ", i+1)
		names = append(names, p.st.colHeader.Render(padRight(num+columnName(p.cmp, i), widths[k])))
		title := ""
		if i < len(p.cmp.Titles) {
			title = articles.Sanitize(p.cmp.Titles[i], false)
		}
		titles = append(titles, p.st.colSource.Render(padRight(title, widths[k])))
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
		if len(p.shown) < len(p.cmp.Files) { // judge the row by the shown sources
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
	shared := articles.MarkShared(texts)
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

// markShared styles the byte ranges of raw that other shown sources share.
// Sanitizing may change byte offsets, so ranges are applied only when the
// text was clean already.
func (p comparePane) markShared(clean, raw string, spans [][2]int) string {
	if clean != raw || len(spans) == 0 {
		return p.st.body.Render(clean)
	}
	var b strings.Builder
	at := 0
	for _, sp := range spans {
		if sp[0] < at || sp[1] > len(raw) {
			continue
		}
		b.WriteString(p.st.body.Render(raw[at:sp[0]]))
		b.WriteString(p.st.shared.Render(raw[sp[0]:sp[1]]))
		at = sp[1]
	}
	b.WriteString(p.st.body.Render(raw[at:]))
	return b.String()
}

// factLabelWidth is the width of the facts table's first column.
func factLabelWidth(w int) int { return min(30, max(16, w/5)) }

// renderFacts lays out the facts table: a fact per row, one column per
// shown source, disagreements first with why they disagree.
func (p comparePane) renderFacts() (head, lines []string, diffs []int) {
	lw := factLabelWidth(p.width)
	widths := columnWidths(p.width-lw-1, len(p.shown))
	sep := p.st.meta.Render("│")
	names := []string{p.st.colHeader.Render(padRight("fact", lw))}
	for k, i := range p.shown {
		names = append(names, p.st.colHeader.Render(padRight(fmt.Sprintf("%d %s", i+1, columnName(p.cmp, i)), widths[k])))
	}
	head = []string{strings.Join(names, sep), p.st.meta.Render(strings.Repeat("─", p.width))}
	for _, f := range p.cmp.Facts {
		label := string(f.Kind) + ": " + articles.Sanitize(f.Label, false)
		labelStyle := p.st.factKind
		if f.Disagree {
			diffs = append(diffs, len(lines))
			label = "≠ " + label
			labelStyle = p.st.disagree
		}
		cols := [][]string{wrapTo(labelStyle.Render(label), lw)}
		for _, i := range p.shown {
			v, ok := f.Values[p.cmp.Files[i]]
			if !ok {
				cols = append(cols, []string{p.st.gap.Render("—")})
				continue
			}
			cols = append(cols, wrapTo(p.st.body.Render(articles.Sanitize(v, false)), widths[len(cols)-1]))
		}
		all := append([]int{lw}, widths...)
		height := 0
		for _, c := range cols {
			height = max(height, len(c))
		}
		for line := 0; line < height; line++ {
			parts := make([]string, len(cols))
			for k, c := range cols {
				cell := ""
				if line < len(c) {
					cell = c[line]
				}
				parts[k] = padRight(cell, all[k])
			}
			lines = append(lines, strings.Join(parts, sep))
		}
		if f.Disagree && f.Note != "" {
			for _, l := range wrapTo(p.st.disagree.Render("  why: "+articles.Sanitize(f.Note, false)), p.width) {
				lines = append(lines, l)
			}
		}
		lines = append(lines, "")
	}
	if len(p.cmp.Facts) == 0 {
		lines = []string{p.st.hint.Render("No comparable facts were found.")}
	}
	return head, lines, diffs
}
