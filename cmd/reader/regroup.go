package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"reader/store"
	"reader/store/ingest"
)

const regroupUsage = `Usage: reader [--db PATH] regroup

Works out every stored article's fingerprint again, regroups every
article into events from scratch and rebuilds the index that imports group
new articles with. Imports keep the events up to date by themselves; this
is maintenance, for a store whose events look wrong, or after an upgrade
of the reader, whose grouping may read articles differently (a store
regroups by itself after an upgrade, but with the fingerprints its
articles were imported with).
`

func runRegroup(dbPath string, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("regroup", flag.ContinueOnError)
	const line = "usage: reader [--db PATH] regroup"
	if err := parseFlags(fs, args, regroupUsage, line, stderr); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError{err: fmt.Errorf("regroup: takes no arguments"), usage: line}
	}
	return withStore(dbPath, func(st *store.Store) error {
		ctx := context.Background()
		if err := ingest.RegroupAll(ctx, st); err != nil {
			return err
		}
		n, err := st.Count(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "Regrouped %d articles.\n", n)
		return nil
	})
}
