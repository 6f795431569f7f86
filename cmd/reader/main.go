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
	"runtime/debug"
	"strings"

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
  reader [--db PATH] feeds [rm|import|export] ...    list, remove, import and export subscriptions (OPML)
  reader [--db PATH] rm [-y] FILE|URL...             remove the articles imported from files or links
  reader [--db PATH] import [--source NAME] PATH...  import files and folders without opening the reader
  reader [--db PATH] regroup                         regroup every stored article into events (maintenance)

With no PATH the reader opens on its store; the first time, on the built-in
sample articles. PATHs are .txt, .md and saved .html pages (also gzipped,
.gz), or folders of them.

Global flags:
  --db PATH   the store file (default $XDG_DATA_HOME/reader/reader.db; ":memory:" for none)
  --version   print the version
  -h, --help  this help
`

// usageLine is what a wrong command line gets instead of the whole usage.
const usageLine = "usage: reader [--db PATH] [PATH...] | reader [--db PATH] export|compare|add|refresh|search|feeds|rm|import|regroup ... (reader --help for more)"

// commands are the subcommands, for suggesting one when a name is mistyped.
var commands = []string{"export", "compare", "add", "refresh", "search", "feeds", "rm", "import", "regroup", "help", "version"}

// version is the reader's version, set at build time with
// -ldflags "-X main.version=v1.2.3"; otherwise the module's, else "dev".
var version = ""

// heapLimit is the heap the reader asks Go's collector to keep under
// (unless GOMEMLIMIT says otherwise). Collection is otherwise paced to let
// the heap grow to twice what is live, so a regrouping of 100,000 articles
// (about 215 MB live) would take over 500 MB of memory; near this limit
// the collector runs sooner instead. It is a soft limit: a larger live
// heap still gets what it needs.
const heapLimit = 280 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(heapLimit)
	}
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
		var u usageError
		if errors.As(err, &u) {
			fmt.Fprintln(w, u.usage)
		}
	}
}

func exitCode(err error) int {
	var u usageError
	switch {
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &u):
		return 2
	}
	return 1
}

// usageError is a wrong command line: main prints the error once and one
// usage line under it.
type usageError struct {
	err   error
	usage string
}

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// parseFlags parses a command's flags without letting the flag package
// print: help prints the command's usage (and is not an error to report),
// a wrong flag becomes a usageError with the one line given.
func parseFlags(fs *flag.FlagSet, args []string, help string, line string, stderr io.Writer) error {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stderr, help)
		return err
	case err != nil:
		return usageError{err: err, usage: line}
	}
	return nil
}

// readerVersion is the version --version prints.
func readerVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// suggestCommand is the subcommand a mistyped name was probably meant to
// be ("refersh" → "refresh"), or "".
func suggestCommand(name string) string {
	best, bestDist := "", 3
	for _, c := range commands {
		if d := editDistance(strings.ToLower(name), c); d < bestDist && d <= max(1, len(c)/3) {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance is the Damerau–Levenshtein distance (with adjacent swaps)
// between two short words.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// run parses the global flags and hands the rest to a subcommand or the TUI.
func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("reader", flag.ContinueOnError)
	dbPath := fs.String("db", "", "store file")
	showVersion := fs.Bool("version", false, "print the version")
	if err := parseFlags(fs, args, usage, usageLine, stderr); err != nil {
		return err
	}
	if *showVersion {
		fmt.Fprintln(stdout, "reader", readerVersion())
		return nil
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
		case "feeds":
			return runFeeds(*dbPath, rest[1:], stdout, stderr)
		case "rm":
			return runRm(*dbPath, rest[1:], stdout, stderr)
		case "import":
			return runImport(*dbPath, rest[1:], stdout, stderr)
		case "regroup":
			return runRegroup(*dbPath, rest[1:], stdout, stderr)
		case "help":
			fmt.Fprint(stdout, usage)
			return nil
		case "version":
			fmt.Fprintln(stdout, "reader", readerVersion())
			return nil
		}
		// A mistyped command is not a file to import.
		if _, err := os.Stat(rest[0]); err != nil {
			if s := suggestCommand(rest[0]); s != "" {
				return usageError{err: fmt.Errorf("unknown command %q; did you mean %q?", rest[0], s), usage: usageLine}
			}
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
	final, err := tea.NewProgram(ui.New(deps).ReadFirstPage(), tea.WithAltScreen(), tea.WithMouseCellMotion()).Run()
	if m, ok := final.(ui.Model); ok {
		for _, e := range m.ImportErrors() {
			printError(stderr, e)
		}
	}
	return err
}
