package main

import (
	"reader/articles/clean"
	"reader/articles/clean/corpus"
	"reader/articles/clean/gbdt"
)

// trainTitle trains the headline ranker on the candidates of every page
// whose true headline is one of its lines, the story lines marked as the
// trained line model marks them from the first pass's out-of-fold
// verdicts: the verdicts on pages the first pass did not see, as the
// ranker meets them on new pages. Pages without a known title (the
// trafilatura pages) take no part.
func trainTitle(set *trainingSet, oof []float64, line2 *gbdt.Model) *gbdt.Model {
	var X [][]float32
	var y []float64
	for pi, pg := range set.pages {
		if pg.title == "" {
			continue
		}
		rows := set.pageRows(pi)
		base := make([][]float32, len(rows))
		p1 := oof[pg.first : pg.first+len(rows)]
		for j, r := range rows {
			base[j] = r.x
		}
		prob := make([]float64, len(rows))
		for j, v := range clean.SecondVectors(base, p1, pg.words, pg.lines) {
			prob[j] = line2.Prob(v)
		}
		cands, vecs := clean.TitleVectors(pg.lines, prob)
		found := false
		labels := make([]float64, len(cands))
		for k, i := range cands {
			if corpus.SameTitle(pg.lines[i], pg.title) {
				labels[k], found = 1, true
			}
		}
		if !found {
			continue
		}
		X, y = append(X, vecs...), append(y, labels...)
	}
	p := gbdt.DefaultParams()
	p.Trees, p.Depth, p.MinLeaf, p.Subsample, p.Seed = 100, 4, 10, 0.8, 3
	return gbdt.Train(X, y, nil, clean.TitleFeatureNames(), p)
}

// pageRows are the rows of the pi-th page.
func (s *trainingSet) pageRows(pi int) []row {
	end := len(s.rows)
	if pi+1 < len(s.pages) {
		end = s.pages[pi+1].first
	}
	return s.rows[s.pages[pi].first:end]
}
