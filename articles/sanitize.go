package articles

import "reader/articles/internal/textutil"

// Sanitize removes everything from untrusted text that a terminal could act
// on: escape sequences, C0 and C1 controls, DEL and bidi overrides. Newlines
// are kept only when keepNewlines is true. It is the one gate between article
// text and any output; the store, the commands and the UI call it here.
func Sanitize(s string, keepNewlines bool) string { return textutil.Sanitize(s, keepNewlines) }
