package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"reader/articles"
	"reader/articles/feeds"
	"reader/store"
	"reader/store/ingest"
)

const addUsage = `Usage: reader [--db PATH] add URL|FILE...

Subscribes to feeds (RSS, Atom or JSON Feed), by http(s) address or local
file. Each is fetched and parsed first: an address that is not a feed, a
missing file or a typo is refused with the reason. Fetch the items with
"reader refresh" or R in the reader.
`

func runAdd(dbPath string, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("add", flag.ContinueOnError)
	const line = "usage: reader [--db PATH] add URL|FILE..."
	if err := parseFlags(fs, args, addUsage, line, stderr); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{err: fmt.Errorf("add: name a feed URL or file"), usage: line}
	}
	st, err := openStore(dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	fetcher := feeds.DefaultFetcher()
	failed := 0
	for _, u := range fs.Args() {
		addr, err := feedAddress(u)
		var feed feeds.Feed
		if err == nil {
			feed, err = fetcher.Check(ctx, addr)
		}
		if err == nil {
			_, err = st.AddFeed(ctx, addr)
		}
		if err != nil {
			fmt.Fprintln(stderr, "reader: add:", clean(err.Error()))
			failed++
			continue
		}
		title := feed.Title
		if title == "" {
			title = "untitled feed"
		}
		fmt.Fprintf(stdout, "subscribed to %s (%s, %d items)\n", clean(addr), clean(title), len(feed.Items))
	}
	if failed > 0 {
		return fmt.Errorf("add: %d of %d feeds refused", failed, fs.NArg())
	}
	return nil
}

// feedAddress is how a feed the user names is kept: an http(s) address as
// it is; a local file (a path or a file:// URL) as its absolute path with
// symbolic links resolved, so one file named two ways is one feed.
func feedAddress(s string) (string, error) {
	s = strings.TrimSpace(s)
	if feeds.IsWebURL(s) {
		return s, nil
	}
	if strings.Contains(s, "://") && !strings.HasPrefix(s, "file://") {
		return "", fmt.Errorf("feed %s: only http(s) addresses and local files can be subscribed", s)
	}
	if s == "" {
		return "", fmt.Errorf("feed address is empty")
	}
	abs, err := filepath.Abs(feeds.LocalPath(s))
	if err != nil {
		return "", fmt.Errorf("feed %s: %w", s, err)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	return abs, nil
}

const refreshUsage = `Usage: reader [--db PATH] refresh

Fetches every subscribed feed, four at a time, and imports the new items.
A feed that fails is reported on stderr with the reason; the others go on,
and the exit status is 1 when any failed.
`

func runRefresh(dbPath string, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("refresh", flag.ContinueOnError)
	if err := parseFlags(fs, args, refreshUsage, "usage: reader [--db PATH] refresh", stderr); err != nil {
		return err
	}
	cfg, err := loadConfig()
	if err != nil {
		return err
	}
	st, err := openStore(dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := cfg.subscribe(st); err != nil {
		return err
	}
	res, errs := ingest.Refresh(context.Background(), st, feeds.DefaultFetcher(), func(done, total int) {
		fmt.Fprintf(stderr, "\rfetched %d/%d feeds", done, total)
	})
	if res.Feeds > 0 {
		fmt.Fprintln(stderr)
	}
	for _, e := range errs {
		fmt.Fprintln(stderr, "reader:", clean(e.Error()))
	}
	fmt.Fprintf(stdout, "%d feeds: %d new articles, %d updated, %d already stored, %d unchanged, %d failed\n",
		res.Feeds, res.Added, res.Replaced, res.Existing, res.NotModified, res.Failed)
	if res.Failed > 0 {
		return fmt.Errorf("refresh: %d of %d feeds failed", res.Failed, res.Feeds)
	}
	if res.Feeds == 0 && len(errs) > 0 {
		return fmt.Errorf("refresh: %w", errs[0])
	}
	return nil
}

const searchUsage = `Usage: reader [--db PATH] search QUERY

Searches the titles and bodies of every stored article, best matches first,
with the matching words in [brackets].
`

func runSearch(dbPath string, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	const line = "usage: reader [--db PATH] search QUERY"
	if err := parseFlags(fs, args, searchUsage, line, stderr); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{err: fmt.Errorf("search: give the words to look for"), usage: line}
	}
	st, err := openStore(dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	hits, err := st.Search(context.Background(), strings.Join(fs.Args(), " "), 50)
	if err != nil {
		return err
	}
	if len(hits) == 0 {
		fmt.Fprintln(stdout, "no matches")
		return nil
	}
	marks := strings.NewReplacer(store.MarkStart, "[", store.MarkEnd, "]")
	for _, h := range hits {
		src := h.Source
		if src == "" {
			src = "unknown source"
		}
		fmt.Fprintf(stdout, "%s — %s\n    %s\n", clean(h.Title), clean(src), marks.Replace(clean(h.Snippet)))
	}
	return nil
}

// writeArticleMarkdown renders one article for sharing.
func writeArticleMarkdown(w io.Writer, a articles.Article) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", mdInline(a.Title))
	var meta []string
	for _, v := range []string{a.Source, a.Author} {
		if v != "" {
			meta = append(meta, mdInline(v))
		}
	}
	if !a.Published.IsZero() {
		meta = append(meta, a.Published.Format("2 January 2006"))
	}
	if a.URL != "" {
		meta = append(meta, "<"+mdInline(a.URL)+">")
	}
	if len(meta) > 0 {
		fmt.Fprintf(&b, "_%s_\n\n", strings.Join(meta, " · "))
	}
	num := 0
	for i, bl := range a.Body {
		text := mdInline(bl.Text)
		switch bl.Kind {
		case articles.Heading:
			fmt.Fprintf(&b, "## %s\n\n", text)
		case articles.Bullet, articles.Numbered:
			if bl.Kind == articles.Bullet {
				fmt.Fprintf(&b, "- %s\n", text)
			} else {
				num++
				fmt.Fprintf(&b, "%d. %s\n", num, text)
			}
			if i+1 == len(a.Body) || a.Body[i+1].Kind != bl.Kind {
				b.WriteString("\n")
				num = 0
			}
		default:
			fmt.Fprintf(&b, "%s\n\n", text)
		}
	}
	_, err := io.WriteString(w, strings.TrimRight(b.String(), "\n")+"\n")
	return err
}
