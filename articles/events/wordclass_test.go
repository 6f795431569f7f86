package events

import (
	"testing"

	"reader/articles/internal/textutil"
)

// TestSkipsWord checks the one-lookup classes against the sets they are
// made of, on every word of those sets, folded and not.
func TestSkipsWord(t *testing.T) {
	want := func(lw, lower string) bool {
		_, month := textutil.Months()[lower]
		return textutil.Stopwords()[lw] || weekdayNames()[lower] || month && len(lower) >= 4 || figureWords()[lw]
	}
	var words []string
	for w := range textutil.Stopwords() {
		words = append(words, w)
	}
	for w := range figureWords() {
		words = append(words, w)
	}
	for w := range weekdayNames() {
		words = append(words, w)
	}
	for w := range textutil.Months() {
		words = append(words, w)
	}
	words = append(words, "", "mai", "juin", "june", "märz", "maerz", "solvra", "thursday's")
	for _, w := range words {
		for _, lower := range []string{w, w + "'s", "x" + w} {
			lw := textutil.FoldLower(lower)
			if got := skipsWord(lw, lower); got != want(lw, lower) {
				t.Errorf("skipsWord(%q, %q) = %v, want %v", lw, lower, got, !got)
			}
		}
	}
}
