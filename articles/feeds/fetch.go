package feeds

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"reader/articles"
)

// Subscription is a feed to fetch, with the validators of its last fetch
// for conditional requests.
type Subscription struct {
	URL, ETag, LastModified string
}

// Result is what fetching one feed gave: the new article files, the
// validators for next time, or the reason it failed.
type Result struct {
	Sub          Subscription
	Title        string
	Files        []articles.RawFile
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
	Workers  int
}

// DefaultFetcher is what the reader uses: 15 s and 5 MiB a request, four at a time.
func DefaultFetcher() Fetcher {
	return Fetcher{Client: http.DefaultClient, Timeout: 15 * time.Second, MaxBytes: articles.MaxFileSize, Workers: 4}
}

// errTooLarge is returned for a response that never stops sending.
var errTooLarge = errors.New("response too large")

// get fetches a URL (or reads a local file path) with the validators.
func (f Fetcher) get(ctx context.Context, url, etag, lastModified string) (body []byte, status int, hdr http.Header, err error) {
	if !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
		data, err := os.ReadFile(strings.TrimPrefix(url, "file://"))
		return data, http.StatusOK, http.Header{}, err
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

// Fetch fetches one feed and turns its items into article files. Items that
// carry only a summary get their page fetched and extracted.
func (f Fetcher) Fetch(ctx context.Context, sub Subscription) Result {
	res := Result{Sub: sub}
	body, status, hdr, err := f.get(ctx, sub.URL, sub.ETag, sub.LastModified)
	if err != nil {
		res.Err = fmt.Errorf("feed %s: %w", sub.URL, err)
		return res
	}
	if status == http.StatusNotModified {
		res.NotModified, res.ETag, res.LastModified = true, sub.ETag, sub.LastModified
		return res
	}
	res.ETag, res.LastModified = hdr.Get("ETag"), hdr.Get("Last-Modified")
	feed, err := Parse(body, sub.URL)
	if err != nil {
		res.Err = fmt.Errorf("feed %s: %w", sub.URL, err)
		return res
	}
	res.Title = feed.Title
	for _, it := range feed.Items {
		text := it.text()
		if !it.hasFullText() && it.Link != "" {
			page, err := f.page(ctx, it.Link)
			if err == nil && len(page) > len(text) {
				text = page
			} else if err != nil {
				res.Warnings = append(res.Warnings, fmt.Errorf("page %s: %w (the feed's summary is used)", it.Link, err))
			}
		}
		if strings.TrimSpace(text) == "" && it.Title == "" {
			continue
		}
		res.Files = append(res.Files, it.RawFile(text))
	}
	return res
}

// page fetches an item's web page and extracts its article text.
func (f Fetcher) page(ctx context.Context, link string) (string, error) {
	body, _, _, err := f.get(ctx, link, "", "")
	if err != nil {
		return "", err
	}
	p, err := articles.ExtractHTML(body, link)
	if err != nil {
		return "", err
	}
	return p.Text, nil
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
