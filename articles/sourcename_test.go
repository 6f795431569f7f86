package articles

import "testing"

func TestSourceName(t *testing.T) {
	for _, c := range []struct{ outlet, file, want string }{
		{"Harbour Times", "/home/u/clips/a.md", "Harbour Times"},
		{"", "/home/u/clips/a.md", "a.md"},
		{"", `C:\clips\b.txt`, "b.txt"},
		{"", "clips/", "clips"},
		{"", "", "unknown source"},
		{"Bad\x1b[2JOutlet", "x.txt", "BadOutlet"},
		{"", "evil\x1b]52;c;eA==\x07.txt", "evil.txt"},
	} {
		if got := SourceName(c.outlet, c.file); got != c.want {
			t.Errorf("SourceName(%q, %q) = %q, want %q", c.outlet, c.file, got, c.want)
		}
	}
}
