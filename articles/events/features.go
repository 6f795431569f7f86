package events

import (
	"reader/articles/internal/textutil"
	"strings"
	"sync"
	"unicode/utf8"
)

// featureScanner counts the names and content words of texts, reusing its
// buffers from one sentence and one article to the next.
type featureScanner struct {
	toks, lowers, run []string
}

var scannerPool = sync.Pool{New: func() any { return new(featureScanner) }}

// scan counts a text's names (single capitalised words and runs of them)
// into names, and its stemmed content words into terms (when not nil).
// The names of the sentences before leadEnd also go into leadNames (when
// not nil); scan reports whether a sentence starts exactly at leadEnd, that
// is whether those sentences are the ones text[:leadEnd] alone splits into.
func (sc *featureScanner) scan(text string, leadEnd int, names, terms, leadNames map[string]int) (aligned bool) {
	textutil.EachSentence(text, func(start, end int) {
		if start == leadEnd {
			aligned = true
		}
		var lead map[string]int
		if start < leadEnd {
			lead = leadNames
		}
		sc.sentence(text[start:end], names, terms, lead)
	})
	return aligned
}

// sentence counts one sentence's names and content textutil.Words.
func (sc *featureScanner) sentence(s string, names, terms, lead map[string]int) {
	toks := textutil.AppendWords(sc.toks[:0], s)
	lowers := sc.lowers[:0]
	for _, w := range toks {
		lowers = append(lowers, strings.ToLower(w))
	}
	sc.toks, sc.lowers = toks, lowers
	titleCase := isTitleCaseLower(toks, lowers)
	run := sc.run[:0]
	count := func(k string) {
		names[k]++
		if lead != nil {
			lead[k]++
		}
	}
	flush := func() {
		if len(run) >= 2 {
			count(strings.Join(run, " "))
		}
		run = run[:0]
	}
	for i, w := range toks {
		if textutil.IsNumeric(w) {
			flush()
			continue
		}
		lw := textutil.FoldLower(lowers[i])
		if utf8.RuneCountInString(lw) < 2 || textutil.Stopwords[lw] {
			flush()
			continue
		}
		if !titleCase && textutil.IsCapitalised(w) && (i > 0 || len(toks) == 1) || textutil.IsAcronym(w) {
			count(lw)
			run = append(run, lw)
			continue
		}
		flush()
		if terms != nil && utf8.RuneCountInString(lw) >= 4 {
			terms[textutil.Stem(lw)]++
		}
	}
	flush()
	sc.run = run
}

// isTitleCaseLower is isTitleCase given the tokens lower-cased too.
func isTitleCaseLower(toks, lowers []string) bool {
	caps, n := 0, 0
	for i, w := range toks {
		if textutil.Stopwords[lowers[i]] || textutil.IsNumeric(w) {
			continue
		}
		n++
		if textutil.IsCapitalised(w) {
			caps++
		}
	}
	return n >= 4 && caps*10 >= n*8
}
