package clean

import (
	"strings"
	"unicode"

	"reader/articles/internal/textutil"
)

// relatedLabelRe is a related-stories label that opens a line and names
// another story after a colon: "Related: ...", "» Read also: ...", "Le
// puede interesar: ...", "VEA TAMBIÉN: ...", "Lesen Sie auch: ...".
var relatedLabelRe = lazyRE(`(?i)^(?:related(?: articles?| stories| posts| content| reading| coverage)?|(?:also )?read(?: also| more| next)?|see also|more(?: on this)?|recommended(?: reading)?|(?:you )?(?:may|might) also (?:like|enjoy)|` +
	`(?:à )?lire (?:aussi|également|plus)|voir aussi|(?:à )?découvrir (?:aussi|également)|` +
	`lesen sie (?:auch|mehr|hier)|auch interessant|mehr zum thema|das könnte sie (?:auch )?interessieren|weiterlesen|` +
	`l[ée]a? (?:también|más)|(?:le|te) puede(?:n)? interesar|puedes ver|vea también|ver también|mira también|` +
	`leggi (?:anche|di più)|potrebbe interessarti|leia (?:também|mais)|veja também|lees ook|zie ook|czytaj (?:też|także|więcej))\s*[:|–—]\s*\S`)

// bareRelatedLabelRe is a one-word label Spanish-language news sets before
// another story's headline ("MIRA: ...", "Lea: ..."). The words are also
// names and verbs, so a line that ends a sentence (a speaker's turn in an
// interview) is no such link.
var bareRelatedLabelRe = lazyRE(`(?i)^(?:mira|lea|lee|vea|ver)\s*:\s*\S`)

// maxBareRelatedWords is the longest line bareRelatedLabelRe judges: a
// label and a headline.
const maxBareRelatedWords = 25

// relatedLineReason is the reason dropRelatedLines gives.
const relatedLineReason = relatedReason

// dropRelatedLines removes the kept lines that link to another story
// under a related-stories label, where a site sets them between the
// story's paragraphs; the line model reads the headline after the label
// as a subhead or a sentence.
func (c *cleaning) dropRelatedLines() {
	for i, u := range c.units {
		if c.reason[i] != "" || i == c.title || len(u.text) > 300 {
			continue
		}
		t := strings.TrimLeftFunc(u.text, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) })
		if t == "" || !relatedFirst()[strings.ToLower(firstWord(t))] {
			continue
		}
		if relatedLabelRe.MatchString(t) || bareRelatedLabelRe.MatchString(t) && !textutil.EndsSentence(t) && !textutil.WordsOver(t, maxBareRelatedWords) {
			c.reason[i] = relatedLineReason
		}
	}
}

// relatedFirst are the words relatedLabelRe lines open with, the cheap
// test before it runs.
var relatedFirst = lazyWordSet(`related also read see more recommended you may might à a lire voir découvrir lesen auch mehr das weiterlesen
lea lee lea le te puedes vea ver mira leggi potrebbe leia veja lees zie czytaj`)
