package articles

import (
	"crypto/sha256"
	"encoding/hex"
	"reader/articles/clean"
	"reader/articles/htmltext"
	"reader/articles/internal/parallel"
	"reader/articles/internal/textutil"
	"strings"
)

// Parse decodes, cleans and reads the metadata of one raw article file.
// Bad input (empty, binary, too large) is a *FileError.
func Parse(f RawFile) (Article, error) {
	arts, errs := ParseBatch([]RawFile{f})
	if len(errs) > 0 {
		return Article{}, errs[0]
	}
	return arts[0], nil
}

// ParseBatch parses many files. Beyond what Parse does for each, it removes
// lines that recur across the documents of the batch (a site's footer or
// widget that no pattern knows). Bad files yield one error each and are
// skipped; the others come back in input order.
func ParseBatch(files []RawFile) ([]Article, []error) {
	return ParseBatchBeside(files, nil)
}

// ParseBatchBeside is ParseBatch with earlier files of the same outlets
// (stored articles' raw text) read beside the batch: lines the new files
// repeat from them are furniture too. Only files come back; a stored file
// that no longer parses is passed over.
func ParseBatchBeside(files, earlier []RawFile) ([]Article, []error) {
	// The per-file passes run in parallel, each into its own slot; only
	// the cross-document pass needs all documents, and runs in between.
	all := append(append([]RawFile(nil), files...), earlier...)
	prepared := make([]*document, len(all))
	failed := make([]error, len(all))
	parallel.ForEach(len(all), func(i int) { prepared[i], failed[i] = prepare(all[i]) })
	var errs []error
	docs := make([]*document, 0, len(files))
	var pages []*clean.Page
	var outlets []string
	for i, d := range prepared {
		if failed[i] != nil {
			if i < len(files) {
				errs = append(errs, failed[i])
			}
			continue
		}
		if i < len(files) {
			docs = append(docs, d)
		}
		pages, outlets = append(pages, d.page), append(outlets, d.outlet())
	}
	clean.MarkRepeated(pages, outlets)
	arts := make([]Article, len(docs))
	parallel.ForEach(len(docs), func(i int) { arts[i] = docs[i].finish() })
	return arts, errs
}

// prepare decodes one file and runs the cleaning passes that need only it.
func prepare(f RawFile) (*document, error) {
	text, err := decode(f.Name, f.Data)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(f.Data)
	d := &document{file: f.Name, hash: hex.EncodeToString(sum[:]), raw: text, source: f.Source}
	if looksLikeHTML(contentName(f.Name), text) {
		var ev []htmltext.Evidence
		d.body, ev, d.hints = readSavedPage([]byte(text))
		if !textutil.WordsOver(d.body, 0) {
			return nil, &FileError{File: f.Name, Reason: "web page with no article text"}
		}
		d.page = clean.PrepareWithEvidence(d.body, ev)
		return d, nil
	}
	d.meta, d.body = splitFrontMatter(text)
	if isMarkdown(contentName(f.Name)) {
		d.body = markdownText(d.body)
	}
	d.page = clean.Prepare(d.body)
	return d, nil
}

// outlet is the outlet the document is known by before cleaning: the one
// its front matter, the user or the saved page names, else the one its
// text names.
func (d *document) outlet() string {
	for _, v := range []string{d.meta["source"], d.source, d.hints.site} {
		if v = one(v); v != "" {
			return v
		}
	}
	if v := one(d.meta["url"]); v != "" {
		return clean.DomainOutlet(v)
	}
	return d.page.Outlet()
}

// document is one file on its way through the cleaner.
type document struct {
	file, hash, raw string
	source          string // the outlet the user named for the file, if any
	meta            map[string]string
	hints           pageHints // what a saved web page declares about itself
	body            string
	page            *clean.Page
}

// finish runs the passes that need the whole document and builds the Article.
func (d *document) finish() Article {
	r := d.page.Finish()
	a := Article{File: d.file, Hash: d.hash, Raw: d.raw, Title: r.Title, TitleDerived: r.TitleDerived,
		Source: r.Source, Author: r.Author, URL: r.URL, Published: r.Published, Lang: r.Lang}
	// A headline given in front matter wins; the line the cleaner took for
	// one is then body again, unless it is that same headline. A saved
	// page's declared title is weighed against the picked line.
	given := textutil.FoldKey(one(d.meta["title"]))
	if d.hints.title != "" && given == "" {
		texts := make([]string, len(r.Lines))
		for i, l := range r.Lines {
			texts[i] = l.Text
		}
		title, inText := headlineFromHint(d.hints.title, r.Title, r.TitleDerived, texts)
		a.Title, a.TitleDerived = title, false
		if inText {
			given = textutil.FoldKey(title)
		} else {
			given = "\x00" // the picked line, if any, is body again
		}
	}
	for i, l := range r.Lines {
		if given != "" && textutil.FoldKey(l.Text) == given {
			if l.Reason == "" {
				a.Removed = append(a.Removed, Removed{At: len(a.Body), Text: l.Text, Reason: "repeated headline"})
			}
			continue
		}
		switch {
		case i == r.TitleLine && given == "":
		case l.Reason != "":
			a.Removed = append(a.Removed, Removed{At: len(a.Body), Text: l.Text, Reason: l.Reason})
		case i == r.TitleLine:
			a.Body = append(a.Body, Block{Kind: Heading, Text: l.Text})
		default:
			a.Body = append(a.Body, Block{Kind: BlockKind(l.Kind), Text: l.Text})
		}
	}
	d.applyHints(&a)
	d.applyFrontMatter(&a)
	return a
}

// applyHints fills in what a saved page declares and its text does not
// show: a byline or a date the text shows wins over the declared one
// (pages declare their first publication and show their latest update;
// on WCXB dev as saved pages the text's byline first gets 521 authors of
// 615 right, against 497 the other way round).
func (d *document) applyHints(a *Article) {
	h := d.hints
	if h.byline != "" && a.Author == "" {
		a.Author = h.byline
	}
	if h.site != "" {
		a.Source = h.site
	}
	if h.lang != "" {
		a.Lang = strings.ToLower(h.lang)
	}
	if a.Published.IsZero() {
		a.Published = h.published
	}
}

func (d *document) applyFrontMatter(a *Article) {
	m := d.meta
	if v := one(m["title"]); v != "" {
		a.Title, a.TitleDerived = v, false
	}
	if v := one(m["source"]); v != "" {
		a.Source = v
	} else if v := one(d.source); v != "" {
		a.Source = v
	}
	if v := one(m["url"]); v != "" {
		a.URL = v
		if m["source"] == "" && a.Source == "" {
			a.Source = clean.DomainOutlet(v)
		}
	}
	if v := one(m["author"]); v != "" {
		a.Author = v
	}
	if v := one(m["lang"]); v != "" {
		a.Lang = strings.ToLower(v)
	}
	if v := one(m["published"]); v != "" {
		if t := textutil.ParsePublished(v); !t.IsZero() {
			a.Published = t
		}
	}
}

// one makes a metadata value a clean single line.
func one(v string) string { return textutil.NormalizeLine(v) }

func bodyText(blocks []Block) string {
	var b strings.Builder
	for _, bl := range blocks {
		b.WriteString(bl.Text)
		b.WriteByte('\n')
	}
	return b.String()
}
