package corpus

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Truth is the human-written answer for one page.
type Truth struct {
	// Title is the article's headline ("" when unknown).
	Title string
	// Author is the byline ("" when unknown).
	Author string
	// Date is the publication date as written in the truth ("" when
	// unknown; readability pages never have one).
	Date string
	// Main is the article as plain text: headings on their own lines,
	// paragraphs separated by blank lines.
	Main string
	// With holds snippets a correct extraction must contain (WCXB and
	// trafilatura pages).
	With []string
	// Without holds snippets of page furniture that must not survive
	// (WCXB and trafilatura pages).
	Without []string
	// Lang is the page language when the truth gives it (readability
	// pages); empty for WCXB.
	Lang string
}

// Page is one labelled web page of the corpus.
type Page struct {
	// ID is the file id ("0001") or the readability test name.
	ID string
	// Set is "wcxb-dev", "wcxb-test", "readability" or "trafilatura".
	Set string
	// URL is the page address when the truth records it.
	URL string
	// HTML is the page as served (decompressed).
	HTML []byte
	// Truth is the human-written answer.
	Truth Truth
}

// Root finds the corpus folder: $READER_CORPUS when it names a directory,
// otherwise the folder shared/corpus beside the module (the nearest
// directory at or above the working directory that holds a go.mod). It
// returns false when neither exists.
func Root() (string, bool) {
	if env := os.Getenv("READER_CORPUS"); env != "" {
		if isDir(env) {
			return env, true
		}
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			c := filepath.Join(dir, "..", "shared", "corpus")
			if isDir(c) {
				return filepath.Clean(c), true
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// wcxbTruth is the part of a WCXB truth file we use.
type wcxbTruth struct {
	URL         string `json:"url"`
	GroundTruth struct {
		Title       *string  `json:"title"`
		Author      *string  `json:"author"`
		PublishDate *string  `json:"publish_date"`
		MainContent string   `json:"main_content"`
		With        []string `json:"with"`
		Without     []string `json:"without"`
	} `json:"ground_truth"`
}

// LoadWCXB loads the WCXB article pages of one split ("dev" or "test")
// from the corpus folder root, sorted by ID.
func LoadWCXB(root, split string) ([]Page, error) {
	if split != "dev" && split != "test" {
		return nil, fmt.Errorf("corpus: unknown WCXB split %q", split)
	}
	dir := filepath.Join(root, "wcxb-articles", split)
	files, err := filepath.Glob(filepath.Join(dir, "truth", "*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("corpus: no truth files in %s", dir)
	}
	sort.Strings(files)
	pages := make([]Page, 0, len(files))
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".json")
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var t wcxbTruth
		if err := json.Unmarshal(raw, &t); err != nil {
			return nil, fmt.Errorf("corpus: %s: %w", f, err)
		}
		h, err := readGzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		g := t.GroundTruth
		pages = append(pages, Page{
			ID:   id,
			Set:  "wcxb-" + split,
			URL:  t.URL,
			HTML: h,
			Truth: Truth{
				Title:   deref(g.Title),
				Author:  deref(g.Author),
				Date:    deref(g.PublishDate),
				Main:    g.MainContent,
				With:    g.With,
				Without: g.Without,
			},
		})
	}
	return pages, nil
}

// readabilityMeta is the part of expected-metadata.json we use.
type readabilityMeta struct {
	Title  *string `json:"title"`
	Byline *string `json:"byline"`
	Lang   *string `json:"lang"`
}

// LoadReadability loads the mozilla/readability test pages from the corpus
// folder root, sorted by name. Truth.Main is the plain text of
// expected.html (headings and paragraphs on their own lines, separated by
// blank lines); Title, Author (the byline) and Lang come from
// expected-metadata.json; there is no date truth.
func LoadReadability(root string) ([]Page, error) {
	dir := filepath.Join(root, "readability-pages")
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var pages []Page
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		pd := filepath.Join(dir, e.Name())
		src, err := readGzip(filepath.Join(pd, "source.html.gz"))
		if err != nil {
			return nil, err
		}
		exp, err := readGzip(filepath.Join(pd, "expected.html.gz"))
		if err != nil {
			return nil, err
		}
		var m readabilityMeta
		raw, err := os.ReadFile(filepath.Join(pd, "expected-metadata.json"))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
		if err == nil {
			if err := json.Unmarshal(raw, &m); err != nil {
				return nil, fmt.Errorf("corpus: %s: %w", pd, err)
			}
		}
		pages = append(pages, Page{
			ID:   e.Name(),
			Set:  "readability",
			HTML: src,
			Truth: Truth{
				Title:  deref(m.Title),
				Author: deref(m.Byline),
				Lang:   deref(m.Lang),
				Main:   HTMLText(exp),
			},
		})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

// HTMLText converts an article fragment to truth-style plain text: each
// block on its own line, paragraphs and headings separated by blank lines,
// <br> as a line break.
func HTMLText(htmlBytes []byte) string {
	return strings.Join(PageLines(htmlBytes, Variant{BlankAfterBlock: true, BRBreaks: true}), "\n")
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("corpus: %s: %w", path, err)
	}
	var b bytes.Buffer
	if _, err := io.Copy(&b, zr); err != nil {
		return nil, fmt.Errorf("corpus: %s: %w", path, err)
	}
	return b.Bytes(), nil
}

// Overlap returns the IDs of pages of a whose HTML is identical to the page
// with the same ID in b. The WCXB dev and test splits share such pages
// (79 of them in v1.0, with slightly different truth); drop them from one
// side to keep the split honest.
func Overlap(a, b []Page) map[string]bool {
	byID := make(map[string][]byte, len(b))
	for _, p := range b {
		byID[p.ID] = p.HTML
	}
	out := map[string]bool{}
	for _, p := range a {
		if h, ok := byID[p.ID]; ok && bytes.Equal(h, p.HTML) {
			out[p.ID] = true
		}
	}
	return out
}
