package clean

import "strings"

// siteNoticeRe finds a site's notes on its own workings, which stand
// between or under the story's paragraphs and read as prose to the line
// model: the placeholder of an embedded post or map that waits for the
// reader's consent ("Klicken Sie auf den unteren Button, um den Inhalt von
// ... zu laden", "Wir respektieren deine Privatsphäre und stellen deshalb
// ohne dein Einverständnis keine Verbindung zu ... her", "Mit dem Laden
// des Videos akzeptieren Sie ..."), the rules of its comments ("Comments
// are moderated", "We welcome reader comments") and the
// note that its authors speak for themselves ("The views expressed on
// this blog are those of the authors"). It is matched against the
// lower-cased line.
var siteNoticeRe = lazyRE(`(?:^|[^\pL])(?:` +
	// consent to load embedded content
	`um (?:den|die|das) (?:inhalte?|karte|video|tweet|beitrag) (?:von|aus) \S+(?: \S+){0,5} zu laden|mit dem laden (?:des|der) (?:inhalts?|videos?|karte|tweets?|beitrags?)\b|ohne (?:dein|ihr)e?n? (?:einverständnis|zustimmung) keine verbindung|` +
	`click (?:the button )?(?:below |here )?to load (?:the )?(?:content|video|map|tweet|post)|by loading the (?:content|video|map|tweet|post),? you (?:accept|agree)|` +
	`en chargeant (?:ce|le) contenu|al cargar (?:el|este) contenido|` +
	// the rules of the comments
	`(?:^|please (?:understand|note) that |all )comments are moderated|we welcome (?:reader |your )?comments|kommentare werden moderiert|les commentaires sont modérés|los comentarios (?:son|están) moderados|i commenti sono moderati|` +
	`(?:our|the) comment(?:ing)? (?:policy|guidelines)|` +
	// the authors speak for themselves
	`(?:views|opinions)(?: and opinions)? expressed (?:in|on|by) (?:this|the|these|our)\b[^.!?]{0,80}\b(?:are (?:solely |strictly )?(?:those|the views) of|(?:do|does) not necessarily|not necessarily (?:those|reflect))|` +
	`geben nicht (?:unbedingt |zwingend |notwendigerweise )?die meinung (?:der redaktion|des herausgebers|von)` +
	`)(?:[^\pL]|$)`)

// siteNoticeCues are the pieces of text one of which a line must hold
// before siteNoticeRe runs.
var siteNoticeCues = []string{"zu laden", "laden des", "laden der", "keine verbindung", "to load", "by loading", "en chargeant", "al cargar",
	"moderat", "moderiert", "modérés", "moderados", "moderati", "welcome", "comment policy", "comment guidelines", "commenting", "expressed", "die meinung"}

// maxSiteNoticeWords is the longest line dropSiteNotices judges.
const maxSiteNoticeWords = 80

// siteNoticeReason is the reason dropSiteNotices gives.
const siteNoticeReason = "site notice"

// dropSiteNotices removes the kept lines that are such a notice. Quoted
// speech stays: a story may report such words.
func (c *cleaning) dropSiteNotices() {
	for i, u := range c.units {
		if c.reason[i] != "" || i == c.title || u.words > maxSiteNoticeWords || u.words < 2 {
			continue
		}
		if !containsAny(c.lower[i], siteNoticeCues) || quoted(u.text) {
			continue
		}
		if siteNoticeRe.MatchString(c.lower[i]) {
			c.reason[i] = siteNoticeReason
		}
	}
}

// containsAny: s holds one of the pieces.
func containsAny(s string, pieces []string) bool {
	for _, p := range pieces {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}
