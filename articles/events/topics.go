package events

import (
	"math"
	"slices"
	"time"
)

// Events of one kind of happening (two central banks' rate decisions, two
// transport strikes, two earthquakes) in the same days share no names or
// figures, but their reports tell them in the same words. They are linked
// as related when a report of one and a report of the other have a
// cosine of at least topicScore over their terms alone, each weighed by
// its rarity (terms are stemmed by language, so reports in two languages
// seldom share them), and they happened within topicDays of each other. On the three labelled sets it
// was tuned on, the related pairs of one topic score 0.18-0.26 and the
// highest pair of unrelated events 0.14; on a fourth, written after and
// run once (testdata/heldout-dec3), it linked one of three same-topic
// pairs (two airlines' strikes, 0.163; floods in two cities scored 0.136,
// two companies' data breaches 0.081) and no unrelated events.
const (
	topicScore = 0.16
	topicDays  = 7
)

// topicLinks returns the pairs of events (indexes into members, whose
// items are positions in order) linked by topic, smaller index first,
// each with its best report pair's score; df[t] is how many reports hold
// vocabulary ID t.
// Terms held by more than postingCap reports are not walked, so the work
// stays near-linear; they still weigh in the reports' norms.
func topicLinks(gr *Grouper, order []int32, members [][]int, span [][2]time.Time, df []int32) []scoredLink {
	var buf []int32
	n := float64(gr.corpusSize(len(order)))
	weight := make([]float64, len(gr.vocab))
	for t, c := range df {
		if c > 0 && gr.kindOf[t] == kindTerm {
			weight[t] = math.Log(1 + n/float64(gr.globalDF(int32(t), c)))
		}
	}
	eventOf := make([]int32, len(order))
	for e, idx := range members {
		for _, i := range idx {
			eventOf[i] = int32(e)
		}
	}
	// Each report's norm over all its terms, and the terms it is walked
	// by, in one pass over the reports' tokens: those of report i are
	// walk[walkStart[i]:walkStart[i+1]]. Then the postings of those terms.
	start := make([]int32, len(gr.vocab)+1)
	norm := make([]float64, len(order))
	var walk []int32
	walkStart := make([]int32, 1, len(order)+1)
	for i, d := range order {
		buf = gr.docs[d].appendTokens(buf[:0])
		for _, t := range buf {
			if gr.kindOf[t] != kindTerm {
				continue
			}
			norm[i] += weight[t] * weight[t]
			if df[t] >= 2 && df[t] <= postingCap {
				start[t+1]++
				walk = append(walk, t)
			}
		}
		norm[i] = math.Sqrt(norm[i])
		walkStart = append(walkStart, int32(len(walk)))
	}
	for t := range gr.vocab {
		start[t+1] += start[t]
	}
	docs := make([]int32, start[len(gr.vocab)])
	fill := slices.Clone(start[:len(gr.vocab)])
	for i := range order {
		for _, t := range walk[walkStart[i]:walkStart[i+1]] {
			docs[fill[t]] = int32(i)
			fill[t]++
		}
	}
	best := map[[2]int32]float64{} // pairs of events -> their best report pair
	dot := make([]float64, len(order))
	var touched []int32
	for a := range order {
		touched = touched[:0]
		for _, t := range walk[walkStart[a]:walkStart[a+1]] {
			w2 := weight[t] * weight[t]
			for _, b := range docs[start[t]:start[t+1]] {
				if int(b) <= a || eventOf[b] == eventOf[a] {
					continue
				}
				if dot[b] == 0 {
					touched = append(touched, b)
				}
				dot[b] += w2
			}
		}
		for _, b := range touched {
			s := dot[b] / (norm[a]*norm[b] + 1e-9)
			dot[b] = 0
			ea, eb := eventOf[a], eventOf[b]
			if s < topicScore || !within(span[ea], span[eb], topicDays) {
				continue
			}
			k := [2]int32{min(ea, eb), max(ea, eb)}
			best[k] = max(best[k], s)

		}
	}
	out := make([]scoredLink, 0, len(best))
	for p, s := range best {
		out = append(out, scoredLink{p, s})
	}
	return out
}

// within reports whether two events' dates, each from its first to its
// last report, come within days of each other; an undated event is not.
func within(x, y [2]time.Time, days int) bool {
	if x[0].IsZero() || y[0].IsZero() {
		return false
	}
	gap := max(x[0].Sub(y[1]), y[0].Sub(x[1]))
	return gap <= time.Duration(days)*24*time.Hour
}
