package clean

import (
	"strings"
	"sync"

	"reader/articles/internal/textutil"
)

var (
	// wireRe is a wire dateline: "ROTTERDAM, March 4 (Reuters) -", or a
	// release wire's "CARDIFF, Wales, Nov. 16, 2026 /PRNewswire/ --".
	wireRe = lazyRE(`^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,[^()/]{0,40})?\s*(?:\((\p{Lu}[\p{L}]{1,20}(?:\s\p{Lu}[\p{L}]{1,20}){0,2})\)|/(\p{Lu}[\p{L}-]{1,30})/)\s*[-–—:]`)
	// withAgencyRe is an outlet's credit with a wire agency: "Le Monde avec
	// AFP", "The Daily with agencies"; the agencies are the news wires'
	// usual names.
	withAgencyRe = lazyRE(`^(\p{Lu}[\p{L}\d&'’. -]{1,40}?)\s+(?:avec|with|mit|con|com|met|z)\s+(?:l'|les |the |den |le )?(?i:afp|ap|reuters|dpa|efe|ansa|ats|sda|apa|belga|anp|pap|tass|xinhua|kyodo|yonhap|lusa|epa|kna|epd|aap|pa|cp|upi|pti|ians|agences?|agencies|agenturen|agencias|agenzie|agências|agentschappen|wires?)\.?$`)
	// originallyRe: "Originally published on The Daily.", "This article is
	// republished from The Daily under a Creative Commons license."
	originallyRe = lazyRE(`(?i)^(?:this (?:article|story|post) )?(?:was |is )?(?:originally published|first published|originally appeared|first appeared|republished|initialement publié|publié initialement|ursprünglich veröffentlicht|zuerst erschienen|publicado originalmente|publicado inicialmente|pubblicato originariamente|oorspronkelijk gepubliceerd)\s+(?:on|in|at|by|from|sur|dans|par|auf|in|bei|en|por|su|da|no|na|op|bij)\s+(?:the website of |le site de )?([^,.;:]{2,50}?)\s*(?:[,.;:]|\s+under\s|$)`)
)

// wireWords end an agency credit (withAgencyRe), to let other lines go
// before it runs.
var wireWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`afp ap reuters dpa efe ansa ats sda apa belga anp pap tass xinhua kyodo yonhap lusa
		epa kna epd aap pa cp upi pti ians agence agences agencies agenturen agencias agenzie agências agentschappen wire wires`) {
		m[w] = true
	}
	return m
})

// originallyFirst are the words originallyRe lines open with, the cheap
// test before it runs.
var originallyFirst = map[string]bool{"this": true, "was": true, "originally": true, "first": true, "republished": true, "initialement": true,
	"publié": true, "ursprünglich": true, "zuerst": true, "publicado": true, "pubblicato": true, "oorspronkelijk": true}

// creditOutlet reads the outlet from a credit line: "Le Monde avec AFP" or
// "Originally published on The Daily".
func creditOutlet(text string) string {
	words := textutil.CountWordsUpTo(text, 25)
	if words > 25 {
		return ""
	}
	if words <= 8 && wireWords()[strings.ToLower(strings.TrimRight(text[strings.LastIndexByte(text, ' ')+1:], "."))] {
		if m := withAgencyRe.FindStringSubmatch(text); m != nil {
			return textutil.NormalizeLine(strings.TrimSpace(m[1]))
		}
	}
	if !originallyFirst[strings.ToLower(firstWord(text))] {
		return ""
	}
	if m := originallyRe.FindStringSubmatch(text); m != nil {
		if s := strings.TrimSpace(m[1]); !textutil.WordsOver(s, 6) {
			return textutil.NormalizeLine(s)
		}
	}
	return ""
}

// wireCredit reads the agency of a wire dateline opening the story.
func (c *cleaning) wireCredit(body int) string {
	if body < 0 {
		return ""
	}
	if m := wireRe.FindStringSubmatch(c.units[body].text); m != nil {
		return m[1] + m[2]
	}
	return ""
}

// siteLink picks, among the link lines inside a page, one to the page's
// own site: a host that two of them share. A link seen once is more likely
// a reference to another site.
func siteLink(links []string) string {
	count := map[string]int{}
	best, bestN := "", 1
	for _, l := range links {
		h := DomainOutlet(l)
		if h == "" {
			continue
		}
		count[h]++
		if count[h] > bestN {
			best, bestN = l, count[h]
		}
	}
	return best
}
