package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"reader/articles/clean/corpus"
	"reader/articles/internal/textutil"
)

// showDateWhere classifies the pages whose date the reader got wrong or
// missed (-show datewhere): whether the true date stands in the page's
// text at all, in any common written form, and where it stands (above or
// by the headline, inside the story, at the page's foot, in a link or a
// copyright line); where it does not, whether the saved page carries it
// in its markup only (meta tags, JSON-LD, a time element's attribute) or
// in its address. It is the bound on what a text-only date reader can do.
func showDateWhere(pages []corpus.Page, rs []result, v corpus.Variant) {
	counts := map[string]int{}
	var order []string
	count := func(k string) {
		if counts[k] == 0 {
			order = append(order, k)
		}
		counts[k]++
	}
	failed := 0
	for i, pg := range pages {
		r := rs[i]
		if !r.hasDate || r.dateRight {
			continue
		}
		failed++
		want, err := time.Parse("2006-01-02", r.wantDate)
		if err != nil {
			continue
		}
		lines := corpus.PageLines(pg.HTML, v)
		where, line := placeDate(lines, pg, want)
		got := "missing"
		if r.gotDate != "" {
			got = "wrong"
		}
		count(got + ": " + where)
		fmt.Printf("%s %s got %q want %s: %s | %.90q\n", pg.ID, got, r.gotDate, r.wantDate, where, line)
	}
	sort.Slice(order, func(i, j int) bool { return counts[order[i]] > counts[order[j]] })
	fmt.Printf("\n%d pages with the date wrong or missing, by where the true date stands in the text:\n", failed)
	for _, k := range order {
		fmt.Printf("  %3d  %s\n", counts[k], k)
	}
}

