package textutil

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// IsTitleCase spots Headline Case, where capitals say nothing of names.
func IsTitleCase(toks []string) bool {
	caps, n := 0, 0
	for _, w := range toks {
		if Stopwords()[strings.ToLower(w)] || IsNumeric(w) {
			continue
		}
		n++
		if IsCapitalised(w) {
			caps++
		}
	}
	return n >= 4 && caps*10 >= n*8
}

func IsCapitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

func IsAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func IsNumeric(w string) bool {
	for _, r := range w {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// accentFolders hold accent-stripping transformers: one keeps state while
// it runs, so each goroutine takes its own.
var accentFolders = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

var noApostrophes = strings.NewReplacer("’", "", "'", "")

// Fold lower-cases and strips accents, so "Zürich" and "Zurich" meet.
func Fold(s string) string { return FoldLower(strings.ToLower(s)) }

// FoldLower is fold of a string already lower-cased.
func FoldLower(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	if IsPlain(s) {
		return strings.Trim(s, "'-")
	}
	if out, ok := foldLatin(s); ok {
		return strings.Trim(noApostrophes.Replace(out), "-")
	}
	t := accentFolders.Get().(transform.Transformer)
	out, _, err := transform.String(t, s)
	accentFolders.Put(t)
	if err != nil {
		return s
	}
	return strings.Trim(noApostrophes.Replace(out), "-")
}

// Stem is a crude suffix stripper: enough to meet "allegations" and
// "allegation", "concerns" and "concern".
func Stem(w string) string {
	for _, suf := range []string{"'s", "ies", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			if suf == "ies" {
				return w[:len(w)-3] + "y"
			}
			if suf == "es" && !strings.HasSuffix(w, "sses") && !strings.HasSuffix(w, "shes") && !strings.HasSuffix(w, "ches") {
				return w[:len(w)-1]
			}
			return w[:len(w)-len(suf)]
		}
	}
	return w
}
