// Package ingest brings articles into the store: it reads files and feeds,
// cleans and fingerprints the articles (reader/articles), stores them in
// chunks through the store's transactions and regroups the events. The
// store itself only keeps what it is given in SQLite.
package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"reader/articles"
	"reader/articles/events"
	"reader/articles/feeds"
	"reader/store"
)

// Import adds parsed articles to the store in one transaction, events
// regrouped inside it: either all of them are stored or, on any error, none
// are and the store is as it was. An article whose content hash is already
// stored is left alone, keeping its reading state, which makes re-imports
// idempotent.
func Import(ctx context.Context, st *store.Store, arts []articles.Article) (store.ImportResult, error) {
	if err := st.CanWrite("import"); err != nil {
		return store.ImportResult{}, err
	}
	b, err := newBatch(arts)
	if err != nil {
		return store.ImportResult{}, fmt.Errorf("import: %w", err)
	}
	return st.WriteBatchGrouped(ctx, b, newGrouper)
}

// RegroupIfPending regroups the events when articles were stored without
// being grouped (an import that was cut short, a refresh, a removal), and
// says whether it did. The grouping is worked out from a read snapshot,
// without the write lock, and written in a short write transaction (see
// store.Store.RegroupIfPending).
func RegroupIfPending(ctx context.Context, st *store.Store) (bool, error) {
	return st.RegroupIfPending(ctx, newGrouper)
}

// RegroupAll regroups the whole store (see store.Store.RegroupAll), each
// article's fingerprint worked out again first, so articles stored by an
// earlier version are grouped as new ones are.
func RegroupAll(ctx context.Context, st *store.Store) error {
	if _, err := st.RefreshFingerprints(ctx, events.Fingerprints); err != nil {
		return err
	}
	return st.RegroupAll(ctx, newGrouper)
}

// DeleteArticle removes one article, its search entry and its place in its
// event, and regroups the events. Nothing else changes.
func DeleteArticle(ctx context.Context, st *store.Store, id int64) error {
	if err := st.DeleteArticle(ctx, id); err != nil {
		return err
	}
	_, err := RegroupIfPending(ctx, st)
	return err
}

// RemoveFeed unsubscribes and regroups the events. The articles its items
// brought stay unless withArticles is set; then those no other feed brought
// too are removed, and how many is returned.
func RemoveFeed(ctx context.Context, st *store.Store, url string, withArticles bool) (int, error) {
	removed, err := st.RemoveFeed(ctx, url, withArticles)
	if err != nil {
		return removed, err
	}
	if _, err := RegroupIfPending(ctx, st); err != nil {
		return removed, err
	}
	return removed, nil
}

// newGrouper is the grouping the store regroups with.
func newGrouper() store.Grouper { return events.NewGrouper() }

// newBatch fingerprints parsed articles and notes where each came from,
// ready to be written.
func newBatch(arts []articles.Article) (store.Batch, error) {
	origins := make([]string, len(arts))
	for i, a := range arts {
		origins[i] = originOf(a.File)
	}
	return store.NewBatch(arts, events.Fingerprints(arts), origins)
}

// originOf is where an article file came from, for replacing its earlier
// version: a feed item's link, or the absolute path of a file on disk.
// Files that exist only in memory (the built-in sample, test data) have none.
func originOf(name string) string {
	if feeds.IsWebURL(name) {
		return name
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		return ""
	}
	if info, err := os.Stat(abs); err != nil || !info.Mode().IsRegular() {
		return ""
	}
	return abs
}
