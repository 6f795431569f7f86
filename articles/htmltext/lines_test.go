package htmltext

import (
	"reflect"
	"strings"
	"testing"
)

const samplePage = `<!DOCTYPE html><html><head><title>Page title</title>
<style>body{color:red}</style><script>var x = "<p>no</p>";</script></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<div class="cookie">We use cookies. <button>Accept</button></div>
<article>
<h1>Big  headline</h1>
<p>First line<br>second line &amp; more</p>
<p hidden>Hidden paragraph</p>
<p aria-hidden="true">Aria hidden</p>
<p style="display: none">Styled away</p>
<div style="visibility:hidden">Invisible</div>
<figure><img src="x.jpg" alt="alt text"><figcaption>A caption</figcaption></figure>
<p>Text with <b>bold</b> and <i>italic</i>&nbsp;words.</p>
<noscript>Enable JS</noscript><template><p>tpl</p></template>
<svg><text>svg text</text></svg><iframe src="x"></iframe>
<form><input type="hidden" value="secret"><label>Email</label><input type="text"></form>
</article>
<footer><p>© 2024 Example</p></footer>
</body></html>`

func TestLinesVariants(t *testing.T) {
	cases := []struct {
		v    Variant
		want []string
	}{
		{Variant{}, []string{
			"Home", "News", "We use cookies. Accept", "Big headline",
			"First line second line & more", "A caption",
			"Text with bold and italic words.", "Email", "© 2024 Example",
		}},
		{Variant{BlankAfterBlock: true, BRBreaks: true}, []string{
			"Home", "", "News", "", "We use cookies. Accept", "Big headline", "",
			"First line", "second line & more", "", "A caption", "",
			"Text with bold and italic words.", "", "Email", "© 2024 Example",
		}},
		{Variant{BRBreaks: true, IndentSpaces: true, TrailingSpace: true, KeepNBSP: true}, []string{
			"Home ", "News ", "We use cookies. Accept ", "Big headline ",
			"First line ", "second line & more ", "A caption ",
			"Text with bold and italic\u00a0words. ", "Email ", "© 2024 Example ",
		}},
	}
	for _, c := range cases {
		got := Lines([]byte(samplePage), c.v)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("variant %+v:\n got %q\nwant %q", c.v, got, c.want)
		}
	}
}

func TestLinesDropsInvisible(t *testing.T) {
	text := Text([]byte(samplePage), Variant{})
	for _, bad := range []string{"Page title", "color", "no", "Hidden", "Aria", "Styled", "Invisible", "Enable JS", "tpl", "svg text", "secret", "alt text"} {
		if strings.Contains(text, bad) {
			t.Errorf("page text contains %q:\n%s", bad, text)
		}
	}
}

func TestLinesPreAndTable(t *testing.T) {
	page := `<body><pre>a  b
c</pre><table><tr><td>x</td><td>y</td></tr></table><ol><li>one<ul><li>two</li></ul></li></ol></body>`
	got := Lines([]byte(page), Variant{IndentSpaces: true})
	want := []string{"a b", "c", "x", "y", "one", "  two"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestLinesReactSegments(t *testing.T) {
	page := `<body><header>Top</header><template id="B:0"></template><footer>Bottom</footer>
<div hidden id="S:0"><p>Streamed body</p></div></body>`
	got := Lines([]byte(page), Variant{})
	want := []string{"Top", "Streamed body", "Bottom"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestLinesMarksListsAndDropsChrome(t *testing.T) {
	page := `<html><body><nav><ul><li>Home</li><li>World</li></ul></nav>
<div role="navigation">Sections</div>
<article><h1>Headline</h1><figure><img src="a.jpg"><figcaption>The bridge at dusk</figcaption></figure><ul><li>first point</li><li>second point</li></ul>
<ol><li>step one</li><li>step two</li></ol></article>
<aside>Related: other story</aside><footer>Contact us</footer></body></html>`
	got := Lines([]byte(page), Variant{ListBullets: true, DropChrome: true})
	want := []string{"Headline", "• first point", "• second point", "1. step one", "2. step two"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	plain := Text([]byte(page), Variant{})
	for _, kept := range []string{"Home", "Sections", "Related: other story", "Contact us", "The bridge at dusk"} {
		if !strings.Contains(plain, kept) {
			t.Errorf("without DropChrome the page's %q should stay, got %q", kept, plain)
		}
	}
}
