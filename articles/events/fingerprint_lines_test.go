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

// A German sentence, whose nouns are all capitalised, still names its
// ship and its place: it is not taken for a headline in title case.
func TestGermanSentenceKeepsItsNames(t *testing.T) {
	a := articles.Article{Title: "Feuer auf Fähre", Lang: "de", Body: []articles.Block{
		{Kind: articles.Paragraph, Text: "Vor der Nordküste Kretas ist am Freitag auf der Fähre Aurora Bay ein Feuer auf dem Autodeck ausgebrochen."},
	}}
	fp := NewFingerprint(a)
	if !slices.Contains(fp.Names, "aurora bay") {
		t.Errorf("names %v lack the ship", fp.Names)
	}
	en := NewFingerprint(articles.Article{Title: "Fire On Ferry Aurora Bay Off Crete", Lang: "en"})
	if slices.Contains(en.Names, "fire") {
		t.Errorf("an English headline in title case gave names %v", en.Names)
	}
}
