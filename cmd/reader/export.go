package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"reader/articles"
	"reader/articles/compare"
	"reader/articles/events"
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
	arts, failed, err := exportArticles(dbPath, fs.Args(), stderr)
	if err != nil {
		return err
	}
	doc := exportDoc{Articles: make([]exportArticle, 0, len(arts)), Events: exportEvents(arts)}
	for _, a := range arts {
		doc.Articles = append(doc.Articles, toExport(a))
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("export: %d files could not be read (the others were printed)", failed)
	}
	return nil
}

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

// exportArticles parses the given paths, or loads the whole store, and
// counts the files that could not be read (each reported on stderr).
func exportArticles(dbPath string, paths []string, stderr io.Writer) ([]articles.Article, int, error) {
	if len(paths) == 0 {
		st, err := openStore(dbPath)
		if err != nil {
			return nil, 0, err
		}
		defer st.Close()
		arts, err := st.AllArticles(context.Background())
		return arts, 0, err
	}
	files, errs := articles.ReadPaths(paths)
	arts, parseErrs := articles.ParseBatch(files)
	for _, err := range append(errs, parseErrs...) {
		fmt.Fprintln(stderr, "reader:", clean(err.Error()))
	}
	if len(arts) == 0 && len(errs)+len(parseErrs) > 0 {
		return nil, 0, fmt.Errorf("export: no article could be read")
	}
	return arts, len(errs) + len(parseErrs), nil
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

// exportEvents groups the articles and compares the members of each event.
func exportEvents(arts []articles.Article) []exportEvent {
	byHash := make(map[string]articles.Article, len(arts))
	fps := make([]events.Fingerprint, 0, len(arts))
	for _, a := range arts {
		byHash[a.Hash] = a
		fps = append(fps, events.NewFingerprint(a))
	}
	evs := events.GroupEvents(fps)
	out := make([]exportEvent, 0, len(evs))
	for _, ev := range evs {
		members := make([]articles.Article, 0, len(ev.Members))
		files := make([]string, 0, len(ev.Members))
		for _, h := range ev.Members {
			if a, ok := byHash[h]; ok {
				members = append(members, a)
				files = append(files, clean(a.File))
			}
		}
		cmp := compare.Compare(ev.ID, members)
		names := sourceKeys(cmp)
		byFile := make(map[string]string, len(names))
		for k, col := range cmp.Columns {
			byFile[col.File] = names[k]
		}
		e := exportEvent{ID: ev.ID, Title: clean(ev.Title), Articles: files, Sources: make([]string, 0, len(members)),
			Related: ev.Related, Facts: exportFacts(cmp, names)}
		for _, a := range members {
			e.Sources = append(e.Sources, byFile[a.File])
		}
		if e.Related == nil {
			e.Related = []string{}
		}
		out = append(out, e)
	}
	return out
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
