// Package htmltext turns a saved web page into the plain text a naive
// scraper stores: the visible text, one line per block element, page
// furniture (menus, footers, forms, captions) kept. The cleaner learns
// from pages in exactly this form, so the reader reads a saved page the
// same way before cleaning it. Converter habits (blank lines, <br>,
// indentation, spaces) are options, so training can vary them.
package htmltext

import (
	"bytes"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Variant selects the habits of one naive HTML-to-text converter, so that a
// cleaner trained on the output does not depend on one converter's quirks.
type Variant struct {
	// BlankAfterBlock writes an empty line after paragraph-like blocks
	// (p, headings, blockquote, pre, li, figcaption, tr, ...).
	BlankAfterBlock bool
	// BRBreaks turns <br> into a line break; otherwise it is a space.
	BRBreaks bool
	// IndentSpaces indents each line by two spaces per level of nesting
	// of lists and blockquotes beyond the first.
	IndentSpaces bool
	// TrailingSpace leaves one space at the end of every non-empty line.
	TrailingSpace bool
	// KeepNBSP keeps non-breaking spaces (U+00A0) as they are instead of
	// folding them into ordinary spaces; runs of other whitespace are
	// still collapsed.
	KeepNBSP bool
	// ListBullets starts each list item's line with "• " (or its number in
	// an ordered list), as a reader shows it.
	ListBullets bool
	// DropChrome leaves out the page's navigation, asides, footers and
	// image captions (nav, aside, footer, figcaption and the ARIA landmarks
	// of the same roles): what the page itself marks as not the article.
	DropChrome bool
}

// blockKind tells how an element breaks lines.
type blockKind uint8

const (
	inline blockKind = iota
	block            // own line(s)
	para             // own line(s), blank line after with BlankAfterBlock
)

var blockKinds = map[atom.Atom]blockKind{
	atom.Div: block, atom.Section: block, atom.Article: block,
	atom.Header: block, atom.Footer: block, atom.Nav: block,
	atom.Aside: block, atom.Main: block, atom.Form: block,
	atom.Ul: block, atom.Ol: block, atom.Dl: block, atom.Table: block,
	atom.Tbody: block, atom.Thead: block, atom.Tfoot: block,
	atom.Td: block, atom.Th: block, atom.Caption: block,
	atom.Figure: block, atom.Details: block, atom.Summary: block,
	atom.Fieldset: block, atom.Legend: block, atom.Select: block,
	atom.Option: block, atom.Optgroup: block, atom.Dt: block,
	atom.Dd: block, atom.Hgroup: block, atom.Menu: block,
	atom.Center: block, atom.Body: block, atom.Html: block,
	atom.Dialog: block, atom.Video: block, atom.Audio: block,
	atom.Picture: block, atom.Textarea: block, atom.Frameset: block,
	atom.P: para, atom.H1: para, atom.H2: para, atom.H3: para,
	atom.H4: para, atom.H5: para, atom.H6: para, atom.Li: para,
	atom.Blockquote: para, atom.Pre: para, atom.Figcaption: para,
	atom.Tr: para, atom.Address: para, atom.Hr: para,
}

// dropped elements never contribute text.
var dropped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Head: true, atom.Title: true,
	atom.Svg: true, atom.Iframe: true, atom.Math: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Link: true, atom.Meta: true, atom.Base: true,
	atom.Noframes: true, atom.Param: true, atom.Source: true,
	atom.Track: true, atom.Map: true,
}

// indenting elements add one indentation level with IndentSpaces.
var indenting = map[atom.Atom]bool{
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Blockquote: true,
	atom.Menu: true,
}

