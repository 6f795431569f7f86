package clean

import "strings"

// The byline, bio and author-box expressions are anchored at a line's
// start, and the word they turn on ("By", "is", "war", "About") stands
// among its first few words. These tests of those words, cheap beside the expressions, turn
// away the lines that cannot match (nearly every line of a story) before
// an expression runs. Each is true of every line its expression matches.

// isRESpace is \s of regular expressions: [\t\n\f\r ].
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// leadingFields splits the start of text at runs of \s into at most
// len(f) fields, and says how many it found.
func leadingFields(text string) (f [5]string, n int) {
	i := 0
	for n < len(f) {
		for i < len(text) && isRESpace(text[i]) {
			i++
		}
		if i == len(text) {
			break
		}
		j := i
		for j < len(text) && !isRESpace(text[j]) {
			j++
		}
		f[n] = text[i:j]
		n++
		i = j
	}
	return f, n
}

// fieldIn reports whether one of fields[from:to] is in words.
func fieldIn(fields []string, from, to int, words map[string]bool) bool {
	for i := from; i < to && i < len(fields); i++ {
		if words[fields[i]] {
			return true
		}
	}
	return false
}

// mayBeByline: the line opens on bylineRe's word ("By", "par", "von"),
// whole and in any case, as the expression needs.
func mayBeByline(text string) bool {
	f, n := leadingFields(text)
	if n == 0 {
		return false
	}
	for _, w := range []string{"by", "par", "von", "por", "di", "da", "door", "av", "przez", "de"} {
		if strings.EqualFold(f[0], w) {
			return true
		}
	}
	return false
}

// mayBeAuthorBio: bioRe's verb is the third, fourth or fifth word (after
// a name of two to four).
func mayBeAuthorBio(text string) bool {
	f, n := leadingFields(text)
	return fieldIn(f[:n], 2, 5, authorBioVerbs())
}

var authorBioVerbs = lazyWordSet("is was est était ist war es era è é foi jest")

// mayOpenBio: the line greets ("Hi", "Hello", "Hey"), or bioOpenRe's verb
// is the second, third or fourth word (after a name of one to three).
func mayOpenBio(text string) bool {
	if strings.HasPrefix(text, "Hi") || strings.HasPrefix(text, "He") {
		return true
	}
	f, n := leadingFields(text)
	return fieldIn(f[:n], 1, 4, bioOpenVerbs())
}

var bioOpenVerbs = lazyWordSet("is was has ist war est était es era è é foi")

// mayOpenAuthorBox: the line's first word, less a colon, is one
// authorBoxRe's phrases open with, in any case.
func mayOpenAuthorBox(text string) bool {
	f, n := leadingFields(text)
	if n == 0 {
		return false
	}
	first := strings.TrimSuffix(f[0], ":")
	for _, w := range []string{"view", "see", "read", "browse", "all", "more", "articles", "posts", "stories", "news", "content",
		"about", "über", "à", "sobre", "sull'autore", "over", "meer", "mehr", "plus"} {
		if strings.EqualFold(first, w) {
			return true
		}
	}
	return false
}
