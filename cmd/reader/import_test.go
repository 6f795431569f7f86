package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// storedSources exports the store and maps each article's file to its outlet.
func storedSources(t *testing.T, db string) map[string]string {
	t.Helper()
	out, errOut, err := runArgs(t, "--db", db, "export", "--json")
	if err != nil {
		t.Fatalf("export: %v (stderr %s)", err, errOut)
	}
	var doc struct {
		Articles []struct {
			File   string  `json:"file"`
			Source *string `json:"source"`
		} `json:"articles"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	m := map[string]string{}
	for _, a := range doc.Articles {
		s := ""
		if a.Source != nil {
			s = *a.Source
		}
		m[filepath.Base(a.File)] = s
	}
	return m
}

func TestImportNamesTheSourceUnlessFrontMatterDoes(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "clippings")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, folder, "plain.txt", goodArticle)
	writeFile(t, folder, "named.md", "---\nsource: The Harbour Post\n---\n"+strings.Replace(goodArticle, "Harbour bridge", "Old bridge", 1))
	db := filepath.Join(dir, "x.db")
	out, errOut, err := runArgs(t, "--db", db, "import", "--source", "Coast Courier", folder)
	if err != nil {
		t.Fatalf("import: %v (stderr %s)", err, errOut)
	}
	if strings.TrimSpace(out) != "Imported 2 new, 0 already stored, 0 failed" {
		t.Errorf("summary = %q", out)
	}
	if errOut != "" {
		t.Errorf("stderr = %q (no progress off a terminal)", errOut)
	}
	got := storedSources(t, db)
	if got["plain.txt"] != "Coast Courier" || got["named.md"] != "The Harbour Post" {
		t.Errorf("sources = %v", got)
	}
	// Again: nothing new.
	out, _, err = runArgs(t, "--db", db, "import", folder)
	if err != nil || strings.TrimSpace(out) != "Imported 0 new, 2 already stored, 0 failed" {
		t.Errorf("re-import: %q, %v", out, err)
	}
}

func TestImportWithoutSourceLeavesTheOutletUnknown(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "plain.txt", goodArticle)
	db := filepath.Join(dir, "x.db")
	if _, errOut, err := runArgs(t, "--db", db, "import", p); err != nil {
		t.Fatalf("import: %v (stderr %s)", err, errOut)
	}
	if got := storedSources(t, db); got["plain.txt"] != "" {
		t.Errorf("a folder or file name became the outlet: %v", got)
	}
}

func TestImportReportsEachFailureAndImportsTheRest(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", goodArticle)
	empty := writeFile(t, dir, "empty.txt", "")
	missing := filepath.Join(dir, "missing.txt")
	db := filepath.Join(dir, "x.db")
	out, errOut, err := runArgs(t, "--db", db, "import", empty, good, missing)
	if err == nil || exitCode(err) != 1 {
		t.Fatalf("exit = %v, want status 1", err)
	}
	if strings.TrimSpace(out) != "Imported 1 new, 0 already stored, 2 failed" {
		t.Errorf("summary = %q", out)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != 2 || !strings.Contains(errOut, empty) || !strings.Contains(errOut, missing) {
		t.Errorf("stderr = %q, want one line per failed file", errOut)
	}
	if got := storedSources(t, db); len(got) != 1 {
		t.Errorf("stored = %v, want the good file", got)
	}
}

func TestImportUsage(t *testing.T) {
	_, _, err := runArgs(t, "--db", ":memory:", "import")
	if exitCode(err) != 2 {
		t.Errorf("no path: %v (exit %d), want a usage error", err, exitCode(err))
	}
	_, _, err = runArgs(t, "--db", ":memory:", "import", "--source")
	if exitCode(err) != 2 {
		t.Errorf("--source without a name: %v (exit %d)", err, exitCode(err))
	}
}
