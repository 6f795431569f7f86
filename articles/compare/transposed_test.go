package compare

import (
	"testing"

	"reader/articles/facts"
)

// TestASwappedFigureMovesToTheFactItCopies: "€69 million" set against
// "€71 million" by its sentence moves to the "€96 million" two others
// give; with two facts its digits could be copied from, it stays.
func TestASwappedFigureMovesToTheFactItCopies(t *testing.T) {
	amount := func(col int, millions float64, digits string) member {
		n := facts.Number{Value: millions * 1e6, Unit: "EUR", Digits: digits}
		return member{col: col, f: facts.Fact{Kind: facts.KindAmount, Attribute: "amount", Norm: digits, Num: &n}}
	}
	clusters := func(extra bool) (paid, fined *cluster, bucket []*cluster) {
		paid = &cluster{kind: facts.KindAmount, cols: map[int]bool{0: true, 1: true}, members: []member{amount(0, 71, "71"), amount(1, 69, "69")}}
		fined = &cluster{kind: facts.KindAmount, cols: map[int]bool{0: true, 2: true}, members: []member{amount(0, 96, "96"), amount(2, 96, "96")}}
		bucket = []*cluster{paid, fined}
		if extra {
			bucket = append(bucket, &cluster{kind: facts.KindAmount, cols: map[int]bool{2: true, 3: true}, members: []member{amount(2, 96, "96"), amount(3, 96, "96")}})
		}
		return paid, fined, bucket
	}
	paid, fined, bucket := clusters(false)
	joinTransposedElsewhere(bucket)
	if len(paid.members) != 1 || len(fined.members) != 3 || !fined.cols[1] || paid.cols[1] {
		t.Errorf("€69 million not moved to the €96 million: paid %d, fined %d", len(paid.members), len(fined.members))
	}
	paid, _, bucket = clusters(true)
	joinTransposedElsewhere(bucket)
	if len(paid.members) != 2 {
		t.Error("€69 million moved though two facts give €96 million")
	}
}
