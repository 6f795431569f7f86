package gbdt

import (
	"math"
	"math/rand"
	"runtime"
	"sort"
	"sync"
)

// Params set how a model is trained. The same data and Params always give
// the same model: rows are sampled from Seed, and ties go to the first
// feature and the lowest threshold.
type Params struct {
	Trees     int     // number of trees
	Depth     int     // the deepest a tree grows
	MinLeaf   int     // the fewest rows a leaf may hold
	Rate      float64 // shrinkage of each tree's output
	Lambda    float64 // L2 regularisation of leaf values
	Subsample float64 // share of rows each tree is grown on
	Bins      int     // thresholds tried per feature, at most 255
	Seed      int64
	// Colsample is the share of features each tree may split on, drawn
	// from Seed per tree; 0 or 1: all of them.
	Colsample float64
}

// DefaultParams suit a few hundred thousand rows and a hundred features.
func DefaultParams() Params {
	return Params{Trees: 200, Depth: 5, MinLeaf: 20, Rate: 0.1, Lambda: 1, Subsample: 0.6, Bins: 64, Seed: 1}
}

// Train fits a model to rows X with labels y (0 or 1) and optional row
// weights w (nil for all 1), minimising log-loss.
func Train(X [][]float32, y, w []float64, names []string, p Params) *Model {
	n, nf := len(X), len(names)
	if w == nil {
		w = make([]float64, n)
		for i := range w {
			w[i] = 1
		}
	}
	thr, cols := quantize(X, nf, p.Bins)
	var pos, all float64
	for i := range y {
		pos += y[i] * w[i]
		all += w[i]
	}
	pos = math.Min(math.Max(pos, 1e-6), all-1e-6)
	m := &Model{Features: names, Bias: math.Log(pos / (all - pos))}
	score := make([]float64, n)
	for i := range score {
		score[i] = m.Bias
	}
	g, h := make([]float64, n), make([]float64, n)
	rng := rand.New(rand.NewSource(p.Seed))
	b := &builder{p: p, thr: thr, cols: cols, g: g, h: h}
	for t := 0; t < p.Trees; t++ {
		for i := range g {
			pr := Sigmoid(score[i])
			g[i], h[i] = (pr-y[i])*w[i], math.Max(pr*(1-pr), 1e-6)*w[i]
		}
		rows := make([]int32, 0, n)
		for i := 0; i < n; i++ {
			if rng.Float64() < p.Subsample {
				rows = append(rows, int32(i))
			}
		}
		b.use = nil
		if p.Colsample > 0 && p.Colsample < 1 {
			b.use = make([]bool, nf)
			for f := range b.use {
				b.use[f] = rng.Float64() < p.Colsample
			}
		}
		tree, binSplit := b.grow(rows)
		m.Trees = append(m.Trees, tree)
		for i := range score {
			nd := int32(0)
			for tree.Left[nd] >= 0 {
				if int(cols[tree.Feature[nd]][i]) <= binSplit[nd] {
					nd = tree.Left[nd]
				} else {
					nd = tree.Right[nd]
				}
			}
			score[i] += float64(tree.Value[nd])
		}
	}
	return m
}

// quantize picks up to bins thresholds per feature from the quantiles of
// its values and gives every value its bin: the index of the first
// threshold it does not exceed.
func quantize(X [][]float32, nf, bins int) ([][]float32, [][]uint8) {
	thr := make([][]float32, nf)
	cols := make([][]uint8, nf)
	forEach(nf, func(f int) {
		vals := make([]float32, len(X))
		for i, x := range X {
			vals[i] = x[f]
		}
		sorted := append([]float32(nil), vals...)
		sort.Slice(sorted, func(a, b int) bool { return sorted[a] < sorted[b] })
		var ts []float32
		for k := 1; k <= bins; k++ {
			v := sorted[min(len(sorted)-1, k*len(sorted)/(bins+1))]
			if len(ts) == 0 || v > ts[len(ts)-1] {
				ts = append(ts, v)
			}
		}
		if len(ts) > 0 && ts[len(ts)-1] >= sorted[len(sorted)-1] {
			ts = ts[:len(ts)-1] // a threshold at the maximum splits nothing off
		}
		thr[f] = ts
		col := make([]uint8, len(X))
		for i, v := range vals {
			col[i] = uint8(sort.Search(len(ts), func(k int) bool { return v <= ts[k] }))
		}
		cols[f] = col
	})
	return thr, cols
}

