package articles

import "strings"

// SourceName names an article's source one way everywhere (the reader's
// list, article and comparison, the Markdown and JSON of the commands):
// its outlet, else the short name of its file, made safe for a terminal.
func SourceName(outlet, file string) string {
	if outlet != "" {
		return Sanitize(outlet, false)
	}
	file = strings.TrimRight(file, `/\`)
	if j := strings.LastIndexAny(file, `/\`); j >= 0 {
		file = file[j+1:]
	}
	if file == "" {
		return "unknown source"
	}
	return Sanitize(file, false)
}
