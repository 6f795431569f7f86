package main

import (
	"bytes"
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
// the whole usage.
func TestWrongFlagGivesOneUsageLine(t *testing.T) {
	for _, args := range [][]string{{"--nope"}, {"compare", "--nope", "x"}} {
		_, errOut, err := runArgs(t, args...)
		if err == nil || errOut != "" {
			t.Fatalf("%v: err %v, stderr %q", args, err, errOut)
		}
		var b bytes.Buffer
		printError(&b, err)
		lines := strings.Split(strings.TrimSpace(b.String()), "\n")
		if len(lines) != 2 || !strings.Contains(lines[0], "flag provided but not defined: -nope") || !strings.HasPrefix(lines[1], "usage: reader") {
			t.Fatalf("%v: printed %q", args, b.String())
		}
		if exitCode(err) != 2 {
			t.Fatalf("%v: exit %d", args, exitCode(err))
		}
	}
}
