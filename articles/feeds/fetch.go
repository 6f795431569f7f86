package feeds

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"

	"reader/articles"
)

// Subscription is a feed to fetch, with the validators of its last fetch
// for conditional requests.
type Subscription struct {
	URL, ETag, LastModified string
	// Seen, when set, says which item keys (see Result.Keys) the store
	// already holds: those items are skipped, their pages never fetched again.
	Seen func(key string) bool
}

// Result is what fetching one feed gave: the new article files, the
// validators for next time, or the reason it failed.
type Result struct {
	Sub          Subscription
	Title        string
	Files        []articles.RawFile
	Keys         []string // per file: the item's key (GUID, else link), "" when its page is still owed
	NotModified  bool
	ETag         string
	LastModified string
	Err          error
	Warnings     []error // items whose page could not be fetched (their summary was used)
}

// Fetcher fetches feeds and pages with a timeout and a size cap each.
type Fetcher struct {
	Client   *http.Client
	Timeout  time.Duration // per request
	MaxBytes int64         // per response
	Workers  int           // feeds fetched at once
	// PageWorkers is how many item pages of one feed are fetched at once,
	// and PageTime how long all of one feed's pages may take together
	// (zero: no limit beyond Timeout per page).
	PageWorkers int
	PageTime    time.Duration
}

// DefaultFetcher is what the reader uses: 15 s and 5 MiB a request, four
// feeds at a time, four pages of a feed at a time and 30 s for a feed's pages.
func DefaultFetcher() Fetcher {
	return Fetcher{Client: http.DefaultClient, Timeout: 15 * time.Second, MaxBytes: articles.MaxFileSize,
		Workers: 4, PageWorkers: 4, PageTime: 30 * time.Second}
}

// errTooLarge is returned for a response that never stops sending.
var errTooLarge = errors.New("response too large")

// get fetches an http(s) URL with the validators.
func (f Fetcher) get(ctx context.Context, url, etag, lastModified string) (body []byte, status int, hdr http.Header, err error) {
	if !IsWebURL(url) {
		return nil, 0, nil, errNotWeb
	}
	ctx, cancel := context.WithTimeout(ctx, f.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, 0, nil, err
	}
	req.Header.Set("User-Agent", "reader/0.1 (terminal news reader)")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := f.Client.Do(req)
	if err != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return nil, 0, nil, fmt.Errorf("timed out after %s", f.Timeout)
		}
		return nil, 0, nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		return nil, resp.StatusCode, resp.Header, nil
	}
	if resp.StatusCode != http.StatusOK {
		return nil, resp.StatusCode, resp.Header, fmt.Errorf("HTTP %s", resp.Status)
	}
	body, err = io.ReadAll(io.LimitReader(resp.Body, f.MaxBytes+1))
	if err != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return nil, 0, nil, fmt.Errorf("timed out after %s", f.Timeout)
		}
		return nil, 0, nil, err
	}
	if int64(len(body)) > f.MaxBytes {
		return nil, 0, nil, fmt.Errorf("%w (over %d bytes)", errTooLarge, f.MaxBytes)
	}
	return body, resp.StatusCode, resp.Header, nil
}

// FetchAll fetches the feeds concurrently, at most Workers at a time; one
// feed failing does not stop the others. progress, when set, is called
// (from the fetching goroutines, serialised) as feeds finish.
func (f Fetcher) FetchAll(ctx context.Context, subs []Subscription, progress func(done, total int)) []Result {
	results := make([]Result, len(subs))
	workers := max(1, f.Workers)
	sem := make(chan struct{}, workers)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for i, sub := range subs {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int, sub Subscription) {
			defer wg.Done()
			defer func() { <-sem }()
			results[i] = f.Fetch(ctx, sub)
			if progress != nil {
				mu.Lock()
				done++
				progress(done, len(subs))
				mu.Unlock()
			}
		}(i, sub)
	}
	wg.Wait()
	return results
}
