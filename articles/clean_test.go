package articles

import (
	"fmt"
	"os"
	"path/filepath"
	"reader/articles/internal/textutil"
	"strings"
	"testing"
	"time"
)

func seedByName(t *testing.T) map[string]Article {
	t.Helper()
	arts, errs := ParseBatch(Builtin())
	if len(errs) > 0 {
		t.Fatalf("seed errors: %v", errs)
	}
	out := map[string]Article{}
	for _, a := range arts {
		out[filepath.Base(a.File)[:3]] = a
	}
	return out
}

func removedReason(a Article, prefix string) string {
	for _, r := range a.Removed {
		if strings.HasPrefix(r.Text, prefix) {
			return r.Reason
		}
	}
	return ""
}

func bodyHas(a Article, kind BlockKind, prefix string) bool {
	for _, b := range a.Body {
		if b.Kind == kind && strings.HasPrefix(b.Text, prefix) {
			return true
		}
	}
	return false
}

// seedFurniture lists, by the start of the line, every line of each built-in
// article that is page furniture, captions included; every other line is
// story and must stay.
var seedFurniture = map[string][]string{
	"000": {"Mate 20 Pro also designed by", "Read on FrAndroid", "Find the news of 5G", "Laisser un commentaire", "Votre adresse de messagerie"},
	"001": {"show image"},
	"002": {"Content, Channel partners", "Dan Kobialka", "You can skip this ad"},
	"003": {"This website uses cookies"},
	"004": {"Huawei chairman says US has no evidence", "Post a Comment"},
}

func TestCleanSeedsKeepTheStoryAndLoseTheFurniture(t *testing.T) {
	seeds := seedByName(t)
	cases := []struct {
		seed, title          string
		derived              bool
		source, author, lang string
		headings             []string
		bullets              int
	}{
		{seed: "000", title: "Huawei will spend $ 2 billion to secure loopholes", source: "FrAndroid", lang: "en",
			headings: []string{"2 billion invested in security", "A budget to respond to rumors"}},
		{seed: "001", title: "Huawei has promised to invest $2bn", lang: "en"},
		{seed: "002", title: "Huawei Eyes $2 Billion Cybersecurity Reboot Amid Global Pushback", source: "MSSP Alert", author: "Dan Kobialka", lang: "en",
			headings: []string{"What Countries Are Banning Huawei?"}, bullets: 9},
		{seed: "003", title: "", derived: true, lang: "en"},
		{seed: "004", title: "Huawei chairman says US has no evidence", lang: "en"},
	}
	for _, c := range cases {
		t.Run(c.seed, func(t *testing.T) {
			a := seeds[c.seed]
			if !strings.HasPrefix(a.Title, c.title) || a.TitleDerived != c.derived {
				t.Errorf("title = %q (derived %v), want prefix %q (derived %v)", a.Title, a.TitleDerived, c.title, c.derived)
			}
			if a.Source != c.source || a.Author != c.author || a.Lang != c.lang {
				t.Errorf("source %q author %q lang %q, want %q %q %q", a.Source, a.Author, a.Lang, c.source, c.author, c.lang)
			}
			furniture := func(line string) bool {
				for _, f := range seedFurniture[c.seed] {
					if strings.HasPrefix(textutil.NormalizeLine(line), f) {
						return true
					}
				}
				return false
			}
			for _, r := range a.Removed {
				if !furniture(r.Text) {
					t.Errorf("story line removed (%s): %q", r.Reason, r.Text)
				}
				if r.Reason == "" {
					t.Errorf("removed without a reason: %q", r.Text)
				}
			}
			for _, b := range a.Body {
				if furniture(b.Text) {
					t.Errorf("furniture kept: %q", b.Text)
				}
			}
			for _, h := range c.headings {
				if !bodyHas(a, Heading, h) {
					t.Errorf("body lacks heading %q", h)
				}
			}
			n := 0
			for _, b := range a.Body {
				if b.Kind == Bullet {
					n++
				}
				if strings.ContainsAny(b.Text, "\u00a0\u200b") || strings.HasPrefix(b.Text, " ") {
					t.Errorf("block not normalised: %q", b.Text)
				}
				if strings.EqualFold(textutil.FoldKey(b.Text), textutil.FoldKey(a.Title)) {
					t.Errorf("headline repeated in body: %q", b.Text)
				}
			}
			if n != c.bullets {
				t.Errorf("%d bullets, want %d", n, c.bullets)
			}
		})
	}
}

