package articles

import (
	"strings"
	"testing"
)

func TestHeadlineFromDeclaredTitle(t *testing.T) {
	lines := []string{"Menu", "Storm closes the harbour", "By A. Writer", "The harbour closed on Monday as the storm arrived."}
	cases := []struct {
		name, hint, picked string
		derived            bool
		want               string
		inText             bool
	}{
		{"site name after the headline line", "Storm closes the harbour | Coast Daily", "Menu", false, "Storm closes the harbour", true},
		{"section and site", "Storm closes the harbour - Weather - Coast Daily", "", true, "Storm closes the harbour", true},
		{"picked line agrees", "Storm closes the harbour – Coast Daily", "Storm closes the harbour", false, "Storm closes the harbour", true},
		{"no line is the title", "Harbour shut as storm hits | Coast Daily", "Menu", false, "Harbour shut as storm hits", false},
		{"the picked line and the title say the same in other words", "Harbour shut as storm hits | Coast Daily", "Storm closes the harbour", false,
			"Storm closes the harbour", true},
		{"a long tail is part of the headline", "Rates: what the rise means for savers, borrowers and the housing market this year", "", true,
			"Rates: what the rise means for savers, borrowers and the housing market this year", false},
		{"a Chinese title's channel and site after underscores", "宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网", "", true,
			"宇航员在太空中喝酒会怎么样？后果很严重", false},
		{"a site after a full-width bar", "新桥周一通车，市政府说建设历时三年｜城市日报", "", true, "新桥周一通车，市政府说建设历时三年", false},
		{"a Japanese headline longer than its site's name", "新しい橋が月曜日に開通、建設は三年 - 市民新聞", "", true, "新しい橋が月曜日に開通、建設は三年", false},
		{"a short Chinese headline keeps a part as long as itself", "天气_新闻中心", "", true, "天气_新闻中心", false},
	}
	for _, c := range cases {
		got, inText := headlineFromHint(c.hint, c.picked, c.derived, lines)
		if got != c.want || inText != c.inText {
			t.Errorf("%s: got %q (in text %v), want %q (%v)", c.name, got, inText, c.want, c.inText)
		}
	}
}

func TestSavedPageTitleHasNoSiteNameAndKeepsThePagesDay(t *testing.T) {
	page := stormPage(`<title>Storm closes the harbour | Coast Daily</title>
<meta property="article:published_time" content="2024-03-01T22:30:00-08:00">`, `<nav><a href="/">Home</a></nav>`, "")
	a, err := Parse(RawFile{Name: "storm.html", Data: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Storm closes the harbour" || a.TitleDerived {
		t.Errorf("title %q (derived %v)", a.Title, a.TitleDerived)
	}
	if got := a.Published.Format("2006-01-02"); got != "2024-03-01" {
		t.Errorf("published %s, want the page's own day 2024-03-01", got)
	}
	for _, b := range a.Body {
		if b.Text == "Storm closes the harbour" || b.Text == "Home" {
			t.Errorf("body keeps %q", b.Text)
		}
	}
}

func TestSavedPageBylineTheTextShowsWins(t *testing.T) {
	page := stormPage(`<title>Storm closes the harbour</title><meta name="author" content="Coast Daily Staff">`, "", "<p>By Jane Roe</p>")
	a, err := Parse(RawFile{Name: "storm.html", Data: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Author != "Jane Roe" {
		t.Errorf("author %q, want the byline the text shows", a.Author)
	}
	noByline := strings.Replace(page, "<p>By Jane Roe</p>", "", 1)
	if a, _ := Parse(RawFile{Name: "storm2.html", Data: []byte(noByline)}); a.Author != "Coast Daily Staff" {
		t.Errorf("author %q, want the declared one when the text has none", a.Author)
	}
}

// stormPage is a saved page of a short story: head goes into <head>,
// before before the <article>, byline under its headline.
func stormPage(head, before, byline string) string {
	return "<html><head>" + head + "</head><body>\n" + before + "<article><h1>Storm closes the harbour</h1>" + byline + `
<p>The harbour closed on Monday as the storm arrived, and ferries stayed in port until the wind dropped in the evening.</p>
<p>Harbour officials said the closure would be reviewed on Tuesday morning once the damage to the outer wall was known.</p>
</article></body></html>`
}
