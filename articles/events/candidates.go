package events

import (
	"math"
	"slices"
)

// postings is the inverted index grouping finds candidate pairs with:
// the positions holding grouping ID t, ascending, are
// docs[start[t]:start[t+1]]. Only the tokens whose reports are paired in
// full are listed: those held by two to postingCap reports. The names and
// figures held by more are sampled instead (sampled.go), which needs only
// how many hold them: at 100k reports, listing their holders too wrote a
// third of the postings, at random, never to be read.
type postings struct {
	start, docs []int32
}

// buildPostings lists the positions of each token worth listing.
func (ix *groupIndex) buildPostings() *postings {
	p := &postings{start: make([]int32, len(ix.df)+1)}
	for t, c := range ix.df {
		p.start[t+1] = p.start[t]
		if c >= 2 && c <= postingCap {
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

// maxCandidates bounds the pairs each report brings to scoring: of its
// candidates (the reports it shares tokens held by at most postingCap
// reports with) it has only the maxCandidates of highest lower bound
// scored in full. Its own event is among its best; the rest of the event
// is reached through the others' best and, when groups merge, through the
// cross pairs cluster works out. Without the bound the work grew faster
// than the reports: on the generated sets, whose syllable-made names
// collide more as they grow, ever more candidates clear the lower bound,
// and 10x the reports (10k -> 100k) took 33x the full similarities (93k
// -> 3.03M). With it, and mayRelate, 40k -> 1.68M, most of them sampled
// pairs: bounding those too (each report joining the rings of its two
// heaviest tokens only) took 100k to 0.90M and 2.6 s, but then full and
// incremental grouping disagree (store's
// TestIncrementalGroupingAgreesOnRealisticReports). Grouping 100k takes
// 3.1-3.5 s against 3.7-4.5 s, 10k 0.15 s against 0.16-0.22 s (best
// runs on the loaded 2-core machine). At 8 the labelled set (F1 1.0),
// the 3,000 realistic reports (8.7% in mixed events) and 10k generated
// ones (2,294 events, was 2,293) group as before.
const maxCandidates = 8

// scorePairs scores the candidate pairs (see eachCandidate) on everything
// the two share, and keeps those that are related.
func scorePairs(ix *groupIndex) *pairGraph {
	n := len(ix.order)
	g := &pairGraph{pairs: make([]scoredPair, 0, 8*n)} // related pairs run to a few a report
	sc := ix.newScorer()
	ix.eachCandidate(func(a, b int32) {
		if raw, s := sc.similarity(a, b); raw >= relatedScore {
			g.pairs = append(g.pairs, scoredPair{min(a, b), max(a, b), s})
		}
	})
	g.pairs = sortScoredPairs(g.pairs, n)
	g.link(n)
	return g
}

// sortScoredPairs orders pairs of positions below n by a, then b: spread
// by a, then each a's few sorted by b, cheaper than one sort of all.
func sortScoredPairs(pairs []scoredPair, n int) []scoredPair {
	start := make([]int32, n+1)
	for _, p := range pairs {
		start[p.a+1]++
	}
	for i := 1; i <= n; i++ {
		start[i] += start[i-1]
	}
	out := make([]scoredPair, len(pairs))
	fill := slices.Clone(start[:n])
	for _, p := range pairs {
		out[fill[p.a]] = p
		fill[p.a]++
	}
	for a := range n {
		slices.SortFunc(out[start[a]:start[a+1]], func(x, y scoredPair) int { return int(x.b - y.b) })
	}
	return out
}

// eachCandidate calls f(a, b) once for each pair worth scoring in full,
// a being the report whose candidates are walked (b is before or after
// it), in order of a.
// Each report ranks the reports it shares tokens held by at most
// postingCap reports with by a lower bound of their similarity, what
// those tokens weigh, and keeps its maxCandidates best of those at or
// above half of relatedScore that may be related at all (mayRelate); a
// pair is scored when one of its reports keeps the other. The sampled
// pairs that share no such token are scored when they may be related.
// The outcome does not depend on the order of Add: positions, weights and
// ties are fixed by hash.
func (ix *groupIndex) eachCandidate(f func(a, b int32)) {
	p := ix.buildPostings()
	sampled := ix.sampledPairs()
	n := len(ix.order)
	var sums candidateTable
	// least[a] is the worst candidate a kept when it had to leave some
	// out; a report left nothing out keeps every candidate.
	least := make([]rankKey, n)
	var best []rankKey
	next := 0 // the first sampled pair whose a is not below the current one
	for a := int32(0); int(a) < n; a++ {
		walked := 0
		for _, t := range ix.tokens(a) {
			walked += int(p.start[t+1] - p.start[t])
		}
		sums.reset(walked)
		for _, t := range ix.tokens(a) {
			list := p.docs[p.start[t]:p.start[t+1]]
			if len(list) == 0 {
				continue
			}
			w2 := ix.weight[t] * ix.weight[t]
			isEnt, isName := entityKind(ix.kind[t]), ix.kind[t] == kindName
			for _, b := range list {
				if b == a {
					continue
				}
				s := sums.slot(b)
				s.acc += w2
				if isEnt {
					s.ent += w2
				}
				if isName {
					s.name += w2
				}
			}
		}
		// The lower bound is symmetric, summed in the same order from
		// either side, so a's rank with b is b's rank with a. The bounds
		// are worked out first, in a loop of their own that tests nothing
		// it reads, so that the processor fetches many candidates'
		// rankStats at once: one at a time, each followed by tests on
		// it, they took a third of the walk at 100k reports.
		ra := &ix.rank[a]
		for _, k := range sums.touched {
			s := &sums.slots[k]
			rb := &ix.rank[s.pos]
			s.lower = math.Max(s.acc/(ra.norm*rb.norm+1e-9), s.ent/(ra.entNorm*rb.entNorm+1e-9))
		}
		best = best[:0]
		for _, k := range sums.touched {
			s := &sums.slots[k]
			b, lower := s.pos, s.lower
			if lower < relatedScore/2 {
				continue
			}
			// Ranked before mayRelate is asked: best holds only those
			// that may relate, so one that would not make it among them
			// is left out either way. At 100k generated reports 3.2M
			// candidates cleared the lower bound and each was asked.
			c := rankKey{lower, b}
			if len(best) == maxCandidates && c.compare(best[maxCandidates-1]) > 0 {
				continue
			}
			if !ix.mayRelate(a, b, s.acc, s.ent, s.name) {
				continue
			}
			if len(best) == maxCandidates {
				best = best[:maxCandidates-1]
			}
			k := len(best)
			best = append(best, c)
			for ; k > 0 && c.compare(best[k-1]) < 0; k-- {
				best[k] = best[k-1]
			}
			best[k] = c
		}
		least[a] = rankKey{lower: -1} // below every candidate
		if len(best) == maxCandidates {
			least[a] = best[maxCandidates-1]
		}
		for _, c := range best {
			switch {
			case c.pos > a, (rankKey{c.lower, a}).compare(least[c.pos]) > 0:
				f(a, c.pos) // after a, or before it and it did not keep a
			}
		}
		for ; next < len(sampled) && int32(sampled[next]>>32) == a; next++ {
			if b := int32(sampled[next] & 0xffffffff); !sums.has(b) && ix.mayRelate(a, b, 0, 0, 0) {
				f(a, b)
			}
		}
	}
}

// rankKey is a candidate of a report: its position and the lower bound of
// their similarity.
type rankKey struct {
	lower float64
	pos   int32
}

// compare orders candidates best first: higher lower bound, then lower
// position.
func (x rankKey) compare(y rankKey) int {
	switch {
	case x.lower > y.lower:
		return -1
	case x.lower < y.lower:
		return 1
	}
	return int(x.pos - y.pos)
}

// commonMass is the squared weight of a position's shared tokens (given
// ascending) held by more than postingCap reports, over all of them, over
// names and figures alone and over names alone: what the postings walk
// does not add up.
func (ix *groupIndex) commonMass(toks []int32) [3]float64 {
	var out [3]float64
	for _, t := range toks {
		if ix.df[t] > postingCap {
			w2 := ix.weight[t] * ix.weight[t]
			out[0] += w2
			if entityKind(ix.kind[t]) {
				out[1] += w2
			}
			if ix.kind[t] == kindName {
				out[2] += w2
			}
		}
	}
	return out
}

// mayRelate reports whether a and b, which share acc of squared weight in
// tokens held by at most postingCap reports (ent of it in names and
// figures, name in names), may be related: what they share beyond is at
// most the lesser of their common masses, so a pair that falls short of
// relatedScore even with it cannot be related, and is not scored. The
// test is exact: it leaves out no pair similarity would find related.
func (ix *groupIndex) mayRelate(a, b int32, acc, ent, name float64) bool {
	const slack = 1 - 1e-9 // sums in another order may differ in the last bits
	// The first test, on all they may share, reads rankStats alone: at
	// 100k reports it settles 98% of the pairs eachCandidate ranks.
	ra, rb := &ix.rank[a], &ix.rank[b]
	dot := acc + math.Min(ra.common, rb.common)
	if dot/(ra.norm*rb.norm+1e-9) >= relatedScore*slack {
		return true
	}
	if !ix.otherLanguage(a, b) {
		return false
	}
	sa, sb := &ix.stats[a], &ix.stats[b]
	e := ent + math.Min(sa.common[1], sb.common[1])
	if e/(sa.entNorm*sb.entNorm+1e-9) >= relatedScore*slack {
		return true
	}
	nm := name + math.Min(sa.common[2], sb.common[2])
	return (e+crossNameBoost*nm)/(sa.crossNorm*sb.crossNorm+1e-9) >= relatedScore*slack // names weighed up, as between two languages
}
