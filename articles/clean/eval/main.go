// Command eval measures the cleaner on labelled real pages it was not
// trained on, end to end through articles.Parse: each page is turned into
// the text a naive scraper stores, cleaned, and compared with the page's
// true text, title, author and date.
//
//	go run ./articles/clean/eval                # WCXB test and the readability pages
//	go run ./articles/clean/eval -set dev       # WCXB dev (what the models were trained on)
//	go run ./articles/clean/eval -set trafilatura   # trafilatura's pages (trained on), mostly German: snippets only
//	go run ./articles/clean/eval -set dev -holdout -models DIR   # the fifth of dev (or of trafilatura) `train -holdout` leaves out
//	go run ./articles/clean/eval -set dev -holdout -fold 0 -models DIR   # another fifth, as `train -holdout -fold 0` left it out
//	go run ./articles/clean/eval -set dev -holdout -byhost -fold 0 -models DIR   # a fifth cut by site, as `train -holdout -byhost -fold 0` left it out
//	go run ./articles/clean/eval -input html    # the saved pages themselves, as `reader import` reads .html
//
// It prints, by language: token F1 of the body (bags of lower-cased \w+
// tokens), the share of `without` snippets that leak into the body and of
// `with` snippets kept, the share of headlines right among pages whose
// headline is a line of the text, and author and date rates where the
// truth has them.
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"reader/articles"
	"reader/articles/clean"
	"reader/articles/clean/corpus"
	"reader/articles/internal/textutil"
)

func main() {
	set := flag.String("set", "test", "which pages: test (WCXB test and readability), dev, readability, wcxb-test, trafilatura")
	root := flag.String("corpus", "", "corpus folder (default: $READER_CORPUS, else the shared corpus folder beside the repository)")
	variant := flag.Int("variant", 0, "scraper habit to convert pages with (index into corpus.TrainVariants)")
	worst := flag.Int("worst", 0, "also list this many pages with the lowest body F1")
	show := flag.String("show", "", "also list, page by page: leaks (snippets that leak), titles (headlines missed), authors or dates (those missed), datewhere (where the missed dates stand in the text)")
	models := flag.String("models", "", "measure the models in this folder instead of the embedded ones")
	input := flag.String("input", "text", "what the reader is given: text (the page as a scraper stores it) or html (the saved page)")
	holdout := flag.Bool("holdout", false, "with -set dev or trafilatura: only the pages `train -holdout` leaves out")
	fold := flag.Int("fold", corpus.DefaultFold, "with -holdout: which fifth (0-4), as `train -holdout -fold` left it out")
	flag.BoolVar(&byHost, "byhost", false, "with -holdout: the fifths cut by site, as `train -holdout -byhost` left them out")
	flag.Parse()
	if *models != "" {
		if err := clean.UseModelsFrom(*models); err != nil {
			fmt.Fprintln(os.Stderr, "eval:", err)
			os.Exit(1)
		}
	}
	if *root == "" {
		r, ok := corpus.Root()
		if !ok {
			fmt.Fprintln(os.Stderr, "eval: no corpus: set $READER_CORPUS or -corpus")
			os.Exit(1)
		}
		*root = r
	}
	if *fold < 0 || *fold >= corpus.Folds {
		fmt.Fprintln(os.Stderr, "eval: -fold is 0 to 4")
		os.Exit(2)
	}
	heldFold = *fold
	groups, err := load(*root, *set, *holdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(1)
	}
	for _, g := range groups {
		results := measure(g.pages, corpus.VariantFor(*variant), *input)
		report(g.name, results)
		if *worst > 0 {
			listWorst(results, *worst)
		}
		showDetails(results, *show)
		if *show == "datewhere" {
			showDateWhere(g.pages, results, corpus.VariantFor(*variant))
		}
	}
}

// heldFold is the fifth of dev and of the trafilatura pages -holdout
// measures.
var heldFold = corpus.DefaultFold

// byHost cuts the fifths by site rather than by position.
var byHost bool

type group struct {
	name  string
	pages []corpus.Page
}

