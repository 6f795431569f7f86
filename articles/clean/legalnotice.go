package clean

import (
	"strings"

	"reader/articles/internal/textutil"
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
		if textutil.CountWords(u.text) > maxLegalWords || quoted(u.text) {
			continue
		}
		if legalNoticeRe.MatchString(u.text) {
			c.reason[i] = "copyright"
		}
	}
}
