package articlegen

import (
	"fmt"
	"sync"
	"testing"

	"reader/articles"
)

var (
	fpCache   = map[int][]articles.Fingerprint{}
	fpCacheMu sync.Mutex
)

// fingerprintsFor parses and fingerprints n generated articles once per size.
func fingerprintsFor(b *testing.B, n int) []articles.Fingerprint {
	fpCacheMu.Lock()
	defer fpCacheMu.Unlock()
	if fps, ok := fpCache[n]; ok {
		return fps
	}
	files, _ := Generate(7, n, n/4)
	arts, _ := articles.ParseBatch(files)
	fps := make([]articles.Fingerprint, len(arts))
	for i, a := range arts {
		fps[i] = articles.NewFingerprint(a)
	}
	fpCache[n] = fps
	return fps
}

// BenchmarkGroupEvents groups 1k, 10k and 100k generated articles (four
// per event on average); fingerprinting is outside the timer.
func BenchmarkGroupEvents(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			fps := fingerprintsFor(b, n)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				articles.GroupEvents(fps)
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// BenchmarkParse measures parse+clean throughput on generated articles.
func BenchmarkParse(b *testing.B) {
	files, _ := Generate(3, 2000, 500)
	size := 0
	for _, f := range files {
		size += len(f.Data)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		articles.ParseBatch(files)
	}
}

// BenchmarkCompare20Sources compares one event reported by 20 outlets.
func BenchmarkCompare20Sources(b *testing.B) {
	files, truth := Generate(5, 400, 10)
	var event []articles.RawFile
	for _, f := range files {
		if truth[f.Name] == 3 && len(event) < 20 {
			event = append(event, f)
		}
	}
	arts, _ := articles.ParseBatch(event)
	if len(arts) < 20 {
		b.Fatalf("only %d articles in the event", len(arts))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		articles.Compare("e", arts)
	}
}

// BenchmarkFingerprint measures fingerprinting throughput, one article at a
// time on one goroutine, on parsed generated articles.
func BenchmarkFingerprint(b *testing.B) {
	files, _ := Generate(11, 2000, 500)
	arts, _ := articles.ParseBatch(files)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			articles.NewFingerprint(a)
		}
	}
	b.ReportMetric(float64(len(arts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
