package articles

import (
	"strings"
)

// frontMatterKeys are the keys a user may set at the top of a file to
// override what the cleaner derives.
var frontMatterKeys = map[string]bool{"title": true, "source": true, "url": true, "author": true, "published": true, "lang": true}

// splitFrontMatter separates an optional `---` / `key: value` / `---` block at
// the very top of text from the article. Without a well-formed block (no
// closing line, or lines that are not key: value) the text is returned whole.
func splitFrontMatter(text string) (map[string]string, string) {
	rest := strings.TrimLeft(text, "\ufeff")
	if !strings.HasPrefix(rest, "---") {
		return nil, text
	}
	lines := strings.Split(rest, "\n")
	if strings.TrimSpace(lines[0]) != "---" {
		return nil, text
	}
	meta := map[string]string{}
	for i := 1; i < len(lines) && i < 60; i++ {
		line := strings.TrimSpace(strings.TrimRight(lines[i], "\r"))
		if line == "---" || line == "..." {
			return meta, strings.Join(lines[i+1:], "\n")
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			return nil, text
		}
		key = strings.ToLower(strings.TrimSpace(key))
		if !frontMatterKeys[key] {
			continue
		}
		meta[key] = unquote(strings.TrimSpace(value))
	}
	return nil, text
}

func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		return v[1 : len(v)-1]
	}
	return v
}

// FrontMatterValue is v as written after "key: " so that it reads back as
// v: a value that opens and closes with the same quote mark gets one more
// pair, which the reader strips, so a quoted headline keeps its quotes.
func FrontMatterValue(v string) string {
	if unquote(v) != v {
		return `"` + v + `"`
	}
	return v
}
