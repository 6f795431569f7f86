package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// reader regroup regroups a store's events from scratch: the same events
// its imports made, and it says how many articles it went through.
func TestRegroupKeepsTheEventsImportsMade(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "r.db")
	a := writeFile(t, dir, "a.txt", "Harbour cranes halted at Port Vellin\n\nPort Vellin halted its 14 cranes on Tuesday after a 48-hour strike by 3,000 dockers, the Vellin Dockers Union said.\n")
	b := writeFile(t, dir, "b.txt", "Dockers strike stops Port Vellin cranes\n\nThe Vellin Dockers Union's 48-hour strike of 3,000 dockers stopped all 14 cranes at Port Vellin on Tuesday.\n")
	c := writeFile(t, dir, "c.txt", "Library reopens in Ostmarsh\n\nThe Ostmarsh library reopened on Friday after a two-year, 8 million euro rebuild.\n")
	if _, _, err := runArgs(t, "--db", db, "import", a, b, c); err != nil {
		t.Fatal(err)
	}
	before, _, err := runArgs(t, "--db", db, "export", "--json")
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := runArgs(t, "--db", db, "regroup")
	if err != nil || strings.TrimSpace(out) != "Regrouped 3 articles." {
		t.Fatalf("regroup: %q, %v", out, err)
	}
	after, _, err := runArgs(t, "--db", db, "export", "--json")
	if err != nil {
		t.Fatal(err)
	}
	if before != after {
		t.Fatalf("the events changed:\nbefore %s\nafter  %s", before, after)
	}
	if !strings.Contains(after, `"events"`) {
		t.Fatalf("no events in %s", after)
	}
}
