package events

import (
	"math"
	"slices"
)

// scoredPair is two reports (positions a < b) whose similarity before
// their dates are weighed is at least relatedScore; score is after.
type scoredPair struct {
	a, b  int32
	score float64
}

// pairGraph holds the related pairs of a grouping, ordered by a then b,
// and each report's related reports with their scores, ascending, for
// quick lookup: those of i are next[start[i]:start[i+1]].
type pairGraph struct {
	pairs []scoredPair
	start []int32
	next  []int32
	score []float64
}

// link builds the neighbour lists of n reports from the pairs.
func (g *pairGraph) link(n int) {
	g.start = make([]int32, n+1)
	for _, p := range g.pairs {
		g.start[p.a+1]++
		g.start[p.b+1]++
	}
	for i := 1; i <= n; i++ {
		g.start[i] += g.start[i-1]
	}
	fill := slices.Clone(g.start[:n])
	g.next = make([]int32, 2*len(g.pairs))
	g.score = make([]float64, 2*len(g.pairs))
	// Pairs are ordered by a then b: each list fills in ascending order,
	// the b side of earlier pairs before the a side of later ones.
	for _, p := range g.pairs {
		g.next[fill[p.b]], g.score[fill[p.b]] = p.a, p.score
		fill[p.b]++
	}
	for _, p := range g.pairs {
		g.next[fill[p.a]], g.score[fill[p.a]] = p.b, p.score
		fill[p.a]++
	}
}

// lookup returns the score of the pair x, y if the graph holds it.
func (g *pairGraph) lookup(x, y int32) (float64, bool) {
	list := g.next[g.start[x]:g.start[x+1]]
	if k, ok := slices.BinarySearch(list, y); ok {
		return g.score[int(g.start[x])+k], true
	}
	return 0, false
}

// similarity is how alike the reports at positions a and b are: the
// weighted cosine of all the tokens they share, or, for reports in two
// languages (or of unknown language), of their names and figures alone
// when that is higher: that is what a translation shares with its
// original. raw is that similarity, which says whether the two are
// related; score says whether they are one event: it is lowered by the
// days between them, and by figureMismatch when each gives figures and
// they share none.
func (ix *groupIndex) similarity(a, b int32) (raw, score float64) {
	ta, tb := ix.tokens(a), ix.tokens(b)
	dot, ent, figs, names, ents := 0.0, 0.0, 0, 0, 0
	for i, j := 0, 0; i < len(ta) && j < len(tb); {
		switch {
		case ta[i] < tb[j]:
			i++
		case ta[i] > tb[j]:
			j++
		default:
			w := ix.weight[ta[i]]
			dot += w * w
			if entityKind(ix.kind[ta[i]]) {
				ent += w * w
				ents++
			}
			switch ix.kind[ta[i]] {
			case kindNumber:
				figs++
			case kindName:
				names++
			}
			i++
			j++
		}
	}
	if dot == 0 {
		return 0, 0
	}
	raw = dot / (ix.norm[a]*ix.norm[b] + 1e-9)
	if ents < minShared && (dot-ent)/(ix.norm[a]*ix.norm[b]+1e-9) < relatedScore {
		return 0, 0 // one or two names or figures, and little else
	}
	if ent > 0 && ix.otherLanguage(a, b) {
		raw = math.Max(raw, ent/(ix.entNorm[a]*ix.entNorm[b]+1e-9))
	}
	score = raw * dayFactor(ix.day[a], ix.day[b])
	if figs == 0 && ix.figures[a] > 0 && ix.figures[b] > 0 {
		score *= figureMismatch
	}
	if names == 0 && ix.names[a] > 0 && ix.names[b] > 0 {
		score *= nameMismatch
	}
	return raw, score
}

// dayFactor weighs the days between two reports' dates: reports of one
// happening come out within a day or two of each other, and the further
// apart two are, the more it takes to hold them one event. Past
// sameEventDays they are at most related. An unknown date weighs nothing.
func dayFactor(a, b float64) float64 {
	if math.IsNaN(a) || math.IsNaN(b) {
		return 1
	}
	d := math.Abs(a - b)
	switch {
	case d <= 1.5:
		return 1
	case d > sameEventDays:
		return 0
	}
	x := (d - 1.5) / 1.5
	return 1 / (1 + x*x)
}

// otherLanguage: whether the reports at a and b may be in two languages.
func (ix *groupIndex) otherLanguage(a, b int32) bool {
	la, lb := ix.lang[a], ix.lang[b]
	return la == 0 || lb == 0 || la != lb
}
