package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strings"

	"reader/articles"
	"reader/articles/feeds"
	"reader/store"
)

// outline is an OPML outline: a feed (with an xmlUrl) or a folder of them.
type outline struct {
	Attrs    []xml.Attr `xml:",any,attr"`
	Outlines []outline  `xml:"outline"`
}

// attr is an attribute by name, whatever its case (exports differ).
func (o outline) attr(name string) string {
	for _, a := range o.Attrs {
		if strings.EqualFold(a.Name.Local, name) {
			return strings.TrimSpace(a.Value)
		}
	}
	return ""
}

// readOPML lists the feed addresses of an OPML file, folders included.
func readOPML(path string) ([]string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("feeds import %s: %w", path, err)
	}
	if !info.Mode().IsRegular() || info.Size() > articles.MaxFileSize {
		return nil, fmt.Errorf("feeds import %s: not a regular file of at most %d bytes", path, articles.MaxFileSize)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("feeds import %s: %w", path, err)
	}
	var doc struct {
		XMLName xml.Name
		Body    struct {
			Outlines []outline `xml:"outline"`
		} `xml:"body"`
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("feeds import %s: not an OPML file: %v", path, err)
	}
	if !strings.EqualFold(doc.XMLName.Local, "opml") {
		return nil, fmt.Errorf("feeds import %s: not an OPML file (its root is <%s>, not <opml>)", path, doc.XMLName.Local)
	}
	var urls []string
	var walk func([]outline)
	walk = func(os []outline) {
		for _, o := range os {
			if u := o.attr("xmlUrl"); u != "" {
				urls = append(urls, u)
			}
			walk(o.Outlines)
		}
	}
	walk(doc.Body.Outlines)
	return urls, nil
}

// importOPML subscribes to the feeds of an OPML file. Only http(s)
// addresses are taken: an OPML file comes from elsewhere, and must not
// make the reader read local files.
func importOPML(st *store.Store, path string, stdout, stderr io.Writer) error {
	urls, err := readOPML(path)
	if err != nil {
		return err
	}
	ctx := context.Background()
	before, err := st.Feeds(ctx)
	if err != nil {
		return err
	}
	had := map[string]bool{}
	for _, f := range before {
		had[f.URL] = true
	}
	added, skipped := 0, 0
	for _, u := range urls {
		if !feeds.IsWebURL(u) {
			fmt.Fprintf(stderr, "reader: feeds import %s: %s skipped: not an http(s) address\n", clean(path), clean(u))
			skipped++
			continue
		}
		if had[u] {
			continue
		}
		if _, err := st.AddFeed(ctx, u); err != nil {
			return err
		}
		had[u] = true
		added++
	}
	fmt.Fprintf(stdout, "subscribed to %d feeds from %s (%d already subscribed, %d skipped); fetch them with \"reader refresh\"\n",
		added, clean(path), len(urls)-added-skipped, skipped)
	return nil
}

// exportOPML prints the web subscriptions as OPML 2.0. Local feed files
// mean nothing to another program and are left out, with a note on stderr.
func exportOPML(st *store.Store, stdout, stderr io.Writer) error {
	list, err := st.Feeds(context.Background())
	if err != nil {
		return err
	}
	type out struct {
		Type   string `xml:"type,attr"`
		Text   string `xml:"text,attr"`
		Title  string `xml:"title,attr,omitempty"`
		XMLURL string `xml:"xmlUrl,attr"`
	}
	doc := struct {
		XMLName xml.Name `xml:"opml"`
		Version string   `xml:"version,attr"`
		Title   string   `xml:"head>title"`
		Feeds   []out    `xml:"body>outline"`
	}{Version: "2.0", Title: "reader subscriptions"}
	for _, f := range list {
		if !feeds.IsWebURL(f.URL) {
			fmt.Fprintf(stderr, "reader: feeds export: %s left out: a local file\n", clean(f.URL))
			continue
		}
		text := f.Title
		if text == "" {
			text = f.URL
		}
		doc.Feeds = append(doc.Feeds, out{Type: "rss", Text: text, Title: f.Title, XMLURL: f.URL})
	}
	data, err := xml.MarshalIndent(doc, "", "  ")
	if err != nil {
		return fmt.Errorf("feeds export: %w", err)
	}
	_, err = fmt.Fprintf(stdout, "%s%s\n", xml.Header, data)
	return err
}
