package main

import (
	"fmt"
	"math"
	"strings"

	"reader/articles/clean"
	"reader/articles/clean/corpus"
)

// row is one line of one page: its features, label and weight.
type row struct {
	page int
	x    []float32
	y, w float64
}

// trainingPage keeps what the headline ranker needs of a page.
type trainingPage struct {
	lines []string
	words []float64
	first int // index of the page's first row
	title string
}

type trainingSet struct {
	pages []trainingPage
	rows  []row
}

// loadTraining reads WCXB dev and the readability pages, converts each page
// to scraped text with one of several converter habits, and labels its lines.
func loadTraining(root string, holdout bool) (*trainingSet, error) {
	dev, err := corpus.LoadWCXB(root, "dev")
	if err != nil {
		return nil, fmt.Errorf("load wcxb dev: %w", err)
	}
	rd, err := corpus.LoadReadability(root)
	if err != nil {
		return nil, fmt.Errorf("load readability pages: %w", err)
	}
	// 79 pages of WCXB's test split are byte for byte pages of dev; they
	// are left out, so that the test split measures pages never seen.
	test, err := corpus.LoadWCXB(root, "test")
	if err != nil {
		return nil, fmt.Errorf("load wcxb test: %w", err)
	}
	inTest := corpus.Overlap(dev, test)
	if holdout {
		for _, pg := range corpus.Holdout(dev) {
			inTest[pg.ID] = true
		}
	}
	set := &trainingSet{}
	var pages []corpus.Page
	for _, pg := range dev {
		if !inTest[pg.ID] {
			pages = append(pages, pg)
		}
	}
	for i, pg := range append(pages, rd...) {
		set.add(corpus.PageText(pg.HTML, corpus.VariantFor(i)), pg)
		if i%4 == 0 {
			// Articles also arrive clean (copied, or from a feed): the
			// headline and the story alone, so the model must keep a
			// short page whole.
			set.add(cleanCopy(pg.Truth, i%8 == 0, 2+i%3), pg)
		}
	}
	return set, nil
}

// cleanCopy is the start of a page's true text as a user would save a
// short article: the headline, then a few paragraphs, with or without blank
// lines between them.
func cleanCopy(t corpus.Truth, blank bool, paragraphs int) string {
	parts := strings.Split(t.Main, "\n\n")
	body := strings.Join(parts[:min(paragraphs, len(parts))], "\n\n")
	if !blank {
		body = strings.ReplaceAll(body, "\n\n", "\n")
	}
	if t.Title == "" {
		return body
	}
	return t.Title + "\n\n" + body
}

// add labels one text of a page and appends its lines.
func (set *trainingSet) add(text string, pg corpus.Page) {
	{
		lines, vecs, words := clean.LineVectors(text)
		labels := corpus.Label(lines, pg.Truth.Main)
		set.pages = append(set.pages, trainingPage{lines: lines, words: words, first: len(set.rows), title: pg.Truth.Title})
		for j, v := range vecs {
			y := 0.0
			if labels[j] {
				y = 1
			}
			// Token F1 counts words, so longer lines weigh more; the
			// square root keeps short furniture lines from vanishing.
			set.rows = append(set.rows, row{page: len(set.pages) - 1, x: v, y: y, w: 1 + math.Sqrt(words[j])})
		}
	}
}

func (s *trainingSet) positives() int {
	n := 0
	for _, r := range s.rows {
		if r.y > 0 {
			n++
		}
	}
	return n
}

func (s *trainingSet) features() [][]float32 {
	out := make([][]float32, len(s.rows))
	for i, r := range s.rows {
		out[i] = r.x
	}
	return out
}

func (s *trainingSet) labels() []float64 {
	out := make([]float64, len(s.rows))
	for i, r := range s.rows {
		out[i] = r.y
	}
	return out
}

func (s *trainingSet) weights() []float64 {
	out := make([]float64, len(s.rows))
	for i, r := range s.rows {
		out[i] = r.w
	}
	return out
}

// secondRows builds the second pass's input page by page from first-pass
// probabilities.
func (s *trainingSet) secondRows(p1 []float64) [][]float32 {
	out := make([][]float32, 0, len(s.rows))
	for pi, pg := range s.pages {
		end := len(s.rows)
		if pi+1 < len(s.pages) {
			end = s.pages[pi+1].first
		}
		base := make([][]float32, 0, end-pg.first)
		for _, r := range s.rows[pg.first:end] {
			base = append(base, r.x)
		}
		out = append(out, clean.SecondVectors(base, p1[pg.first:end], pg.words, pg.lines)...)
	}
	return out
}
