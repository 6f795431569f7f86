package events

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"reader/articles"
)

// FuzzFingerprint: whatever the text, a fingerprint carries the article's
// identity, keeps within its caps, lists each key once, types every figure,
// and takes its lead from the article's own names and numbers; it is made
// well within a second.
func FuzzFingerprint(f *testing.F) {
	f.Add([]byte("Huge Corp to spend $2 billion on security\n\nHuge Corp will spend $2 billion (about 1.76 million euros) over five years, chairman Jane Roe said on Monday."))
	f.Add([]byte("---\ntitle: Same\nsource: Same\n---\nA sentence that says the same thing in both places."))
	f.Add([]byte("It cost €5 (about $0) in the end, the agency said on 3 March."))
	f.Add([]byte("• France\n• Germany\n1. Japan\n2. Italy"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := articles.Parse(articles.RawFile{Name: "one/a.txt", Data: data})
		if err != nil {
			return
		}
		var fp Fingerprint
		done := make(chan struct{})
		go func() { fp = NewFingerprint(a); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("NewFingerprint took over 5s on %q", data)
		}
		checkFingerprint(t, a, fp)
	})
}

func checkFingerprint(t *testing.T, a articles.Article, fp Fingerprint) {
	t.Helper()
	if fp.Hash != a.Hash || fp.Title != a.Title || fp.Source != a.Source || !a.Published.IsZero() && !fp.Published.Equal(a.Published) {
		t.Fatalf("fingerprint does not carry the article's identity: %+v", fp)
	}
	caps := map[string]int{"Names": maxNames, "Numbers": maxNumbers, "Terms": maxTerms, "Lead": maxLead}
	for name, list := range map[string][]string{"Names": fp.Names, "Numbers": fp.Numbers, "Terms": fp.Terms, "Lead": fp.Lead} {
		if len(list) > caps[name] {
			t.Fatalf("%s has %d entries, cap %d", name, len(list), caps[name])
		}
		seen := map[string]bool{}
		for _, k := range list {
			if k == "" || seen[k] || !utf8.ValidString(k) {
				t.Fatalf("%s has an empty, repeated or invalid entry %q: %q", name, k, list)
			}
			seen[k] = true
		}
	}
	for _, n := range fp.Numbers {
		if !strings.HasPrefix(n, "n:") && !strings.HasPrefix(n, "pct:") && !strings.HasPrefix(n, "q:") && !strings.HasPrefix(n, "c:") && !strings.HasPrefix(n, "d:") {
			t.Fatalf("number key %q has no kind", n)
		}
	}
	// The lead is the start of the text, so when nothing was cut by a
	// cap, what it names and counts the whole article does too.
	if len(fp.Names) < maxNames && len(fp.Numbers) < maxNumbers {
		all := map[string]bool{}
		for _, k := range append(append([]string{}, fp.Names...), fp.Numbers...) {
			all[k] = true
		}
		for _, k := range fp.Lead {
			if !all[k] {
				t.Fatalf("lead key %q is not among the names %q or numbers %q of the article", k, fp.Names, fp.Numbers)
			}
		}
	}
}
