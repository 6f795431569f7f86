package clean

import (
	"strings"
	"unicode"
)

// tagLineRe is a post's list of tags or categories under a label ("Tags:
// python, docker", "Filed Under: Build It", "Labels: ...", "Schlagworte:
// ...", "Etiquetas:"), or a blog's filing note under the story ("This entry
// was posted in ... and tagged ...", "Posted on May 2, 2024 in News, ...", "Dieser Eintrag wurde veröffentlicht
// in ...", "Erstellt am ... und abgelegt unter ..."). It is matched
// against the lower-cased line.
var tagLineRe = lazyRE(`^(?:(?:tags?|tagged(?: with)?|schlagw(?:orte?|örter)|stichw(?:orte?|örter)|themen|étiquettes|mots[- ]clés|etiquetas|labels|filed under|posted in|categories|category|kategorien?|catégories?|categorías?|categorie|abgelegt unter|veröffentlicht in|topics|related (?:companies|organi[sz]ations|brands|topics|people)|verwandte themen|temas relacionados)\s*:|` +
	`getaggt mit\s*:|this entry was (?:posted|filed) in\b|dieser eintrag wurde veröffentlicht in\b|(?:dieser|der) (?:eintrag|beitrag) wurde\b[^!?]{0,80}?\bveröffentlicht\b[^!?]{0,80}?\b(?:abgelegt|verschlagwortet|getaggt|kategorie|permalink|lesezeichen)\b|erstellt am\b[^!?]{0,80}?\babgelegt unter\b|` +
	`posted on\b[^!?]{0,60}?\b(?:19|20)\d\d\b[^!?]{0,40}? in\s|cet article a été publié dans\b|esta entrada fue publicada en\b|questa voce è stata pubblicata in\b)`)

// tagLineFirst are the words tagLineRe lines open with, the cheap test
// before it runs.
var tagLineFirst = lazyWordSet(`tag tags tagged schlagwort schlagworte schlagwörter stichwort stichworte stichwörter themen étiquettes etiquetas mots labels filed posted
categories category kategorie kategorien catégorie catégories categoría categorías categorie abgelegt veröffentlicht this dieser der cet esta questa
getaggt erstellt topics related verwandte temas`)

// maxTagLineWords is the longest line dropTagLines judges: a list of
// tags, not a paragraph that opens with "Themen:".
const maxTagLineWords = 40

// tagLineReason is the reason dropTagLines gives.
const tagLineReason = "tags"

// dropTagLines removes the kept lines that list the post's tags or
// categories, which a blog sets under or above the story and which the
// line model, seeing a short line of names beside the story, keeps.
func (c *cleaning) dropTagLines() {
	for i, u := range c.units {
		if c.reason[i] != "" || i == c.title || u.words > maxTagLineWords {
			continue
		}
		t := strings.TrimLeftFunc(c.lower[i], func(r rune) bool { return !unicode.IsLetter(r) })
		if tagLineFirst()[firstWord(t)] && tagLineRe.MatchString(t) {
			c.reason[i] = tagLineReason
		}
	}
}
