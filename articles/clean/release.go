package clean

import "strings"

// releaseLineRe is a press release's own furniture: its release line, its
// media-contact heading, and the wire's source credit that closes it.
var releaseLineRe = lazyRE(`(?i)^(for immediate release|embargoed until\b.{0,40}|(media|press|investor) (contacts?|enquiries|inquiries)\s*:?.{0,60}|contacts? (presse|médias)\s*:?.{0,60}|pressekontakt\s*:?.{0,60})$|^SOURCE\s+\p{Lu}[\p{L}\d&.,' -]{1,60}$`)

// contactLineRe is a line that is only an e-mail address or a telephone
// number, as a contact block lists them.
var contactLineRe = lazyRE(`(?i)^((e-?mail|tel|phone|fax|t|e)\s*[:.]?\s*)?([\w.+-]+@[\w-]+(\.[\w-]+)+|\+?\(?\d[\d\s().-]{6,}\d)$`)

// dropReleaseLines removes what press releases print around their story:
// the release line, contact blocks and the wire's source credit. The line
// model, learned from news pages, keeps them on a short release.
func (c *cleaning) dropReleaseLines() {
	afterContact := false // the line before opened a contact block
	for i, u := range c.units {
		wasContact := afterContact
		afterContact = false
		if i == c.title {
			continue
		}
		release := mayBeReleaseLine(u.text) && releaseLineRe.MatchString(u.text)
		if release && strings.Contains(strings.ToLower(u.text), "contact") {
			afterContact = true
		}
		if c.reason[i] != "" {
			continue
		}
		switch {
		case release:
			c.reason[i] = "press release notice"
		case mayBeContactLine(u.text) && contactLineRe.MatchString(u.text), wasContact && parseNames(u.text, false) == u.text:
			c.reason[i] = "contact details"
			afterContact = wasContact
		}
	}
}

// releaseFirstWords open the lines releaseLineRe may match, the cheap test
// before it runs on every line.
var releaseFirstWords = map[string]bool{"for": true, "embargoed": true, "media": true, "press": true, "investor": true,
	"contact": true, "contacts": true, "pressekontakt": true, "source": true}

func mayBeReleaseLine(text string) bool {
	return len(text) <= 120 && releaseFirstWords[strings.ToLower(firstWord(text))]
}

// mayBeContactLine: short, with an address's @ or a digit.
func mayBeContactLine(text string) bool {
	return len(text) <= 80 && (strings.IndexByte(text, '@') >= 0 || strings.IndexAny(text, "0123456789") >= 0)
}
