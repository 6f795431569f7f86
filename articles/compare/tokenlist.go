package compare

import (
	"cmp"
	"slices"
)

// tokenList is a passage's tokens as alignment compares them: each token
// by a number standing for it in one comparison, in the order of those
// numbers, with its weight; and the weights' total. Every passage of the
// longest article is compared with every passage of each other one, and
// walking two such lists side by side costs far less than going through
// one passage's map and looking each token up in the other's.
type tokenList struct {
	toks  []weightedToken
	total float64
}

type weightedToken struct {
	id     int32
	weight float64
}

// tokenLists numbers the tokens of every column's passages, the same token
// by the same number throughout, and lists each passage's.
func tokenLists(cols [][]passage) [][]tokenList {
	ids := map[string]int32{}
	out := make([][]tokenList, len(cols))
	for k, col := range cols {
		out[k] = make([]tokenList, len(col))
		for j, p := range col {
			out[k][j] = newTokenList(p.tokens, ids)
		}
	}
	return out
}

// newTokenList lists the tokens t, numbered by ids (which it extends).
func newTokenList(t map[string]float64, ids map[string]int32) tokenList {
	l := tokenList{toks: make([]weightedToken, 0, len(t))}
	for k, w := range t {
		id, ok := ids[k]
		if !ok {
			id = int32(len(ids))
			ids[k] = id
		}
		l.toks = append(l.toks, weightedToken{id: id, weight: w})
		l.total += w
	}
	slices.SortFunc(l.toks, func(a, b weightedToken) int { return cmp.Compare(a.id, b.id) })
	return l
}

// similarity is the weighted share of the smaller passage found in the
// other. The weights are whole numbers (1, 2 and factWeight), so the sums
// come out the same in any order.
func similarity(a, b tokenList) float64 {
	var shared float64
	for i, j := 0, 0; i < len(a.toks) && j < len(b.toks); {
		switch x, y := a.toks[i].id, b.toks[j].id; {
		case x == y:
			shared += a.toks[i].weight
			i++
			j++
		case x < y:
			i++
		default:
			j++
		}
	}
	small := min(a.total, b.total)
	if small == 0 {
		return 0
	}
	return shared / (small + 3) // +3 keeps one-word passages from matching on a word
}
