package corpus

import (
	"os"
	"strings"
	"testing"
)

// print truth paragraphs not found in page text
func TestZZMiss(t *testing.T) {
	id := os.Getenv("ID")
	if id == "" {
		t.Skip()
	}
	root, _ := Root()
	pages, _ := LoadWCXB(root, "dev")
	for _, p := range pages {
		if p.ID != id {
			continue
		}
		lines := PageLines(p.HTML, Variant{BRBreaks: true})
		lab := Label(lines, p.Truth.Main)
		var body []string
		for i, b := range lab {
			if b {
				body = append(body, lines[i])
			}
		}
		page := strings.Join(Tokens(strings.Join(body, "\n")), " ")
		for _, para := range strings.Split(p.Truth.Main, "\n") {
			tk := Tokens(para)
			if len(tk) < 4 {
				continue
			}
			if !strings.Contains(page, strings.Join(tk[:4], " ")) {
				t.Logf("MISSING: %.150s", para)
			}
		}
	}
}
