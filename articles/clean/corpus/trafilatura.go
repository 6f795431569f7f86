package corpus

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// trafilaturaCase is one entry of trafilatura-eval/evaldata.json.
type trafilaturaCase struct {
	File    string   `json:"file"`
	With    []string `json:"with"`
	Without []string `json:"without"`
}

// LoadTrafilatura loads trafilatura's evaluation pages (mostly German,
// also English, French, Polish, Italian, Spanish, Portuguese) from the
// corpus folder root, sorted by file. Their truth is snippets only
// (Truth.With and Truth.Without; no full text, title or date): they
// measure what is kept and what leaks, by language.
func LoadTrafilatura(root string) ([]Page, error) {
	dir := filepath.Join(root, "trafilatura-eval")
	raw, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, err
	}
	var cases map[string]trafilaturaCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		return nil, fmt.Errorf("corpus: %s: %w", dir, err)
	}
	var pages []Page
	for url, c := range cases {
		html, err := readGzip(filepath.Join(dir, "pages", c.File+".gz"))
		if err != nil {
			if os.IsNotExist(err) {
				continue // the pages the corpus left out
			}
			return nil, err
		}
		pages = append(pages, Page{ID: c.File, Set: "trafilatura", URL: url, HTML: html,
			Truth: Truth{With: c.With, Without: c.Without}})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}
