package clean

import (
	"strings"
	"testing"
)

// TestPhraseSetFindsWhatContainsFinds: the one-pass set answers as a
// strings.Contains per phrase does, at every position of the line,
// with pieces of one byte and pieces that open alike.
func TestPhraseSetFindsWhatContainsFinds(t *testing.T) {
	pieces := append([]string{"x", "sign up", "sign-up", "signup", "% off", "ctanos", "désinscri"}, promoCues...)
	set := newPhraseSet(pieces)
	lines := []string{
		"", "s", "sign", "please sign up today", "sign-up", "30% off your order", "contáctanos hoy", "vous pouvez vous désinscrire",
		"nothing to see here", "the mayor signed an order", "a line with an x in it", "newslette", "newsletter", "ünïcödé nëwsletter",
	}
	for _, l := range lines {
		want := false
		for _, p := range pieces {
			if strings.Contains(l, p) {
				want = true
			}
		}
		if got := set.in(l); got != want {
			t.Errorf("%q: in = %v, want %v", l, got, want)
		}
	}
}

// TestHasAnyWordReadsWholeWords: a word of the set counts only whole,
// with its hyphens and apostrophes.
func TestHasAnyWordReadsWholeWords(t *testing.T) {
	set := map[string]bool{"free": true, "e-mail": true, "l'offre": true}
	for line, want := range map[string]bool{
		"get it free": true, "freedom of the press": false, "send an e-mail now": true, "email": false,
		"voici l'offre": true, "offre": false, "free,": true, "": false, "carefree": false,
	} {
		if got := hasAnyWord(line, set); got != want {
			t.Errorf("%q: hasAnyWord = %v, want %v", line, got, want)
		}
	}
}
