package clean

import (
	"strings"
	"unicode/utf8"
)

// Section trails and time stamps: the kicker or breadcrumb a page sets
// above its story ("News | Europe | Weather", "Home › Cronaca ›
// Politica") and the bare time of its last update ("Updated 09:15",
// "Aktualisiert: 10:02 Uhr"). On a short page the line model, which
// judges a line by its neighbours, keeps them with the story.

// trailSeparators part the entries of a section trail.
var trailSeparators = []string{" | ", " › ", " » ", " > ", " • ", " · ", " / "}

// dropSectionTrails removes the kept lines that are a section trail or a
// bare update time.
func (c *cleaning) dropSectionTrails() {
	for i, u := range c.units {
		if c.reason[i] != "" || i == c.title {
			continue
		}
		if sectionTrail(u.text) || bareStamp(c.lower[i]) {
			c.reason[i] = "navigation"
		}
	}
}

// sectionTrail: three to eight entries of one to three words each, parted
// by one separator, none a sentence.
func sectionTrail(line string) bool {
	if len(line) > 120 {
		return false
	}
	for _, sep := range trailSeparators {
		if strings.Count(line, sep) < 2 {
			continue
		}
		line = strings.TrimSpace(line)
		if mark := strings.TrimSpace(sep); strings.HasPrefix(line, mark) || strings.HasSuffix(line, mark) {
			return false // a table's row: "| Name | Age |"
		}
		parts := strings.Split(line, sep)
		if len(parts) < 3 || len(parts) > 8 {
			return false
		}
		for _, p := range parts {
			p = strings.TrimSpace(p)
			n := len(strings.Fields(p))
			r, _ := utf8.DecodeLastRuneInString(p)
			if n == 0 || n > 3 || r == '.' || r == '?' || r == '!' || r == ',' {
				return false
			}
		}
		return true
	}
	return false
}

// stampWords open a line that says when the page was last changed.
var stampWords = lazyWordSet("updated update last published posted aktualisiert aktualisierung stand mis à jour actualisé actualizado actualización aggiornato aggiornamento atualizado atualização bijgewerkt gewijzigd")

// bareStamp: a lower-cased line of an update word and a time of day and
// nothing else ("updated 09:15", "aktualisiert: 10:02 uhr", "mis à jour
// 08h40"); a date with it is read as the page's date by the metadata
// pass, which leaves it be.
func bareStamp(lower string) bool {
	if len(lower) > 40 {
		return false
	}
	words := strings.Fields(lower)
	if len(words) < 2 || len(words) > 5 || !stampWords()[strings.TrimRight(words[0], ":")] {
		return false
	}
	clock := false
	for _, w := range words[1:] {
		w = strings.TrimRight(w, ":,")
		switch {
		case stampWords()[w] || w == "à" || w == "um" || w == "at" || w == "a" || w == "om" || w == "às" || w == "alle" || w == "uhr" || w == "h" || w == "am" || w == "pm" || w == "a.m." || w == "p.m." || w == "gmt" || w == "utc" || w == "cet" || w == "bst":
		case clockLike(w):
			clock = true
		default:
			return false
		}
	}
	return clock
}

// clockLike: "09:15", "10.02", "8h40", "18h".
func clockLike(w string) bool {
	digits, seps := 0, 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ':' || r == '.' || r == 'h':
			seps++
		default:
			return false
		}
	}
	return digits >= 1 && digits <= 4 && seps == 1
}
