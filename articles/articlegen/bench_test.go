package articlegen

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"reader/articles"
	"reader/articles/compare"
	"reader/articles/events"
)

var (
	fpCache   = map[int][]events.Fingerprint{}
	fpCacheMu sync.Mutex
)

// fingerprintsFor parses and fingerprints n generated articles once per size.
func fingerprintsFor(b *testing.B, n int) []events.Fingerprint {
	fpCacheMu.Lock()
	defer fpCacheMu.Unlock()
	if fps, ok := fpCache[n]; ok {
		return fps
	}
	files, _ := Generate(7, n, n/4)
	arts, _ := articles.ParseBatch(files)
	fps := make([]events.Fingerprint, len(arts))
	for i, a := range arts {
		fps[i] = events.NewFingerprint(a)
	}
	fpCache[n] = fps
	return fps
}

// BenchmarkGroupEvents groups 1k, 10k and 100k generated articles (four
// per event on average); fingerprinting is outside the timer. It reports
// the B-cubed F1 of the events against the generated truth, so that a
// faster grouping is seen not to group worse.
func BenchmarkGroupEvents(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			fps := fingerprintsFor(b, n)
			b.ResetTimer()
			var evs []articles.Event
			for i := 0; i < b.N; i++ {
				evs = events.GroupEvents(fps)
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
			b.StopTimer()
			b.ReportMetric(bcubedF1(evs, truthByHash(n)), "bcubed-F1")
		})
	}
}

// truthByHash is the generated event of each of fingerprintsFor's
// articles, by content hash (an article's hash is its file's SHA-256).
func truthByHash(n int) map[string]int {
	files, truth := Generate(7, n, n/4)
	out := make(map[string]int, len(files))
	for _, f := range files {
		sum := sha256.Sum256(f.Data)
		out[hex.EncodeToString(sum[:])] = truth[f.Name]
	}
	return out
}

// bcubedF1 is the B-cubed F1 of events against the true event of each
// member: over members, the harmonic mean of the average share of a
// member's event that is its true event, and of its true event that its
// event holds.
func bcubedF1(evs []articles.Event, truth map[string]int) float64 {
	size := map[int]int{}
	for _, ev := range evs {
		for _, h := range ev.Members {
			size[truth[h]]++
		}
	}
	p, r, n := 0.0, 0.0, 0
	for _, ev := range evs {
		in := map[int]int{}
		for _, h := range ev.Members {
			in[truth[h]]++
		}
		for _, h := range ev.Members {
			c := float64(in[truth[h]])
			p += c / float64(len(ev.Members))
			r += c / float64(size[truth[h]])
			n++
		}
	}
	if n == 0 {
		return 0
	}
	p, r = p/float64(n), r/float64(n)
	return 2 * p * r / (p + r)
}

// BenchmarkParse measures parse+clean throughput on generated articles.
func BenchmarkParse(b *testing.B) {
	files, _ := Generate(3, 2000, 500)
	b.SetBytes(int64(Size(files)))
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
		compare.Compare("e", arts)
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
			events.NewFingerprint(a)
		}
	}
	b.ReportMetric(float64(len(arts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// fingerprintJSON is n generated fingerprints, each as the JSON the store
// keeps in its fingerprint column, made once per size.
func fingerprintJSON(b *testing.B, n int) [][]byte {
	fps := fingerprintsFor(b, n)
	out := make([][]byte, len(fps))
	for i := range fps {
		data, err := json.Marshal(fps[i])
		if err != nil {
			b.Fatal(err)
		}
		out[i] = data
	}
	fpCacheMu.Lock()
	delete(fpCache, n) // only the JSON stays, as in the store
	fpCacheMu.Unlock()
	return out
}

// heapPeak samples the heap in use every few milliseconds until stopped,
// and reports the highest sample above the heap in use when it started.
type heapPeak struct {
	base, peak uint64
	stop, done chan struct{}
}

func startHeapPeak() *heapPeak {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	h := &heapPeak{base: ms.HeapInuse, peak: ms.HeapInuse, stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(h.done)
		tick := time.NewTicker(3 * time.Millisecond)
		defer tick.Stop()
		var ms runtime.MemStats
		for {
			select {
			case <-h.stop:
				return
			case <-tick.C:
				runtime.ReadMemStats(&ms)
				h.peak = max(h.peak, ms.HeapInuse)
			}
		}
	}()
	return h
}

// end stops sampling and returns the peak above the start, in MB.
func (h *heapPeak) end() float64 {
	close(h.stop)
	<-h.done
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	h.peak = max(h.peak, ms.HeapInuse)
	return float64(h.peak-h.base) / (1 << 20)
}

// BenchmarkGroupEventsPeak100k is grouping as the store did it before the
// Grouper: every stored fingerprint decoded into one slice, then
// GroupEvents. It reports the peak heap above the stored JSON.
func BenchmarkGroupEventsPeak100k(b *testing.B) {
	blobs := fingerprintJSON(b, 100000)
	b.ResetTimer()
	peak := 0.0
	for i := 0; i < b.N; i++ {
		h := startHeapPeak()
		fps := make([]events.Fingerprint, len(blobs))
		for k, data := range blobs {
			if err := json.Unmarshal(data, &fps[k]); err != nil {
				b.Fatal(err)
			}
		}
		events.GroupEvents(fps)
		fps = nil
		peak = max(peak, h.end())
	}
	b.ReportMetric(peak, "peak-heap-MB")
}

// BenchmarkGrouperPeak100k is grouping as a store reading its fingerprints
// one at a time does it: each decoded and added to a Grouper, then Events.
// It reports the peak heap above the stored JSON.
func BenchmarkGrouperPeak100k(b *testing.B) {
	blobs := fingerprintJSON(b, 100000)
	b.ResetTimer()
	peak := 0.0
	for i := 0; i < b.N; i++ {
		h := startHeapPeak()
		g := events.NewGrouper()
		for _, data := range blobs {
			var fp events.Fingerprint
			if err := json.Unmarshal(data, &fp); err != nil {
				b.Fatal(err)
			}
			g.Add(fp)
		}
		g.Events()
		g = nil
		peak = max(peak, h.end())
	}
	b.ReportMetric(peak, "peak-heap-MB")
}
