package textutil

import (
	"math/rand"
	"strings"
	"testing"

	"golang.org/x/text/transform"
)

// slowFold is FoldLower without foldLatin.
func slowFold(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	if IsPlain(s) {
		return strings.Trim(s, "'-")
	}
	t := accentFolders.Get().(transform.Transformer)
	out, _, err := transform.String(t, s)
	accentFolders.Put(t)
	if err != nil {
		return s
	}
	return strings.Trim(noApostrophes.Replace(out), "-")
}

// TestFoldLatinMatchesFolder checks the table against the accent folder on
// every rune it knows and on random words of them.
func TestFoldLatinMatchesFolder(t *testing.T) {
	var words []string
	for r := rune(1); r < latinEnd+64; r++ {
		words = append(words, string(r), "a"+string(r)+"b", string(r)+"\u0301")
	}
	rng := rand.New(rand.NewSource(1))
	pick := []rune("aeiouyzAEZ'-’éèêëàâäçñöüßøåæœıǅǆĳ\u0301\u0327")
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.Intn(8) {
			if rng.Intn(3) == 0 {
				b.WriteRune(rune(0x80 + rng.Intn(latinEnd-0x80+40)))
			} else {
				b.WriteRune(pick[rng.Intn(len(pick))])
			}
		}
		words = append(words, b.String())
	}
	words = append(words, "caf\xe9", "zürich's", "-élan-", "l’été")
	for _, w := range words {
		if got, want := FoldLower(w), slowFold(w); got != want {
			t.Fatalf("FoldLower(%q) = %q, the folder makes %q", w, got, want)
		}
	}
}