func load(root, set string, holdout bool) ([]group, error) {
	var out []group
	add := func(name string, pages []corpus.Page, err error) error {
		if err != nil {
			return fmt.Errorf("load %s: %w", name, err)
		}
		out = append(out, group{name, pages})
		return nil
	}
	if set == "test" || set == "wcxb-test" {
		p, err := corpus.LoadWCXB(root, "test")
		if err := add("WCXB test", p, err); err != nil {
			return nil, err
		}
	}
	if set == "dev" {
		p, err := corpus.LoadWCXB(root, "dev")
		name := "WCXB dev (trained on)"
		if holdout {
			p, name = corpus.HeldOut(p, heldFold, byHost), "WCXB dev, held out"
		}
		if err := add(name, p, err); err != nil {
			return nil, err
		}
	}
	if set == "trafilatura" {
		p, err := corpus.LoadTrafilatura(root)
		name := "trafilatura evaluation pages (snippets only; trained on)"
		if holdout {
			p, name = corpus.HeldOut(p, heldFold, byHost), "trafilatura evaluation pages, held out (snippets only)"
		}
		if err := add(name, p, err); err != nil {
			return nil, err
		}
	}
	if set == "test" || set == "readability" {
		p, err := corpus.LoadReadability(root)
		if err := add("readability pages (trained on)", p, err); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// result is what one page scored.
type result struct {
	id, lang        string
	f1, prec, rec   float64
	leaked, without int
	// leakedApart and apart count the snippets whose words do not occur
	// in the true text in that order: a one-word snippet ("About",
	// "Subscribe") leaks by the corpus's test whenever the story uses the
	// word, which no cleaner can avoid.
	leakedApart, apart      int
	kept, with              int
	titleInText, titleRight bool
	hasAuthor, authorRight  bool
	hasDate, dateRight      bool
	hasMain                 bool // the truth has the full text, so F1 means something
	gotTitle, wantTitle     string
	gotDate, wantDate       string
	gotAuthor, wantAuthor   string
	dateInText              bool // some line of the text reads as the true date
	authorInText            bool // some line of the text holds the true author's words in order
	leaks                   []string
}

func measure(pages []corpus.Page, v corpus.Variant, input string) []result {
	out := make([]result, len(pages))
	for i, pg := range pages {
		text := corpus.PageText(pg.HTML, v)
		lang, _, _ := strings.Cut(strings.ToLower(pg.Truth.Lang), "-") // "en-US" is English
		r := result{id: pg.ID, lang: lang, wantTitle: pg.Truth.Title}
		if r.lang == "" {
			r.lang = textutil.DetectLanguage(pg.Truth.Main)
		}
		if r.lang == "" && pg.Truth.Main == "" {
			r.lang = textutil.DetectLanguage(strings.Join(pg.Truth.With, " ") + " " + text)
		}
		if r.lang == "" {
			r.lang = "?"
		}
		file := articles.RawFile{Name: pg.ID + ".txt", Data: []byte(text)}
		switch input {
		case "html":
			file = articles.RawFile{Name: pg.ID + ".html", Data: pg.HTML}
		}
		a, err := articles.Parse(file)
		if err != nil {
			out[i] = r
			continue
		}
		body := strings.Join(a.Paragraphs(), "\n")
		r.hasMain = pg.Truth.Main != ""
		r.prec, r.rec, r.f1 = corpus.TokenF1(body, pg.Truth.Main)
		r.leaked, r.without = corpus.Leaks(body, pg.Truth.Without)
		if r.hasMain {
			for _, w := range pg.Truth.Without {
				if n, _ := corpus.Leaks(pg.Truth.Main, []string{w}); n == 0 {
					l, t := corpus.Leaks(body, []string{w})
					r.leakedApart, r.apart = r.leakedApart+l, r.apart+t
				}
			}
		}
		for _, w := range pg.Truth.Without {
			if n, _ := corpus.Leaks(body, []string{w}); n > 0 {
				r.leaks = append(r.leaks, w)
			}
		}
		r.kept, r.with = corpus.Kept(body, pg.Truth.With)
		r.gotTitle = a.Title
		if pg.Truth.Title != "" {
			for _, l := range strings.Split(text, "\n") {
				if corpus.SameTitle(l, pg.Truth.Title) {
					r.titleInText = true
					break
				}
			}
			r.titleRight = !a.TitleDerived && corpus.SameTitle(a.Title, pg.Truth.Title)
		}
		if pg.Truth.Author != "" {
			r.hasAuthor = true
			r.authorRight = sameAuthor(a.Author, pg.Truth.Author)
			r.gotAuthor, r.wantAuthor = a.Author, pg.Truth.Author
			r.authorInText = authorInText(text, pg.Truth.Author)
		}
		if len(pg.Truth.Date) >= 10 {
			r.hasDate = true
			r.wantDate = pg.Truth.Date[:10]
			if !a.Published.IsZero() {
				r.gotDate = a.Published.Format("2006-01-02")
			}
			r.dateRight = r.gotDate == r.wantDate
			r.dateInText = dateInText(text, r.wantDate)
		}
		out[i] = r
	}
	return out
}

// sameAuthor: the names agree once case, punctuation and a leading "By" are
// set aside, or one names the other among several.
func sameAuthor(got, want string) bool {
	g, w := strings.Join(corpus.Tokens(got), " "), strings.Join(corpus.Tokens(want), " ")
	g = strings.TrimPrefix(g, "by ")
	return g != "" && (g == w || strings.Contains(" "+w+" ", " "+g+" ") && len(g) > 4 || strings.Contains(" "+g+" ", " "+w+" "))
}

func report(name string, rs []result) {
	byLang := map[string][]result{}
	for _, r := range rs {
		byLang[r.lang] = append(byLang[r.lang], r)
	}
	langs := make([]string, 0, len(byLang))
	for l := range byLang {
		langs = append(langs, l)
	}
	sort.Slice(langs, func(i, j int) bool {
		if len(byLang[langs[i]]) != len(byLang[langs[j]]) {
			return len(byLang[langs[i]]) > len(byLang[langs[j]])
		}
		return langs[i] < langs[j]
	})
	fmt.Printf("\n%s\n\n", name)
	fmt.Println("| lang | pages | body F1 | precision | recall | leak | leak, snippets not in the true text | with kept | headline right | author right | date right | date right, where the text shows it |")
	fmt.Println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
	row := func(label string, rs []result) {
		m := summarize(rs)
		f1 := "– | – | –"
		if m.withMain > 0 {
			f1 = fmt.Sprintf("%.3f | %.3f | %.3f", m.f1, m.prec, m.rec)
		}
		fmt.Printf("| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |\n", label, m.pages, f1,
			share(m.leaked, m.without), share(m.leakedApart, m.apart), share(m.kept, m.with), share(m.titleOK, m.titleIn), share(m.authorOK, m.authorN), share(m.dateOK, m.dateN), share(m.shownDateOK, m.shownDateN))
	}
	for _, l := range langs {
		row(l, byLang[l])
	}
	row("all", rs)
}

func share(n, of int) string {
	if of == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f%% (%d/%d)", 100*float64(n)/float64(of), n, of)
}

func listWorst(rs []result, n int) {
	sorted := append([]result(nil), rs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].f1 < sorted[j].f1 })
	fmt.Println()
	for _, r := range sorted[:min(n, len(sorted))] {
		fmt.Printf("%s %.3f title %q want %q\n", r.id, r.f1, r.gotTitle, r.wantTitle)
	}
}

