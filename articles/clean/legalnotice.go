package clean

import (
	"strings"
)

// legalNoticeRe finds a copyright notice's words: the sign with a year,
// or "all rights reserved" in the languages of the vocabulary.
var legalNoticeRe = lazyRE(`(?i)(?:©|\(c\)|copyright\s*©|copyright\s+\d{4})\s*(?:\d{4}|[\pL])|\ball rights reserved\b|\btous droits réservés\b|\balle rechte vorbehalten\b|\btodos los derechos reservados\b|\btutti i diritti riservati\b|\btodos os direitos reservados\b|\balle rechten voorbehouden\b`)

// maxLegalWords is the longest line dropLegalNotices judges.
const maxLegalWords = 80

// dropLegalNotices removes the kept lines that are a site's copyright
// notice. The vocabulary the line model weighs knows short ones; a longer
// notice ("This site is © 2001-2025 ..., all rights reserved, except where
// ...") reads as prose to the model. Quoted speech stays.
func (c *cleaning) dropLegalNotices() {
	for i, u := range c.units {
		if c.reason[i] != "" || i == c.title {
			continue
		}
		// The cheap tests first: a notice holds one of these.
		if !strings.Contains(u.text, "©") && !strings.Contains(c.lower[i], "copyright") && !strings.Contains(c.lower[i], "(c)") && !strings.Contains(c.lower[i], "reserv") &&
			!strings.Contains(c.lower[i], "réserv") && !strings.Contains(c.lower[i], "vorbehalten") && !strings.Contains(c.lower[i], "voorbehouden") && !strings.Contains(c.lower[i], "riservati") {
			continue
		}
		if u.words > maxLegalWords || quoted(u.text) {
			continue
		}
		if legalNoticeRe.MatchString(u.text) {
			c.reason[i] = "copyright"
		}
	}
	c.dropNoWarranty()
	c.dropLicenceNotices()
}

// licenceNoticeRe is a site's note of the licence its content is under
// ("Unless otherwise noted, content on this site is licensed under CC
// BY 4.0", "Sofern nicht anders ausgewiesen, stehen Inhalte dieser
// Website unter CC-BY", "Sauf mention contraire, ... sous licence ...").
var licenceNoticeRe = lazyRE(`(?i)(?:unless otherwise (?:noted|stated|indicated|specified)|except where otherwise noted|(?:sofern|soweit) nicht anders (?:angegeben|ausgewiesen|vermerkt|gekennzeichnet)|sauf mention contraire|salvo (?:indicación|que se indique) (?:en )?contrari[oa])\b[^.!?]{0,120}?(?:licen[sc]|lizen|cc[- ]by|creative commons|unter cc|sous licence|bajo licencia)`)

// maxLicenceWords is the longest line dropLicenceNotices judges.
const maxLicenceWords = 60

// dropLicenceNotices removes the kept lines that are a site's licence
// notice, which reads as a sentence to the line model.
func (c *cleaning) dropLicenceNotices() {
	c.dropShortMatches(maxLicenceWords, []string{"otherwise", "nicht anders", "contrair", "contrari"}, licenceNoticeRe)
}

// noWarrantyRe is the note that a page's figures come without guarantee
// ("Alle Angaben ohne Gewähr", "Sous réserve d'erreurs", "Sin garantía"),
// which sites set under a table or a list of dates.
var noWarrantyRe = lazyRE(`(?i)(?:^|[^\pL])(?:(?:alle )?angaben ohne gewähr|ohne gewähr|sous réserve d['’]erreurs?|sans garantie|sin garantía|senza garanzia|sem garantia|without (?:any )?(?:guarantee|warranty))(?:[^\pL]|$)`)

// maxNoWarrantyWords is the longest line dropNoWarranty judges: the note
// alone, not a sentence of the story that uses its words.
const maxNoWarrantyWords = 6

// dropNoWarranty removes the kept lines that are a without-guarantee note
// on a line of its own.
func (c *cleaning) dropNoWarranty() {
	c.dropShortMatches(maxNoWarrantyWords, []string{"gewähr", "garant", "réserve", "warrant"}, noWarrantyRe)
}

// dropShortMatches marks as copyright the kept lines, the headline
// aside, of at most maxWords words that hold one of the gate words
// (lower-cased; a cheap test before the expression) and match re.
func (c *cleaning) dropShortMatches(maxWords int, gates []string, re *lazyRegexp) {
	for i, u := range c.units {
		if c.reason[i] != "" || i == c.title || u.words > maxWords {
			continue
		}
		gated := false
		for _, g := range gates {
			gated = gated || strings.Contains(c.lower[i], g)
		}
		if gated && re.MatchString(u.text) {
			c.reason[i] = "copyright"
		}
	}
}
