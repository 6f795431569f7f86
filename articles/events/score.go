package events

import "math"

// scoredPair is two reports (positions a < b) whose similarity before
// their dates are weighed is at least relatedScore; score is after.
type scoredPair struct {
	a, b  int32
	score float64
}

// pairGraph holds the related pairs of a grouping, ordered by a then b.
type pairGraph struct {
	pairs []scoredPair
}

// similarity is how alike the reports at positions a and b are: the
// weighted cosine of all the tokens they share, or, when higher, of their
// names and figures alone, which is what a translated report shares with
// its original. raw is before the days between them are weighed, score
// after.
func (ix *groupIndex) similarity(a, b int32) (raw, score float64) {
	ta, tb := ix.tokens(a), ix.tokens(b)
	dot, ent := 0.0, 0.0
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
			}
			i++
			j++
		}
	}
	if dot == 0 {
		return 0, 0
	}
	raw = dot / (ix.norm[a]*ix.norm[b] + 1e-9)
	if ent > 0 {
		raw = math.Max(raw, ent/(ix.entNorm[a]*ix.entNorm[b]+1e-9))
	}
	return raw, raw * dayFactor(ix.day[a], ix.day[b])
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
