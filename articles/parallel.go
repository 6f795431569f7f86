package articles

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Fingerprints computes the fingerprints of many articles, in the order of
// arts. Fingerprinting is CPU-bound and each article is independent of the
// others, so the work is spread over GOMAXPROCS goroutines: on an import of
// thousands of articles it is one of the larger costs, and the store would
// otherwise leave all cores but one idle.
func Fingerprints(arts []Article) []Fingerprint {
	out := make([]Fingerprint, len(arts))
	forEachIndex(len(arts), func(i int) { out[i] = NewFingerprint(arts[i]) })
	return out
}

// forEachIndex calls fn(i) for every i in [0, n) on up to GOMAXPROCS
// goroutines and returns when all calls have. fn must only write state of
// its own index, so that results never depend on scheduling. A panic in fn
// is re-raised in the caller.
func forEachIndex(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := 0; i < n; i++ {
			fn(i)
		}
		return
	}
	var (
		next     atomic.Int64
		wg       sync.WaitGroup
		panicked atomic.Pointer[any]
	)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					panicked.CompareAndSwap(nil, &r)
				}
			}()
			for {
				i := int(next.Add(1) - 1)
				if i >= n || panicked.Load() != nil {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
	if p := panicked.Load(); p != nil {
		panic(*p)
	}
}
