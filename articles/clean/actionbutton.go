package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// actionButtonStarts open the buttons of shops, price boxes, donation and
// sign-up forms ("Check price at ...", "View deal", "Order now", "Zum
// Angebot", "Je fais un don à ..."), which a scraper sets as a line of
// their own beside a product or under a story. Lower case, whole words.
var actionButtonStarts = []string{
	"check price", "check prices", "check the price", "check current price", "check the latest price", "check availability",
	"see price", "see prices", "see the price", "view price", "view prices", "view deal", "view deals", "see deal", "see deals",
	"get deal", "get the deal", "get this deal", "buy now", "buy it now", "shop now", "order now", "add to cart", "add to basket",
	"in den warenkorb", "zum angebot", "zum shop", "jetzt kaufen", "jetzt bestellen", "hier kaufen", "hier bestellen",
	"voir le prix", "voir l'offre", "voir l’offre", "acheter maintenant", "ver precio", "ver oferta", "comprar ahora",
	"donate now", "je fais un don", "faire un don", "jetzt spenden", "dona ahora",
	"view on amazon", "buy on amazon", "see on amazon", "shop on amazon", "buy from amazon", "view at amazon", "buy at amazon",
	"view on ebay", "buy on ebay", "view on etsy", "buy on etsy",
	"jump to", "show full specification", "show full specs", "view all features", "see all features",
}

// maxActionButtonWords is the longest line actionButton judges: a button
// names at most its shop or its product after its verb.
const maxActionButtonWords = 8

// actionButtonFirst are the first words of actionButtonStarts, the cheap
// test before the list is read.
var actionButtonFirst = lazyWordSet(`check see view get buy shop order add in zum jetzt hier voir acheter ver comprar donate je faire dona jump show`)

// germanCallRe is a German call to act on a short line: "Jetzt die
// aktuelle Ausgabe bestellen!", "Hier kostenlos anmelden »", "Jetzt
// Newsletter abonnieren", "Unterzeichnen Sie jetzt die Petition!".
var germanCallRe = lazyRE(`^(?:(?:jetzt|hier)\b[^.!?]{0,40}\b(?:bestellen|kaufen|abonnieren|anmelden|registrieren|herunterladen|spenden|unterzeichnen|sichern|testen)|unterzeichnen sie (?:jetzt )?(?:die|unsere) petition)\b`)

// actionButton: a lower-cased line of at most maxActionButtonWords words
// that is a shop's, a donation's or a sign-up form's button.
func actionButton(lower string) bool {
	t := strings.TrimLeftFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) })
	first := firstWord(t)
	if first == "" || len(t) > 100 || strings.Count(t, " ") >= maxActionButtonWords {
		return false
	}
	if (first == "jetzt" || first == "hier" || first == "unterzeichnen") && germanCallRe.MatchString(t) {
		return true
	}
	if !actionButtonFirst()[first] || strings.ContainsRune(t, ',') || strings.HasSuffix(t, ".") {
		return false // a clause, not a button
	}
	for _, s := range actionButtonStarts {
		if !strings.HasPrefix(t, s) {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(t[len(s):]); len(t) == len(s) || !unicode.IsLetter(next) {
			return true
		}
	}
	return false
}
