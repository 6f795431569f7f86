package clean

import (
	"strings"
	"time"
	"unicode"

	"reader/articles/internal/textutil"
)

// dateLanguage settles numeric dates that read both ways (04/03/2024):
// by a date of the lines [lo, hi) that reads only one way ("mdy" or
// "dmy"), else by a written-out date of the page that one reading gives
// ("02-12-2025" above, "December 02, 2025" at the foot), else by most of
// the page's numeric dates that read one way, else by a cue word of a
// language that writes the day first ("Veröffentlicht am 11/04/2012"),
// else by the language of the story, English by its spelling; "" when the
// page has no such date.
func (c *cleaning) dateLanguage(lo, hi int) string {
	var both [][2]time.Time // the two readings of each date that reads both ways
	dmy, mdy := 0, 0        // the page's other dates that read one way
	cued := false           // a date that reads both ways follows a day-first language's cue
	for i, u := range c.units {
		if !hasDigitRun(u.text, 4) {
			continue
		}
		for _, m := range numericRe.FindAllStringSubmatch(u.text, -1) {
			a, b := atoi(m[1]), atoi(m[3])
			near := i >= lo && i < hi
			switch {
			case m[2] == ".":
			case a > 12 && b <= 12 && near:
				return "dmy"
			case b > 12 && a <= 12 && near:
				return "mdy"
			case a > 12 && b <= 12:
				dmy++
			case b > 12 && a <= 12:
				mdy++
			}
			if m[2] == m[4] && a != b && a <= 12 && b <= 12 {
				md, ok1 := dayOf(m[5], m[1], m[3])
				dm, ok2 := dayOf(m[5], m[3], m[1])
				if ok1 && ok2 {
					both = append(both, [2]time.Time{md, dm})
					cued = cued || dayFirstCueRe.MatchString(u.text)
				}
			}
		}
	}
	switch {
	case len(both) == 0:
		return ""
	case c.writtenOut(both) != "":
		return c.writtenOut(both)
	case dmy > mdy:
		return "dmy"
	case mdy > dmy:
		return "mdy"
	case cued:
		return "dmy"
	}
	var b strings.Builder
	for i, u := range c.units {
		if c.reason[i] == "" && b.Len() < 4000 {
			b.WriteString(u.text)
			b.WriteByte('\n')
		}
	}
	lang := textutil.DetectLanguage(b.String())
	if lang == "en" {
		var all strings.Builder
		for _, u := range c.units {
			all.WriteString(u.text)
			all.WriteByte('\n')
		}
		return englishOrder(all.String())
	}
	return lang
}

// writtenOut is "mdy" or "dmy" when a date the page writes with its month
// named is one reading of a date that reads both ways, and only one.
func (c *cleaning) writtenOut(both [][2]time.Time) string {
	for _, u := range c.units {
		if !hasDigitRun(u.text, 4) {
			continue
		}
		for _, h := range lineDates(u.text, "") {
			if !strings.ContainsFunc(h.after[h.at:h.end], unicode.IsLetter) {
				continue // a numeric date, not written out
			}
			for _, r := range both {
				switch {
				case h.t.Equal(r[0]):
					return "mdy"
				case h.t.Equal(r[1]):
					return "dmy"
				}
			}
		}
	}
	return ""
}

// dayFirstCueRe is a date cue of a language that writes the day first.
var dayFirstCueRe = lazyRE(`(?i)(?:publié|publiée|mis à jour|mise à jour|actualisé|veröffentlicht|erschienen|aktualisiert|geändert|publiziert|publicado|publicada|actualizado|actualizada|pubblicato|pubblicata|aggiornato|atualizado|atualizada|gepubliceerd|geplaatst|bijgewerkt|opublikowano)`)

var (
	// britishRe and americanRe are the spellings that tell British
	// English, which writes the day first, from American English, which
	// writes the month first.
	britishRe  = lazyRE(`(?i)\b(?:colour|favourite|centre|behaviour|labour|honour|neighbour|theatre|defence|travell(?:ed|ing|er)|jewellery|catalogue|\p{L}+isation|realis(?:e|ed|ing)|organis(?:e|ed|ing))s?\b`)
	americanRe = lazyRE(`(?i)\b(?:color|favorite|center|behavior|labor|honor|neighbor|theater|defense|travel(?:ed|ing|er)|jewelry|catalog|\p{L}+ization|realiz(?:e|ed|ing)|organiz(?:e|ed|ing))s?\b`)
)

// englishOrder reads an English page's numeric dates day first when it
// spells British, month first when it spells American; "en" when its
// spelling does not tell (numericDate then reads a slashed date month
// first and a dotted one day first).
func englishOrder(text string) string {
	br, am := len(britishRe.FindAllStringIndex(text, -1)), len(americanRe.FindAllStringIndex(text, -1))
	switch {
	case br > am:
		return "dmy"
	case am > br:
		return "mdy"
	}
	return "en"
}
