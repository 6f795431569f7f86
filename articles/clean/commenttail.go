package clean

import "reader/articles/internal/textutil"

// commentsHeadingRe opens a page's comment thread: "Comments", "12
// Comments", "1 Comment", "Comments Filter:", "Reader comments",
// "Kommentare (3)"; "Comment" alone is as likely a word of the story (a
// button, a column of a table).
var commentsHeadingRe = lazyRE(`(?i)^((\d+\s+)?(reader(s')?\s+)?(comments|commentaires|kommentare|comentarios|commenti|comentários|reacties|komentarze)|\d+\s+(comment|commentaire|kommentar|comentario|commento|comentário|reactie|komentarz))(\s*\(\d+\))?(\s+(filter|section|thread))?\s*:?$`)

// maxCommentsHeading is the longest (bytes) line commentsHeadingRe can
// match, the cheap test before it runs.
const maxCommentsHeading = 48

// commentsOnRe opens a blog's comment thread by counting its comments on
// the post, named in quotes: "11 responses to “The Post”", "3 thoughts on
// "The Post"", "One reply to ...", "2 Kommentare zu „...“", "5 réflexions
// sur « ... »".
var commentsOnRe = lazyRE(`(?i)^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|ein|eine|zwei|drei|un|une|deux|trois|uno|una|dos|tres)\s+` +
	`(?:comments?|responses?|replies|reply|thoughts?|kommentare?|antworten|antwort|gedanken|commentaires?|réponses?|réflexions?|comentarios?|respuestas?|commenti|risposte|comentários|respostas)\s+` +
	`(?:to|on|for|zu|auf|für|zum|zur|sur|à|a|en|para|su|em|sobre)\s+["“”„«‘’‚'»]`)

// maxCommentsOn is the longest (bytes) line commentsOnRe is tried on: the
// count and a post's title.
const maxCommentsOn = 240

// commentTailReason is the reason given to a comment thread's lines.
const commentTailReason = "comments"

// dropCommentTail removes a comment thread under the story: its heading
// (kept or not) and every line after it. The thread's comments are prose
// too, and the line model, reading each line with its neighbours, keeps
// many of them; what marks them is where they stand. The heading must come
// after three paragraphs of the story, so that a comment count shown
// beside the byline takes nothing.
func (c *cleaning) dropCommentTail() {
	paras := 0
	for i, u := range c.units {
		if i == c.title {
			continue
		}
		if paras >= 3 && (len(u.text) <= maxCommentsHeading && commentsHeadingRe.MatchString(u.text) ||
			len(u.text) <= maxCommentsOn && commentsOnRe.MatchString(u.text)) {
			for j := i; j < len(c.units); j++ {
				if c.reason[j] == "" && j != c.title {
					c.reason[j] = commentTailReason
				}
			}
			return
		}
		if c.reason[i] == "" && textutil.EndsSentence(u.text) && u.words > 11 {
			paras++
		}
	}
}
