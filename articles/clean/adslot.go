package clean

import "strings"

// adSlotRe is the label an advertisement slot leaves in the story's text:
// "Story continues below advertisement", "Article continues after this
// ad", "Advertisement - scroll to continue", "Lesen Sie nach der Anzeige
// weiter", "La suite après cette publicité".
var adSlotRe = lazyRE(`(?i)^((the )?(story|article|text|content|report) continues (below|after|under)( (the |this )?(advertisement|advert|ad|ads))?|continue reading (below|after the (ad|advertisement))|advertisement\s*[-–—:|]?\s*(scroll|continue)( down)?( to| reading)?( continue| reading)?( below)?|(lesen sie )?(weiter )?(nach|unter) der (anzeige|werbung)( weiter(lesen)?)?|(la suite|l'article continue) (après|sous) (cette|la) publicité|el artículo continúa (después|debajo) de la publicidad|l'articolo continua (dopo|sotto) la pubblicità)\s*[.:…]*$`)

// adLabelRe is an advertisement's own label opening its line, with what
// it advertises after a separator: "Advertisement: New AI Book!", "--
// Anzeige -- ...", "Werbung – Sponsored Post", "Sponsored: ...".
var adLabelRe = lazyRE(`(?i)^[\s\pP\pS]*(?:advertisement|advertorial|sponsored(?: content| post)?|paid content|partner content|anzeige|werbung|publicidad|publicité)\s*[:|–—-]+\s*\S`)

// maxAdLabelLen is the longest line, in bytes, adLabelRe judges: a label
// and a line of an advertisement.
const maxAdLabelLen = 300

// dropAdSlotLabels removes the labels advertisement slots leave between
// a story's paragraphs, which read like a subhead to the line model, and
// the lines an advertisement's label opens.
func (c *cleaning) dropAdSlotLabels() {
	for i, u := range c.units {
		if c.reason[i] != "" || i == c.title || len(u.text) > maxAdLabelLen {
			continue
		}
		first := strings.ToLower(firstWord(strings.TrimLeft(u.text, "-–—*[( ")))
		if len(u.text) <= 80 && adSlotFirst[first] && adSlotRe.MatchString(u.text) || adLabelFirst[first] && adLabelRe.MatchString(u.text) ||
			u.words <= maxAdMarkedWords && adMarked(c.lower[i]) {
			c.reason[i] = "ad notice"
		}
	}
}

// adLabelFirst are the words adLabelRe lines open with.
var adLabelFirst = map[string]bool{"advertisement": true, "advertorial": true, "sponsored": true, "paid": true, "partner": true,
	"anzeige": true, "werbung": true, "publicidad": true, "publicité": true}

// adSlotFirst are the words adSlotRe lines open with, the cheap test
// before it runs.
var adSlotFirst = map[string]bool{"the": true, "story": true, "article": true, "text": true, "content": true, "report": true,
	"continue": true, "advertisement": true, "lesen": true, "weiter": true, "nach": true, "unter": true, "la": true,
	"l": true, "el": true}

// adMarks end the line of an advertisement or a sponsor's link that the
// site marks as such: "Build faster with X (Sponsored)", "Neue Angebote
// [Anzeige]".
var adMarks = []string{"(sponsored)", "[sponsored]", "(sponsor)", "[sponsor]", "(advertisement)", "[advertisement]", "(ad)", "[ad]",
	"(anzeige)", "[anzeige]", "(werbung)", "[werbung]", "(publicité)", "(publicidad)", "(patrocinado)", "(pubblicità)", "(paid content)", "(partner content)"}

// maxAdMarkedWords is the longest line adMarked judges: a headline or a
// link's label, not a paragraph quoting a marked title.
const maxAdMarkedWords = 20

// adMarked: the lower-cased line ends with an advertisement's mark.
func adMarked(lower string) bool {
	lower = strings.TrimRight(lower, " .:")
	if !strings.HasSuffix(lower, ")") && !strings.HasSuffix(lower, "]") {
		return false
	}
	for _, m := range adMarks {
		if strings.HasSuffix(lower, m) {
			return true
		}
	}
	return false
}
