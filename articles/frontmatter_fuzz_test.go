package articles

import (
	"reader/articles/internal/textutil"
	"sort"
	"strings"
	"testing"
	"time"
)

// FuzzFrontMatter: splitFrontMatter never panics; without a block the text
// comes back whole, with one the body is a proper suffix of the text and
// only known keys are kept; the keys it accepts survive being written out
// again; a date it accepts reads back to the same instant.
func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: Harbour bridge reopens\nsource: The Coastal Times\npublished: 2024-03-12\nlang: en\n---\n\nThe bridge reopened.",
		"\ufeff---\r\ntitle: \"Quoted\"\r\nauthor: 'Jane Doe'\r\n...\r\nBody",
		"---\n# comment\n\nunknown: x\nTitle : Mixed Case Key\n---",
		"---\ntitle x\n---\nnot key value",
		"--- \npublished: 2024-02-30T25:61:00+99:00\n---\n",
		"---\npublished: March 3, 2023\n---\n",
		"----\ntitle: four dashes\n---\n",
		"---",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		meta, body := splitFrontMatter(text)
		if meta == nil {
			if body != text {
				t.Fatalf("no front matter, yet the body %q is not the text %q", body, text)
			}
			return
		}
		if !strings.HasPrefix(strings.TrimLeft(text, "\ufeff"), "---") {
			t.Fatalf("front matter %v found in text not opening with ---: %q", meta, text)
		}
		if !strings.HasSuffix(text, body) || len(body) >= len(text) {
			t.Fatalf("body %q is not a proper suffix of %q", body, text)
		}
		keys := make([]string, 0, len(meta))
		for k, v := range meta {
			if !frontMatterKeys[k] {
				t.Fatalf("unknown key %q accepted from %q", k, text)
			}
			if strings.Contains(v, "\n") {
				t.Fatalf("value of %q spans lines: %q", k, v)
			}
			keys = append(keys, k)
		}
		sort.Strings(keys)

		// Written out again (values quoted, so spaces and quotes at
		// their ends are kept), the block reads back the same.
		var b strings.Builder
		b.WriteString("---\n")
		for _, k := range keys {
			b.WriteString(k + `: "` + meta[k] + "\"\n")
		}
		b.WriteString("---\n")
		b.WriteString(body)
		meta2, body2 := splitFrontMatter(b.String())
		if body2 != body || len(meta2) != len(meta) {
			t.Fatalf("round trip of %q: got %v %q, want %v %q", text, meta2, body2, meta, body)
		}
		for k, v := range meta {
			if meta2[k] != v {
				t.Fatalf("round trip of %q: %s = %q, want %q", text, k, meta2[k], v)
			}
		}

		if v, ok := meta["published"]; ok {
			p := textutil.ParsePublished(one(v))
			if !p.IsZero() {
				back := textutil.ParsePublished(p.Format(time.RFC3339Nano))
				if !back.Equal(p) {
					t.Fatalf("published %q read as %v, which reads back as %v", v, p, back)
				}
			}
		}
	})
}

// FuzzFrontMatterValues: the metadata a web page declares is written as
// front matter (HTMLPage.RawText) and read back by Parse; every value
// that survives normalisation must come back unchanged.
func FuzzFrontMatterValues(f *testing.F) {
	f.Add("Harbour bridge reopens", "The Coastal Times", "https://example.com/news/bridge", "Jane Doe", "EN", int64(1710201600))
	f.Add(`"We will not back down"`, "'Quoted Outlet'", "", "  spaced   author ", "fr", int64(0))
	f.Add("---", "# not a comment", "key: value", "...", "\x1b[31mde", int64(-62135596800))
	f.Add("title: inner", "\u202eevil", "https://x.example/a\x07", "Bad\tGuy", "", int64(253402300799))
	f.Fuzz(func(t *testing.T, title, source, url, author, lang string, unix int64) {
		published := time.Unix(unix, 0).UTC()
		page := HTMLPage{Title: title, SiteName: source, URL: url, Byline: author, Lang: lang, Published: published,
			Text: "The bridge reopened to traffic on Monday after two years of repairs.\n\nDrivers queued before dawn."}
		raw := page.RawText()
		a, err := Parse(RawFile{Name: "page.txt", Data: []byte(raw)})
		if err != nil {
			t.Fatalf("Parse of %q: %v", raw, err)
		}
		requireCleanArticle(t, a)
		if v := textutil.NormalizeLine(title); v != "" && (a.Title != v || a.TitleDerived) {
			t.Fatalf("title %q came back as %q (derived %v) from %q", v, a.Title, a.TitleDerived, raw)
		}
		if v := textutil.NormalizeLine(source); v != "" && a.Source != v {
			t.Fatalf("source %q came back as %q from %q", v, a.Source, raw)
		}
		if v := textutil.NormalizeLine(url); v != "" && a.URL != v {
			t.Fatalf("url %q came back as %q from %q", v, a.URL, raw)
		}
		if v := textutil.NormalizeLine(author); v != "" && a.Author != v {
			t.Fatalf("author %q came back as %q from %q", v, a.Author, raw)
		}
		if v := textutil.NormalizeLine(lang); v != "" && a.Lang != strings.ToLower(v) {
			t.Fatalf("lang %q came back as %q from %q", v, a.Lang, raw)
		}
		if y := published.Year(); y >= 1 && y <= 9999 && !published.IsZero() && !a.Published.Equal(published) {
			t.Fatalf("published %v came back as %v from %q", published, a.Published, raw)
		}
	})
}
