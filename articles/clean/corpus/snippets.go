package corpus

// Line labels from snippets: what SnippetLabels gives each line.
const (
	Unlabelled = -1 // no snippet lies within the line, or snippets of both kinds do
	Furniture  = 0  // the line holds a `without` snippet
	Story      = 1  // the line holds a `with` snippet
)

// SnippetLabels labels the lines of a page whose truth is snippets only
// (the trafilatura pages): Story when a line contains a `with` snippet,
// Furniture when it contains a `without` one, and Unlabelled when it
// contains neither, or both. A line contains a snippet by the test Kept
// and Leaks use (the snippet's tokens contiguous among the line's, the
// last one a prefix when the snippet was cut inside a word); a snippet
// spread over several lines labels none of them.
func SnippetLabels(lines []string, with, without []string) []int {
	type needle struct {
		tokens []string
		cut    bool
	}
	needles := func(snippets []string) []needle {
		var out []needle
		for _, s := range snippets {
			if t := Tokens(s); len(t) > 0 {
				out = append(out, needle{t, cutInWord(s)})
			}
		}
		return out
	}
	keep, drop := needles(with), needles(without)
	holds := func(hay []string, ns []needle) bool {
		for _, n := range ns {
			if containsSeq(hay, n.tokens, n.cut) {
				return true
			}
		}
		return false
	}
	out := make([]int, len(lines))
	for i, l := range lines {
		hay := Tokens(l)
		k, d := holds(hay, keep), holds(hay, drop)
		switch {
		case k && !d:
			out[i] = Story
		case d && !k:
			out[i] = Furniture
		default:
			out[i] = Unlabelled
		}
	}
	return out
}
