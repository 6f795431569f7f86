package feeds

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"

	"reader/articles"
)

// Fetch fetches one feed and turns its new items into article files. A
// subscription that is not a web address is read as a local file (only the
// user subscribes to one); items the store has seen are skipped; items that
// carry only a summary get their page fetched, over http(s) only, several
// at a time and within PageTime for the whole feed.
func (f Fetcher) Fetch(ctx context.Context, sub Subscription) Result {
	res := Result{Sub: sub}
	var body []byte
	var err error
	if IsWebURL(sub.URL) {
		var status int
		var hdr http.Header
		body, status, hdr, err = f.get(ctx, sub.URL, sub.ETag, sub.LastModified)
		if err == nil && status == http.StatusNotModified {
			res.NotModified, res.ETag, res.LastModified = true, sub.ETag, sub.LastModified
			return res
		}
		if err == nil {
			res.ETag, res.LastModified = hdr.Get("ETag"), hdr.Get("Last-Modified")
		}
	} else {
		body, err = readLocal(LocalPath(sub.URL), f.MaxBytes)
	}
	if err != nil {
		res.Err = fmt.Errorf("feed %s: %w", sub.URL, err)
		return res
	}
	feed, err := Parse(body, sub.URL)
	if err != nil {
		res.Err = fmt.Errorf("feed %s: %w", sub.URL, err)
		return res
	}
	res.Title = feed.Title
	var items []Item
	for _, it := range feed.Items {
		if sub.Seen != nil && sub.Seen(it.Key()) {
			continue
		}
		items = append(items, it)
	}
	texts, owed, warnings := f.pages(ctx, items)
	res.Warnings = warnings
	for i, it := range items {
		if strings.TrimSpace(texts[i]) == "" && it.Title == "" {
			continue
		}
		key := it.Key()
		if owed[i] {
			key = "" // its page is fetched again next time
		}
		res.Files = append(res.Files, it.RawFile(texts[i]))
		res.Keys = append(res.Keys, key)
	}
	return res
}

// Key names an item within its feed: its GUID, else its link, else its title.
func (it Item) Key() string {
	for _, k := range []string{it.GUID, it.Link, it.Title} {
		if k != "" {
			return k
		}
	}
	return ""
}

// pages gives each item its text: its own when it carries the article,
// else its web page's. owed marks the items whose page could not be had
// (the summary stands in for now).
func (f Fetcher) pages(ctx context.Context, items []Item) (texts []string, owed []bool, warnings []error) {
	texts = make([]string, len(items))
	owed = make([]bool, len(items))
	errs := make([]error, len(items))
	if f.PageTime > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, f.PageTime)
		defer cancel()
	}
	sem := make(chan struct{}, max(1, f.PageWorkers))
	var wg sync.WaitGroup
	for i, it := range items {
		texts[i] = it.text()
		if it.hasFullText() || it.Link == "" {
			continue
		}
		if !IsWebURL(it.Link) {
			errs[i] = fmt.Errorf("page %s: not fetched: only http(s) links are followed (the feed's summary is used)", it.Link)
			continue
		}
		wg.Add(1)
		go func(i int, link string) {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
				defer func() { <-sem }()
			case <-ctx.Done():
				owed[i], errs[i] = true, fmt.Errorf("page %s: %s for the feed's pages ran out (the feed's summary is used)", link, f.PageTime)
				return
			}
			page, err := f.page(ctx, link)
			switch {
			case err != nil && ctx.Err() != nil && f.PageTime > 0:
				owed[i], errs[i] = true, fmt.Errorf("page %s: %s for the feed's pages ran out (the feed's summary is used)", link, f.PageTime)
			case err != nil:
				owed[i], errs[i] = true, fmt.Errorf("page %s: %w (the feed's summary is used)", link, err)
			case len(page) > len(texts[i]):
				texts[i] = page
			}
		}(i, it.Link)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			warnings = append(warnings, err)
		}
	}
	return texts, owed, warnings
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
