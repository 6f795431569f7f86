package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"reader/store"
	"reader/store/ingest"
)

const feedsUsage = `Usage: reader [--db PATH] feeds                         list the subscriptions and how their last fetch went
       reader [--db PATH] feeds rm [--articles] URL|FILE...  unsubscribe (--articles: remove the articles it brought too)
       reader [--db PATH] feeds import FILE.opml         subscribe to the feeds of an OPML file
       reader [--db PATH] feeds export                   print the subscriptions as OPML
`

const feedsUsageLine = "usage: reader [--db PATH] feeds [rm [--articles] URL|FILE... | import FILE.opml | export] (reader feeds --help for more)"

func runFeeds(dbPath string, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
		fmt.Fprint(stdout, feedsUsage)
		return nil
	}
	if len(args) == 0 {
		return withStore(dbPath, func(st *store.Store) error { return listFeeds(st, stdout) })
	}
	switch args[0] {
	case "rm":
		return runFeedsRemove(dbPath, args[1:], stdout, stderr)
	case "import":
		if len(args) != 2 || strings.HasPrefix(args[1], "-") {
			return usageError{err: fmt.Errorf("feeds import: name one OPML file"), usage: feedsUsageLine}
		}
		return withStore(dbPath, func(st *store.Store) error { return importOPML(st, args[1], stdout, stderr) })
	case "export":
		if len(args) != 1 {
			return usageError{err: fmt.Errorf("feeds export: takes no arguments"), usage: feedsUsageLine}
		}
		return withStore(dbPath, func(st *store.Store) error { return exportOPML(st, stdout, stderr) })
	}
	return usageError{err: fmt.Errorf("feeds: unknown command %q (rm, import, export)", clean(args[0])), usage: feedsUsageLine}
}

// withStore runs f on the chosen store and closes it.
func withStore(dbPath string, f func(*store.Store) error) error {
	st, err := openStore(dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	return f(st)
}

// listFeeds prints each subscription: its address, then its title, how
// many articles it brought and how its last fetch went.
func listFeeds(st *store.Store, stdout io.Writer) error {
	list, err := st.Feeds(context.Background())
	if err != nil {
		return err
	}
	if len(list) == 0 {
		fmt.Fprintln(stdout, `no feeds yet: subscribe with "reader add URL" or "reader feeds import FILE.opml"`)
		return nil
	}
	for _, f := range list {
		title := f.Title
		if title == "" {
			title = "untitled"
		}
		last := "never fetched"
		switch {
		case f.LastFetched.IsZero():
		case f.LastError != "":
			last = "failed " + f.LastFetched.Local().Format(time.DateTime) + ": " + f.LastError
		default:
			last = "fetched " + f.LastFetched.Local().Format(time.DateTime)
		}
		fmt.Fprintf(stdout, "%s\n    %s · %d articles · %s\n", clean(f.URL), clean(title), f.Articles, clean(last))
	}
	return nil
}

func runFeedsRemove(dbPath string, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("feeds rm", flag.ContinueOnError)
	withArticles := fs.Bool("articles", false, "remove the feed's articles too")
	const line = "usage: reader [--db PATH] feeds rm [--articles] URL|FILE..."
	if err := parseFlags(fs, args, feedsUsage, line, stderr); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{err: fmt.Errorf("feeds rm: name the feed to unsubscribe"), usage: line}
	}
	return withStore(dbPath, func(st *store.Store) error {
		for _, u := range fs.Args() {
			addr := u
			if a, err := feedAddress(u); err == nil {
				addr = a
			}
			n, err := ingest.RemoveFeed(context.Background(), st, addr, *withArticles)
			if err != nil && addr != u { // subscribed under the name as given
				n, err = ingest.RemoveFeed(context.Background(), st, u, *withArticles)
			}
			if err != nil {
				return err
			}
			if *withArticles {
				fmt.Fprintf(stdout, "unsubscribed from %s and removed its %s\n", clean(addr), plural(n, "article"))
			} else {
				fmt.Fprintf(stdout, "unsubscribed from %s (its articles stay)\n", clean(addr))
			}
		}
		return nil
	})
}
