package clean

import (
	"strings"
	"sync"
)

// The phrase lists a line is searched for, found in one pass over each
// line by readLines (c.phrases) instead of one pass a list: under
// ruleHintLists the vocabulary rules' hints and needs (addRuleHints'
// bits, which rulesFrom reads as hintedRules does), and above it the
// lists the line model's features and the later passes ask of every
// line.
const (
	disclosureWordsList = 1 << (59 + iota) // disclosureWords, the line model's feature
	disclosureCueList                      // disclosureCues, before disclosureRe
	promoCueList                           // promoCues, before promoRe
	firstPublishedList                     // firstPublishedCueWords, before firstPublishedRe
	promoWordList                          // promoCueWordList's words as pieces of text, before hasAnyWord
)

// ruleHintLists masks the bits of the rules' hints.
const ruleHintLists = 1<<59 - 1

// linePhrases is every list of the line phrase bits in one set.
var linePhrases = sync.OnceValue(func() *phraseSet {
	ruleHintsOnce.Do(buildRuleHints)
	if ruleNeedShift+len(boilerplateRules) > 59 {
		panic("clean: more vocabulary rules than the line phrase bits hold")
	}
	p := newPhraseLists()
	addRuleHints(p)
	p.add(disclosureWords, disclosureWordsList)
	p.add(disclosureCues, disclosureCueList)
	p.add(promoCues, promoCueList)
	p.add(firstPublishedCueWords, firstPublishedList)
	p.add(strings.Fields(promoCueWordList), promoWordList)
	return p
})
