package clean

import "reader/articles/internal/textutil"

// relatedReason is the reason the vocabulary gives a related-stories
// heading ("Read also", "Noticias relacionadas", "Leggi anche").
const relatedReason = "related link"

// dropRelatedTail removes the headlines listed under a related-stories
// heading after the story, up to the first line that is no headline. The line model judges each line on its own and
// keeps one that reads like a headline; under such a heading, with no
// story paragraph after it, a line that is no sentence is another story's
// headline.
func (c *cleaning) dropRelatedTail() {
	for i := range c.units {
		if i == c.title {
			continue
		}
		heading := c.reason[i] == "" && relatedHeading(c.units[i].text)
		if c.reason[i] != relatedReason && c.vocab[i] != relatedReason && !heading {
			continue
		}
		if heading {
			c.reason[i] = relatedReason // a box's label, whatever stands under it
		}
		var heads []int
		for j := i + 1; j < len(c.units); j++ {
			if c.reason[j] != "" || j == c.title {
				continue
			}
			t := c.units[j].text
			if prose(t, 8) {
				heads = nil // the story goes on: a box inside it, left as it is
				break
			}
			if !headlineShaped(t) {
				break // the list ends (a table's cells end it at once)
			}
			heads = append(heads, j)
		}
		if len(heads) > 0 {
			c.reason[i] = relatedReason
		}
		for _, j := range heads {
			c.reason[j] = relatedReason
		}
	}
}

// headlineShaped: a line of four to twenty words that opens with a
// capital or a figure ("10 ideas for ...") and ends no sentence, as a
// story's headline does.
func headlineShaped(t string) bool {
	n := textutil.CountWordsUpTo(t, 20)
	return n >= 4 && n <= 20 && !textutil.EndsSentence(t) && (textutil.IsCapitalised(t) || t[0] >= '0' && t[0] <= '9')
}

// relatedHeadingRe is a related or most-read box's label that the
// vocabulary the line model weighs does not know: "Most read", "Die
// meistgelesenen Artikel bei ...", "Articles en relation", "Lo más
// visto", "Más sobre ...", "I più letti".
var relatedHeadingRe = lazyRE(`(?i)^(?:(?:the )?most (?:read|viewed|shared|popular)(?: (?:stories|articles|posts|news|now|today|this week))?|more (?:articles|stories|news|posts) (?:from|on|about|like this)|(?:good|similar|related|recommended) (?:articles|stories|posts|reads)(?: (?:for you|to read(?: together)?|you may like))?|recommended for you|recently (?:by|from|on)\s|` +
	`populäre (?:artikel|beiträge)|(?:weitere|mehr) informationen (?:zu[mr]?|über) [^:]{1,60}:$|` +
	`(?:die )?meist(?:gelesen|geklickt|kommentiert)(?:e|en)?(?: (?:artikel|beiträge|nachrichten|news))?|(?:weitere|beliebte|ähnliche|neueste|verwandte) (?:artikel|beiträge|nachrichten) (?:zum thema|zu diesem thema|aus|von)|` +
	`articles? (?:en relation|liés|associés|recommandés)|(?:les )?(?:plus lus|plus populaires)|(?:à lire|lire) aussi sur|` +
	`lo más (?:visto|leído|popular)|(?:las )?más (?:leídas|vistas)|más (?:sobre|noticias de|de)\s|noticias relacionadas|` +
	`(?:i )?più (?:letti|lette|visti)|articoli correlati|(?:as )?mais (?:lidas|vistas)|notícias relacionadas)`)

// relatedHeading: a short line that is no sentence and opens like a
// related or most-read box's label.
func relatedHeading(t string) bool {
	t = trimIconName(t)
	n := textutil.CountWords(t)
	return n >= 2 && n <= 8 && !textutil.EndsSentence(t) && relatedHeadingRe.MatchString(t)
}
