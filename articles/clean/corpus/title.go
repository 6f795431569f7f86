package corpus

// LabelPage converts page p with variant v and labels its lines against
// the page's true text.
func LabelPage(p Page, v Variant) (lines []string, body []bool) {
	lines = PageLines(p.HTML, v)
	return lines, Label(lines, p.Truth.Main)
}

// TitleLines returns the indices of the lines whose tokens equal the
// tokens of title (the headline as the page shows it), in page order; nil
// when title has no tokens or no line matches. Several lines can match
// (a breadcrumb, the headline, a share box).
func TitleLines(lines []string, title string) []int {
	want := Tokens(title)
	if len(want) == 0 {
		return nil
	}
	var out []int
	for i, l := range lines {
		got := Tokens(l)
		if len(got) == len(want) && containsSeq(got, want, false) {
			out = append(out, i)
		}
	}
	return out
}
