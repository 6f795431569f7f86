package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Key names and colours in the configuration are checked: one that no key
// or colour has is an error naming the file and the key, so nothing from
// the file reaches the screen raw.
func TestConfigKeysAndColoursAreChecked(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	os.MkdirAll(filepath.Join(dir, "reader"), 0o755)
	cfgFile := filepath.Join(dir, "reader", "config.toml")
	good := "[keys]\nstar = [\"*\", \"ctrl+s\", \"alt+x\", \"f5\", \"é\"]\nquit = [\"q\", \"ctrl+q\", \"f10\"]\n" +
		"[colors]\naccent = \"#d75f00\"\nmark = \"205\"\nborder = { light = \"#ccc\", dark = \"#333333\" }\n"
	os.WriteFile(cfgFile, []byte(good), 0o644)
	if _, err := loadConfig(); err != nil {
		t.Fatalf("a good configuration: %v", err)
	}
	bad := map[string]string{
		"[keys]\nhelp = [\"\\u001b]0;pwned\\u0007\"]":                              "help",
		"[keys]\nstar = [\"ctrl+banana\"]":                                         "star",
		"[keys]\nstar = [\"\"]":                                                    "star",
		"[keys]\nstar = [\"ab\"]":                                                  "star",
		"[colors]\naccent = \"red\\u001b[5m\"":                                     "accent",
		"[colors]\naccent = \"#12345\"":                                            "accent",
		"[colors]\naccent = \"256\"":                                               "accent",
		"[colors]\nborder = { light = \"x\", dark = \"#333\" }":                    "border",
		"[colors]\nborder = { light = \"#fff\", dark = \"#333\", dim = \"#000\" }": "border",
		"feeds = [\"gopher://example.com/feed\"]":                                  "feeds",
	}
	for text, key := range bad {
		os.WriteFile(cfgFile, []byte(text), 0o644)
		_, err := loadConfig()
		if err == nil || !strings.Contains(err.Error(), cfgFile) || !strings.Contains(err.Error(), key) {
			t.Errorf("%q: err %v, want one naming the file and %q", text, err, key)
			continue
		}
		if strings.ContainsAny(err.Error(), "\x1b\x07") {
			t.Errorf("%q: the error carries a control character: %q", text, err)
		}
	}
}
