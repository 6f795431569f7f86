package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"reader/articles"
	"reader/articles/hostiletest"
	"reader/store/ingest"
)

// inert fails the test when out holds anything a terminal could act on.
func inert(t *testing.T, where, out string) {
	t.Helper()
	if err := hostiletest.Check(out); err != nil {
		t.Errorf("%s: %v", where, err)
	}
}

// inertJSON also checks every string the JSON decodes to, since a script
// reading it gets the decoded text (a "\u001b" escape is an ESC again).
func inertJSON(t *testing.T, where, out string) {
	t.Helper()
	inert(t, where, out)
	var doc any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%s: not JSON: %v", where, err)
	}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			inert(t, where+" (decoded)", v)
		case []any:
			for _, e := range v {
				walk(e)
			}
		case map[string]any:
			for k, e := range v {
				inert(t, where+" (decoded key)", k)
				walk(e)
			}
		}
	}
	walk(doc)
}

// reported is what main prints for an error run returns.
func reported(err error) string {
	var b bytes.Buffer
	printError(&b, err)
	return b.String()
}

// TestHostileTextOnEveryCommandOutput puts every hostile payload into file
// names, front matter, headlines, paragraphs, list items, removed lines and
// feed fields, and runs them through every command that prints: export as
// JSON and Markdown, compare as Markdown and JSON, search, add, refresh, and
// the errors main prints.
func TestHostileTextOnEveryCommandOutput(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	files := filepath.Join(dir, "in")
	if err := os.MkdirAll(files, 0o755); err != nil {
		t.Fatal(err)
	}
	good, bad, err := hostiletest.Files(files)
	if err != nil {
		t.Fatal(err)
	}

	// export --json of paths: articles, events, and one line per bad file.
	// The bad files make it exit non-zero, after printing the rest.
	out, errOut, err := runArgs(t, "export", "--json", files)
	if err == nil || !strings.Contains(err.Error(), "could not be read") {
		t.Fatalf("export: %v, want an error for the bad files", err)
	}
	inert(t, "export error", err.Error())
	inertJSON(t, "export --json PATH", out)
	inert(t, "export --json PATH stderr", errOut)
	if n := strings.Count(errOut, "\n"); n != len(bad) {
		t.Errorf("export stderr has %d lines for %d bad files:\n%s", n, len(bad), errOut)
	}
	var doc struct {
		Articles []struct {
			Title  string   `json:"title"`
			Source *string  `json:"source"`
			Body   []string `json:"body"`
		} `json:"articles"`
	}
	json.Unmarshal([]byte(out), &doc)
	if len(doc.Articles) != len(good) {
		t.Fatalf("%d articles exported of %d", len(doc.Articles), len(good))
	}
	// The payloads are cut out, the words around them stay.
	for _, a := range doc.Articles[:len(hostiletest.Payloads)] {
		if !strings.Contains(a.Title, "Harbour bridge") || a.Source == nil || !strings.Contains(*a.Source, "Coastal") {
			t.Errorf("article lost its words: %q from %v", a.Title, a.Source)
		}
	}

	// export --format markdown of each file, and of a bad one.
	for _, p := range good {
		out, errOut, err := runArgs(t, "export", "--format", "markdown", p)
		if err != nil {
			t.Fatalf("markdown %q: %v", p, err)
		}
		inert(t, "export --format markdown", out)
		inert(t, "export --format markdown stderr", errOut)
	}
	for _, p := range bad {
		_, errOut, err := runArgs(t, "export", "--format", "markdown", p)
		if err == nil {
			t.Fatalf("markdown of bad file %q: no error", p)
		}
		inert(t, "export --format markdown of a bad file: error", reported(err))
		inert(t, "export --format markdown of a bad file: stderr", errOut)
	}

	// Into a store: the files, then a hostile feed served on 127.0.0.1.
	db := filepath.Join(dir, "x.db")
	st, err := openStore(db)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := articles.ReadPaths([]string{files})
	if _, errs := ingest.ImportFiles(context.Background(), st, raw, nil); len(errs) != len(bad) {
		t.Fatalf("import errors %v, want %d", errs, len(bad))
	}
	st.Close()
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/feed+json")
		w.Write([]byte(hostiletest.FeedJSON(srv.URL)))
	}))
	defer srv.Close()
	for _, u := range []string{srv.URL + "/feed", srv.URL + "/missing\x1b[2J\u202e"} {
		out, errOut, err := runArgs(t, "--db", db, "add", u)
		inert(t, "add", out+errOut+reported(err))
	}
	out, errOut, err = runArgs(t, "--db", db, "refresh")
	inert(t, "refresh", out)
	// The progress line rewrites itself with a carriage return, the one
	// control the refresh prints on purpose.
	inert(t, "refresh stderr", strings.ReplaceAll(errOut, "\rfetched ", "fetched "))
	inert(t, "refresh error", reported(err))
	// The missing feed was refused by add (it is fetched first), so one is refreshed.
	if !strings.Contains(out, "1 feeds: ") || !strings.Contains(out, "0 failed") {
		t.Fatalf("refresh: %s %s", out, errOut)
	}

	// export --json of the store.
	out, errOut, err = runArgs(t, "--db", db, "export", "--json")
	if err != nil {
		t.Fatal(err)
	}
	inertJSON(t, "export --json (store)", out)
	inert(t, "export --json (store) stderr", errOut)
	var stored struct {
		Articles []json.RawMessage `json:"articles"`
		Events   []struct {
			ID       string   `json:"id"`
			Articles []string `json:"articles"`
		} `json:"events"`
	}
	json.Unmarshal([]byte(out), &stored)
	if len(stored.Articles) != len(good)+len(hostiletest.Payloads) {
		t.Fatalf("store holds %d articles, want %d files and %d feed items", len(stored.Articles), len(good), len(hostiletest.Payloads))
	}

	// compare, as Markdown and JSON, of every event with several sources.
	compared := 0
	for _, ev := range stored.Events {
		if len(ev.Articles) < 2 {
			continue
		}
		compared++
		out, errOut, err := runArgs(t, "--db", db, "compare", ev.ID)
		if err != nil || !strings.Contains(out, "## Aligned passages") {
			t.Fatalf("compare %s: %v\n%s", ev.ID, err, out)
		}
		inert(t, "compare markdown", out+errOut)
		out, errOut, err = runArgs(t, "--db", db, "compare", "--format", "json", ev.ID)
		if err != nil {
			t.Fatalf("compare json %s: %v", ev.ID, err)
		}
		inertJSON(t, "compare json", out)
		inert(t, "compare json stderr", errOut)
	}
	if compared < 2 {
		t.Fatalf("only %d events with several sources to compare", compared)
	}
	// An ambiguous term lists the candidate events' headlines in the error.
	_, errOut, err = runArgs(t, "--db", db, "compare", "reopens")
	if err == nil || !strings.Contains(err.Error(), "events match") {
		t.Fatalf("ambiguous compare: %v", err)
	}
	inert(t, "compare error", reported(err)+errOut)

	// search, over file articles and feed items.
	for _, q := range []string{"bridge", "engineers", "reservoir", "ferry", "safe evil", "click"} {
		out, errOut, err := runArgs(t, "--db", db, "search", q)
		if err != nil {
			t.Fatalf("search %q: %v", q, err)
		}
		if q != "safe evil" && q != "click" && !strings.Contains(out, "[") {
			t.Errorf("search %q found nothing:\n%s", q, out)
		}
		inert(t, "search "+q, out+errOut)
	}
}

func TestPrintErrorKeepsLinesButNoControls(t *testing.T) {
	err := &articles.FileError{File: "x", Reason: "a\x1b[2J\u202e\nb"}
	got := reported(err)
	if got != "reader: x: a\nb\n" {
		t.Fatalf("printError = %q", got)
	}
}
