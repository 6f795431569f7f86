package clean

import (
	"math"
	"strings"
	"testing"

	"reader/articles/internal/textutil"
)

// TestJoinLinesGivesTheDetectorWhatItReads: the kept lines joined only
// past textutil.LanguageSample tell the same language as all of them,
// whichever line the sample ends in.
func TestJoinLinesGivesTheDetectorWhatItReads(t *testing.T) {
	para := "Der Konzern will in der Region investieren, sagte der Sprecher am Montag. "
	for n := 1; n < 40; n++ {
		var lines []string
		for i := 0; i < n; i++ {
			lines = append(lines, strings.Repeat(para, 1+i%3))
		}
		lines = append(lines, strings.Repeat("The company said it would invest in the region over the years. ", 30))
		all := joinLines(lines, math.MaxInt)
		part := joinLines(lines, textutil.LanguageSample)
		if !strings.HasPrefix(all, part) || len(all) > textutil.LanguageSample && len(part) <= textutil.LanguageSample {
			t.Fatalf("%d lines: joined %d bytes of %d", n, len(part), len(all))
		}
		if got, want := textutil.DetectLanguage(part), textutil.DetectLanguage(all); got != want {
			t.Errorf("%d lines: %q, all of them %q", n, got, want)
		}
	}
}
