package main

import (
	"context"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"reader/articles"
	"reader/store/ingest"
)

// The JSON of export and compare names sources as the reader and the
// Markdown do (outlet, else the file's short name), never by a path; two
// articles of one outlet in an event stay apart.
func TestJSONNamesSourcesAsTheReaderDoes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "clips")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	story := strings.Replace(goodArticle, "\n\n", "\n\nThe mayor of Portcastle, Anna Berg, opened the bridge with a ribbon.\n\n", 1)
	writeFile(t, dir, "a.md", "---\nsource: Harbour Times\n---\n"+story)
	writeFile(t, dir, "b.md", "---\nsource: Harbour Times\n---\n"+story+"\nThe repair took 730 days.\n")
	writeFile(t, dir, "c.txt", story+"\nTolls return in May.\n")
	out, errOut, err := runArgs(t, "export", "--json", dir)
	if err != nil {
		t.Fatalf("export: %v (stderr %s)", err, errOut)
	}
	var doc struct {
		Articles []struct {
			File string `json:"file"`
			Name string `json:"name"`
		} `json:"articles"`
		Events []struct {
			Articles []string `json:"articles"`
			Sources  []string `json:"sources"`
			Facts    []struct {
				Values map[string]*string `json:"values"`
			} `json:"facts"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, a := range doc.Articles {
		names[filepath.Base(a.File)] = a.Name
	}
	if names["a.md"] != "Harbour Times" || names["b.md"] != "Harbour Times" || names["c.txt"] != "c.txt" {
		t.Fatalf("article names %v", names)
	}
	if len(doc.Events) != 1 || len(doc.Events[0].Articles) != 3 {
		t.Fatalf("want the three in one event: %+v", doc.Events)
	}
	ev := doc.Events[0]
	got := slices.Sorted(slices.Values(ev.Sources))
	if want := []string{"Harbour Times", "Harbour Times (b.md)", "c.txt"}; !slices.Equal(got, want) {
		t.Fatalf("event sources %q, want %q", got, want)
	}
	if len(ev.Facts) == 0 {
		t.Fatal("no facts")
	}
	for _, f := range ev.Facts {
		if keys := slices.Sorted(maps.Keys(f.Values)); !slices.Equal(keys, got) {
			t.Fatalf("fact values named %q, want the event's sources %q", keys, got)
		}
	}

	// compare --format json names its sources, facts and passages alike.
	db := filepath.Join(t.TempDir(), "x.db")
	st, err := openStore(db)
	if err != nil {
		t.Fatal(err)
	}
	if _, errs := ingest.ImportFiles(context.Background(), st, articles.Builtin(), nil); len(errs) > 0 {
		t.Fatal(errs)
	}
	st.Close()
	out, errOut, err = runArgs(t, "--db", db, "compare", "--format", "json", "cybersecurity")
	if err != nil {
		t.Fatalf("compare: %v (stderr %s)", err, errOut)
	}
	var cmp struct {
		Sources []struct {
			Name   string  `json:"name"`
			File   string  `json:"file"`
			Source *string `json:"source"`
		} `json:"sources"`
		Facts []struct {
			Values map[string]*string `json:"values"`
		} `json:"facts"`
		Passages []map[string]*string `json:"passages"`
	}
	if err := json.Unmarshal([]byte(out), &cmp); err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, s := range cmp.Sources {
		want := filepath.Base(s.File)
		if s.Source != nil {
			want = *s.Source
		}
		if s.Name != want {
			t.Errorf("source %q named %q, want %q", s.File, s.Name, want)
		}
		known[s.Name] = true
	}
	keyed := cmp.Passages
	for _, f := range cmp.Facts {
		keyed = append(keyed, f.Values)
	}
	for _, m := range keyed {
		if len(m) != len(cmp.Sources) {
			t.Fatalf("%d keys for %d sources: %v", len(m), len(cmp.Sources), m)
		}
		for k := range m {
			if !known[k] {
				t.Fatalf("key %q is not a source's name (%v)", k, known)
			}
		}
	}
}
