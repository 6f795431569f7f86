package main

import (
	"fmt"
	"math"
	"strings"

	"reader/articles"
	"reader/articles/clean"
	"reader/articles/clean/corpus"
	"reader/articles/htmltext"
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
	// group is the source page this text was made from: the folds of the
	// first pass split by it, so that two texts of one page never stand
	// in different folds.
	group int
	// snippets: the lines are labelled by snippets, not a true text.
	snippets bool
}

type trainingSet struct {
	pages []trainingPage
	rows  []row
	// html: the rows carry a saved page's markup features too.
	html bool
	// droppedForTest counts the trafilatura pages left out because WCXB
	// test has a page at the same address.
	droppedForTest int
}

// loadPages reads WCXB dev and test and the readability pages, and marks
// the dev pages training leaves out: the 79 that are byte for byte pages
// of the test split (so that test measures pages never seen) and, with
// holdout, the fifth that `eval -holdout` measures.
func loadPages(root string, holdout bool) (dev, rd, test []corpus.Page, inTest map[string]bool, err error) {
	if dev, err = corpus.LoadWCXB(root, "dev"); err != nil {
		return nil, nil, nil, nil, fmt.Errorf("load wcxb dev: %w", err)
	}
	if rd, err = corpus.LoadReadability(root); err != nil {
		return nil, nil, nil, nil, fmt.Errorf("load readability pages: %w", err)
	}
	if test, err = corpus.LoadWCXB(root, "test"); err != nil {
		return nil, nil, nil, nil, fmt.Errorf("load wcxb test: %w", err)
	}
	inTest = corpus.Overlap(dev, test)
	if holdout {
		for _, pg := range corpus.HeldOut(dev, heldFold, byHost) {
			inTest[pg.ID] = true
		}
	}
	return dev, rd, test, inTest, nil
}

// loadTraining reads WCXB dev, the readability pages and the trafilatura
// pages, converts each page to scraped text with one of several converter
// habits, and labels its lines: by the true text, or on the trafilatura
// pages (snippets only) by the snippets, their rows weighted by sw. With
// holdout it leaves out the fifth of dev and of the
// trafilatura pages that `eval -holdout` measures.
func loadTraining(root string, holdout bool, sw snippetWeights) (*trainingSet, error) {
	dev, rd, test, inTest, err := loadPages(root, holdout)
	if err != nil {
		return nil, err
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
		for k := 1; k < textWeights.variants; k++ {
			group := set.pages[len(set.pages)-1].group
			set.add(corpus.PageText(pg.HTML, corpus.VariantFor(i+k)), pg)
			set.pages[len(set.pages)-1].group = group
		}
		if i%4 == 0 {
			// Articles also arrive clean (copied, or from a feed): the
			// headline and the story alone, so the model must keep a
			// short page whole.
			set.add(cleanCopy(pg.Truth, i%8 == 0, 2+i%3), pg)
		}
	}
	err = set.eachTrafilatura(root, test, holdout, func(i int, pg corpus.Page) {
		set.addSnippets(corpus.PageText(pg.HTML, corpus.VariantFor(i)), pg, sw)
	})
	if err != nil {
		return nil, err
	}
	return set, nil
}

// eachTrafilatura calls add for each of trafilatura's pages to train on:
// not those the holdout leaves out, nor those that are also WCXB test
// pages (test would measure a page the models have seen), which are
// counted as dropped.
func (set *trainingSet) eachTrafilatura(root string, test []corpus.Page, holdout bool, add func(i int, pg corpus.Page)) error {
	tf, err := corpus.LoadTrafilatura(root)
	if err != nil {
		return fmt.Errorf("load trafilatura pages: %w", err)
	}
	testURL := map[string]bool{}
	for _, pg := range test {
		if pg.URL != "" {
			testURL[pg.URL] = true
		}
	}
	held := map[string]bool{}
	if holdout {
		for _, pg := range corpus.HeldOut(tf, heldFold, byHost) {
			held[pg.ID] = true
		}
	}
	for i, pg := range tf {
		switch {
		case testURL[pg.URL]:
			set.droppedForTest++
		case !held[pg.ID]:
			add(i, pg)
		}
	}
	return nil
}

// loadHTMLTraining reads the same pages as loadTraining (less the clean
// copies, which are no saved pages) as `reader import` reads a saved page:
// its text with the markup's evidence for each line, for the saved pages'
// line model.
func loadHTMLTraining(root string, holdout bool, sw snippetWeights) (*trainingSet, error) {
	dev, rd, test, inTest, err := loadPages(root, holdout)
	if err != nil {
		return nil, err
	}
	set := &trainingSet{html: true}
	var pages []corpus.Page
	for _, pg := range dev {
		if !inTest[pg.ID] {
			pages = append(pages, pg)
		}
	}
	for _, pg := range append(pages, rd...) {
		text, ev := articles.SavedPageText(pg.HTML)
		set.addHTML(text, ev, pg, nil)
	}
	err = set.eachTrafilatura(root, test, holdout, func(_ int, pg corpus.Page) {
		text, ev := articles.SavedPageText(pg.HTML)
		set.addHTML(text, ev, pg, &sw)
	})
	if err != nil {
		return nil, err
	}
	return set, nil
}

