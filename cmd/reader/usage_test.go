package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func TestMistypedCommandSuggestsTheRightOne(t *testing.T) {
	_, errOut, err := runArgs(t, "refersh")
	if err == nil || !strings.Contains(err.Error(), `did you mean "refresh"`) || errOut != "" {
		t.Fatalf("err %v, stderr %q", err, errOut)
	}
	if exitCode(err) != 2 {
		t.Fatalf("exit %d, want 2", exitCode(err))
	}
	for name, want := range map[string]string{"exprot": "export", "serach": "search", "compre": "compare", "ad": "add"} {
		if got := suggestCommand(name); got != want {
			t.Errorf("suggestCommand(%q) = %q, want %q", name, got, want)
		}
	}
	for _, name := range []string{"today", "news", "x"} {
		if got := suggestCommand(name); got != "" {
			t.Errorf("suggestCommand(%q) = %q, want none", name, got)
		}
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"version"}} {
		out, _, err := runArgs(t, args...)
		if err != nil || !strings.HasPrefix(out, "reader ") || strings.Count(out, "\n") != 1 {
			t.Fatalf("%v: %q, %v", args, out, err)
		}
	}
}

// A wrong flag is said once, with one usage line, not the error twice and
// the whole usage: by the reader and by every subcommand.
func TestWrongFlagGivesOneUsageLine(t *testing.T) {
	for _, args := range [][]string{
		{"--nope"}, {"export", "--nope"}, {"export", "--json", "--nope", "x.txt"}, {"compare", "--nope", "x"},
		{"add", "--nope"}, {"refresh", "--nope"}, {"search", "--nope", "x"}, {"rm", "--nope", "x"},
		{"feeds", "rm", "--nope", "x"}, {"import", "--nope", "x"}, {"regroup", "--nope"},
	} {
		oneUsageLine(t, args, "flag provided but not defined: -nope")
	}
}

// A command line missing what a command needs is said the same way.
func TestIncompleteCommandGivesOneUsageLine(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"export", "x.txt"}, "choose a format"},
		{[]string{"export", "--format", "pdf", "x.txt"}, `unknown format "pdf"`},
		{[]string{"compare"}, "name an event"},
		{[]string{"compare", "--format", "pdf", "x"}, `unknown format "pdf"`},
		{[]string{"add"}, "name a feed"},
		{[]string{"search"}, "give the words"},
		{[]string{"rm"}, "name the files"},
		{[]string{"feeds", "rm"}, "name the feed"},
		{[]string{"feeds", "import"}, "name one OPML file"},
		{[]string{"feeds", "export", "x"}, "takes no arguments"},
		{[]string{"feeds", "nope"}, "unknown command"},
		{[]string{"import"}, "name the files"},
		{[]string{"regroup", "x"}, "takes no arguments"},
	} {
		oneUsageLine(t, c.args, c.want)
	}
}

// oneUsageLine runs a wrong command line and checks that nothing was
// printed on the way and that main prints the error, then one usage line.
func oneUsageLine(t *testing.T, args []string, want string) {
	t.Helper()
	_, errOut, err := runArgs(t, append([]string{"--db", filepath.Join(t.TempDir(), "x.db")}, args...)...)
	if err == nil || errOut != "" {
		t.Fatalf("%v: err %v, stderr %q", args, err, errOut)
	}
	var b bytes.Buffer
	printError(&b, err)
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], want) || !strings.HasPrefix(lines[1], "usage: reader") {
		t.Fatalf("%v: printed %q", args, b.String())
	}
	if exitCode(err) != 2 {
		t.Fatalf("%v: exit %d", args, exitCode(err))
	}
}
