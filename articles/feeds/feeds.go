// Package feeds reads RSS, Atom and JSON feeds and fetches them over HTTP,
// turning their items into article files for the cleaner. It knows nothing
// of the store or the terminal.
package feeds

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"reader/articles"
)

// Feed is a parsed feed: its title and its items.
type Feed struct {
	Title string
	URL   string
	Items []Item
}

// Item is one entry of a feed, with what the feed says about it.
type Item struct {
	Title, Link, Author, Source, GUID string
	Published                         time.Time
	Summary, Content                  string // HTML or text, as the feed gives it
}

// Parse reads RSS 0.9x/1.0/2.0, Atom or JSON Feed bytes.
func Parse(data []byte, feedURL string) (Feed, error) {
	f, err := parseFeed(data)
	if err != nil {
		if strings.Contains(strings.ToLower(err.Error()), "failed to detect feed type") {
			return Feed{}, fmt.Errorf("not a feed (no RSS, Atom or JSON Feed found)")
		}
		return Feed{}, fmt.Errorf("bad feed: %w", err)
	}
	out := Feed{Title: clean(f.Title), URL: feedURL}
	for _, it := range f.Items {
		item := Item{Title: clean(it.Title), Link: clean(it.Link), GUID: clean(it.GUID), Source: out.Title,
			Summary: it.Description, Content: it.Content}
		if it.Author != nil {
			item.Author = clean(it.Author.Name)
		} else if len(it.Authors) > 0 && it.Authors[0] != nil {
			item.Author = clean(it.Authors[0].Name)
		}
		switch {
		case it.PublishedParsed != nil:
			item.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			item.Published = *it.UpdatedParsed
		}
		out.Items = append(out.Items, item)
	}
	return out, nil
}

// parseFeed runs gofeed, turning a panic on malformed input (a JSON Feed
// whose items or authors hold null, gofeed issue #355) into an error, so a
// hostile feed cannot take the reader down.
func parseFeed(data []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("malformed feed: %v", r)
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(data))
}

// hasFullText reports whether the feed carries the article, not a teaser.
func (it Item) hasFullText() bool {
	return len(plainText(it.Content)) >= 600 || len(plainText(it.Summary)) >= 1200
}

// RawFile renders an item as an article file: front matter keeps the
// feed's title, link, author, date and outlet; the text follows.
func (it Item) RawFile(text string) articles.RawFile {
	var b strings.Builder
	b.WriteString("---\n")
	for _, kv := range [][2]string{{"title", it.Title}, {"source", it.Source}, {"url", it.Link}, {"author", it.Author}} {
		if v := clean(kv[1]); v != "" {
			fmt.Fprintf(&b, "%s: %s\n", kv[0], articles.FrontMatterValue(v))
		}
	}
	if !it.Published.IsZero() {
		fmt.Fprintf(&b, "published: %s\n", it.Published.UTC().Format(time.RFC3339))
	}
	b.WriteString("---\n\n")
	b.WriteString(articles.Sanitize(text, true))
	b.WriteString("\n")
	return articles.RawFile{Name: it.fileName(), Data: []byte(b.String())}
}

// fileName names an item's article file: its link, else its outlet and
// GUID. The cleaner reads a file whose name ends in .html or .htm as a web
// page, but this file is front matter and text, so such a link gets
// "#item" after it (still the same page).
func (it Item) fileName() string {
	name := it.Link
	if name == "" {
		name = it.Source + "#" + it.GUID
	}
	name = clean(name)
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".html") || strings.HasSuffix(lower, ".htm") || strings.HasSuffix(lower, ".xhtml") {
		name += "#item"
	}
	return name
}

// text is the item's own article text: its content, else its summary,
// as plain paragraphs.
func (it Item) text() string {
	body := it.Content
	if plainText(body) == "" {
		body = it.Summary
	}
	return plainText(body)
}

// plainText turns feed HTML (or text) into paragraphs.
func plainText(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if !strings.Contains(s, "<") {
		return s
	}
	page, err := articles.ExtractHTML([]byte("<html><body><article>"+s+"</article></body></html>"), "")
	if err != nil {
		return stripTags(s)
	}
	return page.Text
}

// stripTags is the fallback for fragments readability finds too short.
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
			b.WriteByte(' ')
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// clean makes one feed field a safe single line.
func clean(s string) string { return strings.TrimSpace(articles.Sanitize(s, false)) }
