package clean

import (
	"math/rand"
	"strings"
	"testing"
)

func TestPhraseSetFindsAnyPhraseAnywhere(t *testing.T) {
	p := newPhraseSet([]string{"promo code", "affiliate", "% off", "", "©"})
	for s, want := range map[string]bool{
		"use promo code spring":   true,
		"an affiliate link":       true,
		"save 20% off today":      true,
		"affiliat":                false,
		"the code for the promo":  false,
		"":                        false,
		"promo codes are here":    true,
		"nothing to see, move on": false,
		"© the owner":             true,
	} {
		if got := p.in(s); got != want {
			t.Errorf("in(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestPhraseSetTellsWhichListsALineHolds(t *testing.T) {
	p := newPhraseLists()
	p.add([]string{"cookie", "consent"}, 1)
	p.add([]string{"share", "tweet"}, 2)
	p.add([]string{"cookie jar"}, 4)
	for s, want := range map[string]uint64{
		"we use cookies with your consent": 1,
		"share or tweet this":              2,
		"the cookie jar, share it":         1 | 2 | 4,
		"nothing here":                     0,
	} {
		if got := p.lists(s); got != want {
			t.Errorf("lists(%q) = %b, want %b", s, got, want)
		}
	}
}

func TestEveryVocabularyRuleMatchesOnlyLinesHoldingItsHints(t *testing.T) {
	// The hints are a filter before the expressions: a line an expression
	// matches must hold one of its rule's hints, or the rule never runs.
	lines := []string{"Leave a comment", "Comments (3)", "Kommentar schreiben", "Privacy Policy", "Mentions légales",
		"Show image", "Photo 1 of 5", "Sign up", "Abonnez-vous", "Read more", "À lire aussi", "Lesen Sie auch",
		"Read it on Example Times: the story", "Find all our stories", "Découvrez toutes les offres", "Posted by Jane Roe",
		"Publié par Jean Dupont", "https://example.com/a/b", "Advertisement", "© 2024 Example", "Share this article"}
	for _, l := range lines {
		hinted := hintedRules(strings.ToLower(l))
		for i, r := range boilerplateRules {
			if r.re.MatchString(l) && hinted&(1<<i) == 0 {
				t.Errorf("rule %d (%s) matches %q but its hints do not", i, r.reason, l)
			}
		}
		if boilerplateReason(l) == "" {
			t.Errorf("%q: no vocabulary rule", l)
		}
	}
}

// naiveLists is phraseSet.lists by a Contains per phrase.
func naiveLists(p *phraseSet, s string) uint64 {
	var out uint64
	for i := 0; i < len(s); i++ {
		out |= p.single[s[i]]
	}
	for _, x := range []*phraseIndex{&p.short, &p.long} {
		for _, phs := range x.byKey {
			for _, ph := range phs {
				if strings.Contains(s, ph.text) {
					out |= ph.lists
				}
			}
		}
	}
	return out
}

// TestLinePhrasesFindWhatContainsFinds holds the one-pass search over
// every line list to a Contains per phrase, on lines strung together
// from the phrases' own pieces and from prose.
func TestLinePhrasesFindWhatContainsFinds(t *testing.T) {
	p := linePhrases()
	var pieces []string
	for _, x := range []*phraseIndex{&p.short, &p.long} {
		for _, phs := range x.byKey {
			for _, ph := range phs {
				pieces = append(pieces, ph.text, ph.text[:len(ph.text)/2], ph.text[len(ph.text)/2:])
			}
		}
	}
	pieces = append(pieces, " ", "the ", "a", "ſ", "é", "©", "% ", "x", "ad", "in")
	rng := rand.New(rand.NewSource(2))
	found := 0
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(12); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		got, want := p.lists(s), naiveLists(p, s)
		if got != want {
			t.Fatalf("lists(%q) = %b, a Contains per phrase finds %b", s, got, want)
		}
		if got != 0 {
			found++
		}
	}
	if found < 1000 {
		t.Fatalf("only %d lines held a phrase", found)
	}
}