func parseFixture(t *testing.T, name string) Article {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "clean", name))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(RawFile{Name: name, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestCleanOtherShapes(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		file, title          string
		derived              bool
		source, author, lang string
		published            time.Time
		removed              map[string]string // line prefix -> reason ("" for any)
		kept                 []string
		numbered             int
	}{
		{file: "de_kommentar.txt", title: "Stadtrat beschließt neuen Radweg entlang des Flusses", author: "Max Mustermann", lang: "de",
			removed: map[string]string{"Politik › Inland": "", "Von Max": "byline", "Anzeige": "ad notice",
				"Kommentar schreiben": "comment form", "Ihre E-Mail-Adresse": "comment form"},
			kept: []string{"„Das ist ein guter Tag"}},
		{file: "es_cookies.txt", title: "Cierra la fábrica de cerámica más antigua de la región", lang: "es", published: day(2019, 3, 12),
			removed: map[string]string{"Publicado el": "date line", "Utilizamos cookies": "cookie notice", "Síguenos": "subscribe prompt"},
			kept:    []string{"Los 120 trabajadores"}},
		{file: "en_byline_list.txt", title: "Ferry operator cancels winter crossings after storm damage", author: "Jane Doe and John Roe", lang: "en", published: day(2019, 3, 12),
			removed: map[string]string{"World › Europe": "", "By Jane Doe": "byline", "Published March": "date line",
				"Share on Facebook": "share prompt", "Related: Storm": "related link", "Sign up for": "subscribe prompt"},
			kept: []string{"Passengers were advised"}, numbered: 3},
		{file: "no_headline.txt", title: "The two unions agreed on Friday to a new wage deal", derived: true, lang: "en",
			kept: []string{"After weeks of negotiation", "Hospital managers welcomed"}},
		{file: "frontmatter.txt", title: "Council approves the harbour plan", source: "The Coastal Times", author: "Ana Silva", lang: "en", published: day(2024, 3, 12),
			removed: map[string]string{"Show image": "image caption"}, kept: []string{"Work is expected"}},
		{file: "url_outlet.txt", title: "Volcano eruption forces evacuation of three villages", source: "dailyglobe.example.org", lang: "en",
			removed: map[string]string{"https://www.dailyglobe": "link"}, kept: []string{"No injuries have been reported"}},
		{file: "it_leggi.txt", title: "Sciopero dei treni, disagi in tutto il Paese", lang: "it",
			removed: map[string]string{"Leggi anche": "related link", "Iscriviti": "subscribe prompt"}, kept: []string{"I sindacati chiedono"}},
		{file: "short_para.txt", title: "Mayor resigns after audit finds missing funds", lang: "en",
			kept: []string{"He declined to comment.", "Investigators said"}},
		{file: "pt_comentario.txt", title: "Incêndio destrói armazém no porto", lang: "pt",
			removed: map[string]string{"Deixe um comentário": "comment form", "O seu endereço de e-mail": "comment form"},
			kept:    []string{"As causas do incêndio"}},
		{file: "hardwrap.md", title: "Researchers map the deepest cave system on the continent", lang: "en",
			kept: []string{"A team of researchers has mapped a cave system that reaches more than two kilometres below the surface, the deepest known on the continent, the university said on Wednesday."}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			a := parseFixture(t, c.file)
			if !strings.HasPrefix(a.Title, c.title) || a.TitleDerived != c.derived {
				t.Errorf("title = %q (derived %v), want prefix %q (derived %v)", a.Title, a.TitleDerived, c.title, c.derived)
			}
			if a.Source != c.source || a.Author != c.author || a.Lang != c.lang || !a.Published.Equal(c.published) {
				t.Errorf("source %q author %q lang %q published %v; want %q %q %q %v", a.Source, a.Author, a.Lang, a.Published, c.source, c.author, c.lang, c.published)
			}
			for prefix, reason := range c.removed {
				if got := removedReason(a, prefix); got == "" || reason != "" && got != reason {
					t.Errorf("removed %q: reason %q, want %q", prefix, got, reason)
				}
			}
			for _, k := range c.kept {
				found := false
				for _, b := range a.Body {
					found = found || strings.HasPrefix(b.Text, k)
				}
				if !found {
					t.Errorf("body lacks %q; body %q; removed %+v", k, a.Paragraphs(), a.Removed)
				}
			}
			n := 0
			for _, b := range a.Body {
				if b.Kind == Numbered {
					n++
				}
			}
			if n != c.numbered {
				t.Errorf("%d numbered items, want %d", n, c.numbered)
			}
			if len(a.Removed) != len(c.removed) {
				t.Errorf("removed %d lines, want %d: %+v", len(a.Removed), len(c.removed), a.Removed)
			}
		})
	}
}

