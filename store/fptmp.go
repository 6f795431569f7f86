package store

import (
	"sync"

	"reader/articles"
)

// TEMP until articles.Fingerprints lands.
func fingerprintAll(arts []articles.Article) []articles.Fingerprint {
	out := make([]articles.Fingerprint, len(arts))
	var wg sync.WaitGroup
	n := 1 // runtime.GOMAXPROCS(0)
	for w := 0; w < n; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(arts); i += n {
				out[i] = articles.NewFingerprint(arts[i])
			}
		}(w)
	}
	wg.Wait()
	return out
}
