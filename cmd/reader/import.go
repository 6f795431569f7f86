package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"reader/articles"
	"reader/store"
	"reader/store/ingest"
)

const importUsage = `Usage: reader [--db PATH] import [--source NAME] PATH...

Imports article files (.txt, .md, .html) and folders of them into the store
without opening the reader. --source NAME names the outlet of every article
whose front matter names none; without it the outlet is what the text says,
or unknown. On a terminal a progress line shows on stderr; a one-line
summary ends the import. A file that cannot be imported is named on stderr
with the reason, one line each; the others are imported and the exit status
is 1.
`

const importUsageLine = "usage: reader [--db PATH] import [--source NAME] PATH..."

func runImport(dbPath string, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	source := fs.String("source", "", "the outlet of articles whose front matter names none")
	if err := parseFlags(fs, args, importUsage, importUsageLine, stderr); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{err: fmt.Errorf("import: name the files or folders to import"), usage: importUsageLine}
	}
	name := strings.TrimSpace(articles.Sanitize(*source, false))
	if *source != "" && name == "" {
		return usageError{err: fmt.Errorf("import: --source needs a name"), usage: importUsageLine}
	}
	return withStore(dbPath, func(st *store.Store) error {
		progress, shown := importProgress(stderr)
		res, errs := ingest.ImportPaths(context.Background(), st, fs.Args(), name, progress)
		if *shown {
			fmt.Fprintln(stderr) // the summary goes under the progress line
		}
		failed, fatal := 0, error(nil)
		for _, e := range errs {
			var fe *articles.FileError
			if errors.As(e, &fe) {
				failed++
				fmt.Fprintln(stderr, "reader:", clean(e.Error()))
			} else {
				fatal = e // the store failed; it is returned, not counted
			}
		}
		fmt.Fprintf(stdout, "Imported %d new, %d already stored, %d failed\n", res.Added+res.Replaced, res.Existing, failed)
		switch {
		case fatal != nil:
			return fatal
		case failed > 0:
			return fmt.Errorf("import: %d of %d files failed (the others were imported)", failed, failed+res.Added+res.Replaced+res.Existing)
		}
		return nil
	})
}

// importProgress reports how far an import is on one rewritten line of
// stderr, only when stderr is a terminal; shown tells whether it printed.
func importProgress(stderr io.Writer) (progress func(done, total int), shown *bool) {
	shown = new(bool)
	f, ok := stderr.(*os.File)
	if !ok {
		return nil, shown
	}
	info, err := f.Stat()
	if err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return nil, shown
	}
	return func(done, total int) {
		if total > 0 {
			*shown = true
			fmt.Fprintf(stderr, "\rimporting %d/%d files", done, total)
		}
	}, shown
}
