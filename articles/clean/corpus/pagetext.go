// Package corpus loads the labelled web pages in the shared corpus
// (WCXB article pages and the mozilla/readability test pages), turns each
// page into the plain text a naive scraper would store (htmltext, with a
// converter habit per page), labels every line of that text as article
// body or not, and computes the evaluation metrics the corpus README asks
// for (token F1, leaked and kept snippets, title match).
//
// The package is a training and evaluation toolkit only: product code must
// not import it, and nothing from the corpus is embedded in it.
package corpus

import (
	"strings"

	"reader/articles/htmltext"
)

// Variant is one converter's habits (see htmltext.Variant).
type Variant = htmltext.Variant

// TrainVariants is a fixed list of converter habits for training: pick one
// per page deterministically with VariantFor.
var TrainVariants = []Variant{
	{BlankAfterBlock: true, BRBreaks: true},
	{BRBreaks: true},
	{BlankAfterBlock: true},
	{},
	{BlankAfterBlock: true, BRBreaks: true, IndentSpaces: true, TrailingSpace: true},
	{BRBreaks: true, KeepNBSP: true, TrailingSpace: true},
}

// VariantFor returns the training variant for page index i (any int,
// negative values included), cycling through TrainVariants.
func VariantFor(i int) Variant {
	n := len(TrainVariants)
	return TrainVariants[((i%n)+n)%n]
}

// PageLines is the page as the scraper with habits v stores it, line by line.
func PageLines(htmlBytes []byte, v Variant) []string { return htmltext.Lines(htmlBytes, v) }

// PageText is PageLines joined with newlines.
func PageText(htmlBytes []byte, v Variant) string {
	return strings.Join(PageLines(htmlBytes, v), "\n")
}
