package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Only http(s) links reach the browser: a link that is an option, a local
// file or a script is refused, and the browser is never started for it.
func TestOnlyWebLinksReachTheBrowser(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "args")
	browser := filepath.Join(dir, "browser")
	if err := os.WriteFile(browser, []byte("#!/bin/sh\nprintf '%s\\n' \"$@\" >> "+log+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("BROWSER", browser)
	for _, bad := range []string{"--renderer-cmd-prefix=touch /tmp/pwned", "-new-window", "file:///etc/passwd",
		"/etc/passwd", "javascript:alert(1)", "https://", "http:// x", ""} {
		msg := openURL(bad)()
		e, ok := msg.(errMsg)
		if !ok || !strings.Contains(e.err.Error(), "not opened") {
			t.Errorf("open %q = %#v, want a refusal", bad, msg)
		}
	}
	if _, err := os.Stat(log); err == nil {
		got, _ := os.ReadFile(log)
		t.Fatalf("the browser was started with %q", got)
	}
	if msg := openURL("https://news.example/story")(); msg != (statusMsg{"Opened the link in the browser"}) {
		t.Fatalf("open a web link = %#v", msg)
	}
	// The browser runs in the background; wait for the line it writes.
	for i := 0; i < 1000; i++ {
		if got, _ := os.ReadFile(log); len(got) > 0 {
			if string(got) != "https://news.example/story\n" {
				t.Fatalf("browser got %q", got)
			}
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("the browser never ran")
}
