package clean

import "reader/articles/internal/textutil"

// commentsHeadingRe opens a page's comment thread: "Comments", "12
// Comments", "Comments Filter:", "Reader comments", "Kommentare (3)".
var commentsHeadingRe = lazyRE(`(?i)^(\d+\s+)?(reader(s')?\s+)?(comments?|commentaires?|kommentare?|comentarios?|commenti|comentários?|reacties|komentarze)(\s*\(\d+\))?(\s+(filter|section|thread))?\s*:?$`)

// commentTailReason is the reason given to a comment thread's lines.
const commentTailReason = "comments"

// dropCommentTail removes a comment thread under the story: its heading
// and every line after it. The thread's comments are prose too, and the
// line model, reading each line with its neighbours, keeps many of them;
// what marks them is where they stand. The heading must come after three
// paragraphs of the story, so that a comment count shown beside the byline
// takes nothing.
func (c *cleaning) dropCommentTail() {
	kept := c.kept()
	paras := 0
	for k, i := range kept {
		t := c.units[i].text
		if i != c.title && paras >= 3 && commentsHeadingRe.MatchString(t) {
			for _, j := range kept[k:] {
				if j != c.title {
					c.reason[j] = commentTailReason
				}
			}
			return
		}
		if textutil.EndsSentence(t) && textutil.CountWords(t) >= 12 {
			paras++
		}
	}
}
