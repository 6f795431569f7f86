package htmltext

import (
	"reflect"
	"testing"
)

const evidencePage = `<!DOCTYPE html><html><body>
<div class="site-menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></div>
<article>
<h1>The bridge reopens</h1>
<div class="article-body">
<p>The old bridge over the river reopened on Monday after two years of repairs, the council said.</p>
<p>Traffic is expected to return to <a href="/x">normal levels</a> within weeks.</p>
</div>
<div class="related-stories"><ul>
<li class="teaser"><a href="/a">Ferry fares rise again</a></li>
<li class="teaser"><a href="/b">New tram line opens</a></li>
<li class="teaser"><a href="/c">Council budget approved</a></li>
</ul></div>
</article>
</body></html>`

func TestLinesEvidence(t *testing.T) {
	v := Variant{BlankAfterBlock: true, BRBreaks: true, ListBullets: true}
	lines, ev := LinesEvidence([]byte(evidencePage), v)
	if want := Lines([]byte(evidencePage), v); !reflect.DeepEqual(lines, want) {
		t.Fatalf("lines differ from Lines:\n%q\n%q", lines, want)
	}
	if len(ev) != len(lines) {
		t.Fatalf("%d evidence for %d lines", len(ev), len(lines))
	}
	at := func(text string) Evidence {
		t.Helper()
		for i, l := range lines {
			if l == text {
				return ev[i]
			}
		}
		t.Fatalf("no line %q in %q", text, lines)
		return Evidence{}
	}
	for i, l := range lines {
		if l == "" && ev[i] != (Evidence{}) {
			t.Errorf("blank line %d has evidence %+v", i, ev[i])
		}
	}
	menu := at("• Home")
	if menu.LinkShare != 1 || menu.InMain || menu.FurnitureUp == 0 || menu.Alike != 3 || menu.BlockLinkShare != 1 {
		t.Errorf("menu item: %+v", menu)
	}
	head := at("The bridge reopens")
	if head.Heading != 1 || !head.InMain || head.LinkShare != 0 {
		t.Errorf("headline: %+v", head)
	}
	lead := at("The old bridge over the river reopened on Monday after two years of repairs, the council said.")
	if lead.LinkShare != 0 || !lead.InMain || lead.ContentUp != 2 || lead.FurnitureUp != 0 || lead.Alike != 2 {
		t.Errorf("lead paragraph: %+v", lead)
	}
	second := at("Traffic is expected to return to normal levels within weeks.")
	if second.LinkShare <= 0.1 || second.LinkShare >= 0.5 {
		t.Errorf("a paragraph with one link: link share %.2f", second.LinkShare)
	}
	teaser := at("• Ferry fares rise again")
	if teaser.LinkShare != 1 || !teaser.InMain || teaser.FurnitureUp != 2 || teaser.Alike != 3 {
		t.Errorf("teaser: %+v", teaser)
	}
}

func TestClassWords(t *testing.T) {
	for _, c := range []struct {
		attr               string
		furniture, content bool
	}{
		{"site-menu", true, false},
		{"article-body", false, true},
		{"related-posts", true, true},
		{"navbar main-nav", true, true},
		{"ad-slot", true, false},
		{"header shadow", true, false},
		{"download-link", false, false},
		{"StoryBodyText", false, true},
		{"", false, false},
	} {
		f, ct := classWords(c.attr)
		if f != c.furniture || ct != c.content {
			t.Errorf("classWords(%q) = %v, %v; want %v, %v", c.attr, f, ct, c.furniture, c.content)
		}
	}
}
