package clean

import (
	"strings"
	"unicode"

	"reader/articles/internal/textutil"
)

// creditLineRe is a picture's credit on a line of its own: "(Image
// credit: ...)", "Photograph by ...", "Image source: ...", "Courtesy of
// ...", "Bildquelle: ...", "Crédit photo : ...", "Foto: ...". The
// vocabulary the line model weighs knows the plainest of them; the rest
// read as a short sentence or a subhead to it.
var creditLineRe = lazyRE(`(?i)^(?:(?:feature(?:d)? |header |cover |top |main |lead )?(?:image|photo|photograph|picture|illustration|foto|bild|imagen|immagine|imagem|afbeelding)s?\s*(?:credits?\s*:|source\s*:|courtesy(?: of)?|by|via|:)|(?:photo )?credits?\s*:|courtesy of\s|(?:beitrags|titel|aufmacher|header|vorschau|teaser)(?:bild|foto)\s*:|bildquellen?\s*:?|fotocredits?\s*:?|quellen?\s*:|crédits? photos?\s*:?|crédito(?:s)?(?: de (?:la )?(?:foto|imagen))?\s*:|fuente\s*:|fonte\s*:)\s*\S`)

// maxCreditWords is the longest line dropCreditLines judges.
const maxCreditWords = 14

// creditFirst are the words creditLineRe lines open with, the cheap test
// before it runs.
var creditFirst = lazyWordSet(`feature featured header cover top main lead image images photo photos photograph photographs picture pictures
illustration illustrations foto fotos bild bilder imagen imágenes immagine imagem afbeelding credit credits courtesy bildquelle bildquellen
fotocredit fotocredits quelle quellen crédit crédits crédito créditos fuente fonte
beitragsbild titelbild titelfoto aufmacherbild aufmacherfoto headerbild vorschaubild teaserbild`)

// dropCreditLines removes the kept lines that credit a picture or name
// the source of a chart, which sit under the picture inside the story, and
// the captions of stock and archive pictures.
func (c *cleaning) dropCreditLines() {
	for i, u := range c.units {
		if c.reason[i] == "" && i != c.title && (markedCaption(u.text) || enlargeCaption(c.lower[i])) {
			c.reason[i] = "image caption"
			continue
		}
		if c.reason[i] != "" || i == c.title || u.list != Paragraph || u.words > maxCreditWords {
			continue
		}
		t := strings.TrimLeftFunc(u.text, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '[' })
		if !creditFirst()[strings.ToLower(firstWord(t))] || !creditLineRe.MatchString(t) {
			continue
		}
		c.reason[i] = "image caption"
	}
}

// captionMarks end a caption under a picture that shows no scene of the
// story: a stock or archive picture ("... (Symbolbild)", "(file photo)").
var captionMarks = []string{"(symbolbild)", "(symbolfoto)", "(archivbild)", "(archivfoto)", "(file photo)", "(stock photo)",
	"(photo d'archives)", "(photo d’archives)", "(image d'illustration)", "(image d’illustration)", "(foto de archivo)", "(foto d'archivio)", "(foto d’archivio)"}

// maxMarkedCaptionWords is the longest line markedCaption judges.
const maxMarkedCaptionWords = 40

// markedCaption: a line of at most maxMarkedCaptionWords words that ends
// with a stock or archive picture's mark.
func markedCaption(text string) bool {
	t := strings.TrimRight(text, " .")
	if !strings.HasSuffix(t, ")") || textutil.WordsOver(t, maxMarkedCaptionWords) {
		return false
	}
	open := strings.LastIndexByte(t, '(')
	if open < 0 {
		return false
	}
	mark := strings.ToLower(t[open:])
	for _, m := range captionMarks {
		if mark == m {
			return true
		}
	}
	return false
}

// enlargeCaption: a lower-cased line of at most maxMarkedCaptionWords
// words that opens with a picture viewer's "Vergrößern" (enlarge) button
// and goes on with the picture's caption, as a scraper joins them
// ("Vergrößern Eine kleine runde Aussparung ..."), or that tells the
// reader to click the picture to enlarge it ("... Zum Vergrößern auf das
// Bild klicken.").
func enlargeCaption(lower string) bool {
	if !strings.Contains(lower, "vergrößern") || textutil.WordsOver(lower, maxMarkedCaptionWords) {
		return false
	}
	return strings.HasPrefix(lower, "vergrößern ") || strings.Contains(lower, "zum vergrößern klicken") ||
		strings.Contains(lower, "zum vergrößern auf das bild klicken") || strings.Contains(lower, "zum vergrößern bitte auf das bild klicken")
}