// Lines converts an HTML page into the lines a naive scraper stores:
// the visible text, one line per block element, with page furniture kept
// and scripts, styles, the head and hidden elements dropped. Entities are
// decoded and whitespace runs inside a line collapse to one space. The
// result may contain empty strings for blank lines (never two in a row,
// never at the start or end).
func Lines(htmlBytes []byte, v Variant) []string {
	doc, err := html.Parse(bytes.NewReader(htmlBytes))
	if err != nil {
		return nil
	}
	w := &lineWriter{v: v, streamed: streamedSegments(doc)}
	w.walk(doc, 0, false)
	w.flush()
	for len(w.lines) > 0 && w.lines[len(w.lines)-1] == "" {
		w.lines = w.lines[:len(w.lines)-1]
	}
	return w.lines
}

// Text is Lines joined with newlines.
func Text(htmlBytes []byte, v Variant) string {
	return strings.Join(Lines(htmlBytes, v), "\n")
}

type lineWriter struct {
	v        Variant
	streamed map[string]*html.Node // React streaming segments by id
	lines    []string
	buf      strings.Builder
	indent   int
	ev       *evidenceWriter // nil unless LinesEvidence asked
}

// walk emits the text of n and its children. pre is true inside <pre>.
func (w *lineWriter) walk(n *html.Node, indent int, pre bool) {
	switch n.Type {
	case html.TextNode:
		if pre {
			parts := strings.Split(n.Data, "\n")
			for i, p := range parts {
				if i > 0 {
					w.flush()
				}
				w.write(p, indent)
			}
			return
		}
		w.write(n.Data, indent)
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c, indent, pre)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	if n.DataAtom == atom.Template && len(w.streamed) > 0 {
		// A React streaming placeholder (<template id="B:1">) shows the
		// hidden segment <div hidden id="S:1"> once the page's inline
		// script runs; render the segment here.
		if seg := w.streamed[streamKey(getAttr(n, "id"))]; seg != nil {
			delete(w.streamed, streamKey(getAttr(n, "id")))
			for c := seg.FirstChild; c != nil; c = c.NextSibling {
				w.walk(c, indent, pre)
			}
		}
		return
	}
	if isSegment(n) {
		if w.streamed[getAttr(n, "id")] == n {
			// Segment without a placeholder: show it where it is.
			delete(w.streamed, getAttr(n, "id"))
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				w.walk(c, indent, pre)
			}
		}
		return
	}
	if dropped[n.DataAtom] || (n.DataAtom == 0 && isDroppedName(n.Data)) || hidden(n) || w.v.DropChrome && chrome(n) {
		return
	}
	switch n.DataAtom {
	case atom.Br:
		if w.v.BRBreaks {
			w.flush()
		} else {
			w.buf.WriteByte(' ')
		}
		return
	case atom.Input, atom.Img, atom.Wbr:
		return
	}
	var outer domContext
	if w.ev != nil {
		outer = w.ev.ctx
		w.ev.ctx = w.ev.enter(outer, n)
	}
	kind := blockKinds[n.DataAtom]
	if indenting[n.DataAtom] {
		indent++
	}
	if n.DataAtom == atom.Pre {
		pre = true
	}
	if kind != inline {
		w.flush()
	} else if n.DataAtom == atom.Button || n.DataAtom == atom.Label {
		w.buf.WriteByte(' ')
	}
	if n.DataAtom == atom.Li && w.v.ListBullets {
		w.buf.WriteString(bullet(n))
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, indent, pre)
	}
	switch kind {
	case block:
		w.flush()
	case para:
		w.flush()
		if w.v.BlankAfterBlock {
			w.blank()
		}
	default:
		if n.DataAtom == atom.Button || n.DataAtom == atom.Label {
			w.buf.WriteByte(' ')
		}
	}
	if w.ev != nil {
		w.ev.ctx = outer
	}
}

// chrome reports whether n is a part of the page the page itself marks as
// navigation, complementary content, its footer or an image's caption.
func chrome(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Figcaption:
		return true
	}
	switch strings.ToLower(getAttr(n, "role")) {
	case "navigation", "complementary", "contentinfo":
		return true
	}
	return false
}

