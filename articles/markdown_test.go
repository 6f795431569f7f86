package articles

import (
	"strings"
	"testing"
)

// A Markdown article reads as its text: no emphasis, link, image, heading
// or quote marks in the body; its subhead a heading, its list a list, its
// byline the author.
func TestMarkdownArticleReadsAsText(t *testing.T) {
	md := "---\ntitle: Council approves cycle lanes\nsource: Riverside Gazette\n---\n\n" +
		"# Council approves cycle lanes\n\n" +
		"![A cyclist on Bridge Street](https://example.com/cyclist.jpg)\n\n" +
		"*By Tom Reed*\n\n" +
		"The city council voted on Wednesday to build **12 kilometres** of protected cycle lanes along three main roads, at a cost of [£6.4 million](https://example.com/budget) and with `no new taxes`.\n\n" +
		"## What changes\n\n" +
		"- Bridge Street gets a two-way lane on its north side.\n" +
		"- Mill Road loses 40 parking spaces.\n\n" +
		"> \"This is the biggest change to our streets in a generation,\" said councillor Priya Shah, who led the snake_case_review.\n\n" +
		"[ref]: https://example.com/ref\n"
	a, err := Parse(RawFile{Name: "lanes.md", Data: []byte(md)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Author != "Tom Reed" {
		t.Errorf("author %q", a.Author)
	}
	body := strings.Join(a.Paragraphs(), "\n")
	for _, mark := range []string{"**", "](", "![", "##", "> ", "`", "[ref]"} {
		if strings.Contains(body, mark) {
			t.Errorf("body keeps %q:\n%s", mark, body)
		}
	}
	for _, want := range []string{"build 12 kilometres of", "at a cost of £6.4 million and with no new taxes", "snake_case_review"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	if !bodyHas(a, Heading, "What changes") || !bodyHas(a, Bullet, "Mill Road loses") {
		t.Errorf("subhead or list lost: %+v", a.Body)
	}
	// A .txt file is read as it is written.
	b, err := Parse(RawFile{Name: "lanes.txt", Data: []byte("Cycle lanes\n\nThe council spent **a lot** on [lanes](x) this year, the mayor said on Tuesday evening.\n")})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(b.Paragraphs(), "\n"), "**a lot**") {
		t.Errorf("a text file's asterisks were read as Markdown: %v", b.Paragraphs())
	}
}
