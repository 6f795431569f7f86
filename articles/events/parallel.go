package events

import (
	"reader/articles"
	"reader/articles/internal/parallel"
)

// Fingerprints computes the fingerprints of many articles, in the order of
// arts. Fingerprinting is CPU-bound and each article is independent of the
// others, so the work is spread over GOMAXPROCS goroutines: on an import of
// thousands of articles it is one of the larger costs, and the store would
// otherwise leave all cores but one idle.
func Fingerprints(arts []articles.Article) []Fingerprint {
	out := make([]Fingerprint, len(arts))
	parallel.ForEach(len(arts), func(i int) { out[i] = NewFingerprint(arts[i]) })
	return out
}
