package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"reader/articles/compare"
	"reader/store"
)

const compareUsage = `Usage: reader [--db PATH] compare [--format markdown|json] EVENT

Prints the comparison of one event of the store: its facts against its
sources, the disagreements first, and its aligned passages. EVENT is an event
id (as shown by export) or words of its headline or of a member's title or
outlet.
`

const compareUsageLine = "usage: reader [--db PATH] compare [--format markdown|json] EVENT"

func runCompare(dbPath string, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	format := fs.String("format", "markdown", "markdown or json")
	if err := parseFlags(fs, args, compareUsage, compareUsageLine, stderr); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{err: fmt.Errorf("compare: name an event"), usage: compareUsageLine}
	}
	if *format != "markdown" && *format != "json" {
		return usageError{err: fmt.Errorf("compare: unknown format %q (markdown or json)", clean(*format)), usage: compareUsageLine}
	}
	st, err := openStore(dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	ev, err := findEvent(ctx, st, strings.Join(fs.Args(), " "))
	if err != nil {
		return err
	}
	arts, err := st.EventArticles(ctx, ev.ID)
	if err != nil {
		return err
	}
	cmp := compare.Compare(ev.ID, arts)
	if *format == "json" {
		return writeComparisonJSON(stdout, ev, cmp)
	}
	return writeComparisonMarkdown(stdout, ev, cmp)
}

// findEvent resolves an id or a search term to exactly one event. An id
// reads that event alone; only words are looked for in the whole list.
func findEvent(ctx context.Context, st *store.Store, term string) (store.EventSummary, error) {
	ev, err := st.Event(ctx, term)
	if err == nil {
		return ev, nil
	}
	if !errors.Is(err, store.ErrNotFound) {
		return store.EventSummary{}, err
	}
	events, err := st.Events(ctx, store.Filter{})
	if err != nil {
		return store.EventSummary{}, err
	}
	needle := strings.ToLower(term)
	var matches []store.EventSummary
	for _, ev := range events {
		if ev.Mentions(needle) {
			matches = append(matches, ev)
		}
	}
	switch len(matches) {
	case 0:
		return store.EventSummary{}, fmt.Errorf("compare: no event matches %q", term)
	case 1:
		return matches[0], nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "compare: %d events match %q; name one by id:", len(matches), term)
	for _, ev := range matches {
		fmt.Fprintf(&b, "\n  %s  %s (%s)", ev.ID, clean(ev.Title), plural(len(ev.Articles), "article"))
	}
	return store.EventSummary{}, fmt.Errorf("%s", b.String())
}

// columnName is how a source is named in output, as the reader and the
// "why" notes name it: its outlet, or its file's short name.
func columnName(cmp compare.Comparison, i int) string { return cmp.Columns[i].Name() }

func writeComparisonMarkdown(w io.Writer, ev store.EventSummary, cmp compare.Comparison) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", mdInline(ev.Title))
	fmt.Fprintf(&b, "Event `%s` · %s · %s shared by all · %d only one source · %s\n\n",
		ev.ID, plural(len(cmp.Columns), "source"), plural(cmp.SharedByAll, "fact"), cmp.SingleSource, plural(cmp.Disagreements, "disagreement"))
	b.WriteString("## Sources\n\n")
	for i, col := range cmp.Columns {
		fmt.Fprintf(&b, "%d. **%s** — %s (`%s`)\n", i+1, mdInline(columnName(cmp, i)), mdInline(col.Title), clean(col.File))
	}
	var disagree, agree []compare.Fact
	for _, f := range cmp.Facts {
		if f.Disagree {
			disagree = append(disagree, f)
		} else {
			agree = append(agree, f)
		}
	}
	if len(disagree) > 0 {
		b.WriteString("\n## Disagreements\n\n")
		writeFactTable(&b, cmp, disagree, true)
	}
	if len(agree) > 0 {
		b.WriteString("\n## Facts\n\n")
		writeFactTable(&b, cmp, agree, anyNote(agree))
	}
	if len(cmp.Rows) > 0 {
		b.WriteString("\n## Aligned passages\n")
		for i, row := range cmp.Rows {
			marker := ""
			if row.Differs {
				marker = " (differs)"
			}
			fmt.Fprintf(&b, "\n### Passage %d%s\n\n", i+1, marker)
			for j, c := range row.Cells {
				text := "_(not reported)_"
				if c.Text != "" {
					text = mdInline(c.Text)
				}
				fmt.Fprintf(&b, "- **%s**: %s\n", mdInline(columnName(cmp, j)), text)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeFactTable(b *strings.Builder, cmp compare.Comparison, facts []compare.Fact, withNote bool) {
	b.WriteString("| Fact |")
	for i := range cmp.Columns {
		fmt.Fprintf(b, " %s |", mdCell(columnName(cmp, i)))
	}
	if withNote {
		b.WriteString(" Why |")
	}
	b.WriteString("\n|---|")
	for range cmp.Columns {
		b.WriteString("---|")
	}
	if withNote {
		b.WriteString("---|")
	}
	b.WriteString("\n")
	for _, f := range facts {
		fmt.Fprintf(b, "| %s: %s |", f.Kind, mdCell(f.Label))
		for _, v := range f.Values {
			if !v.Said() {
				b.WriteString(" — |")
				continue
			}
			fmt.Fprintf(b, " %s |", mdCell(v.Text))
		}
		if withNote {
			fmt.Fprintf(b, " %s |", mdCell(f.Note))
		}
		b.WriteString("\n")
	}
}

// anyNote: a fact has a note (a source's slip, the differences of lists).
func anyNote(fs []compare.Fact) bool {
	for _, f := range fs {
		if f.Note != "" {
			return true
		}
	}
	return false
}

// mdInline makes untrusted text safe for the terminal and for one markdown line.
func mdInline(s string) string { return strings.TrimSpace(clean(s)) }

// mdCell also keeps a table cell from breaking the table.
func mdCell(s string) string { return strings.ReplaceAll(mdInline(s), "|", `\|`) }

type comparisonJSON struct {
	ID            string               `json:"id"`
	Title         string               `json:"title"`
	Sources       []sourceJSON         `json:"sources"`
	SharedByAll   int                  `json:"shared_by_all"`
	SingleSource  int                  `json:"single_source"`
	Disagreements int                  `json:"disagreements"`
	Facts         []exportFact         `json:"facts"`
	Passages      []map[string]*string `json:"passages"` // by source name, as facts' values
}

type sourceJSON struct {
	Name   string  `json:"name"` // as the reader names it, and the facts' and passages' keys
	File   string  `json:"file"`
	Source *string `json:"source"`
	Title  string  `json:"title"`
}

func writeComparisonJSON(w io.Writer, ev store.EventSummary, cmp compare.Comparison) error {
	names := sourceKeys(cmp)
	doc := comparisonJSON{ID: ev.ID, Title: clean(ev.Title), SharedByAll: cmp.SharedByAll,
		SingleSource: cmp.SingleSource, Disagreements: cmp.Disagreements, Facts: exportFacts(cmp, names)}
	for k, col := range cmp.Columns {
		src := sourceJSON{Name: names[k], File: clean(col.File), Source: optional(col.Source), Title: clean(col.Title)}
		doc.Sources = append(doc.Sources, src)
	}
	for _, row := range cmp.Rows {
		p := make(map[string]*string, len(row.Cells))
		for j, c := range row.Cells {
			p[names[j]] = optional(c.Text)
		}
		doc.Passages = append(doc.Passages, p)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// plural counts things in words: "1 source", "3 sources".
func plural(n int, one string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", one)
	}
	return fmt.Sprintf("%d %ss", n, one)
}
