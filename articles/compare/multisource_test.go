package compare

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reader/articles"
	"sort"
	"testing"
)

// multisourceDir is the labelled multi-source set of our own writing.
const multisourceDir = "../events/testdata/multisource"

type labelledEvent struct {
	id   string
	arts []articles.Article
}

// loadMultisource parses the set and groups it by the labels' true events,
// so the comparison is measured apart from the grouping.
func loadMultisource(t testing.TB) []labelledEvent {
	t.Helper()
	var labels struct {
		Articles map[string]string `json:"articles"`
	}
	data, err := os.ReadFile(filepath.Join(multisourceDir, "labels.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &labels); err != nil {
		t.Fatal(err)
	}
	byEvent := map[string][]articles.Article{}
	for file, ev := range labels.Articles {
		raw, err := os.ReadFile(filepath.Join(multisourceDir, file))
		if err != nil {
			t.Fatal(err)
		}
		a, err := articles.Parse(articles.RawFile{Name: file, Data: raw})
		if err != nil {
			t.Fatal(err)
		}
		byEvent[ev] = append(byEvent[ev], a)
	}
	var out []labelledEvent
	for id, arts := range byEvent {
		out = append(out, labelledEvent{id, arts})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out
}
