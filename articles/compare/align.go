package compare

import (
	"reader/articles"
	"reader/articles/internal/textutil"
)

// alignMatch is the least similarity at which two passages report the same thing.
const alignMatch = 0.18

// factWeight is what a fact two passages both state adds to their
// likeness: more than a shared name or figure.
const factWeight = 4

// passage is one paragraph of an article, with the tokens alignment compares.
type passage struct {
	text   string
	block  int // index in the article's body
	tokens map[string]float64
}

// passagesOf is an article's passages, with the tokens alignment compares
// when withTokens.
func passagesOf(a articles.Article, withTokens bool) []passage {
	var out []passage
	for i, b := range a.Body {
		if b.Kind == articles.Heading {
			continue
		}
		p := passage{text: b.Text, block: i}
		if withTokens {
			p.tokens = passageTokens(b.Text)
		}
		out = append(out, p)
	}
	return out
}

// passageTokens weights content words 1 and names and figures 2: a shared
// figure says more than a shared word. The map is made for as many tokens
// as the passage has words, more than it takes but cheaper than growing.
func passageTokens(s string) map[string]float64 {
	ws := textutil.Words(s)
	t := make(map[string]float64, len(ws))
	for i, w := range ws {
		lw := textutil.Fold(w)
		switch {
		case textutil.IsNumeric(w):
			t["#"+lw] = 2
		case textutil.Stopwords()[lw] || len([]rune(lw)) < 3:
		case textutil.IsCapitalised(w) && i > 0:
			t[lw] = 2
		default:
			t[textutil.Stem(lw)] = 1
		}
	}
	return t
}

// alignTo matches the passages of other to those of pivot, keeping both
// orders (a monotone alignment maximising total similarity). The result
// gives, for each passage of other, the pivot passage it stands with, or -1.
func alignTo(pivot, other []tokenList) []int {
	n, m := len(pivot), len(other)
	score := make([][]float64, n+1)
	for i := range score {
		score[i] = make([]float64, m+1)
	}
	sim := func(i, j int) float64 {
		s := similarity(pivot[i], other[j])
		if s < alignMatch {
			return -1
		}
		return s
	}
	sims := make([][]float64, n)
	for i := range sims {
		sims[i] = make([]float64, m)
		for j := range sims[i] {
			sims[i][j] = sim(i, j)
		}
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			best := score[i-1][j]
			if score[i][j-1] > best {
				best = score[i][j-1]
			}
			if s := sims[i-1][j-1]; s > 0 && score[i-1][j-1]+s > best {
				best = score[i-1][j-1] + s
			}
			score[i][j] = best
		}
	}
	match := make([]int, m)
	for j := range match {
		match[j] = -1
	}
	for i, j := n, m; i > 0 && j > 0; {
		s := sims[i-1][j-1]
		switch {
		case s > 0 && score[i][j] == score[i-1][j-1]+s:
			match[j-1] = i - 1
			i, j = i-1, j-1
		case score[i][j] == score[i-1][j]:
			i--
		default:
			j--
		}
	}
	return match
}

// alignRows lays the passages of every article out in rows: one row per
// passage of the pivot (the longest article), with the matching passage of
// each other article beside it, and a row of its own, against gaps, for a
// passage only one source has, placed where it stood in its article.
func alignRows(cols [][]passage) []Row {
	if len(cols) == 0 {
		return nil
	}
	pivot := 0
	for i, c := range cols {
		if len(c) > len(cols[pivot]) {
			pivot = i
		}
	}
	matches := make([][]int, len(cols))
	if len(cols) > 1 {
		lists := tokenLists(cols)
		for k := range cols {
			if k != pivot {
				matches[k] = alignTo(lists[pivot], lists[k])
			}
		}
	}
	var rows []Row
	next := make([]int, len(cols)) // next unplaced passage of each column
	emitUnmatched := func(k, upTo int) {
		for ; next[k] < upTo; next[k]++ {
			if matches[k][next[k]] >= 0 {
				continue
			}
			row := Row{Cells: make([]Cell, len(cols)), Differs: true}
			row.Cells[k].Text = cols[k][next[k]].text
			rows = append(rows, row)
		}
	}
	for i, p := range cols[pivot] {
		row := Row{Cells: make([]Cell, len(cols))}
		row.Cells[pivot].Text = p.text
		for k := range cols {
			if k == pivot {
				continue
			}
			for j := next[k]; j < len(cols[k]); j++ {
				if matches[k][j] == i {
					emitUnmatched(k, j)
					row.Cells[k].Text = cols[k][j].text
					next[k] = j + 1
					break
				}
			}
		}
		rows = append(rows, row)
	}
	for k := range cols {
		if k != pivot {
			emitUnmatched(k, len(cols[k]))
		}
	}
	for r := range rows {
		texts := make([]string, len(rows[r].Cells))
		for k, c := range rows[r].Cells {
			texts[k] = c.Text
			if c.Text == "" && len(cols) > 1 {
				rows[r].Differs = true
			}
		}
		for k, spans := range MarkShared(texts) {
			rows[r].Cells[k].Shared = spans
		}
	}
	return rows
}