func TestRemovedLinesKeepTheirPlace(t *testing.T) {
	a := parseFixture(t, "en_byline_list.txt")
	for _, r := range a.Removed {
		if strings.HasPrefix(r.Text, "Related:") && (r.At == 0 || r.At > len(a.Body)) {
			t.Fatalf("related link At = %d of %d blocks", r.At, len(a.Body))
		}
		if strings.HasPrefix(r.Text, "By Jane") && r.At != 0 {
			t.Fatalf("byline At = %d, want 0", r.At)
		}
	}
}

func TestRepetitionAcrossDocuments(t *testing.T) {
	footer := "Morning Ledger · Harbour Edition"
	mk := func(name, title, body string) RawFile {
		return RawFile{Name: name, Data: []byte(title + "\n\n" + body + "\n\n" + footer + "\n")}
	}
	quote := `"We will rebuild the bridge within a year," the minister told reporters.`
	files := []RawFile{
		mk("a.txt", "Bridge collapse closes the main road", "A bridge collapsed on Monday, closing the main road into the city for weeks. "+quote),
		mk("b.txt", "Minister promises new bridge", "The minister visited the site of the collapse on Tuesday and met engineers. "+quote),
		mk("c.txt", "Traffic chaos after bridge collapse", "Commuters faced long delays on Wednesday as traffic was diverted through the old town."),
	}
	arts, errs := ParseBatch(files)
	if len(errs) > 0 || len(arts) != 3 {
		t.Fatalf("%v %d", errs, len(arts))
	}
	for _, a := range arts {
		if got := removedReason(a, footer); got != "repeated across documents" {
			t.Errorf("%s: footer reason %q", a.File, got)
		}
		if a.TitleDerived {
			t.Errorf("%s: title derived", a.File)
		}
	}
	// The shared quote is news, not boilerplate.
	if !strings.Contains(strings.Join(arts[1].Paragraphs(), " "), "rebuild the bridge") {
		t.Errorf("shared quote removed: %q", arts[1].Paragraphs())
	}
	// A single document keeps the same line unless a rule knows it.
	one, _ := Parse(files[0])
	if removedReason(one, footer) == "repeated across documents" {
		t.Error("single document marked repeated")
	}
}

func TestBadInput(t *testing.T) {
	cases := []struct {
		name   string
		data   []byte
		reason string
	}{
		{"empty.txt", nil, "empty file"},
		{"blank.txt", []byte(" \n\t\n "), "empty file"},
		{"bin.txt", []byte("PK\x03\x04\x00\x00binary"), "binary file"},
		{"huge.txt", []byte(strings.Repeat("a", MaxFileSize+1)), "file too large"},
	}
	for _, c := range cases {
		_, err := Parse(RawFile{Name: c.name, Data: c.data})
		fe, ok := err.(*FileError)
		if !ok || fe.File != c.name || !strings.Contains(fe.Reason, c.reason) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err %v, want FileError %q", c.name, err, c.reason)
		}
	}
	// A batch reports bad files and goes on with the rest.
	arts, errs := ParseBatch([]RawFile{{Name: "bad.txt"}, {Name: "ok.txt", Data: []byte("A fine headline for a test\n\nA paragraph that is long enough to be prose.")}})
	if len(arts) != 1 || len(errs) != 1 || arts[0].File != "ok.txt" {
		t.Fatalf("batch: %d articles %v", len(arts), errs)
	}
}

