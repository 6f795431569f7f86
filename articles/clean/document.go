// Package clean finds the article inside the text of a web page: which lines
// are the story and which are page furniture (menus, share prompts, captions,
// related links, footers), which line is the headline, and what the text says
// of its author, outlet, date and link. Lines are judged by a model learned
// from real pages (see model.go and the train command), over features that
// exist in plain text.
package clean

import (
	"strings"
	"time"

	"reader/articles/htmltext"

	"reader/articles/internal/textutil"
)

// Kind says what a kept line is, so lists and subheads survive cleaning.
type Kind int

const (
	// Paragraph is running text.
	Paragraph Kind = iota
	// Heading is a subhead inside the article.
	Heading
	// Bullet is one item of an unordered list.
	Bullet
	// Numbered is one item of an ordered list.
	Numbered
)

// Line is one paragraph-sized unit of the page in reading order, kept or
// removed. Reason says in words why a removed line went; it is "" for kept
// lines.
type Line struct {
	Text   string
	Kind   Kind
	Reason string
}

// Result is a cleaned page: every line with its verdict, the headline and
// the metadata the text gives. Unknown values stay empty.
type Result struct {
	Lines        []Line
	TitleLine    int // index in Lines of the headline, -1 when derived or absent
	Title        string
	TitleDerived bool // the text has no headline; Title was built from the lead
	Author       string
	Source       string
	URL          string
	Published    time.Time
	Lang         string
}

// Page is one document on its way through the cleaner. Prepare runs the
// passes that need only the page; MarkRepeated those that need the whole
// batch; Finish the rest.
type Page struct {
	c *cleaning
}

// Prepare splits text (the article without front matter) into lines and
// scores them.
func Prepare(text string) *Page {
	c := newCleaning(splitUnits(text))
	c.readVocabulary()
	return &Page{c: c}
}

// PrepareWithEvidence is Prepare for the text of a saved web page, with
// what the page's markup says of each line of the text: ev[i] describes
// the text's i-th line (as htmltext.LinesEvidence gives them, blank lines
// included). The line model then weighs the markup too. Evidence that does
// not match the text's lines is ignored.
func PrepareWithEvidence(text string, ev []htmltext.Evidence) *Page {
	p := Prepare(text)
	if len(ev) > 0 && len(ev) == strings.Count(text, "\n")+1 {
		p.c.dom = domVectors(p.c.units, ev)
	}
	return p
}

// Finish decides every line, picks the headline and reads the metadata.
func (p *Page) Finish() Result {
	c := p.c
	c.decide()
	c.markBios()
	c.findTitle()
	c.markRepeatedTitle()
	c.dropRelatedTail()
	c.dropReleaseLines()
	c.dropContents()
	c.dropAdSlotLabels()
	c.dropOrphanCaptions()
	c.dropFigureLabels()
	c.dropNavLabels()
	c.dropSectionTrails()
	c.dropCommentTail()
	c.keepStoryEnd()
	c.keepStoryStart()
	c.dropRelatedLines()
	c.dropRepeatedLinks()
	c.dropPromotions()
	c.dropSiteNotices()
	c.dropTagLines()
	c.dropCreditedCaptions()
	c.dropCreditLines()
	c.dropBios()
	c.dropLegalNotices()
	c.keepSomeStory()
	c.readMetadata()
	r := Result{TitleLine: -1, Author: c.ev.author, Source: c.ev.source, URL: c.ev.url, Published: c.ev.published}
	var lead, all []string
	for i, u := range c.units {
		kind := u.list
		if c.reason[i] == "" && i != c.title {
			if kind == Paragraph && c.isHeading(i) {
				kind = Heading
			}
			if lead == nil && kind == Paragraph {
				lead = []string{u.text}
			}
			all = append(all, u.text)
		}
		if i == c.title {
			r.TitleLine, r.Title = len(r.Lines), u.text
		}
		r.Lines = append(r.Lines, Line{Text: u.text, Kind: kind, Reason: c.reason[i]})
	}
	if r.TitleLine < 0 {
		if lead == nil && len(all) > 0 {
			lead = all[:1]
		}
		if lead != nil {
			r.Title, r.TitleDerived = deriveTitle(lead[0]), true
		}
	}
	if r.Source == "" && r.URL != "" {
		r.Source = DomainOutlet(r.URL)
	}
	r.Lang = textutil.DetectLanguage(joinLines(all, textutil.LanguageSample))
	return r
}

// joinLines joins ls, each line ended by a newline, but only as far as
// the first line that takes the text past limit bytes: a text longer than
// limit is read no further, so the lines after would be joined for
// nothing (the kept lines of a long article are tens of kilobytes).
func joinLines(ls []string, limit int) string {
	n := 0
	for k, l := range ls {
		n += len(l) + 1
		if n > limit {
			ls = ls[:k+1]
			break
		}
	}
	b := make([]byte, 0, n)
	for _, l := range ls {
		b = append(b, l...)
		b = append(b, '\n')
	}
	return string(b)
}
