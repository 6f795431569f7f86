package compare

import "testing"

// TestSimilarityOfLists checks the numbered lists against the weighted
// share worked out on the passages' own token maps, pair by pair.
func TestSimilarityOfLists(t *testing.T) {
	texts := []string{
		"The council approved the 4.2 million euro budget on Monday, Mayor Jane Roe said.",
		"Mayor Jane Roe said the council had approved a budget of 4.2 million euros.",
		"Roe said the vote was close.",
		"",
		"Storms closed 12 schools in Leipzig and Rostock.",
		"Le conseil a approuvé un budget de 4,2 millions d'euros lundi.",
	}
	cols := [][]passage{{}, {}}
	for i, s := range texts {
		p := passage{text: s, tokens: passageTokens(s)}
		if i == 1 {
			p.tokens["fact:0"] = factWeight
		}
		cols[i%2] = append(cols[i%2], p)
	}
	lists := tokenLists(cols)
	for i, a := range cols[0] {
		for j, b := range cols[1] {
			want := mapSimilarity(a.tokens, b.tokens)
			if got := similarity(lists[0][i], lists[1][j]); got != want {
				t.Errorf("similarity(%q, %q) = %v, want %v", a.text, b.text, got, want)
			}
		}
	}
}

// mapSimilarity is the weighted share of the smaller passage found in the
// other, on the token maps.
func mapSimilarity(a, b map[string]float64) float64 {
	var shared, wa, wb float64
	for k, v := range a {
		wa += v
		if _, ok := b[k]; ok {
			shared += v
		}
	}
	for _, v := range b {
		wb += v
	}
	small := min(wa, wb)
	if small == 0 {
		return 0
	}
	return shared / (small + 3)
}
