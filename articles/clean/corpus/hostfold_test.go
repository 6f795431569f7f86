package corpus

import (
	"fmt"
	"testing"
)

func TestHost(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"https://www.Example.com/a/b?c=1", "example.com"},
		{"http://news.example.co.uk/x", "news.example.co.uk"},
		{"https://web.archive.org/web/20200101000000/https://www.example.de/seite", "example.de"},
		{"http://web.archive.org/web/20200101000000/example.de/seite", "example.de"},
		{"https://web.archive.org/web/2020/https:/www.example.fr/p", "example.fr"},
		{"https://web.archive.org/about", "web.archive.org"},
		{"", ""},
		{"not a url", ""},
	} {
		if got := Host(c.in); got != c.want {
			t.Errorf("Host(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The folds by host part the pages, and keep every site whole in one.
func TestHostFoldKeepsSitesWhole(t *testing.T) {
	var pages []Page
	for i := range 60 {
		pages = append(pages, Page{ID: fmt.Sprint(i), URL: fmt.Sprintf("https://site%d.example/%d", i%17, i)})
	}
	pages = append(pages, Page{ID: "nourl"})
	seen := map[string]int{}
	foldOfHost := map[string]int{}
	nonEmpty := 0
	for f := range Folds {
		held := HeldOut(pages, f, true)
		if len(held) > 0 {
			nonEmpty++
		}
		for _, p := range held {
			seen[p.ID]++
			h := Host(p.URL)
			if prev, ok := foldOfHost[h]; ok && prev != f && h != "" {
				t.Errorf("site %s in folds %d and %d", h, prev, f)
			}
			foldOfHost[h] = f
		}
	}
	for _, p := range pages {
		if seen[p.ID] != 1 {
			t.Errorf("page %s in %d folds, want 1", p.ID, seen[p.ID])
		}
	}
	if nonEmpty < 3 {
		t.Errorf("only %d of %d folds hold pages", nonEmpty, Folds)
	}
	if got, want := HeldOut(pages, 1, false), HoldoutFold(pages, 1); len(got) != len(want) || got[0].ID != want[0].ID {
		t.Errorf("HeldOut without byHost = %v, want HoldoutFold's %v", got, want)
	}
}
