package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"reader/articles/internal/textutil"
)

// gluedWords are the words a scraper glues to the word before when it
// joins adjacent elements without a space ("MillerPublished", "BoucherIn").
var gluedWords = map[string]bool{"In": true, "On": true, "By": true, "Published": true, "Updated": true, "Posted": true,
	"Last": true, "Publié": true, "Mis": true, "Veröffentlicht": true, "Aktualisiert": true, "Publicado": true,
	"Actualizado": true, "Pubblicato": true, "Aggiornato": true, "Atualizado": true, "Gepubliceerd": true, "Bijgewerkt": true}

// yearTimeRe is a year glued to a time ("20236:01 PM").
var yearTimeRe = lazyRE(`((?:19|20)\d{2})(\d{1,2}:\d{2})`)

// splitGlued puts back the spaces scrapers drop between elements: after a
// digit before a capital ("2020November", "2024-03-04T10:00"), after a year
// before a word, between a year and a time, and before a date word or a
// month glued to the word before ("MillerPublished", "readDec 30, 2013").
// It walks the line once; most lines need nothing and come back as they are.
func splitGlued(text string) string {
	var b strings.Builder
	last := 0   // bytes of text copied to b so far
	digits := 0 // length of the digit run just before i
	var prev rune
	for i, r := range text {
		split := false
		switch {
		case unicode.IsDigit(prev) && unicode.IsUpper(r):
			split = true
		case digits >= 4 && unicode.IsLower(r):
			split = true
		case unicode.IsLower(prev) && unicode.IsUpper(r):
			split = gluedWordAt(text[i:])
		}
		if split {
			b.WriteString(text[last:i])
			b.WriteByte(' ')
			last = i
		}
		if unicode.IsDigit(r) {
			digits++
		} else {
			digits = 0
		}
		prev = r
	}
	if last > 0 {
		b.WriteString(text[last:])
		text = b.String()
	}
	if strings.IndexByte(text, ':') > 0 && hasDigitRun(text, 5) {
		text = yearTimeRe.ReplaceAllString(text, "$1 $2")
	}
	return text
}

// gluedWordAt: s opens with a date word, or with a month before a number.
func gluedWordAt(s string) bool {
	end := 0
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += size
	}
	w := s[:end]
	if gluedWords[w] {
		return true
	}
	if _, ok := textutil.Months()[strings.ToLower(w)]; !ok {
		return false
	}
	rest := strings.TrimLeft(strings.TrimPrefix(s[end:], "."), " ")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

var (
	// gluedMarkerRe is a byline marker stuck to the name ("ByJane Doe").
	gluedMarkerRe = lazyRE(`^(By|Par|Von|Por|Door)(\p{Lu}\p{Ll})`)
	// gluedSepRe is a separator stuck to a word ("Jane Doe•Mar 4").
	gluedSepRe = lazyRE(`\s*([|•·●])\s*`)
)

// unglue separates the words of a byline line that scrapers glue together.
func unglue(text string) string {
	if gluedSeps.in(text) {
		text = gluedSepRe.ReplaceAllString(text, " $1 ")
	}
	text = strings.ReplaceAll(text, " ,", ",")
	text = splitGlued(text)
	if len(text) > 3 && text[0] >= 'B' && text[0] <= 'P' {
		text = gluedMarkerRe.ReplaceAllString(text, "$1 $2")
	}
	return text
}
