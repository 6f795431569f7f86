package corpus

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	devOnce  sync.Once
	devPages []Page
	devErr   error
)

// loadDev loads the WCXB dev split once for all tests.
func loadDev(root string) ([]Page, error) {
	devOnce.Do(func() { devPages, devErr = LoadWCXB(root, "dev") })
	return devPages, devErr
}

// oracle is the outcome of labelling one page.
type oracle struct {
	id                string
	lines, body       int
	p, r, f1, pageRec float64
}

// runOracle labels every page with variant v (or VariantFor(i) when
// cycle is true) and measures the body-labelled lines against Truth.Main.
func runOracle(pages []Page, v Variant, cycle bool) []oracle {
	out := make([]oracle, 0, len(pages))
	for i, pg := range pages {
		if strings.TrimSpace(pg.Truth.Main) == "" {
			continue // no true text to label against
		}
		vv := v
		if cycle {
			vv = VariantFor(i)
		}
		lines := PageLines(pg.HTML, vv)
		labels := Label(lines, pg.Truth.Main)
		var body []string
		o := oracle{id: pg.ID, lines: len(lines)}
		for k, b := range labels {
			if b {
				body = append(body, lines[k])
				o.body++
			}
		}
		o.p, o.r, o.f1 = TokenF1(strings.Join(body, "\n"), pg.Truth.Main)
		_, o.pageRec, _ = TokenF1(strings.Join(lines, "\n"), pg.Truth.Main)
		out = append(out, o)
	}
	return out
}

// reportOracle logs the mean figures and the worst pages.
func reportOracle(t *testing.T, name string, res []oracle, worst int) float64 {
	t.Helper()
	var lines, body int
	var p, r, f, pr float64
	for _, o := range res {
		lines += o.lines
		body += o.body
		p += o.p
		r += o.r
		f += o.f1
		pr += o.pageRec
	}
	n := float64(len(res))
	t.Logf("%s: pages %d, lines %d, body lines %.1f%%, oracle mean P %.4f R %.4f F1 %.4f, page-text recall %.4f",
		name, len(res), lines, 100*float64(body)/float64(max(lines, 1)), p/n, r/n, f/n, pr/n)
	s := append([]oracle(nil), res...)
	sort.Slice(s, func(a, b int) bool { return s[a].f1 < s[b].f1 })
	for _, o := range s[:min(worst, len(s))] {
		reason := "labeller: truth text is in the page but not found line by line"
		switch {
		case o.pageRec < 0.9:
			reason = fmt.Sprintf("main_content missing from the page text (page recall %.2f)", o.pageRec)
		case o.p < 0.9 && o.r >= 0.9:
			reason = "extra text labelled body (repeated or mixed lines)"
		}
		t.Logf("  worst %s: F1 %.3f P %.3f R %.3f, %d lines: %s", o.id, o.f1, o.p, o.r, o.lines, reason)
	}
	return f / n
}

func TestOracleDev(t *testing.T) {
	root, ok := Root()
	if !ok {
		t.Skip("corpus not found (set READER_CORPUS)")
	}
	start := time.Now()
	pages, err := loadDev(root)
	if err != nil {
		t.Fatal(err)
	}
	loaded := time.Since(start)
	empty := 0
	for _, p := range pages {
		if strings.TrimSpace(p.Truth.Main) == "" {
			empty++
			t.Logf("dev page %s has no main_content: skipped", p.ID)
		}
	}
	t.Logf("dev: %d of %d pages without main_content", empty, len(pages))
	res := runOracle(pages, Variant{}, true)
	t.Logf("dev: load %v, convert+label %v", loaded, time.Since(start)-loaded)
	mean := reportOracle(t, "dev (TrainVariants cycled)", res, 10)
	if mean < 0.9 {
		t.Errorf("mean oracle F1 %.3f < 0.9", mean)
	}
	if testing.Short() {
		return
	}
	for _, v := range []Variant{{BlankAfterBlock: true, BRBreaks: true}, {}} {
		reportOracle(t, fmt.Sprintf("dev %+v", v), runOracle(pages, v, false), 0)
	}
}

func TestOracleReadability(t *testing.T) {
	root, ok := Root()
	if !ok {
		t.Skip("corpus not found (set READER_CORPUS)")
	}
	start := time.Now()
	pages, err := LoadReadability(root)
	if err != nil {
		t.Fatal(err)
	}
	res := runOracle(pages, Variant{}, true)
	t.Logf("readability: load+convert+label %v", time.Since(start))
	reportOracle(t, "readability (TrainVariants cycled)", res, 10)
}

func TestGuessLangReadability(t *testing.T) {
	root, ok := Root()
	if !ok {
		t.Skip("corpus not found (set READER_CORPUS)")
	}
	lists, err := LoadStoplists(root)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := LoadReadability(root)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{"en": "English", "fr": "French", "es": "Spanish", "de": "German", "pt": "Portuguese", "cs": "Czech"}
	right, total := 0, 0
	for _, p := range pages {
		want, ok := names[strings.ToLower(strings.SplitN(p.Truth.Lang, "-", 2)[0])]
		if !ok {
			continue
		}
		total++
		if got := GuessLang(p.Truth.Main, lists); got == want {
			right++
		} else {
			t.Logf("%s: lang %s, guessed %q", p.ID, p.Truth.Lang, got)
		}
	}
	t.Logf("GuessLang right on %d of %d readability pages with a known lang", right, total)
}

func TestOverlap(t *testing.T) {
	a := []Page{{ID: "1", HTML: []byte("x")}, {ID: "2", HTML: []byte("y")}, {ID: "3", HTML: []byte("z")}}
	b := []Page{{ID: "1", HTML: []byte("x")}, {ID: "2", HTML: []byte("other")}}
	if got := Overlap(a, b); len(got) != 1 || !got["1"] {
		t.Errorf("Overlap = %v", got)
	}
	root, ok := Root()
	if !ok || testing.Short() {
		return
	}
	dev, err := loadDev(root)
	if err != nil {
		t.Fatal(err)
	}
	test, err := LoadWCXB(root, "test")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("WCXB test pages identical to a dev page: %d of %d", len(Overlap(test, dev)), len(test))
}

func TestTitleLinesDev(t *testing.T) {
	root, ok := Root()
	if !ok {
		t.Skip("corpus not found (set READER_CORPUS)")
	}
	pages, err := loadDev(root)
	if err != nil {
		t.Fatal(err)
	}
	found, total := 0, 0
	for _, p := range pages {
		if Tokens(p.Truth.Title) == nil {
			continue
		}
		total++
		if TitleLines(PageLines(p.HTML, Variant{}), p.Truth.Title) != nil {
			found++
		}
	}
	t.Logf("dev: the true title is a whole line of the page text on %d of %d pages with a title", found, total)
}
