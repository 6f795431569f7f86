package textutil

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSanitizeRemovesTerminalControls(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"csi colour", "red \x1b[31mtext\x1b[0m", "red text"},
		{"csi cursor", "a\x1b[2J\x1b[Hb", "ab"},
		{"osc 52 clipboard bel", "x\x1b]52;c;ZWNobyBoaQ==\x07y", "xy"},
		{"osc 8 link st", "\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\", "click"},
		{"dcs", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"bare esc", "a\x1bcb", "ab"},
		{"esc at end", "abc\x1b", "abc"},
		{"c1 csi", "a\u009b31mb", "ab"},
		{"c1 osc", "a\u009d0;title\u009cb", "ab"},
		{"bel and backspace", "ding\x07 over\x08\x08\x08", "ding over"},
		{"carriage return overwrite", "safe\rEVIL", "safeEVIL"},
		{"bidi override", "abc\u202edcba\u202c", "abcdcba"},
		{"isolates", "\u2067x\u2069", "x"},
		{"tab", "a\tb", "a b"},
		{"del", "a\x7fb", "ab"},
		{"plain unicode kept", "café 東京 👍🏽 é", "café 東京 👍🏽 é"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Sanitize(c.in, false); got != c.want {
				t.Fatalf("Sanitize(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestSanitizeNewlines(t *testing.T) {
	if got := Sanitize("a\nb", true); got != "a\nb" {
		t.Fatalf("kept = %q", got)
	}
	if got := Sanitize("a\nb", false); got != "a b" {
		t.Fatalf("folded = %q", got)
	}
}

func TestSanitizeInvalidUTF8(t *testing.T) {
	got := Sanitize("a\xffb", false)
	if !utf8.ValidString(got) || got != "a\uFFFDb" {
		t.Fatalf("got %q", got)
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"plain", "\x1b[31mred", "\x1b]52;c;AAAA\x07", "\u009b1m", "\u202e", "\x1bP\x1b\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Sanitize(s, true)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q", s)
		}
		for _, r := range out {
			if (r < 0x20 && r != '\n') || (r >= 0x7f && r < 0xa0) || (r != '\n' && IsBidiControl(r)) {
				t.Fatalf("control %U survived in %q (from %q)", r, out, s)
			}
		}
		if strings.Contains(out, "\x1b") {
			t.Fatalf("ESC survived")
		}
	})
}
