package articles

import (
	"crypto/sha256"
	"encoding/hex"
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
	// The per-file passes run in parallel, each into its own slot; only
	// the cross-document pass needs all documents, and runs in between.
	prepared := make([]*document, len(files))
	failed := make([]error, len(files))
	forEachIndex(len(files), func(i int) { prepared[i], failed[i] = prepare(files[i]) })
	var errs []error
	docs := make([]*document, 0, len(files))
	for i, d := range prepared {
		if failed[i] != nil {
			errs = append(errs, failed[i])
			continue
		}
		docs = append(docs, d)
	}
	markRepeatedAcross(docs)
	arts := make([]Article, len(docs))
	forEachIndex(len(docs), func(i int) { arts[i] = docs[i].finish() })
	return arts, errs
}

// prepare decodes one file and runs the cleaning passes that need only it.
func prepare(f RawFile) (*document, error) {
	text, err := decode(f.Name, f.Data)
	if err != nil {
		return nil, err
	}
	if looksLikeHTML(f.Name, text) {
		page, err := ExtractHTML([]byte(text), "")
		if err != nil {
			return nil, &FileError{File: f.Name, Reason: "web page with no article text"}
		}
		text = page.RawText()
	}
	sum := sha256.Sum256(f.Data)
	d := &document{file: f.Name, hash: hex.EncodeToString(sum[:]), raw: text}
	d.meta, d.body = splitFrontMatter(text)
	d.c = newCleaning(splitUnits(d.body))
	d.c.markBoilerplate()
	return d, nil
}

// document is one file on its way through the cleaner.
type document struct {
	file, hash, raw string
	meta            map[string]string
	body            string
	c               *cleaning
}

// markRepeatedAcross removes short, non-prose lines found in several
// documents of the batch. Prose sentences are exempt: outlets quoting the
// same statement or wire copy share those, and they are news.
func markRepeatedAcross(docs []*document) {
	if len(docs) < 3 {
		return
	}
	// keys[d][i] is the comparison key of a unit that may be repeated
	// furniture, "" for the others; computed in parallel, counted in order.
	keys := make([][]string, len(docs))
	forEachIndex(len(docs), func(j int) {
		d := docs[j]
		keys[j] = make([]string, len(d.c.units))
		for i, u := range d.c.units {
			if d.c.reason[i] == "" && repeatable(u) {
				keys[j][i] = textutil.FoldKey(u.text)
			}
		}
	})
	count := map[string]int{}
	seen := map[string]bool{}
	for j := range docs {
		clear(seen)
		for _, k := range keys[j] {
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			count[k]++
		}
	}
	need := 2
	if third := (len(docs) + 2) / 3; third > need {
		need = third
	}
	for j, d := range docs {
		for i, k := range keys[j] {
			if k != "" && count[k] >= need {
				d.c.reason[i] = "repeated across documents"
			}
		}
	}
}

// repeatable: lines that may be boilerplate when they recur: short, not a
// sentence, not a list item.
func repeatable(u unit) bool {
	return u.list == Paragraph && !textutil.EndsSentence(u.text) && textutil.CountWords(u.text) <= 15
}

// finish runs the passes that need the whole document and builds the Article.
func (d *document) finish() Article {
	c := d.c
	c.markBios()
	c.findTitle()
	c.markRepeatedTitle()
	c.markTrailingFurniture()
	a := Article{File: d.file, Hash: d.hash, Raw: d.raw}
	var lead string
	for i, u := range c.units {
		if c.reason[i] != "" {
			a.Removed = append(a.Removed, Removed{At: len(a.Body), Text: u.text, Reason: c.reason[i]})
			continue
		}
		if i == c.title {
			a.Title = u.text
			continue
		}
		kind := u.list
		if kind == Paragraph && c.isHeading(i) {
			kind = Heading
		}
		if lead == "" && kind == Paragraph {
			lead = u.text
		}
		a.Body = append(a.Body, Block{Kind: kind, Text: u.text})
	}
	if a.Title == "" {
		if lead == "" && len(a.Body) > 0 {
			lead = a.Body[0].Text
		}
		a.Title, a.TitleDerived = deriveTitle(lead), true
	}
	a.Source, a.Author, a.URL, a.Published = c.ev.source, c.ev.author, c.ev.url, c.ev.published
	if a.Source == "" && a.URL != "" {
		a.Source = domainOutlet(a.URL)
	}
	if a.Source == "" {
		a.Source = folderOutlet(d.file)
	}
	a.Lang = textutil.DetectLanguage(bodyText(a.Body))
	d.applyFrontMatter(&a)
	return a
}

func (d *document) applyFrontMatter(a *Article) {
	m := d.meta
	if v := one(m["title"]); v != "" {
		a.Title, a.TitleDerived = v, false
	}
	if v := one(m["source"]); v != "" {
		a.Source = v
	}
	if v := one(m["url"]); v != "" {
		a.URL = v
		if m["source"] == "" && a.Source == "" {
			a.Source = domainOutlet(v)
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
