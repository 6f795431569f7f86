package events

import (
	"math"
	"slices"
)

// postings is the inverted index grouping finds candidate pairs with:
// the positions holding grouping ID t, ascending, are
// docs[start[t]:start[t+1]]. Only tokens that may pair reports are
// listed: those held by two to postingCap reports, and names and figures
// held by more, which are sampled.
type postings struct {
	start, docs []int32
}

// buildPostings lists the positions of each token worth listing.
func (ix *groupIndex) buildPostings() *postings {
	p := &postings{start: make([]int32, len(ix.df)+1)}
	for t, c := range ix.df {
		p.start[t+1] = p.start[t]
		if ix.listed(int32(t)) {
			p.start[t+1] += c
		}
	}
	p.docs = make([]int32, p.start[len(ix.df)])
	fill := slices.Clone(p.start[:len(ix.df)])
	for i := range ix.order {
		for _, t := range ix.tokens(int32(i)) {
			if fill[t] < p.start[t+1] {
				p.docs[fill[t]] = int32(i)
				fill[t]++
			}
		}
	}
	return p
}

// listed: whether token t goes into the postings: held by two to
// postingCap reports, or by more when a name or a figure other than a
// small count.
func (ix *groupIndex) listed(t int32) bool {
	c, k := ix.df[t], ix.kind[t]
	return c >= 2 && (c <= postingCap || entityKind(k) && k != kindCount)
}

// sampledPairs pairs the holders of each token held by more than
// postingCap reports with sampleWidth others each, in an order shuffled by
// a hash of the token and the position: over the tokens a big story's
// reports share, every report meets a few others at random, which links
// the story as a whole without comparing every pair. Pairs come back as
// a<<32|b with a < b, sorted, each once.
func (ix *groupIndex) sampledPairs(p *postings) []uint64 {
	var out []uint64
	var holders []int32
	for t := range ix.df {
		list := p.docs[p.start[t]:p.start[t+1]]
		if len(list) <= postingCap || len(list) > maxSampled(len(ix.order)) {
			continue
		}
		holders = append(holders[:0], list...)
		seed := uint64(t) * 0x9e3779b97f4a7c15
		slices.SortFunc(holders, func(x, y int32) int {
			hx, hy := mix(seed^uint64(x)), mix(seed^uint64(y))
			switch {
			case hx < hy:
				return -1
			case hx > hy:
				return 1
			}
			return int(x - y)
		})
		for k, a := range holders {
			for w := 1; w <= sampleWidth; w++ {
				b := holders[(k+w)%len(holders)]
				if a > b {
					out = append(out, uint64(b)<<32|uint64(a))
				} else {
					out = append(out, uint64(a)<<32|uint64(b))
				}
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// maxSampled is the most reports a token may be held by and still be
// sampled: held by more, it is a name or figure of the times (a country,
// a big company), not of one story, however big. A story held by more than
// this is still linked through its other tokens.
func maxSampled(n int) int { return max(1024, n/64) }

// mix is the splitmix64 finaliser: a cheap, well-spread hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// scorePairs scores the candidate pairs: those that share a token held by
// at most postingCap reports, and the sampled pairs of the tokens held by
// more. What a pair shares of the rare tokens is summed as the postings
// are walked; a pair whose rare tokens leave it short of half of
// relatedScore is taken no further, and every other pair is scored on
// everything the two share.
func scorePairs(ix *groupIndex) *pairGraph {
	p := ix.buildPostings()
	sampled := ix.sampledPairs(p)
	n := len(ix.order)
	mark := make([]int32, n) // mark[b] == a+1 once b is a candidate of a
	acc := make([]float64, n)
	ent := make([]float64, n)
	var touched []int32
	g := &pairGraph{pairs: make([]scoredPair, 0, 8*n)} // related pairs run to a few a report
	next := 0                                          // the first sampled pair whose a is not below the current one
	for a := int32(0); int(a) < n; a++ {
		touched = touched[:0]
		for _, t := range ix.tokens(a) {
			list := p.docs[p.start[t]:p.start[t+1]]
			if len(list) > postingCap {
				continue
			}
			w2 := ix.weight[t] * ix.weight[t]
			isEnt := entityKind(ix.kind[t])
			for _, b := range list {
				if b <= a {
					continue
				}
				if mark[b] != a+1 {
					mark[b] = a + 1
					acc[b], ent[b] = 0, 0
					touched = append(touched, b)
				}
				acc[b] += w2
				if isEnt {
					ent[b] += w2
				}
			}
		}
		for ; next < len(sampled) && int32(sampled[next]>>32) == a; next++ {
			if b := int32(sampled[next] & 0xffffffff); mark[b] != a+1 {
				mark[b] = a + 1
				acc[b], ent[b] = math.Inf(1), 0 // always scored
				touched = append(touched, b)
			}
		}
		slices.Sort(touched)
		for _, b := range touched {
			lower := math.Max(acc[b]/(ix.norm[a]*ix.norm[b]+1e-9), ent[b]/(ix.entNorm[a]*ix.entNorm[b]+1e-9))
			if lower < relatedScore/2 {
				continue
			}
			if raw, s := ix.similarity(a, b); raw >= relatedScore {
				g.pairs = append(g.pairs, scoredPair{a, b, s})
			}
		}
	}
	g.link(n)
	return g
}
