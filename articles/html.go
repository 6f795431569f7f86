package articles

import (
	"bytes"
	"fmt"
	"net/url"
	"reader/articles/internal/textutil"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLPage is what a web page gives an article: its main text as plain
// paragraphs, and the metadata the page declares.
type HTMLPage struct {
	Title, Byline, SiteName, URL, Lang string
	Published                          time.Time
	Text                               string // paragraphs separated by blank lines, list items as "• item"
}

// ExtractHTML finds a page's main text (readability extraction, which drops
// navigation, banners and comment sections) and its metadata.
func ExtractHTML(data []byte, pageURL string) (HTMLPage, error) {
	u, _ := url.Parse(pageURL)
	if u == nil {
		u = &url.URL{}
	}
	parser := readability.NewParser()
	art, err := parser.Parse(bytes.NewReader(data), u)
	if err != nil {
		return HTMLPage{}, fmt.Errorf("extract article: %w", err)
	}
	if art.Node == nil {
		return HTMLPage{}, fmt.Errorf("extract article: no article text on the page")
	}
	p := HTMLPage{Title: textutil.NormalizeLine(art.Title()), Byline: plausibleByline(textutil.NormalizeLine(art.Byline())), SiteName: textutil.NormalizeLine(art.SiteName()),
		URL: pageURL, Lang: textutil.NormalizeLine(art.Language())}
	if t, err := art.PublishedTime(); err == nil {
		p.Published = t
	}
	var b strings.Builder
	writeBlocks(&b, art.Node)
	p.Text = strings.TrimSpace(Sanitize(b.String(), true))
	if p.Text == "" {
		return p, fmt.Errorf("extract article: no article text on the page")
	}
	return p, nil
}

// RawText renders the page as an article file: front matter with what the
// page declared, then the text, so the cleaner treats it like any other.
func (p HTMLPage) RawText() string {
	var b strings.Builder
	b.WriteString("---\n")
	for _, kv := range [][2]string{{"title", p.Title}, {"source", p.SiteName}, {"url", p.URL}, {"author", p.Byline}, {"lang", p.Lang}} {
		if v := textutil.NormalizeLine(kv[1]); v != "" {
			fmt.Fprintf(&b, "%s: %s\n", kv[0], FrontMatterValue(v))
		}
	}
	if !p.Published.IsZero() {
		fmt.Fprintf(&b, "published: %s\n", p.Published.UTC().Format(time.RFC3339))
	}
	b.WriteString("---\n\n")
	b.WriteString(p.Text)
	b.WriteString("\n")
	return b.String()
}

// writeBlocks writes block elements as paragraphs and list items as bullets.
func writeBlocks(b *strings.Builder, n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" && n.Type == html.ElementNode && !isBlockContainer(n) {
				b.WriteString(c.Data)
			}
			continue
		}
		switch c.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Figure, atom.Figcaption, atom.Nav, atom.Aside, atom.Form, atom.Button:
			continue
		case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Pre:
			if t := inlineText(c); t != "" {
				b.WriteString(t + "\n\n")
			}
		case atom.Li:
			prefix := "• "
			if c.Parent != nil && c.Parent.DataAtom == atom.Ol {
				prefix = fmt.Sprintf("%d. ", itemIndex(c))
			}
			if t := inlineText(c); t != "" {
				b.WriteString(prefix + t + "\n")
			}
		case atom.Ul, atom.Ol:
			writeBlocks(b, c)
			b.WriteString("\n")
		default:
			writeBlocks(b, c)
		}
	}
}

func isBlockContainer(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.Main, atom.Body, atom.Ul, atom.Ol:
		return true
	}
	return false
}

func itemIndex(li *html.Node) int {
	n := 0
	for s := li; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode && s.DataAtom == atom.Li {
			n++
		}
	}
	return n
}

// inlineText is the text of an element on one line.
func inlineText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Br {
			b.WriteString(" ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return textutil.NormalizeLine(b.String())
}

// looksLikeHTML spots a saved web page by its name or its first bytes.
func looksLikeHTML(name, text string) bool {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".html") || strings.HasSuffix(lower, ".htm") {
		return true
	}
	head := strings.ToLower(strings.TrimSpace(text[:min(len(text), 512)]))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}
