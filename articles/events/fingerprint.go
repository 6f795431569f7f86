package events

import (
	"cmp"
	"reader/articles"
	"slices"
	"strings"
	"time"
)

// Fingerprint is the compact, storable description of an article that
// grouping needs, so the store can regroup without re-reading bodies.
// Names and numbers are the language-independent signals: they let a
// translated report join its event.
type Fingerprint struct {
	Hash         string
	Title        string
	TitleDerived bool `json:",omitempty"`
	Source       string
	Lang         string
	Published    time.Time
	Names        []string // folded capitalised names, most frequent first
	Numbers      []string // normalised amounts and figures
	Terms        []string // folded content textutil.Words, most frequent first
	Lead         []string // names and numbers of the headline and first paragraphs: what happened
}

const (
	maxNames   = 40
	maxNumbers = 20
	maxTerms   = 60
	maxLead    = 30
	leadBlocks = 2
)

// NewFingerprint extracts the grouping features of an article.
func NewFingerprint(a articles.Article) Fingerprint {
	text, leadEnd := fingerprintText(a)
	sc := scannerPool.Get().(*featureScanner)
	defer scannerPool.Put(sc)
	names, terms := map[string]int{}, map[string]int{}
	var leadNames map[string]int
	if leadEnd < len(text) {
		leadNames = map[string]int{}
	}
	aligned := sc.scan(text, leadEnd, names, terms, leadNames)
	nums := numberCounts(text)
	leadNums := nums
	if leadEnd < len(text) {
		lead := text[:leadEnd]
		leadNums = numberCounts(lead)
		if !aligned { // the lead's sentences are not the text's first ones
			clear(leadNames)
			sc.scan(lead, len(lead), leadNames, nil, nil)
		}
	} else {
		leadNames = names
	}
	leadAll := make(map[string]int, len(leadNames)+len(leadNums))
	for _, m := range []map[string]int{leadNames, leadNums} {
		for k, v := range m {
			leadAll[k] += v
		}
	}
	return Fingerprint{
		Hash: a.Hash, Title: a.Title, TitleDerived: a.TitleDerived, Source: a.Source, Lang: a.Lang, Published: a.Published,
		Names: topKeys(names, maxNames), Numbers: topKeys(nums, maxNumbers), Terms: topKeys(terms, maxTerms),
		Lead: topKeys(leadAll, maxLead),
	}
}

// fingerprintText is the headline and body as one text, and the length of
// its lead: the headline and the first leadBlocks blocks.
func fingerprintText(a articles.Article) (string, int) {
	n := len(a.Title) + 2
	for _, bl := range a.Body {
		n += len(bl.Text) + 1
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(a.Title)
	b.WriteString(".\n")
	leadEnd := b.Len()
	for i, bl := range a.Body {
		b.WriteString(bl.Text)
		b.WriteByte('\n')
		if i < leadBlocks {
			leadEnd = b.Len()
		}
	}
	return b.String(), leadEnd
}

// numberCounts counts a text's notable numbers and durations.
func numberCounts(text string) map[string]int {
	nums := map[string]int{}
	// Line by line: a figure never runs on from one paragraph into the
	// next ("... will spend $5" / "Billion-dollar deals ...").
	for line := range strings.Lines(text) {
		for _, n := range extractNumbers(line) {
			nums[n]++
		}
		for _, d := range findDurations(line) {
			nums["d:"+d.key]++
		}
	}
	return nums
}

// topKeys returns the n most frequent keys, ties broken alphabetically.
func topKeys(m map[string]int, n int) []string {
	type kc struct {
		key   string
		count int
	}
	list := make([]kc, 0, len(m))
	for k, c := range m {
		list = append(list, kc{k, c})
	}
	slices.SortFunc(list, func(a, b kc) int {
		if a.count != b.count {
			return cmp.Compare(b.count, a.count)
		}
		return strings.Compare(a.key, b.key)
	})
	keys := make([]string, min(len(list), n))
	for i := range keys {
		keys[i] = list[i].key
	}
	return keys
}
