package clean

import (
	"slices"
	"strings"
	"testing"

	"reader/articles/internal/textutil"
)

// TestReadLinesMatchesWordsAndToLower holds the words readLines splits
// once a page to what each pass used to ask for: textutil.Words, the
// words lower-cased one by one, and their count, on lines whose
// lower-casing changes characters' widths (the Kelvin sign, İ, invalid
// bytes) as well as on plain ones.
func TestReadLinesMatchesWordsAndToLower(t *testing.T) {
	lines := []string{
		"Plain ASCII Line With Capitals",
		"Zürich: Ökonomen erwarten ÄNDERUNGEN — l’État s'en mêle",
		"A temperature of 300 \u212a (KELVIN) in İstanbul",
		"Broken \xff bytes BEFORE Words and \xc3 AFTER",
		"ǅUNGLA Ⱥ Ɫ ΣΊΣΥΦΟΣ Ωmega",
		"日本語 テキスト 123 MIXED",
		"",
	}
	var units []unit
	for _, l := range lines {
		units = append(units, unit{text: l})
	}
	c := newCleaning(units)
	words, lowerWords, _ := c.splitWords()
	for i, l := range lines {
		want := textutil.Words(l)
		if !slices.Equal(words[i], want) {
			t.Errorf("%q: words %q, want %q", l, words[i], want)
		}
		var lower []string
		for _, w := range want {
			lower = append(lower, strings.ToLower(w))
		}
		if !slices.Equal(lowerWords[i], lower) {
			t.Errorf("%q: lower-cased words %q, want %q", l, lowerWords[i], lower)
		}
		if c.units[i].words != textutil.CountWords(l) {
			t.Errorf("%q: %d words, want %d", l, c.units[i].words, textutil.CountWords(l))
		}
		if c.lower[i] != strings.ToLower(l) {
			t.Errorf("%q: lower-cased %q", l, c.lower[i])
		}
	}
}

// TestLinePhrasesAreEachListsOwnPass holds the one pass readLines makes
// over a line to the pass a list of its own would make.
func TestLinePhrasesAreEachListsOwnPass(t *testing.T) {
	lines := []string{
		"Leave a comment", "Share this article on Facebook and Twitter", "We may earn a commission on qualifying purchases",
		"Sign up for our newsletter, delivered to your inbox", "© 2024 Example Media, all rights reserved",
		"This article was originally published on 3 May 2021", "Photo: Getty Images", "Advertisement",
		"Der Konzern will in Mihope 294 Millionen Dollar investieren, sagte Ransel Lonerran am 20. März.",
		"Use promo code SPRING for 20% off your first order", "Read more: https://example.com/a",
		"", "x", "ad", "Zürich – l’État ©",
	}
	var units []unit
	for _, l := range lines {
		units = append(units, unit{text: l})
	}
	c := newCleaning(units)
	own := map[uint64]*phraseSet{
		disclosureWordsList: newPhraseSet(disclosureWords),
		disclosureCueList:   newPhraseSet(disclosureCues),
		promoCueList:        newPhraseSet(promoCues),
		firstPublishedList:  newPhraseSet(firstPublishedCueWords),
		promoWordList:       newPhraseSet(strings.Fields(promoCueWordList)),
	}
	for i, l := range c.lower {
		if got, want := rulesFrom(c.phrases[i]&ruleHintLists), hintedRules(l); got != want {
			t.Errorf("%q: rule hints %b, want %b", l, got, want)
		}
		for bit, set := range own {
			if got, want := c.phrases[i]&bit != 0, set.in(l); got != want {
				t.Errorf("%q: list %b: %v, want %v", l, bit, got, want)
			}
		}
	}
}
