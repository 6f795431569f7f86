package ingest

import (
	"context"
	"crypto/sha256"
	"fmt"

	"reader/articles"
	"reader/articles/feeds"
	"reader/store"
)

// RefreshResult says what a refresh brought.
type RefreshResult struct {
	Feeds, Failed, NotModified int
	store.ImportResult
}

// Refresh fetches every subscribed feed concurrently and imports the new
// items. A feed's items, the validators that say they were seen (ETag,
// Last-Modified) and the record of its items are written in one
// transaction: when storing fails, the feed counts as failed and its next
// refresh fetches the items again. A feed that fails is reported and
// recorded; the others go on, and nothing stored is lost. progress, when
// set, is told how many feeds are done.
func Refresh(ctx context.Context, st *store.Store, f feeds.Fetcher, progress func(done, total int)) (RefreshResult, []error) {
	if err := st.CanWrite("refresh"); err != nil {
		return RefreshResult{}, []error{err}
	}
	subs, err := st.Feeds(ctx)
	if err != nil {
		return RefreshResult{}, []error{err}
	}
	list := make([]feeds.Subscription, len(subs))
	for i, sub := range subs {
		seen, err := st.SeenItems(ctx, sub.ID)
		if err != nil {
			return RefreshResult{}, []error{err}
		}
		list[i] = feeds.Subscription{URL: sub.URL, ETag: sub.ETag, LastModified: sub.LastModified,
			Seen: func(key string) bool { return seen[key] }}
	}
	results := f.FetchAll(ctx, list, progress)
	res := RefreshResult{Feeds: len(subs)}
	var errs, warnings []error // failed feeds first, then items that fell back to their summary
	for _, r := range results {
		warnings = append(warnings, r.Warnings...)
		if r.Err == nil && !r.NotModified {
			imported, itemErrs, err := storeFeed(ctx, st, r)
			warnings = append(warnings, itemErrs...)
			if err == nil {
				res.Added += imported.Added
				res.Existing += imported.Existing
				res.Replaced += imported.Replaced
				continue
			}
			r.Err = fmt.Errorf("feed %s: store its items: %w", r.Sub.URL, err)
		}
		if r.Err != nil {
			res.Failed++
			errs = append(errs, r.Err)
		} else {
			res.NotModified++
		}
		if err := st.RecordFetch(ctx, fetchOf(r)); err != nil {
			errs = append(errs, err)
		}
	}
	if _, err := RegroupIfPending(ctx, st); err != nil {
		errs = append(errs, err)
	}
	return res, append(errs, warnings...)
}

// storeFeed parses a fetched feed's files and stores them with the feed's
// new validators and item keys, all in one transaction. itemErrs are items
// that could not be parsed; err means nothing was stored.
func storeFeed(ctx context.Context, st *store.Store, r feeds.Result) (res store.ImportResult, itemErrs []error, err error) {
	keyOf := map[string]string{} // content hash → item key
	for i, f := range r.Files {
		if i < len(r.Keys) && r.Keys[i] != "" {
			keyOf[contentHash(f.Data)] = r.Keys[i]
		}
	}
	fresh, existing, err := freshFiles(ctx, st, r.Files, map[[sha256.Size]byte]bool{})
	if err != nil {
		return res, nil, err
	}
	// The feed's earlier pages show what its outlet repeats on every page.
	earlier, err := st.RecentFeedPages(ctx, r.Sub.URL, earlierPages)
	if err != nil {
		return res, nil, err
	}
	arts, itemErrs := articles.ParseBatchBeside(fresh, earlier)
	b, err := newBatch(arts)
	if err != nil {
		return res, itemErrs, err
	}
	res, err = st.WriteFeedItems(ctx, fetchOf(r), b, keyOf)
	if err != nil {
		return store.ImportResult{}, itemErrs, err
	}
	res.Existing += existing
	return res, itemErrs, nil
}

// earlierPages is how many of a feed's stored pages are read beside its
// new items.
const earlierPages = 20

// fetchOf is what the store records of a fetch.
func fetchOf(r feeds.Result) store.Fetch {
	f := store.Fetch{URL: r.Sub.URL, Title: r.Title, ETag: r.ETag, LastModified: r.LastModified}
	if r.Err != nil {
		f.Failure = r.Err.Error()
	}
	return f
}
