package events

import (
	"cmp"
	"math"
	"slices"
	"time"
)

// scoredPair is two articles (a < b) whose similarity is at least
// relatedScore.
type scoredPair struct {
	a, b  int32
	score float64
}

// pairGraph holds the related pairs of a grouping, ordered by a then b, and
// each article's related articles for quick lookup.
type pairGraph struct {
	pairs []scoredPair
	start []int32 // the neighbours of i are next[start[i]:start[i+1]]
	next  []int32
}

func (g *pairGraph) neighbours(i int32) []int32 { return g.next[g.start[i]:g.start[i+1]] }

// scorePairs scores every pair that shares at least one rare token. Each
// article accumulates its dot products with the later articles it meets
// in dense scratch space, token by token in ascending order, so no map of
// pairs is ever built.
func scorePairs(ix *groupIndex) *pairGraph {
	n := len(ix.order)
	acc := make([]float64, n)
	mark := make([]int32, n) // mark[b] == a+1 once b has met a
	var touched, toks []int32
	g := &pairGraph{}
	for a := 0; a < n; a++ {
		self := int32(a)
		touched = touched[:0]
		toks = ix.tokens(a, toks)
		for _, t := range toks {
			list := ix.postDocs[ix.postStart[t]:ix.postStart[t+1]]
			if len(list) == 0 {
				continue
			}
			w := ix.weight[t] // the same in both articles
			for _, b := range list {
				if b <= self {
					continue
				}
				if mark[b] != self+1 {
					mark[b] = self + 1
					acc[b] = 0
					touched = append(touched, b)
				}
				acc[b] += w * w
			}
		}
		slices.Sort(touched)
		pubA := ix.g.docs[ix.order[a]].published
		for _, b := range touched {
			s := acc[b] / (ix.norm[a]*ix.norm[b] + 1e-9)
			if farApart(pubA, ix.g.docs[ix.order[b]].published) {
				s = math.Min(s, sameEventScore-0.01) // a different happening, at most related
			}
			if s >= relatedScore {
				g.pairs = append(g.pairs, scoredPair{self, b, s})
			}
		}
	}
	g.link(n)
	return g
}

// link builds the neighbour lists of n articles from the pairs.
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
	for _, p := range g.pairs {
		g.next[fill[p.a]] = p.b
		fill[p.a]++
		g.next[fill[p.b]] = p.a
		fill[p.b]++
	}
}

func farApart(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	d := a.Sub(b)
	if d < 0 {
		d = -d
	}
	return d > sameEventDays*24*time.Hour
}

// cluster merges pairs from the strongest down; two clusters merge only
// when at least half of their cross pairs are related, so a single
// bridging article cannot chain two events. It returns each article's
// cluster root.
func cluster(n int, g *pairGraph) []int32 {
	parent := make([]int32, n)
	members := make([][]int32, n)
	one := make([]int32, n)
	for i := range parent {
		parent[i], one[i] = int32(i), int32(i)
		members[i] = one[i : i+1 : i+1]
	}
	find := func(i int32) int32 {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	var strong []scoredPair
	for _, p := range g.pairs {
		if p.score >= sameEventScore {
			strong = append(strong, p)
		}
	}
	slices.SortFunc(strong, func(x, y scoredPair) int {
		if x.score != y.score {
			return cmp.Compare(y.score, x.score)
		}
		if x.a != y.a {
			return cmp.Compare(x.a, y.a)
		}
		return cmp.Compare(x.b, y.b)
	})
	for _, p := range strong {
		ra, rb := find(p.a), find(p.b)
		if ra == rb || !cohesive(members[ra], members[rb], rb, g, find) {
			continue
		}
		if len(members[ra]) < len(members[rb]) {
			ra, rb = rb, ra
		}
		parent[rb] = ra
		members[ra] = append(members[ra], members[rb]...)
		members[rb] = nil
	}
	out := make([]int32, n)
	for i := range out {
		out[i] = find(int32(i))
	}
	return out
}

// cohesive: whether at least half of the cross pairs of clusters a and b
// (whose root is rootB) are related. Very large clusters are let through.
func cohesive(a, b []int32, rootB int32, g *pairGraph, find func(int32) int32) bool {
	if len(a)*len(b) > 4096 {
		return true
	}
	linked := 0
	for _, x := range a {
		for _, y := range g.neighbours(x) {
			if find(y) == rootB {
				linked++
			}
		}
	}
	return linked*2 >= len(a)*len(b)
}
