package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"reader/articles"
	"reader/articles/feeds"
	"reader/store"
)

const addUsage = `Usage: reader [--db PATH] add URL|FILE...

Subscribes to feeds (RSS, Atom or JSON Feed), by URL or local file. Fetch
them with "reader refresh" or R in the reader.
`

func runAdd(dbPath string, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("add", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, addUsage) }
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("add: name a feed URL or file")
	}
	st, err := openStore(dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, u := range fs.Args() {
		f, err := st.AddFeed(context.Background(), u)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "subscribed to %s\n", clean(f.URL))
	}
	return nil
}

const refreshUsage = `Usage: reader [--db PATH] refresh

Fetches every subscribed feed, four at a time, and imports the new items.
A feed that fails is reported on stderr with the reason; the others go on.
`

func runRefresh(dbPath string, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("refresh", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, refreshUsage) }
	if err := fs.Parse(args); err != nil {
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
	res, errs := st.Refresh(context.Background(), feeds.DefaultFetcher(), func(done, total int) {
		fmt.Fprintf(stderr, "\rfetched %d/%d feeds", done, total)
	})
	if res.Feeds > 0 {
		fmt.Fprintln(stderr)
	}
	for _, e := range errs {
		fmt.Fprintln(stderr, "reader:", clean(e.Error()))
	}
	fmt.Fprintf(stdout, "%d feeds: %d new articles, %d already stored, %d unchanged, %d failed\n",
		res.Feeds, res.Added, res.Existing, res.NotModified, res.Failed)
	if res.Feeds > 0 && res.Failed == res.Feeds {
		return fmt.Errorf("refresh: every feed failed")
	}
	return nil
}

const searchUsage = `Usage: reader [--db PATH] search QUERY

Searches the titles and bodies of every stored article, best matches first,
with the matching words in [brackets].
`

func runSearch(dbPath string, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, searchUsage) }
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("search: give the words to look for")
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
