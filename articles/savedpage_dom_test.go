package articles

import (
	"strings"
	"testing"

	"reader/articles/htmltext"
)

// domPage is a saved page whose menu and related stories the page marks
// only by their classes and their links, not as nav, aside or footer.
const domPage = `<!DOCTYPE html><html><head><title>Harbour cranes return to service | Coast Daily</title></head><body>
<div class="site-menu"><ul>
<li><a href="/">Home</a></li><li><a href="/local">Local news</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li>
</ul></div>
<article>
<h1>Harbour cranes return to service after a winter of repairs</h1>
<div class="article-body">
<p>The four container cranes at the north quay were back at work on Tuesday after five months of repairs to their rails and motors, the port authority said.</p>
<p>Dock workers had moved cargo with two mobile cranes since November, and ships waited up to three days for a berth during the busiest weeks of the winter.</p>
<p>The repairs cost about 12 million euros, shared between the port and the city, and were finished two weeks earlier than planned despite the storms in February.</p>
<p>Shipping lines said they expected waiting times to fall back to a few hours by the end of the month, once the backlog of delayed vessels has been cleared.</p>
</div>
</article>
<div class="related-stories"><h2>More from Coast Daily</h2><ul>
<li class="teaser"><a href="/a">Ferry operator adds a second evening crossing to the islands this summer</a></li>
<li class="teaser"><a href="/b">City council approves the new cycle bridge over the canal after a long debate</a></li>
<li class="teaser"><a href="/c">Fishing fleet reports its best herring season in a decade as prices hold steady</a></li>
<li class="teaser"><a href="/d">Lighthouse museum reopens with a new exhibition on the great storm of 1953</a></li>
</ul></div>
</body></html>`

// The menu and the related stories read like a list and like headlines;
// before the line model weighed the markup, the cleaner kept all of them.
func TestSavedPageMarkupTellsFurniture(t *testing.T) {
	a, err := Parse(RawFile{Name: "cranes.html", Data: []byte(domPage)})
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Join(a.Paragraphs(), "\n")
	for _, want := range []string{"The four container cranes", "Dock workers had moved cargo", "The repairs cost", "Shipping lines said"} {
		if !strings.Contains(body, want) {
			t.Errorf("story line %q lost; body:\n%s", want, body)
		}
	}
	for _, furniture := range []string{"Local news", "Business", "Ferry operator adds", "City council approves", "Fishing fleet reports", "Lighthouse museum"} {
		if strings.Contains(body, furniture) {
			t.Errorf("furniture %q kept; body:\n%s", furniture, body)
		}
	}
}

func TestSavedPageEvidenceMatchesItsText(t *testing.T) {
	text, ev := SavedPageText([]byte(domPage))
	lines := strings.Split(text, "\n")
	if len(ev) != len(lines) {
		t.Fatalf("%d evidence for %d lines", len(ev), len(lines))
	}
	var want htmltext.Evidence
	for i, l := range lines {
		if strings.HasPrefix(l, "• Ferry operator") {
			want = ev[i]
		}
	}
	if want.LinkShare != 1 || want.FurnitureUp == 0 || want.Alike != 4 {
		t.Errorf("teaser's evidence: %+v", want)
	}
}