func TestDecoding(t *testing.T) {
	latin := []byte("Caf\xe9 owners protest new rules\n\nOwners of caf\xe9s in the old town protested on Monday against new opening hours.")
	a, err := Parse(RawFile{Name: "latin.txt", Data: latin})
	if err != nil || !strings.HasPrefix(a.Title, "Café owners") {
		t.Fatalf("windows-1252: %q %v", a.Title, err)
	}
	bom := append([]byte{0xEF, 0xBB, 0xBF}, []byte("Headline with a byte order mark\n\nSome text of the article body here.")...)
	a, err = Parse(RawFile{Name: "bom.txt", Data: bom})
	if err != nil || a.Title != "Headline with a byte order mark" {
		t.Fatalf("bom: %q %v", a.Title, err)
	}
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range "Headline in UTF-16 text\n\nBody text of the article goes here." {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	a, err = Parse(RawFile{Name: "u16.txt", Data: utf16})
	if err != nil || a.Title != "Headline in UTF-16 text" {
		t.Fatalf("utf-16: %q %v", a.Title, err)
	}
}

func TestEscapeSequencesNeverSurvive(t *testing.T) {
	raw := "\x1b[31mRed headline\x1b[0m about a test\n\nBy Evil\x1b]52;c;ZXZpbA==\x07 Person\n\n" +
		"A paragraph \x1b]8;;http://x\x1b\\with a link\x1b]8;;\x1b\\ and \u009b2J a clear and \u202ereversed text.\n\n" +
		"Read on Bad\x1b[2JOutlet: something\n"
	a, err := Parse(RawFile{Name: "evil\x1b[31m.txt", Data: []byte(raw)})
	if err != nil {
		t.Fatal(err)
	}
	all := []string{a.Title, a.Source, a.Author, a.URL}
	for _, b := range a.Body {
		all = append(all, b.Text)
	}
	for _, r := range a.Removed {
		all = append(all, r.Text)
	}
	for _, s := range all {
		if strings.ContainsAny(s, "\x1b\x07\u009b\u202e") || strings.Contains(s, "ZXZpbA") {
			t.Fatalf("control sequence survived in %q", s)
		}
	}
	if a.Title != "Red headline about a test" {
		t.Fatalf("title = %q", a.Title)
	}
}

func TestFrontMatterMalformedIsText(t *testing.T) {
	a, err := Parse(RawFile{Name: "fm.txt", Data: []byte("---\ntitle: never closed\n\nA headline after a broken block\n\nSome body text that is long enough to be prose.")})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title == "never closed" {
		t.Fatal("unclosed front matter was applied")
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"Title\n\nBody.", "---\ntitle: x\n---\nBody", "\x1b[31m", "• a\n1. b\n", "By A B\n\nA B is a reporter at C D."} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse(RawFile{Name: "fuzz.txt", Data: data})
		if err != nil {
			return
		}
		for _, b := range a.Body {
			if strings.ContainsAny(b.Text, "\x1b\x07") {
				t.Fatalf("escape in body %q", b.Text)
			}
		}
		for _, r := range a.Removed {
			if r.At < 0 || r.At > len(a.Body) {
				t.Fatalf("removed At %d out of range %d", r.At, len(a.Body))
			}
		}
	})
}

func TestRepetitionWithinOneOutletOfAMixedBatch(t *testing.T) {
	topics := []string{"the harbour wall", "the school roof", "the tram line", "the river bank"}
	var files []RawFile
	for o := 0; o < 4; o++ {
		outlet := fmt.Sprintf("Outlet %c", 'A'+o)
		footer := fmt.Sprintf("%s newsroom · Desk %d", outlet, o+1)
		for k := 0; k < 3; k++ {
			topic := topics[(o+k)%len(topics)]
			body := fmt.Sprintf("The council met on day %d to discuss %s, and members agreed to set aside money for repairs next year.", o*3+k+1, topic)
			if k == 0 && o < 3 {
				body += "\n\nShared wire line for three outlets"
			}
			text := fmt.Sprintf("---\nsource: %s\n---\nCouncil acts on %s\n\n%s\n\n%s\n", outlet, topic, body, footer)
			files = append(files, RawFile{Name: fmt.Sprintf("%d-%d.txt", o, k), Data: []byte(text)})
		}
	}
	arts, errs := ParseBatch(files)
	if len(errs) > 0 || len(arts) != 12 {
		t.Fatalf("%v %d", errs, len(arts))
	}
	for i, a := range arts {
		footer := fmt.Sprintf("Outlet %c newsroom · Desk %d", 'A'+i/3, i/3+1)
		if got := removedReason(a, footer); got != "repeated across documents" {
			t.Errorf("%s: its outlet's footer, in 3 of 12 documents, reason %q", a.File, got)
		}
	}
	// A line three documents of three outlets share is not a third of the batch.
	if got := removedReason(arts[0], "Shared wire line for three outlets"); got == "repeated across documents" {
		t.Errorf("a line shared across outlets by 3 of 12 documents was taken for furniture")
	}
}