// placeDate finds the first line, nearest the headline, that shows the day
// want, and names its place; when none does, it says what shows less (the
// day without its year, a relative age) or where else the page keeps it.
func placeDate(lines []string, pg corpus.Page, want time.Time) (where, line string) {
	truth := pg.Truth
	body := corpus.Label(lines, truth.Main)
	first, last := -1, -1
	for i, b := range body {
		if b && textutil.WordsOver(lines[i], 8) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	head := -1
	for _, t := range corpus.TitleLines(lines, truth.Title) {
		if head < 0 || first >= 0 && t <= first {
			head = t
		}
	}
	full, noYear := dayPatterns(want)
	best, bestD := -1, 1<<30
	for i, l := range lines {
		if full.MatchString(l) {
			d := abs(i - head)
			if head < 0 {
				d = i
			}
			if d < bestD {
				best, bestD = i, d
			}
		}
	}
	if best < 0 {
		for i, l := range lines {
			if noYear.MatchString(l) {
				return "not in text; the day without its year" + position(i, head, first, last, body[i], l), l
			}
		}
		for _, l := range lines {
			if relativeRe.MatchString(l) {
				return "not in text; a relative age (\"3 days ago\")", l
			}
		}
		return "not in text" + elsewhere(pg, want), ""
	}
	return "in text" + position(best, head, first, last, body[best], lines[best]), lines[best]
}

// elsewhere says where the saved page keeps a date its text does not
// show: in its markup (meta tags, JSON-LD, a time element's attribute) or
// in its address.
func elsewhere(pg corpus.Page, want time.Time) string {
	switch {
	case strings.Contains(string(pg.HTML), want.Format("2006-01-02")):
		return "; in the markup only"
	case strings.Contains(pg.URL, want.Format("2006/01/02")) || strings.Contains(pg.URL, want.Format("2006/1/2/")):
		return "; in the address only"
	}
	return "; nowhere in the page's text or markup (ISO)"
}

// position names where line i stands against the headline and the story.
func position(i, head, first, last int, inBody bool, l string) string {
	cue := ""
	switch {
	case strings.Contains(l, "http") || strings.Count(l, "/") > 3:
		cue = ", a link"
	case strings.Contains(l, "©") || strings.Contains(strings.ToLower(l), "copyright"):
		cue = ", a copyright line"
	case cueRe.MatchString(l):
		cue = ", with a published/updated cue"
	}
	if textutil.WordsOver(l, 16) {
		cue += ", inside a long line"
	}
	switch {
	case head >= 0 && i == head:
		return ": in the headline line" + cue
	case inBody && textutil.WordsOver(l, 8):
		return ": inside the story" + cue
	case head >= 0 && i < head && head-i <= 8:
		return ": just above the headline" + cue
	case head >= 0 && i > head && (first < 0 || i < first):
		return ": between headline and story" + cue
	case first >= 0 && i < first:
		return ": far above the story" + cue
	case last >= 0 && i > last:
		return ": below the story" + cue
	}
	return ": among the story's lines" + cue
}

var (
	cueRe      = regexp.MustCompile(`(?i)(published|posted|updated|modified|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato|date)`)
	relativeRe = regexp.MustCompile(`(?i)\b\d{1,2}\s*(?:h|hrs?|hours?|d|days?|weeks?|months?|mins?|minutes?)\s+ago\b`)
	// extraMonths adds month names of more languages than the reader
	// knows, so that the bound counts dates it cannot read yet.
	extraMonths = [12]string{
		"januari jänner januar tammikuuta январь января ιανουαρίου ocak ianuarie január leden ledna",
		"februari februar helmikuuta февраль февраля φεβρουαρίου şubat februarie február únor února",
		"maart marts mars maaliskuuta март марта μαρτίου mart martie március březen března",
		"april huhtikuuta апрель апреля απριλίου nisan aprilie április duben dubna",
		"mei maj maja toukokuuta май мая μαΐου mayıs mai május květen května",
		"juni juni kesäkuuta июнь июня ιουνίου haziran iunie június červen června",
		"juli juli heinäkuuta июль июля ιουλίου temmuz iulie július červenec července",
		"augustus august elokuuta август августа αυγούστου ağustos august augusztus srpen srpna",
		"september syyskuuta сентябрь сентября σεπτεμβρίου eylül septembrie szeptember září",
		"oktober lokakuuta октябрь октября οκτωβρίου ekim octombrie október říjen října",
		"november marraskuuta ноябрь ноября νοεμβρίου kasım noiembrie listopad listopadu",
		"december december joulukuuta декабрь декабря δεκεμβρίου aralık decembrie prosinec prosince",
	}
)

// dayPatterns writes the day t in the forms pages use: numeric (day or
// month first, dotted, slashed, dashed, two- or four-digit year, year
// first), with the month named (any language the lists know, abbreviated
// or not, an ordinal day, the year first), CJK; and the same named forms
// without a year.
func dayPatterns(t time.Time) (full, noYear *regexp.Regexp) {
	d, m, y := strconv.Itoa(t.Day()), strconv.Itoa(int(t.Month())), strconv.Itoa(t.Year())
	yy := y[2:]
	dd, mm := fmt.Sprintf("0?%s", d), fmt.Sprintf("0?%s", m)
	var names []string
	for n, mon := range textutil.Months() {
		if mon == t.Month() {
			names = append(names, regexp.QuoteMeta(n))
		}
	}
	names = append(names, strings.Fields(extraMonths[t.Month()-1])...)
	month := `(?:` + strings.Join(names, "|") + `)\.?`
	ord := `(?:st|nd|rd|th|er|\.|º|ª)?`
	sep := `[./\-]`
	full = regexp.MustCompile(`(?i)` + strings.Join([]string{
		`\b` + dd + sep + mm + sep + `(?:` + y + `|` + yy + `)\b`,
		`\b` + mm + sep + dd + sep + `(?:` + y + `|` + yy + `)\b`,
		`\b` + y + `\s?` + sep + `\s?` + mm + `\s?` + sep + `\s?` + dd + `\b`,
		`\b` + y + fmt.Sprintf("%02d%02d", t.Month(), t.Day()) + `\b`,
		y + `\s*[年년]\s*` + m + `\s*[月월]\s*` + d,
		month + `\s+` + dd + ord + `,?\s+(?:\p{L}+,?\s+)?` + y,
		`\b` + dd + ord + `\s*(?:de\s+|of\s+)?` + month + `,?\s*(?:de\s+)?'?(?:` + y + `|` + yy + `)\b`,
		`\b` + y + `\.?,?\s+` + month + `\s+` + dd + `\b`,
	}, "|"))
	noYear = regexp.MustCompile(`(?i)(?:` + month + `\s+` + dd + ord + `\b|\b` + dd + ord + `\s*(?:de\s+|of\s+)?` + month + `)`)
	return full, noYear
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
