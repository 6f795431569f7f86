package articles

import (
	"reader/articles/internal/textutil"
	"testing"
	"unicode/utf8"
)

// requireClean fails when s is not what the sanitizer would let through:
// valid UTF-8 with no escape sequence, C0 or C1 control, DEL or bidi
// control (tabs are spaces; newlines only where keepNewlines says so). A
// clean string is a fixed point of Sanitize.
func requireClean(t *testing.T, field, s string, keepNewlines bool) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%s is not valid UTF-8: %q", field, s)
	}
	for _, r := range s {
		if r == '\n' && keepNewlines {
			continue
		}
		if r < 0x20 || (r >= 0x7f && r < 0xa0) || textutil.IsBidiControl(r) {
			t.Fatalf("%s holds control %U: %q", field, r, s)
		}
	}
	if Sanitize(s, keepNewlines) != s {
		t.Fatalf("%s is changed by Sanitize: %q", field, s)
	}
}

// requireCleanArticle checks every text field of a parsed article that a
// terminal shows (Raw is the undisplayed original, kept for re-cleaning).
func requireCleanArticle(t *testing.T, a Article) {
	t.Helper()
	for name, v := range map[string]string{"Title": a.Title, "Source": a.Source, "Author": a.Author, "URL": a.URL, "Lang": a.Lang} {
		requireClean(t, name, v, false)
	}
	for i, b := range a.Body {
		requireClean(t, "Body["+itoa(i)+"]", b.Text, false)
		if b.Text == "" {
			t.Fatalf("Body[%d] is empty", i)
		}
	}
	for i, r := range a.Removed {
		requireClean(t, "Removed["+itoa(i)+"]", r.Text, false)
		if r.At < 0 || r.At > len(a.Body) {
			t.Fatalf("Removed[%d].At = %d, body has %d blocks", i, r.At, len(a.Body))
		}
	}
}
