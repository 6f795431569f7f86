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
	var sh overlap
	for i, j := 0, 0; i < len(ta) && j < len(tb); {
		switch {
		case ta[i] < tb[j]:
			i++
		case ta[i] > tb[j]:
			j++
		default:
			ix.addShared(&sh, ta[i])
			i++
			j++
		}
	}
	return scoreShared(&ix.stats[a], &ix.stats[b], &sh)
}

// overlap is what two reports share, added up one token at a time in
// ascending order, so that the sums are the same however the shared
// tokens are found.
type overlap struct {
	dot, ent    float64 // squared weight of all and of names and figures
	name        float64 // squared weight of names
	topName     float64 // the squared weight of the heaviest name
	figs, names int
	ents        int     // names, figures and lead tokens
	top         float64 // the squared weight of the heaviest token shared
}

// addShared adds token t to what two reports share.
func (ix *groupIndex) addShared(sh *overlap, t int32) {
	w := ix.weight[t]
	sh.dot += w * w
	sh.top = max(sh.top, w*w)
	if entityKind(ix.kind[t]) {
		sh.ent += w * w
		sh.ents++
	}
	switch ix.kind[t] {
	case kindNumber, kindCount:
		sh.figs++
	case kindName:
		sh.names++
		sh.name += w * w
		sh.topName = max(sh.topName, w*w)
	}
}

// scoreShared is similarity given what two reports, of reportStats sa
// and sb, share.
func scoreShared(sa, sb *reportStats, sh *overlap) (raw, score float64) {
	if sh.dot == 0 {
		return 0, 0
	}
	raw = sh.dot / (sa.norm*sb.norm + 1e-9)
	other := sh.ent > 0 && sa.otherLanguage(sb)
	if sh.ents < minShared && (sh.dot-sh.ent)/(sa.norm*sb.norm+1e-9) < relatedScore {
		return 0, 0 // one or two names or figures, and little else
	}
	if (sh.dot-sh.top)/(sa.norm*sb.norm+1e-9) < relatedScore/2 &&
		!(other && (sh.ent+crossNameBoost*sh.name-max(sh.top, crossNameBoost*sh.topName))/(sa.crossNorm*sb.crossNorm+1e-9) >= relatedScore/2) {
		return 0, 0 // one alone that weighs all
	}
	if other {
		raw = max(raw, sh.ent/(sa.entNorm*sb.entNorm+1e-9), (sh.ent+crossNameBoost*sh.name)/(sa.crossNorm*sb.crossNorm+1e-9))
	}
	score = raw * dayFactor(sa.day, sb.day)
	if sh.figs == 0 && sa.figures > 0 && sb.figures > 0 {
		score *= figureMismatch
	}
	if sh.names == 0 && sa.names > 0 && sb.names > 0 {
		score *= nameMismatch
	}
	return raw, score
}

// scorer works out similarity for many pairs that share a report, as
// eachCandidate gives them: the tokens of that report are set in a
// bitset over grouping IDs, and each other report's tokens are looked up
// in it, in place of merging two sorted lists, whose branches the
// processor cannot foretell. The result is similarity's, to the bit.
type scorer struct {
	ix   *groupIndex
	bits []uint64
	cur  int32 // the report whose tokens are set; -1 for none
}

func (ix *groupIndex) newScorer() *scorer {
	return &scorer{ix: ix, bits: make([]uint64, (len(ix.df)+63)/64), cur: -1}
}

// similarity is ix.similarity(a, b), faster when a is the same as in
// the call before.
func (s *scorer) similarity(a, b int32) (raw, score float64) {
	if a != s.cur {
		if s.cur >= 0 {
			for _, t := range s.ix.tokens(s.cur) {
				s.bits[t>>6] = 0
			}
		}
		for _, t := range s.ix.tokens(a) {
			s.bits[t>>6] |= 1 << (t & 63)
		}
		s.cur = a
	}
	// b's reportStats are read before its tokens: at 100k reports both
	// are cache misses, and read apart, one waited on the other.
	sb := s.ix.stats[b]
	var sh overlap
	for _, t := range s.ix.tokens(b) {
		if s.bits[t>>6]&(1<<(t&63)) != 0 {
			s.ix.addShared(&sh, t)
		}
	}
	return scoreShared(&s.ix.stats[a], &sb, &sh)
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
	return ix.stats[a].otherLanguage(&ix.stats[b])
}

// otherLanguage: whether two reports, of reportStats st and o, may be in
// two languages.
func (st *reportStats) otherLanguage(o *reportStats) bool {
	return st.lang == 0 || o.lang == 0 || st.lang != o.lang
}

// crossNameBoost is how much more a shared name weighs, squared, between
// reports in two languages: there names are most of what a translation
// shares, and the figures, weighing six times a name, drowned them.
const crossNameBoost = 2.5
