package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"reader/articles"
	"reader/articles/compare"
)

const exportUsage = `Usage: reader [--db PATH] export --json [PATH...]
       reader [--db PATH] export --format markdown FILE

Prints the parsed articles of the given files and folders (without storing
them), or of the whole store when no PATH is given, and the events they form,
as JSON. Bad files are reported on stderr, one line each; the rest are printed.
With --format markdown, prints one article file, cleaned, as Markdown.
`

const exportUsageLine = "usage: reader [--db PATH] export --json [PATH...] | export --format markdown FILE"

// exportDoc is the JSON document scripts read.
type exportDoc struct {
	Articles []exportArticle `json:"articles"`
	Events   []exportEvent   `json:"events"`
}

type exportArticle struct {
	File         string   `json:"file"`
	Name         string   `json:"name"` // the source as the reader names it: outlet, else short file name
	Title        string   `json:"title"`
	TitleDerived bool     `json:"title_derived"`
	Source       *string  `json:"source"`
	Author       *string  `json:"author"`
	URL          *string  `json:"url,omitempty"`
	Published    *string  `json:"published"`
	Lang         *string  `json:"lang"`
	Body         []string `json:"body"`
	Removed      []string `json:"removed"`
}

type exportEvent struct {
	ID       string       `json:"id"`
	Title    string       `json:"title"`
	Articles []string     `json:"articles"`
	Sources  []string     `json:"sources"` // each article's source, parallel to Articles, as facts' values name them
	Related  []string     `json:"related"`
	Facts    []exportFact `json:"facts"`
}

type exportFact struct {
	Kind     string             `json:"kind"`
	Label    string             `json:"label"`
	Values   map[string]*string `json:"values"` // by source name, null where a source does not say it
	Disagree bool               `json:"disagree"`
	Note     string             `json:"note,omitempty"`
}

func runExport(dbPath string, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	format := fs.String("format", "", "json or markdown")
	if err := parseFlags(fs, args, exportUsage, exportUsageLine, stderr); err != nil {
		return err
	}
	if *format == "markdown" {
		return exportMarkdown(fs.Args(), stdout)
	}
	if *format != "" && *format != "json" {
		return usageError{err: fmt.Errorf("export: unknown format %q (json or markdown)", clean(*format)), usage: exportUsageLine}
	}
	if !*asJSON && *format != "json" {
		return usageError{err: fmt.Errorf("export: choose a format (--json or --format markdown)"), usage: exportUsageLine}
	}
	if len(fs.Args()) == 0 {
		return exportStore(dbPath, stdout)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(exportGCPercent)
	}
	return exportPaths(fs.Args(), stdout, stderr)
}

// exportGCPercent paces the collector while files are exported (unless
// GOGC says otherwise): the heap may grow to three times what is live
// before it runs, not twice. The parsed articles stay live to the end and
// were collected over and over; at 200 an export of 10,000 generated files
// takes 3-6% less time (4.57-4.73 s against 4.76-4.90 s, four runs each)
// for about 20 MB more. Not for imports: one of 100,000 files keeps its
// heap near heapLimit, where a laxer pace made the collector run far more
// often (CPU 81.8 s -> 117.6 s).
const exportGCPercent = 200

func exportMarkdown(paths []string, stdout io.Writer) error {
	if len(paths) != 1 {
		return fmt.Errorf("export: --format markdown takes one article file")
	}
	files, errs := articles.ReadPaths(paths)
	if len(errs) > 0 {
		return errs[0]
	}
	if len(files) != 1 {
		return fmt.Errorf("export: --format markdown takes one article file, %s holds %d", paths[0], len(files))
	}
	a, err := articles.Parse(files[0])
	if err != nil {
		return err
	}
	return writeArticleMarkdown(stdout, a)
}

func toExport(a articles.Article) exportArticle {
	e := exportArticle{
		File:         clean(a.File),
		Name:         articles.SourceName(a.Source, a.File),
		Title:        clean(a.Title),
		TitleDerived: a.TitleDerived,
		Source:       optional(a.Source),
		Author:       optional(a.Author),
		URL:          optional(a.URL),
		Lang:         optional(a.Lang),
		Body:         make([]string, 0, len(a.Body)),
		Removed:      make([]string, 0, len(a.Removed)),
	}
	if !a.Published.IsZero() {
		d := a.Published.Format("2006-01-02")
		e.Published = &d
	}
	for _, p := range a.Paragraphs() {
		e.Body = append(e.Body, articles.Sanitize(p, true))
	}
	for _, r := range a.Removed {
		e.Removed = append(e.Removed, clean(r.Text))
	}
	return e
}

// exportFacts lists a comparison's facts, each source's value under the
// source's name (names from sourceKeys, one a column).
func exportFacts(cmp compare.Comparison, names []string) []exportFact {
	facts := make([]exportFact, 0, len(cmp.Facts))
	for _, f := range cmp.Facts {
		values := make(map[string]*string, len(cmp.Columns))
		for k := range cmp.Columns {
			values[names[k]] = optional(f.Values[k].Text)
		}
		facts = append(facts, exportFact{Kind: string(f.Kind), Label: clean(f.Label), Values: values, Disagree: f.Disagree, Note: clean(f.Note)})
	}
	return facts
}

// sourceKeys names each column of a comparison as the reader names sources
// (compare.Column.Name, that is articles.SourceName), so JSON keys read as
// the reader's columns do. Two sources of one name (two articles of an
// outlet) are told apart by the later one's short file name, then by a
// number.
func sourceKeys(cmp compare.Comparison) []string {
	names := make([]string, len(cmp.Columns))
	taken := make(map[string]bool, len(cmp.Columns))
	for k, col := range cmp.Columns {
		name := col.Name()
		if taken[name] {
			if short := articles.SourceName("", col.File); short != name {
				name += " (" + short + ")"
			}
		}
		for n, base := 2, name; taken[name]; n++ {
			name = fmt.Sprintf("%s #%d", base, n)
		}
		taken[name] = true
		names[k] = name
	}
	return names
}

// optional is nil for unknown (empty) values, so JSON says null.
func optional(s string) *string {
	if s == "" {
		return nil
	}
	c := clean(s)
	return &c
}

// clean makes one line of untrusted text safe for a terminal.
func clean(s string) string { return articles.Sanitize(s, false) }
