// Package textutil holds the text helpers that cleaning, grouping and fact
// extraction share: words and sentences, stop-words and language, folding
// and stemming, dates, and the sanitizer every output passes through. It
// knows nothing of articles, so each of those jobs can live in its own
// package and still read text the same way.
package textutil
