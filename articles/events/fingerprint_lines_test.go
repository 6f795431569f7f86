package events

import (
	"reader/articles"
	"slices"
	"testing"
)

// A figure at the end of one paragraph does not run on into a magnitude
// or currency word that opens the next.
func TestFingerprintNumbersStayInTheirParagraph(t *testing.T) {
	a := articles.Article{Title: "Harbour board approves budget", Body: []articles.Block{
		{Kind: articles.Paragraph, Text: "The harbour board said on Monday that it will spend $5"},
		{Kind: articles.Paragraph, Text: "Billion-dollar projects elsewhere were put off, the board added."},
	}}
	joined := articles.Article{Title: a.Title, Body: []articles.Block{{Kind: articles.Paragraph, Text: a.Body[0].Text + " billion on new cranes."}}}
	apart, together := NewFingerprint(a), NewFingerprint(joined)
	if slices.Equal(apart.Numbers, together.Numbers) {
		t.Fatalf("the figure read the same across a paragraph break as within one: %v", apart.Numbers)
	}
	if len(apart.Numbers) == 0 {
		t.Fatalf("the figure was lost: %v", apart.Numbers)
	}
}
