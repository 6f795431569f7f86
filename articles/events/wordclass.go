package events

import (
	"sync"

	"reader/articles/internal/textutil"
)

// The kinds of word the feature scanner passes over, one bit each.
const (
	classStop     = 1 << iota // a stop-word (textutil.Stopwords)
	classFigure               // a word of figures (figureWords)
	classCalendar             // a weekday or a month of four letters or more
)

// wordClasses tells of a lower-cased word, in one lookup, which of the
// scanner's skipped kinds it is. Every word of every sentence is tried
// against them; looking each set up in turn cost about a sixth of the scan in a profile of an export.
var wordClasses = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	for w, stop := range textutil.Stopwords() {
		if stop {
			m[w] |= classStop
		}
	}
	for w, fig := range figureWords() {
		if fig {
			m[w] |= classFigure
		}
	}
	for w, day := range weekdayNames() {
		if day {
			m[w] |= classCalendar
		}
	}
	for w := range textutil.Months() {
		if len(w) >= 4 {
			m[w] |= classCalendar
		}
	}
	return m
})

// skipsWord reports whether the scanner passes over a word: a stop-word
// or a word of figures (folded, lw), or one naming a weekday or a month
// (lower-cased, lower). A calendar word says when, and reports of
// unrelated happenings share it, so it is neither a name nor a term for
// grouping.
func skipsWord(lw, lower string) bool {
	classes := wordClasses()
	c := classes[lw]
	if c&(classStop|classFigure) != 0 {
		return true
	}
	if lower != lw {
		c = classes[lower]
	}
	return c&classCalendar != 0
}