// addHTML appends the lines of a saved page's text with its markup's
// evidence, labelled by the true text, or with sw by the snippets.
func (set *trainingSet) addHTML(text string, ev []htmltext.Evidence, pg corpus.Page, sw *snippetWeights) {
	lines, vecs, words := clean.LineVectorsWithEvidence(text, ev)
	if len(vecs) == 0 || len(vecs[0]) != len(clean.HTMLFeatureNames()) {
		return // no text, or evidence not of this text
	}
	set.pages = append(set.pages, trainingPage{lines: lines, words: words, first: len(set.rows), group: len(set.pages), snippets: sw != nil})
	if sw == nil {
		set.pages[len(set.pages)-1].title = pg.Truth.Title
		labels := corpus.Label(lines, pg.Truth.Main)
		for j, v := range vecs {
			set.rows = append(set.rows, row{page: len(set.pages) - 1, x: v, y: b2f(labels[j]), w: 1 + math.Sqrt(words[j])})
		}
		return
	}
	labels := corpus.SnippetLabels(lines, pg.Truth.With, pg.Truth.Without)
	set.addSnippetRows(vecs, words, labels, *sw)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
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
		set.pages = append(set.pages, trainingPage{lines: lines, words: words, first: len(set.rows), title: pg.Truth.Title, group: len(set.pages)})
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

// snippetWeights weigh the lines labelled by snippets against a line
// labelled by a true text (1).
type snippetWeights struct{ story, furniture float64 }

// defaultWeights were tuned on the held-out fifths of dev and of the
// trafilatura pages. A `without` snippet marks exactly the furniture that
// leaks, and such lines are scarce, so they weigh three times a line
// labelled by a true text; the lines a `with` snippet marks are long story
// paragraphs, which the true texts already teach, and at full weight they
// made the model keep more furniture, so they weigh half.
var defaultWeights = snippetWeights{story: 0.5, furniture: 3}

// addSnippets appends the lines of one text of a page whose truth is
// snippets only. Every line is featurised and scored (its neighbours'
// features and second-pass inputs depend on it), but only the lines that
// hold a snippet of one kind are labelled; the others weigh nothing, and
// the page has no title, so the headline ranker does not learn from it.
func (set *trainingSet) addSnippets(text string, pg corpus.Page, sw snippetWeights) {
	lines, vecs, words := clean.LineVectors(text)
	labels := corpus.SnippetLabels(lines, pg.Truth.With, pg.Truth.Without)
	set.pages = append(set.pages, trainingPage{lines: lines, words: words, first: len(set.rows), group: len(set.pages), snippets: true})
	set.addSnippetRows(vecs, words, labels, sw)
}

// labelled counts the rows that weigh something.
func (s *trainingSet) labelled() int {
	n := 0
	for _, r := range s.rows {
		if r.w > 0 {
			n++
		}
	}
	return n
}

func (s *trainingSet) positives() int {
	n := 0
	for _, r := range s.rows {
		if r.y > 0 && r.w > 0 {
			n++
		}
	}
	return n
}

// fit returns what a model learns from: the inputs X (one per row, as the
// rows' own features or the second pass's), labels and weights of the rows
// that weigh something, for pages that keep(page) (nil: all pages).
func (s *trainingSet) fit(X [][]float32, keep func(page int) bool) ([][]float32, []float64, []float64) {
	var fx [][]float32
	var y, w []float64
	for i, r := range s.rows {
		if r.w > 0 && (keep == nil || keep(r.page)) {
			fx, y, w = append(fx, X[i]), append(y, r.y), append(w, r.w)
		}
	}
	return fx, y, w
}

func (s *trainingSet) features() [][]float32 {
	out := make([][]float32, len(s.rows))
	for i, r := range s.rows {
		out[i] = r.x
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

// textWeightOpts reweigh the plain-text model's rows (the train command's
// -pagepow, -furniture, -maxline and -variants); the zero change is
// pagePow 0, furniture 1, maxLine 0, variants 1.
type textWeightOpts struct {
	pagePow, furniture, maxLine float64
	variants                    int
}

var textWeights = textWeightOpts{furniture: 1, variants: 1}

// apply reweighs set's rows: a line's weight capped at maxLine, furniture
// lines times furniture, and each page's lines times (mean/page)^pagePow,
// where page is the sum of its lines' weights and mean that sum's mean over
// the pages labelled the same way (by a true text, or by snippets).
func (o textWeightOpts) apply(set *trainingSet) {
	for i := range set.rows {
		r := &set.rows[i]
		if o.maxLine > 0 && r.w > o.maxLine {
			r.w = o.maxLine
		}
		if r.y == 0 {
			r.w *= o.furniture
		}
	}
	if o.pagePow == 0 {
		return
	}
	sums := make([]float64, len(set.pages))
	var total [2]float64
	var count [2]int
	for pi, pg := range set.pages {
		for _, r := range set.pageRows(pi) {
			sums[pi] += r.w
		}
		if sums[pi] > 0 {
			k := 0
			if pg.snippets {
				k = 1
			}
			total[k] += sums[pi]
			count[k]++
		}
	}
	for pi, pg := range set.pages {
		if sums[pi] == 0 {
			continue
		}
		k := 0
		if pg.snippets {
			k = 1
		}
		f := math.Pow(total[k]/float64(count[k])/sums[pi], o.pagePow)
		first := pg.first
		for j := range set.pageRows(pi) {
			set.rows[first+j].w *= f
		}
	}
}

// addSnippetRows appends the rows of the last page added, labelled by its
// snippets and weighted by sw and by the line's words; lines no snippet
// judges are unlabelled.
func (set *trainingSet) addSnippetRows(vecs [][]float32, words []float64, labels []int, sw snippetWeights) {
	for j, v := range vecs {
		r := row{page: len(set.pages) - 1, x: v}
		switch labels[j] {
		case corpus.Story:
			r.y, r.w = 1, sw.story*(1+math.Sqrt(words[j]))
		case corpus.Furniture:
			r.y, r.w = 0, sw.furniture*(1+math.Sqrt(words[j]))
		}
		set.rows = append(set.rows, r)
	}
}
