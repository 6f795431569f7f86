package articles

import (
	"os"
	"strings"
	"testing"
)

// FuzzHTMLImport: a saved web page, extracted directly (ExtractHTML) or
// imported as a .html file (ParseBatch), never panics and gives valid
// UTF-8 with no terminal control in any field.
func FuzzHTMLImport(f *testing.F) {
	if page, err := os.ReadFile("testdata/html/page.html"); err == nil {
		f.Add(page)
	}
	for _, s := range []string{
		"<html><body><article><h1>Port strike ends</h1><p>Dock workers returned on Monday after three weeks.</p><ul><li>A pay rise</li><li>New shifts</li></ul></article></body></html>",
		"<!DOCTYPE html><html lang=\"en\"><head><title>T</title><meta property=\"og:site_name\" content=\"Site\x1b[31m\"></head><body><div><span>\x1b]52;c;ZXZpbA==\x07text in a span that is long enough to be kept as an article paragraph by the extractor.</span></div></body></html>",
		"<html><body><p>caf\xe9 \xff\xfe broken bytes in a paragraph that is long enough to be the article text of this page.</p></body></html>",
		"<html><body><article><ol><li>one</li><li>two<ol><li>nested</li></ol></li></ol><pre>\tcode\r\nline</pre></article></body></html>",
		"<html><body><nav>Home</nav></body></html>",
		"<p>&#x1b;[2J&#x9b;1m&#8238;reversed&#x202c; and &#0; entities in a paragraph long enough to be the article.</p>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if p, err := ExtractHTML(data, "https://example.com/news/a"); err == nil {
			requireClean(t, "Text", p.Text, true)
			if strings.TrimSpace(p.Text) == "" {
				t.Fatalf("no error, yet no text")
			}
			for name, v := range map[string]string{"Title": p.Title, "Byline": p.Byline, "SiteName": p.SiteName, "Lang": p.Lang} {
				requireClean(t, name, v, false)
			}
		}
		arts, errs := ParseBatch([]RawFile{{Name: "saved/page.html", Data: data}})
		if len(arts)+len(errs) != 1 {
			t.Fatalf("one file gave %d articles and %d errors", len(arts), len(errs))
		}
		if len(errs) == 1 {
			requireClean(t, "error", errs[0].Error(), false)
			return
		}
		requireCleanArticle(t, arts[0])
	})
}
