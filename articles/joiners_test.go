package articles

import (
	"reader/articles/internal/textutil"
	"testing"
)

func TestNormalizeLineKeepsJoinersThatHoldTextTogether(t *testing.T) {
	cases := []struct{ in, want string }{
		{"family 👩\u200d👩\u200d👧 flag 🏳️\u200d🌈", "family 👩\u200d👩\u200d👧 flag 🏳️\u200d🌈"},
		{"می\u200cخواهم", "می\u200cخواهم"},                                 // Persian ZWNJ
		{"zero\u200bwidth jo\u200dined no\u200cn", "zerowidth joined non"}, // junk between ASCII letters
		{"\u200d\u200cstart", "start"},
	}
	for _, c := range cases {
		if got := textutil.NormalizeLine(c.in); got != c.want {
			t.Errorf("textutil.NormalizeLine(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
