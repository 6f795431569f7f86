package ui

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"reader/articles"
)

// renderBody lays out an article's blocks at width w: paragraphs wrapped,
// subheads styled, list items with hanging indents, and, when showRemoved,
// the lines the cleaner dropped, dimmed, where they stood.
func renderBody(a articles.Article, w int, showRemoved bool, highlight []string, st *styles) string {
	var out []string
	removedAt := map[int][]articles.Removed{}
	if showRemoved {
		for _, r := range a.Removed {
			removedAt[r.At] = append(removedAt[r.At], r)
		}
	}
	emitRemoved := func(at int) {
		for _, r := range removedAt[at] {
			label := st.removedReason.Render("⌫ removed (" + r.Reason + ")")
			out = append(out, label)
			for _, l := range strings.Split(ansi.Wrap(articles.Sanitize(r.Text, false), max(1, w-2), ""), "\n") {
				out = append(out, "  "+st.removed.Render(l))
			}
			out = append(out, "")
		}
	}
	num := 0
	for i, b := range a.Body {
		emitRemoved(i)
		text := articles.Sanitize(b.Text, false)
		switch b.Kind {
		case articles.Heading:
			num = 0
			for _, l := range strings.Split(ansi.Wrap(text, w, ""), "\n") {
				out = append(out, st.heading.Render(l))
			}
		case articles.Bullet, articles.Numbered:
			marker := "• "
			if b.Kind == articles.Numbered {
				num++
				marker = strconv.Itoa(num) + ". "
			}
			out = append(out, hanging(marker, markWords(text, highlight, st), w, st)...)
			if i+1 < len(a.Body) && a.Body[i+1].Kind == b.Kind {
				continue // items of one list stay together
			}
		default:
			num = 0
			for _, l := range strings.Split(ansi.Wrap(markWords(text, highlight, st), w, ""), "\n") {
				out = append(out, l)
			}
		}
		out = append(out, "")
	}
	emitRemoved(len(a.Body))
	if len(a.Body) == 0 {
		out = append(out, st.hint.Render("The cleaner kept no text of this article; press r to see what it removed."))
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n")
}

// hanging wraps a list item so continuation lines align after the marker.
func hanging(marker, text string, w int, st *styles) []string {
	pad := strings.Repeat(" ", ansi.StringWidth(marker))
	lines := strings.Split(ansi.Wrap(text, max(1, w-len(pad)), ""), "\n")
	for i, l := range lines {
		prefix := pad
		if i == 0 {
			prefix = marker
		}
		lines[i] = st.body.Render(prefix + l)
	}
	return lines
}

// markWords styles the words of text that are one of the search words
// (case aside), whole words only: "art" marks "art", not "article".
func markWords(text string, search []string, st *styles) string {
	if len(search) == 0 {
		return st.body.Render(text)
	}
	var b strings.Builder
	last := 0
	eachWord(text, func(start, end int) {
		if isSearchWord(text[start:end], search) {
			b.WriteString(st.body.Render(text[last:start]))
			b.WriteString(st.match.Render(text[start:end]))
			last = end
		}
	})
	b.WriteString(st.body.Render(text[last:]))
	return b.String()
}

func isSearchWord(word string, search []string) bool {
	for _, s := range search {
		if s != "" && strings.EqualFold(word, s) {
			return true
		}
	}
	return false
}

// eachWord calls f with the byte range of every run of letters and digits.
func eachWord(text string, f func(start, end int)) {
	start := -1
	for i, r := range text {
		letter := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			f(start, i)
			start = -1
		}
	}
	if start >= 0 {
		f(start, len(text))
	}
}

// matchLines lists the lines of a rendered body that hold a search word.
func matchLines(body string, search []string) []int {
	if len(search) == 0 {
		return nil
	}
	var out []int
	for i, line := range strings.Split(body, "\n") {
		plain, found := ansi.Strip(line), false
		eachWord(plain, func(start, end int) { found = found || isSearchWord(plain[start:end], search) })
		if found {
			out = append(out, i)
		}
	}
	return out
}