func showDetails(rs []result, what string) {
	for _, r := range rs {
		switch {
		case what == "leaks" && len(r.leaks) > 0:
			fmt.Printf("%s leaks %q\n", r.id, r.leaks)
		case what == "titles" && r.titleInText && !r.titleRight:
			fmt.Printf("%s title %q want %q\n", r.id, r.gotTitle, r.wantTitle)
		case what == "authors" && r.hasAuthor && !r.authorRight:
			fmt.Printf("%s author %q want %q shown in text: %v\n", r.id, r.gotAuthor, r.wantAuthor, r.authorInText)
		case what == "dates" && r.hasDate && !r.dateRight:
			fmt.Printf("%s date %q want %q shown in text: %v\n", r.id, r.gotDate, r.wantDate, r.dateInText)
		}
	}
}

// summary is what a set of pages scored in all.
type summary struct {
	pages, withMain                     int
	f1, prec, rec                       float64 // means over pages with a full true text
	leaked, without, kept, with         int
	leakedApart, apart                  int
	titleOK, titleIn, authorOK, authorN int
	dateOK, dateN                       int
	// shownDateOK and shownDateN count the pages whose true date a line
	// of the text shows: what a text-only reader can be asked to find
	// (many pages keep their date in the markup only).
	shownDateOK, shownDateN int
}

func summarize(rs []result) summary {
	m := summary{pages: len(rs)}
	for _, r := range rs {
		if r.hasMain {
			m.withMain++
			m.f1, m.prec, m.rec = m.f1+r.f1, m.prec+r.prec, m.rec+r.rec
		}
		m.leaked, m.without, m.kept, m.with = m.leaked+r.leaked, m.without+r.without, m.kept+r.kept, m.with+r.with
		m.leakedApart, m.apart = m.leakedApart+r.leakedApart, m.apart+r.apart
		if r.titleInText {
			m.titleIn++
			if r.titleRight {
				m.titleOK++
			}
		}
		if r.hasAuthor {
			m.authorN++
			if r.authorRight {
				m.authorOK++
			}
		}
		if r.hasDate {
			m.dateN++
			if r.dateRight {
				m.dateOK++
			}
			if r.dateInText {
				m.shownDateN++
				if r.dateRight {
					m.shownDateOK++
				}
			}
		}
	}
	n := float64(max(m.withMain, 1))
	m.f1, m.prec, m.rec = m.f1/n, m.prec/n, m.rec/n
	return m
}

// authorInText reports whether a line of the page holds the author's
// words in order: the share of missed bylines the cleaner could have read.
func authorInText(text, want string) bool {
	w := " " + strings.Join(corpus.Tokens(want), " ") + " "
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(" "+strings.Join(corpus.Tokens(l), " ")+" ", w) {
			return true
		}
	}
	return false
}

// dateInText reports whether a line of the page shows the day want
// (YYYY-MM-DD) with its year, in any common written form: the share of
// missed dates the cleaner could have read.
func dateInText(text, want string) bool {
	t, err := time.Parse("2006-01-02", want)
	if err != nil {
		return false
	}
	full, _ := dayPatterns(t)
	return full.MatchString(text)
}
