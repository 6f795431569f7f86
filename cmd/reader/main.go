// Command reader is a terminal news reader that compares how different
// outlets report the same event. main only wires: flags, the store, the UI.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	tea "github.com/charmbracelet/bubbletea"

	"reader/articles"
	"reader/articles/feeds"
	"reader/store"
	"reader/ui"
)

const usage = `reader - read the news, compare the sources

Usage:
  reader [--db PATH] [PATH...]                       open the reader (importing files and folders)
  reader [--db PATH] export --json [PATH...]         print parsed articles and events as JSON
  reader [--db PATH] compare [--format F] EVENT      print one event's comparison (markdown or json)
  reader [--db PATH] export --format markdown FILE   print one article as Markdown
  reader [--db PATH] add URL|FILE...                 subscribe to feeds (RSS, Atom, JSON Feed)
  reader [--db PATH] refresh                         fetch the feeds and import new items
  reader [--db PATH] search QUERY                    search every stored article

With no PATH the reader opens on its store; the first time, on the built-in
sample articles. PATHs are .txt and .md files or folders of them.

Global flags:
  --db PATH   the store file (default $XDG_DATA_HOME/reader/reader.db; ":memory:" for none)
  -h, --help  this help
`

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		printError(os.Stderr, err)
		os.Exit(exitCode(err))
	}
}

// printError reports an error as main does. Errors can quote file names and
// article text, so they are made safe for the terminal; their lines are kept.
func printError(w io.Writer, err error) {
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(w, "reader:", articles.Sanitize(err.Error(), true))
	}
}

func exitCode(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 1
}

// run parses the global flags and hands the rest to a subcommand or the TUI.
func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("reader", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	dbPath := fs.String("db", "", "store file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	rest := fs.Args()
	if len(rest) > 0 {
		switch rest[0] {
		case "export":
			return runExport(*dbPath, rest[1:], stdout, stderr)
		case "compare":
			return runCompare(*dbPath, rest[1:], stdout, stderr)
		case "add":
			return runAdd(*dbPath, rest[1:], stdout, stderr)
		case "refresh":
			return runRefresh(*dbPath, rest[1:], stdout, stderr)
		case "search":
			return runSearch(*dbPath, rest[1:], stdout, stderr)
		case "help":
			fmt.Fprint(stdout, usage)
			return nil
		}
	}
	return runTUI(*dbPath, rest, stderr)
}

// openStore opens the chosen store, or the default one.
func openStore(path string) (*store.Store, error) {
	if path == "" {
		def, err := store.DefaultPath()
		if err != nil {
			return nil, err
		}
		path = def
	}
	return store.Open(path)
}

func runTUI(dbPath string, paths []string, stderr io.Writer) error {
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
	empty, err := st.Empty(context.Background())
	if err != nil {
		return err
	}
	if logPath := os.Getenv("READER_DEBUG"); logPath != "" {
		f, err := tea.LogToFile(logPath, "reader")
		if err != nil {
			return fmt.Errorf("open debug log: %w", err)
		}
		defer f.Close()
	}
	palette, _ := cfg.palette() // checked by loadConfig
	deps := ui.Deps{Store: st, Paths: paths, ImportBuiltin: empty && len(paths) == 0,
		Fetcher: feeds.DefaultFetcher(), Keys: cfg.Keys, Palette: palette, StartFocus: cfg.StartFocus}
	final, err := tea.NewProgram(ui.New(deps), tea.WithAltScreen(), tea.WithMouseCellMotion()).Run()
	if m, ok := final.(ui.Model); ok {
		for _, e := range m.ImportErrors() {
			printError(stderr, e)
		}
	}
	return err
}
