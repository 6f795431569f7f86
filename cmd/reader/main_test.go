package main

import (
	"context"

	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reader/articles"
	"reader/store/ingest"
	"strings"
	"testing"
)

func runArgs(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(args, &out, &errOut)
	return out.String(), errOut.String(), err
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const goodArticle = `Harbour bridge reopens after two-year repair

The harbour bridge reopened to traffic on Monday after a two-year repair that cost 40 million euros, the city council said.

Engineers replaced the deck and strengthened the towers. "The bridge is safe for the next fifty years," said chief engineer Maria Lopes.

Traffic is expected to return to normal by the end of the week.
`

func TestExportJSONOfPathsWithGlobalDBFlag(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", goodArticle)
	empty := writeFile(t, dir, "empty.txt", "")
	missing := filepath.Join(dir, "missing.txt")
	db := filepath.Join(dir, "x.db")
	out, errOut, err := runArgs(t, "--db", db, "export", "--json", good, empty, missing)
	// The two bad files make it exit non-zero, after printing the good one.
	if err == nil || !strings.Contains(err.Error(), "2 files could not be read") {
		t.Fatalf("export: %v (stderr %s)", err, errOut)
	}
	var doc struct {
		Articles []struct {
			File         string   `json:"file"`
			Title        string   `json:"title"`
			TitleDerived bool     `json:"title_derived"`
			Source       *string  `json:"source"`
			Body         []string `json:"body"`
			Removed      []string `json:"removed"`
		} `json:"articles"`
		Events []struct {
			ID       string   `json:"id"`
			Articles []string `json:"articles"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(doc.Articles) != 1 || doc.Articles[0].File != good {
		t.Fatalf("articles = %+v", doc.Articles)
	}
	a := doc.Articles[0]
	if a.Title != "Harbour bridge reopens after two-year repair" || a.TitleDerived || len(a.Body) != 3 {
		t.Fatalf("article = %+v", a)
	}
	if len(doc.Events) != 1 || len(doc.Events[0].Articles) != 1 || doc.Events[0].Articles[0] != good {
		t.Fatalf("events = %+v", doc.Events)
	}
	// One line per bad file, naming it.
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != 2 || !strings.Contains(errOut, empty) || !strings.Contains(errOut, missing) {
		t.Fatalf("stderr = %q", errOut)
	}
	// Exporting paths does not write to the store.
	if _, err := os.Stat(db); err == nil {
		t.Fatal("export of paths created the store")
	}
}

func TestExportOfTheStoreAfterImport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	out, _, err := runArgs(t, "--db", db, "export", "--json")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"articles": []`) {
		t.Fatalf("empty store export = %s", out)
	}
}

func TestExportNeedsAFormat(t *testing.T) {
	_, errOut, err := runArgs(t, "export", "x.txt")
	if err == nil || !strings.Contains(err.Error(), "choose a format") || errOut != "" || exitCode(err) != 2 {
		t.Fatalf("err %v stderr %q", err, errOut)
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"export", "--help"}, {"compare", "--help"}} {
		_, errOut, err := runArgs(t, args...)
		if exitCode(err) != 0 || !strings.Contains(errOut, "Usage") {
			t.Fatalf("%v: exit %d, stderr %q", args, exitCode(err), errOut)
		}
	}
}

func TestCompareUnknownEventIsAnError(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	_, _, err := runArgs(t, "--db", db, "compare", "no such thing")
	if err == nil || !strings.Contains(err.Error(), "no event matches") {
		t.Fatalf("err = %v", err)
	}
}

func TestExportStripsEscapeSequences(t *testing.T) {
	dir := t.TempDir()
	evil := writeFile(t, dir, "evil\x1b[31m.txt", "Title \x1b]52;c;ZXZpbA==\x07with tricks\n\nA paragraph \x1b[2J that tries \u009b31m to clear the screen and \u202e reverse text, long enough to be a body paragraph.\n")
	out, errOut, err := runArgs(t, "export", "--json", evil)
	if err != nil {
		t.Fatalf("%v %s", err, errOut)
	}
	for _, bad := range []string{"\x1b", "\\u001b", "\u009b", "\u202e", "ZXZpbA"} {
		if strings.Contains(out, bad) || strings.Contains(errOut, bad) {
			t.Fatalf("output carries %q:\n%s", bad, out)
		}
	}
}

func TestCompareBuiltinEvent(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	st, err := openStore(db)
	if err != nil {
		t.Fatal(err)
	}
	if _, errs := ingest.ImportFiles(context.Background(), st, articles.Builtin(), nil); len(errs) > 0 {
		t.Fatal(errs)
	}
	st.Close()
	out, errOut, err := runArgs(t, "--db", db, "compare", "cybersecurity")
	if err != nil {
		t.Fatalf("%v %s", err, errOut)
	}
	for _, want := range []string{"off by a factor of about 1,000", "| person: Ken Hu |", "## Aligned passages", "_(not reported)_"} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
	// Ambiguous terms list the candidates instead of guessing.
	_, _, err = runArgs(t, "--db", db, "compare", "huawei")
	if err == nil || !strings.Contains(err.Error(), "2 events match") {
		t.Fatalf("ambiguous term: %v", err)
	}
	out, _, err = runArgs(t, "--db", db, "compare", "--format", "json", "cybersecurity")
	var doc struct {
		Disagreements int `json:"disagreements"`
		SharedByAll   int `json:"shared_by_all"`
		Sources       []struct {
			File string `json:"file"`
		} `json:"sources"`
	}
	if err != nil || json.Unmarshal([]byte(out), &doc) != nil || doc.Disagreements != 0 || doc.SharedByAll < 1 || len(doc.Sources) != 4 {
		t.Fatalf("json compare: %v %+v", err, doc)
	}
	// export of the store carries the events and their facts.
	out, _, _ = runArgs(t, "--db", db, "export", "--json")
	var exp struct {
		Articles []json.RawMessage `json:"articles"`
		Events   []struct {
			Articles []string `json:"articles"`
			Related  []string `json:"related"`
			Facts    []struct {
				Disagree bool               `json:"disagree"`
				Values   map[string]*string `json:"values"`
			} `json:"facts"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &exp); err != nil || len(exp.Articles) != 5 || len(exp.Events) != 2 {
		t.Fatalf("export: %v, %d articles %d events", err, len(exp.Articles), len(exp.Events))
	}
	for _, ev := range exp.Events {
		if len(ev.Related) != 1 {
			t.Errorf("event not related to the other: %+v", ev.Related)
		}
		for _, f := range ev.Facts {
			if len(f.Values) != len(ev.Articles) {
				t.Fatalf("fact values %d for %d articles (null for the silent ones)", len(f.Values), len(ev.Articles))
			}
		}
	}
}

func TestFeedsSearchAndMarkdownExport(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir) // no user configuration
	db := filepath.Join(dir, "x.db")
	feed := writeFile(t, dir, "feed.xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Post</title>
<item><title>Valley dam repairs finish early</title><link>`+filepath.Join(dir, "none")+`</link><guid>1</guid>
<pubDate>Mon, 03 Jun 2024 09:30:00 GMT</pubDate><description>Repairs on the valley dam finished two weeks early, engineers said on Monday, and the reservoir will be refilled over the summer. The work cost 12 million euros and strengthened the spillway against floods. Farmers downstream welcomed the news after two dry years in which irrigation had been limited to three days a week, and the water board said normal supply would return by the autumn. Anglers will have to wait until next spring before the lake reopens for fishing, the board added in a statement on its website.</description></item>
</channel></rss>`)
	if out, _, err := runArgs(t, "--db", db, "add", feed); err != nil || !strings.Contains(out, "subscribed") {
		t.Fatalf("add: %v %s", err, out)
	}
	out, errOut, err := runArgs(t, "--db", db, "refresh")
	if err != nil || !strings.Contains(out, "1 feeds: 1 new articles") {
		t.Fatalf("refresh: %v %s %s", err, out, errOut)
	}
	out, _, err = runArgs(t, "--db", db, "search", "spillway")
	if err != nil || !strings.Contains(out, "Valley dam repairs finish early — Valley Post") || !strings.Contains(out, "[spillway]") {
		t.Fatalf("search: %v %s", err, out)
	}
	art := writeFile(t, dir, "a.txt", goodArticle)
	out, _, err = runArgs(t, "export", "--format", "markdown", art)
	if err != nil || !strings.HasPrefix(out, "# Harbour bridge reopens after two-year repair\n") || !strings.Contains(out, "Engineers replaced the deck") {
		t.Fatalf("markdown: %v\n%s", err, out)
	}
}

func TestConfig(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	os.MkdirAll(filepath.Join(dir, "reader"), 0o755)
	cfgFile := filepath.Join(dir, "reader", "config.toml")
	if c, err := loadConfig(); err != nil || len(c.Feeds) != 0 {
		t.Fatalf("missing config: %v %+v", err, c)
	}
	feed := writeFile(t, dir, "f.xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title></channel></rss>`)
	os.WriteFile(cfgFile, []byte(`feeds = ["`+feed+`"]
start_focus = "article"
[keys]
star = ["*"]
[colors]
accent = "#ff0000"
border = { light = "#cccccc", dark = "#333333" }
`), 0o644)
	c, err := loadConfig()
	if err != nil || c.StartFocus != "article" || c.Keys["star"][0] != "*" {
		t.Fatalf("config: %v %+v", err, c)
	}
	p, _ := c.palette()
	if p["accent"].Dark != "#ff0000" || p["border"].Light != "#cccccc" {
		t.Fatalf("palette %+v", p)
	}
	db := filepath.Join(dir, "x.db")
	if out, _, err := runArgs(t, "--db", db, "refresh"); err != nil || !strings.Contains(out, "1 feeds") {
		t.Fatalf("configured feed not refreshed: %v %s", err, out)
	}
	for _, bad := range []string{`start_focus = "middle"`, "[keys]\nfly = [\"f\"]", "[colors]\nneon = \"#fff\"", "nonsense = 1", "feeds = [unterminated"} {
		os.WriteFile(cfgFile, []byte(bad), 0o644)
		if _, err := loadConfig(); err == nil || !strings.Contains(err.Error(), cfgFile) {
			t.Errorf("%q: err %v, want one naming the file", bad, err)
		}
	}
}
