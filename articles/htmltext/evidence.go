package htmltext

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Evidence is what a page's markup says of one line of its text, beside
// the text itself: how much of it is links, whether it stands inside the
// part of the page the page marks as its article, and whether the classes
// and ids around it name page furniture or content. LinesEvidence gives one
// per line; a blank line's is the zero value.
type Evidence struct {
	// LinkShare is the share of the line's visible characters inside a
	// link or a button.
	LinkShare float64
	// BlockLinkShare and OuterLinkShare are the same share over the whole
	// element that holds the line's block and the element above that: a
	// teaser's summary is no link, but its card is mostly links.
	BlockLinkShare, OuterLinkShare float64
	// InMain: inside <article>, <main>, [itemprop=articleBody] or
	// role=main/article.
	InMain bool
	// InHeader: inside <header> or role=banner; InForm: inside a <form>.
	InHeader, InForm bool
	// FurnitureUp and ContentUp are how many levels up the nearest element
	// whose class or id names page furniture (nav, menu, footer, sidebar,
	// related, share, comment, promo, ...) or content (article, content,
	// story, body, post, entry, text) stands: 1 for the element that
	// holds the line's first text (a link in a teaser's list item is 1, the
	// item 2), 0 when none does.
	FurnitureUp, ContentUp int
	// Heading is the level of the heading the line is (1-6), else 0.
	Heading int
	// Alike is how many elements among the line's block and its siblings
	// share its tag and class; ParentAlike the same for the block's
	// parent (a list of teasers repeats one structure).
	Alike, ParentAlike int
	// Depth is how deep in the document the line's first text stands.
	Depth int
}

// LinesEvidence is Lines with what the markup says of each line: ev[i]
// describes lines[i]. The lines are exactly those Lines gives.
func LinesEvidence(htmlBytes []byte, v Variant) (lines []string, ev []Evidence) {
	doc, err := html.Parse(bytes.NewReader(htmlBytes))
	if err != nil {
		return nil, nil
	}
	return LinesEvidenceOf(doc, v)
}

// LinesEvidenceOf is LinesEvidence of a page already parsed, so that a
// caller reading the page more than one way parses it once. It does not
// change doc.
func LinesEvidenceOf(doc *html.Node, v Variant) (lines []string, ev []Evidence) {
	w := &lineWriter{v: v, streamed: streamedSegments(doc), ev: &evidenceWriter{sizes: map[*html.Node][2]int32{}, alike: map[*html.Node]int{}, classes: map[string][2]bool{}}}
	w.walk(doc, 0, false)
	w.flush()
	for len(w.lines) > 0 && w.lines[len(w.lines)-1] == "" {
		w.lines = w.lines[:len(w.lines)-1]
	}
	return w.lines, w.ev.out[:len(w.lines)]
}

// evidenceWriter follows the walk of a lineWriter to describe each line.
type evidenceWriter struct {
	out []Evidence
	// ctx is the context of the text being written; line the context of
	// the first text of the current line.
	ctx, line domContext
	started   bool
	// chars and links count the current line's visible characters and
	// those inside links.
	chars, links int
	sizes        map[*html.Node][2]int32 // visible characters and link characters under an element
	alike        map[*html.Node]int
	classes      map[string][2]bool // classWords of each class and id seen
}

// domContext is where in the document a piece of text stands.
type domContext struct {
	block                  *html.Node // the innermost element that breaks lines
	link, main, header     bool
	form                   bool
	depth                  int
	furnitureAt, contentAt int // depth of the nearest furniture or content element, 0 none
	heading                int
}

// enter is context c updated for element n.
func (e *evidenceWriter) enter(c domContext, n *html.Node) domContext {
	c.depth++
	switch n.DataAtom {
	case atom.A, atom.Button:
		c.link = true
	case atom.Article, atom.Main:
		c.main = true
	case atom.Header:
		c.header = true
	case atom.Form:
		c.form = true
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		c.heading = int(n.Data[1] - '0')
	}
	if blockKinds[n.DataAtom] != inline {
		c.block = n
	}
	var class, id string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		case "role":
			switch strings.ToLower(a.Val) {
			case "main", "article":
				c.main = true
			case "banner":
				c.header = true
			case "navigation", "complementary", "contentinfo":
				c.furnitureAt = c.depth
			}
		case "itemprop":
			if strings.EqualFold(a.Val, "articleBody") {
				c.main = true
			}
		}
	}
	if class != "" || id != "" {
		key := class + " " + id
		words, ok := e.classes[key]
		if !ok {
			words[0], words[1] = classWords(key)
			e.classes[key] = words
		}
		furniture, content := words[0], words[1]
		if furniture {
			c.furnitureAt = c.depth
		}
		if content {
			c.contentAt = c.depth
		}
	}
	return c
}

// furnitureWords, found inside a class or id word, name page furniture;
// furnitureNames must be the whole word (they are short or common inside
// other words).
var (
	furnitureWords = []string{"menu", "footer", "sidebar", "related", "share", "sharing", "social", "comment",
		"promo", "newsletter", "breadcrumb", "widget", "teaser", "recommend", "subscri", "signup", "banner",
		"cookie", "popup", "modal", "sponsor", "advert", "pagination", "pager", "trending", "popular",
		"toolbar", "masthead", "outbrain", "taboola", "disqus", "carousel", "consent", "newsfeed", "readmore",
		"navbar", "navigation", "topnav", "subnav", "skip"}
	furnitureNames = map[string]bool{"nav": true, "ad": true, "ads": true, "more": true, "tags": true, "tag": true,
		"aside": true, "header": true, "meta": true, "byline": true, "author": true, "follow": true, "login": true,
		"cta": true, "card": true, "cards": true, "rail": true, "links": true, "caption": true, "credit": true,
		"dateline": true, "date": true, "timestamp": true}
	contentWords = []string{"article", "content", "story", "body", "post", "entry", "text", "prose", "main"}
)

