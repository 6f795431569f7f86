package articles

import (
	"os"
	"strings"
	"testing"
)

func TestSavedWebPageImports(t *testing.T) {
	data, err := os.ReadFile("testdata/html/page.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(RawFile{Name: "saved/page.html", Data: data})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Port strike ends after three weeks" || a.Source != "The Harbour Herald" || a.Author != "Lena Fischer" {
		t.Fatalf("metadata: title %q source %q author %q", a.Title, a.Source, a.Author)
	}
	if a.Published.Format("2006-01-02") != "2024-06-03" || a.Lang != "en" {
		t.Fatalf("published %v lang %q", a.Published, a.Lang)
	}
	body := strings.Join(a.Paragraphs(), "\n")
	for _, want := range []string{"Dock workers at the city's container port", "• A 6 percent pay rise", "said union leader Marco Bianchi", "backlog of ships cleared"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	for _, junk := range []string{"Home", "We use cookies", "Ferry fares", "Post comment", "Privacy policy", "All rights reserved"} {
		if strings.Contains(body, junk) {
			t.Errorf("body keeps page furniture %q", junk)
		}
	}
	if !bodyHas(a, Heading, "What the deal includes") {
		t.Errorf("subhead lost: %q", a.Paragraphs())
	}
}

func TestHTMLWithoutArticleIsAnError(t *testing.T) {
	_, err := Parse(RawFile{Name: "empty.html", Data: []byte("<html><body><nav>Home</nav></body></html>")})
	if err == nil || !strings.Contains(err.Error(), "empty.html") {
		t.Fatalf("err = %v", err)
	}
}

// An aside left unclosed swallows the rest of the page (the parser nests
// the story inside it); the page is then read whole rather than found
// empty.
func TestSavedPageWithAnUnclosedAsideKeepsItsStory(t *testing.T) {
	story := "The harbour authority approved plans for a new ferry terminal on Monday, ending a two-year dispute over the site. " +
		"The terminal will handle up to 40 sailings a day and is due to open in 2028, the authority said in a statement. " +
		"Opponents had argued that the terminal would bring heavy traffic through the old town and its narrow streets."
	page := `<html><head><title>Harbour approves ferry terminal</title></head><body>
<aside class="announcement-banner"><div>Our new app is out</div>
<main><article><h1>Harbour approves ferry terminal</h1><p>` + story + `</p>
<p>Work is due to begin in the spring, once the final contracts are signed, and to finish before the end of next year.</p>
</article></main></body></html>`
	a, err := Parse(RawFile{Name: "unclosed.html", Data: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if body := strings.Join(a.Paragraphs(), "\n"); !strings.Contains(body, "ferry terminal on Monday") {
		t.Fatalf("story lost:\n%s", body)
	}
}
