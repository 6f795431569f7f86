package clean

import (
	"strings"
	"testing"
)

func TestRuneSetIsContainsAny(t *testing.T) {
	lines := []string{"", "plain text", "a | b", "«quoted»", "“x”", "a•b", "a·b", "●", "caf\xe9 |", "\xe2\x80", "\ufffd", "„Zitat“", "x\"y"}
	for _, chars := range []string{"\"“”«»„", "|•·●", "|•·", "\ufffd"} {
		rs := newRuneSet(chars)
		for _, l := range lines {
			if got, want := rs.in(l), strings.ContainsAny(l, chars); got != want {
				t.Errorf("%q in %q: %v, ContainsAny says %v", chars, l, got, want)
			}
		}
	}
}