type builder struct {
	p    Params
	thr  [][]float32
	cols [][]uint8
	g, h []float64
	use  []bool // the features this tree may split on (nil: all)
}

type job struct {
	node  int32
	rows  []int32
	depth int
}

// grow builds one tree on rows; binSplit[node] is the bin a row must not
// exceed to go left, for updating the scores of the training rows.
func (b *builder) grow(rows []int32) (Tree, []int) {
	var t Tree
	var binSplit []int
	add := func(G, H float64) int32 {
		t.Feature = append(t.Feature, 0)
		t.Threshold = append(t.Threshold, 0)
		t.Left = append(t.Left, -1)
		t.Right = append(t.Right, -1)
		t.Value = append(t.Value, float32(-G/(H+b.p.Lambda)*b.p.Rate))
		binSplit = append(binSplit, 0)
		return int32(len(t.Left) - 1)
	}
	G, H := b.sums(rows)
	queue := []job{{add(G, H), rows, 0}}
	for len(queue) > 0 {
		j := queue[0]
		queue = queue[1:]
		if j.depth >= b.p.Depth || len(j.rows) < 2*b.p.MinLeaf {
			continue
		}
		f, bin, ok := b.bestSplit(j.rows)
		if !ok {
			continue
		}
		col := b.cols[f]
		var left, right []int32
		for _, r := range j.rows {
			if int(col[r]) <= bin {
				left = append(left, r)
			} else {
				right = append(right, r)
			}
		}
		gl, hl := b.sums(left)
		gr, hr := b.sums(right)
		l, r := add(gl, hl), add(gr, hr)
		t.Feature[j.node], t.Threshold[j.node], binSplit[j.node] = int32(f), b.thr[f][bin], bin
		t.Left[j.node], t.Right[j.node] = l, r
		queue = append(queue, job{l, left, j.depth + 1}, job{r, right, j.depth + 1})
	}
	return t, binSplit
}

func (b *builder) sums(rows []int32) (G, H float64) {
	for _, r := range rows {
		G += b.g[r]
		H += b.h[r]
	}
	return G, H
}

// bestSplit finds the feature and bin with the largest gain in log-loss.
func (b *builder) bestSplit(rows []int32) (int, int, bool) {
	nf := len(b.cols)
	gains := make([]float64, nf)
	bins := make([]int, nf)
	G, H := b.sums(rows)
	lam := b.p.Lambda
	parent := G * G / (H + lam)
	forEach(nf, func(f int) {
		nb := len(b.thr[f])
		if nb == 0 || (b.use != nil && !b.use[f]) {
			return
		}
		hg := make([]float64, nb+1)
		hh := make([]float64, nb+1)
		hc := make([]int, nb+1)
		col := b.cols[f]
		for _, r := range rows {
			k := col[r]
			hg[k] += b.g[r]
			hh[k] += b.h[r]
			hc[k]++
		}
		var gl, hl float64
		cl := 0
		for k := 0; k < nb; k++ {
			gl, hl, cl = gl+hg[k], hl+hh[k], cl+hc[k]
			if cl < b.p.MinLeaf || len(rows)-cl < b.p.MinLeaf {
				continue
			}
			gr, hr := G-gl, H-hl
			gain := gl*gl/(hl+lam) + gr*gr/(hr+lam) - parent
			if gain > gains[f] {
				gains[f], bins[f] = gain, k
			}
		}
	})
	best := -1
	for f := 0; f < nf; f++ {
		if gains[f] > 1e-9 && (best < 0 || gains[f] > gains[best]) {
			best = f
		}
	}
	if best < 0 {
		return 0, 0, false
	}
	return best, bins[best], true
}

// forEach runs fn(i) for i in [0, n) on all cores; each call writes only
// its own results, so the outcome does not depend on scheduling.
func forEach(n int, fn func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}