// classWords reports whether a class and id attribute name page furniture
// and whether they name content.
func classWords(attr string) (furniture, content bool) {
	attr = strings.ToLower(attr)
	for start := 0; start < len(attr); {
		if attr[start] < 'a' || attr[start] > 'z' {
			start++
			continue
		}
		end := start
		for end < len(attr) && attr[end] >= 'a' && attr[end] <= 'z' {
			end++
		}
		w := attr[start:end]
		start = end
		if furnitureNames[w] {
			furniture = true
		}
		for i := 0; i < len(w); i++ {
			for _, f := range classStems[w[i]-'a'] {
				if strings.HasPrefix(w[i:], f.stem) {
					if f.content {
						content = true
					} else {
						furniture = true
					}
				}
			}
		}
	}
	return furniture, content
}

// classStem is a furniture or content word as classStems files it.
type classStem struct {
	stem    string
	content bool
}

// classStems are furnitureWords and contentWords by their first letter.
var classStems = func() (out [26][]classStem) {
	for _, w := range furnitureWords {
		out[w[0]-'a'] = append(out[w[0]-'a'], classStem{w, false})
	}
	for _, w := range contentWords {
		out[w[0]-'a'] = append(out[w[0]-'a'], classStem{w, true})
	}
	return out
}()

// text notes visible text s written at the context.
func (e *evidenceWriter) text(s string, keepNBSP bool) {
	n := 0
	for _, r := range s {
		if !isSpace(r, keepNBSP) {
			n++
		}
	}
	if n == 0 {
		return
	}
	if !e.started {
		e.started, e.line = true, e.ctx
	}
	e.chars += n
	if e.ctx.link {
		e.links += n
	}
}

// flushed describes the line just written (when emitted) and starts a new one.
func (e *evidenceWriter) flushed(emitted bool) {
	if emitted {
		c := e.line
		ev := Evidence{InMain: c.main, InHeader: c.header, InForm: c.form, Heading: c.heading, Depth: c.depth}
		if e.chars > 0 {
			ev.LinkShare = float64(e.links) / float64(e.chars)
		}
		if c.furnitureAt > 0 {
			ev.FurnitureUp = c.depth - c.furnitureAt + 1
		}
		if c.contentAt > 0 {
			ev.ContentUp = c.depth - c.contentAt + 1
		}
		if b := c.block; b != nil {
			ev.Alike = e.alikeOf(b)
			if p := b.Parent; p != nil && p.Type == html.ElementNode {
				ev.ParentAlike = e.alikeOf(p)
				ev.BlockLinkShare = e.linkShare(p)
				if g := p.Parent; g != nil && g.Type == html.ElementNode {
					ev.OuterLinkShare = e.linkShare(g)
				}
			}
		}
		e.out = append(e.out, ev)
	}
	e.started, e.chars, e.links = false, 0, 0
}

// blank notes an empty line.
func (e *evidenceWriter) blank() { e.out = append(e.out, Evidence{}) }

// alikeOf counts n and its element siblings of the same tag and class,
// counting once for all the siblings.
func (e *evidenceWriter) alikeOf(n *html.Node) int {
	if k, ok := e.alike[n]; ok {
		return k
	}
	p := n.Parent
	if p == nil {
		return 1
	}
	type signature struct{ tag, class string }
	counts := map[signature]int{}
	for s := p.FirstChild; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			counts[signature{s.Data, getAttr(s, "class")}]++
		}
	}
	for s := p.FirstChild; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			e.alike[s] = counts[signature{s.Data, getAttr(s, "class")}]
		}
	}
	return e.alike[n]
}

// linkShare is the share of the visible characters under n inside links.
func (e *evidenceWriter) linkShare(n *html.Node) float64 {
	s := e.size(n, false)
	if s[0] == 0 {
		return 0
	}
	return float64(s[1]) / float64(s[0])
}

// size counts the visible characters under n and those inside links.
func (e *evidenceWriter) size(n *html.Node, link bool) [2]int32 {
	if n.Type == html.TextNode {
		k := int32(0)
		for _, r := range n.Data {
			if !isSpace(r, false) {
				k++
			}
		}
		if link {
			return [2]int32{k, k}
		}
		return [2]int32{k, 0}
	}
	if n.Type != html.ElementNode {
		return [2]int32{}
	}
	if s, ok := e.sizes[n]; ok && !link {
		return s
	}
	if dropped[n.DataAtom] || hidden(n) {
		return [2]int32{}
	}
	inner := link || n.DataAtom == atom.A || n.DataAtom == atom.Button
	var s [2]int32
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		cs := e.size(c, inner)
		s[0] += cs[0]
		s[1] += cs[1]
	}
	if !link {
		e.sizes[n] = s
	}
	return s
}

// isSpace is the whitespace collapse folds.
func isSpace(r rune, keepNBSP bool) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' ||
		r == '\v' || r == '\u200b' || r == '\u2028' || r == '\u2029' ||
		r == '\u3000' || (r >= '\u2000' && r <= '\u200a') || r == '\u202f' ||
		r == '\u205f' || r == '\ufeff' || (r == '\u00a0' && !keepNBSP)
}
