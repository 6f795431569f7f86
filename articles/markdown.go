package articles

import (
	"path/filepath"
	"regexp"
	"strings"
	"sync"
)

// isMarkdown says whether a file is Markdown by its name.
func isMarkdown(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		return true
	}
	return false
}

// markdownExprs are the expressions Markdown is read with, compiled the
// first time a Markdown file is read, not at every start.
var markdownExprs = sync.OnceValue(func() *mdExprs {
	return &mdExprs{
		image:    regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`),
		link:     regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`),
		refLink:  regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`),
		refDef:   regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s*\S+`),
		strong:   regexp.MustCompile(`(\*\*|__)([^*_\n]+?)(\*\*|__)`),
		emphasis: regexp.MustCompile(`(^|[\s(\["'“])[*_]([^*_\s][^*_\n]*?)[*_]([\s.,;:!?)\]"'”]|$)`),
		code:     regexp.MustCompile("`([^`\n]+)`"),
		heading:  regexp.MustCompile(`^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$`),
		bullet:   regexp.MustCompile(`^\s{0,3}[-*+]\s+`),
		quote:    regexp.MustCompile(`^\s{0,3}(>\s?)+`),
		rule:     regexp.MustCompile(`^\s{0,3}([-*_])(\s*[-*_]){2,}\s*$`),
		setext:   regexp.MustCompile(`^\s{0,3}(=+|-+)\s*$`),
		comment:  regexp.MustCompile(`<!--.*?-->`),
	}
})

type mdExprs struct {
	image, link, refLink, refDef, strong, emphasis, code *regexp.Regexp
	heading, bullet, quote, rule, setext, comment        *regexp.Regexp
}

// markdownText is the text a reader sees of a Markdown body: headings,
// list items and quotes as lines of their own, emphasis, code and link
// marks dropped (a link keeps its words), images and link definitions
// left out. The cleaner then reads it as it reads any text.
func markdownText(body string) string {
	md := markdownExprs()
	lines := strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n")
	out := make([]string, 0, len(lines))
	fence := false
	for i, l := range lines {
		trimmed := strings.TrimSpace(l)
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			fence = !fence
			out = append(out, "")
			continue
		}
		if fence {
			out = append(out, l)
			continue
		}
		switch {
		case md.refDef.MatchString(l):
			continue
		case md.setext.MatchString(l) && i > 0 && strings.TrimSpace(lines[i-1]) != "":
			out = append(out, "") // the underline of a heading above
			continue
		case md.rule.MatchString(l):
			out = append(out, "")
			continue
		}
		if m := md.heading.FindStringSubmatch(l); m != nil {
			out = append(out, "", inlineMarkdown(md, m[1]), "")
			continue
		}
		if md.bullet.MatchString(l) {
			l = "• " + md.bullet.ReplaceAllString(l, "")
		}
		l = md.quote.ReplaceAllString(l, "")
		l = inlineMarkdown(md, l)
		if strings.TrimSpace(l) == "" && trimmed != "" {
			continue // a line that was only an image
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// inlineMarkdown drops the marks inside a line of Markdown.
func inlineMarkdown(md *mdExprs, s string) string {
	if !strings.ContainsAny(s, "[*_`!<") {
		return s
	}
	s = md.comment.ReplaceAllString(s, "")
	s = md.image.ReplaceAllString(s, "")
	s = md.link.ReplaceAllString(s, "$1")
	s = md.refLink.ReplaceAllString(s, "$1")
	s = md.code.ReplaceAllString(s, "$1")
	s = md.strong.ReplaceAllString(s, "$2")
	s = md.emphasis.ReplaceAllString(s, "$1$2$3")
	return s
}
