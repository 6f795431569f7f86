package feeds

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"reader/articles"
)

// requireClean fails when s holds anything the sanitizer removes: invalid
// UTF-8, escape sequences, C0 and C1 controls, DEL, bidi controls, tabs,
// and newlines unless keepNewlines.
func requireClean(t *testing.T, field, s string, keepNewlines bool) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%s is not valid UTF-8: %q", field, s)
	}
	if got := articles.Sanitize(s, keepNewlines); got != s {
		t.Fatalf("%s holds what Sanitize removes: %q (sanitized %q)", field, s, got)
	}
	if strings.ContainsAny(s, "\x1b\x07\x7f\u009b\u009c\u009d\u202e\u2066") {
		t.Fatalf("%s holds a control: %q", field, s)
	}
}

// FuzzFeedParse: feed bytes of any kind never panic the parser; every
// display field of the feed and its items is one clean line; an item
// turned into an article file and parsed keeps what the feed said, with
// no terminal control anywhere.
func FuzzFeedParse(f *testing.F) {
	for _, name := range []string{"rss2.xml", "atom.xml", "feed.json", "rss091.xml"} {
		if data, err := os.ReadFile("testdata/" + name); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{
		`{"version": "https://jsonfeed.org/version/1.1", "title": "Evil\u001b[31m Outlet", "items": [{"id": "1\u001b[2J", "url": "https://x.example/a\u001b]8;;x\u0007", "title": "\"Quoted headline\"", "authors": [{"name": "Bad\u009b2J Guy"}], "content_text": "Text \u202eesrever\u202c here.", "date_published": "2024-06-06T07:00:00Z"}]}`,
		`<?xml version="1.0"?><rss version="2.0"><channel><title>Out&#x9b;let</title><item><title><![CDATA[Title ` + "\x1b[5m" + `]]></title><link> https://x.example/b&#x85; </link><guid>g&#x2066;1</guid><description>&lt;p&gt;Para ` + "\x1b]52;c;ZXZpbA==\x07" + `&lt;/p&gt;</description><pubDate>Mon, 03 Jun 2024 10:00:00 GMT</pubDate></item></channel></rss>`,
		`<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">&lt;b&gt;Wire&lt;/b&gt;</title><entry><title>A</title><author><name>` + "\u202eeman" + `</name></author><link href="https://x.example/c"/><updated>9999-12-31T23:59:59Z</updated><content type="html">&lt;ul&gt;&lt;li&gt;one&lt;/li&gt;&lt;/ul&gt;</content></entry></feed>`,
		`<rss version="0.91"><channel><item><title></title><description>` + "\t\r\n" + `</description></item></channel></rss>`,
		`{"version": "https://jsonfeed.org/version/1", "items": [{}, {"id": 5}, null]}`,
		`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>RSS 1.0</title><link>x</link></item></rdf:RDF>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		feed, err := Parse(data, "https://x.example/feed")
		if err != nil {
			return
		}
		requireClean(t, "feed title", feed.Title, false)
		for i, it := range feed.Items {
			for name, v := range map[string]string{"title": it.Title, "link": it.Link, "author": it.Author, "source": it.Source, "guid": it.GUID} {
				requireClean(t, "item "+name, v, false)
				if v != strings.TrimSpace(v) {
					t.Fatalf("item %d %s is not trimmed: %q", i, name, v)
				}
			}
			if it.Source != feed.Title {
				t.Fatalf("item %d source %q, feed title %q", i, it.Source, feed.Title)
			}
			file := it.RawFile(it.text())
			requireClean(t, "file name", file.Name, false)
			requireClean(t, "file data", string(file.Data), true)
			a, err := articles.Parse(file)
			if err != nil {
				continue // an item with no text at all is refused like an empty file
			}
			for name, v := range map[string]string{"Title": a.Title, "Source": a.Source, "Author": a.Author, "URL": a.URL, "Lang": a.Lang} {
				requireClean(t, "article "+name, v, false)
			}
			for _, b := range a.Body {
				requireClean(t, "article body", b.Text, false)
			}
			// What the feed says of the item is what the article says.
			for name, pair := range map[string][2]string{"title": {it.Title, a.Title}, "source": {it.Source, a.Source}, "author": {it.Author, a.Author}, "url": {it.Link, a.URL}} {
				if want := oneLine(pair[0]); want != "" && pair[1] != want {
					t.Fatalf("item %s %q became %q in the article", name, pair[0], pair[1])
				}
			}
			if y := it.Published.Year(); y >= 1 && y <= 9999 && !it.Published.IsZero() && !a.Published.Equal(it.Published.Truncate(1e9)) {
				t.Fatalf("item published %v became %v", it.Published, a.Published)
			}
		}
	})
}

// oneLine is a field as the cleaner normalises a line: zero-width
// characters dropped, runs of space made one.
func oneLine(s string) string {
	s = strings.NewReplacer("\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "", "\u00ad", "").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
