package events

import (
	"reader/articles"
	"reader/articles/internal/textutil"
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
	sc.stem.setLanguage(a.Lang)
	sc.nounCaps = a.Lang == "de"
	sc.nameCases, sc.lang = declinesNames(a.Lang), a.Lang
	// The terms are made at about their number for the text, one in 16
	// bytes (as generated news has them): grown stem by stem, the map was
	// copied over and over, about a tenth of the scan in a profile.
	names, terms := map[string]int{}, make(map[string]int, len(text)/16)
	var leadNames map[string]int
	if leadEnd < len(text) {
		leadNames = map[string]int{}
	}
	aligned := sc.scan(text, leadEnd, names, terms, leadNames)
	nums, leadNums := numberCounts(text, leadEnd)
	if leadEnd < len(text) {
		lead := text[:leadEnd]
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
		Hash: a.Hash, Title: a.Title, TitleDerived: a.TitleDerived, Source: a.Source, Lang: a.Lang, Published: published(a),
		Names: topKeys(names, maxNames), Numbers: topKeys(nums, maxNumbers), Terms: topKeys(terms, maxTerms),
		Lead: topKeys(leadAll, maxLead),
	}
}

// published is the article's date, or when it has none, the first full
// date on a short line (a dateline) among the first lines of its text:
// when the reports were written is evidence of which happening they
// report.
func published(a articles.Article) time.Time {
	if !a.Published.IsZero() {
		return a.Published
	}
	lines := 0
	for line := range strings.Lines(a.Raw) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if lines++; lines > datelineLines {
			break
		}
		if len(line) <= 80 {
			if t, ok := textutil.FindDate(line); ok {
				return t
			}
		}
	}
	return time.Time{}
}

// datelineLines is how many of its first lines a dateline is looked for in.
const datelineLines = 8

// fingerprintText is the headline and body as one text, and the length of
// its lead: the headline and the first leadBlocks blocks. An outlet's
// furniture (its address and phone number, a menu) is left out.
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
	kept := 0
	for _, bl := range a.Body {
		if isFurniture(bl.Text) {
			continue
		}
		b.WriteString(bl.Text)
		b.WriteByte('\n')
		if kept++; kept <= leadBlocks {
			leadEnd = b.Len()
		}
	}
	return b.String(), leadEnd
}

// numberCounts counts a text's notable numbers and durations, and apart
// those of its lead, the text's first leadEnd bytes (whole lines): lead is
// nums itself when the lead is the whole text.
func numberCounts(text string, leadEnd int) (nums, lead map[string]int) {
	nums = map[string]int{}
	if leadEnd < len(text) {
		lead = map[string]int{}
	} else {
		lead = nums
	}
	// Line by line: a figure never runs on from one paragraph into the
	// next ("... will spend $5" / "Billion-dollar deals ...").
	at := 0
	for line := range strings.Lines(text) {
		inLead := at < leadEnd && leadEnd < len(text)
		at += len(line)
		for _, n := range figureKeys(line) {
			nums[n]++
			if inLead {
				lead[n]++
			}
		}
	}
	return nums, lead
}
