package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"reader/store"
	"reader/store/ingest"
)

const rmUsage = `Usage: reader [--db PATH] rm [-y] FILE|URL...

Removes from the store the articles imported from these files (by the path
they were imported from) or links, after listing them and asking. -y does
not ask. Nothing else in the store changes.
`

// stdin is where rm reads its answer; tests replace it.
var stdin io.Reader = os.Stdin

func runRm(dbPath string, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("rm", flag.ContinueOnError)
	yes := fs.Bool("y", false, "do not ask")
	const line = "usage: reader [--db PATH] rm [-y] FILE|URL..."
	if err := parseFlags(fs, args, rmUsage, line, stderr); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{err: fmt.Errorf("rm: name the files or links whose articles to remove"), usage: line}
	}
	return withStore(dbPath, func(st *store.Store) error {
		ctx := context.Background()
		var found []store.Summary
		seen := map[int64]bool{}
		for _, ref := range fs.Args() {
			sums, err := st.ArticlesFrom(ctx, ref)
			if err != nil {
				return err
			}
			if len(sums) == 0 {
				return fmt.Errorf("rm: %s: no stored article came from it", clean(ref))
			}
			for _, s := range sums {
				if !seen[s.ID] {
					seen[s.ID] = true
					found = append(found, s)
				}
			}
		}
		for _, s := range found {
			fmt.Fprintf(stdout, "%s  (%s)\n", clean(s.Title), clean(s.File))
		}
		if !*yes {
			fmt.Fprintf(stdout, "Remove these %d articles from the store? [y/N] ", len(found))
			answer, _ := bufio.NewReader(stdin).ReadString('\n')
			if a := strings.ToLower(strings.TrimSpace(answer)); a != "y" && a != "yes" {
				fmt.Fprintln(stdout, "nothing removed")
				return nil
			}
		}
		for _, s := range found {
			if err := ingest.DeleteArticle(ctx, st, s.ID); err != nil {
				return err
			}
		}
		fmt.Fprintf(stdout, "removed %s\n", plural(len(found), "article"))
		return nil
	})
}