// bullet is the mark a list item's line starts with: its number in an
// ordered list, else "• ".
func bullet(li *html.Node) string {
	if li.Parent == nil || li.Parent.DataAtom != atom.Ol {
		return "• "
	}
	n := 0
	for s := li; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode && s.DataAtom == atom.Li {
			n++
		}
	}
	return strconv.Itoa(n) + ". "
}

// isDroppedName catches unknown elements that are never visible text
// (inline SVG pieces parsed outside an svg element and the like).
func isDroppedName(name string) bool {
	switch strings.ToLower(name) {
	case "svg", "path", "math", "noindex-script":
		return true
	}
	return false
}

// write appends text to the current line, remembering the indentation the
// line starts at.
func (w *lineWriter) write(s string, indent int) {
	if w.ev != nil {
		w.ev.text(s, w.v.KeepNBSP)
	}
	if w.buf.Len() == 0 {
		if collapse(s, w.v.KeepNBSP) == "" {
			return
		}
		w.indent = indent
	}
	w.buf.WriteString(s)
}

// flush ends the current line, if it has any text.
func (w *lineWriter) flush() {
	s := w.buf.String()
	w.buf.Reset()
	line := collapse(s, w.v.KeepNBSP)
	if w.ev != nil {
		w.ev.flushed(line != "")
	}
	if line == "" {
		return
	}
	if w.v.IndentSpaces && w.indent > 1 {
		line = strings.Repeat("  ", w.indent-1) + line
	}
	if w.v.TrailingSpace {
		line += " "
	}
	w.lines = append(w.lines, line)
}

// blank adds one empty line unless the output is empty or already ends
// with one.
func (w *lineWriter) blank() {
	if len(w.lines) > 0 && w.lines[len(w.lines)-1] != "" {
		w.lines = append(w.lines, "")
		if w.ev != nil {
			w.ev.blank()
		}
	}
}

// collapse trims s and folds every whitespace run to one space. With
// keepNBSP, U+00A0 counts as a visible character.
func collapse(s string, keepNBSP bool) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		ws := r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' ||
			r == '\v' || r == '\u200b' || r == '\u2028' || r == '\u2029' ||
			r == '\u3000' || (r >= '\u2000' && r <= '\u200a') || r == '\u202f' ||
			r == '\u205f' || r == '\ufeff' || (r == '\u00a0' && !keepNBSP)
		if ws {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	out := b.String()
	if keepNBSP && strings.Trim(out, "\u00a0") == "" {
		return ""
	}
	return out
}

// hidden reports whether an element is hidden by its attributes: the
// hidden attribute, aria-hidden="true", type=hidden, or an inline style
// with display:none or visibility:hidden.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "type":
			if n.DataAtom == atom.Input && strings.EqualFold(strings.TrimSpace(a.Val), "hidden") {
				return true
			}
		case "style":
			st := strings.ToLower(a.Val)
			st = strings.Map(func(r rune) rune {
				if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
					return -1
				}
				return r
			}, st)
			if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// streamedSegments finds the hidden <div id="S:n"> segments a React
// server-rendered page streams in and moves into place with inline script.
func streamedSegments(doc *html.Node) map[string]*html.Node {
	var segs map[string]*html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if isSegment(n) {
			if segs == nil {
				segs = map[string]*html.Node{}
			}
			segs[getAttr(n, "id")] = n
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	return segs
}

// isSegment reports whether n is a React streaming segment.
func isSegment(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Div {
		return false
	}
	id := getAttr(n, "id")
	return strings.HasPrefix(id, "S:") && len(id) > 2
}

// streamKey maps a placeholder id (B:n or P:n) to its segment id (S:n).
func streamKey(id string) string {
	if len(id) > 2 && (strings.HasPrefix(id, "B:") || strings.HasPrefix(id, "P:")) {
		return "S:" + id[2:]
	}
	return ""
}

func getAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
