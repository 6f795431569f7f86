package articles

import (
	"strings"
	"unicode"

	"reader/articles/internal/textutil"
)

// plausibleByline is the byline a saved page declares, or "" when it is
// none: readability reads some pages' date line as their byline ("Sat, 20
// Dec, 2025 - 06:36"), and a name glued to the date and the share buttons
// after it ("Jane3/4/2025000000Sharesfacebook") keeps only the name. A
// byline that begins with a digit ("98 Buck Social") is read whole, and is
// none when it has no word but a date line's ("262588213843476",
// "[Submitted on 18 Dec 2025]", "Updated March 13, 2024").
func plausibleByline(s string) string {
	if i := strings.IndexFunc(s, unicode.IsDigit); i > 0 {
		s = strings.TrimRightFunc(s[:i], func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
	}
	named := false
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if _, month := textutil.Months()[w]; month || textutil.Weekdays()[w] || dateLineWords[w] {
			continue
		}
		named = true
	}
	if !named {
		return ""
	}
	return s
}

// dateLineWords are the words around a date on a date line, in the
// languages of the bylines.
var dateLineWords = map[string]bool{
	"updated": true, "update": true, "published": true, "posted": true, "submitted": true, "modified": true, "last": true,
	"on": true, "at": true, "written": true, "by": true, "publié": true, "mis": true, "à": true, "jour": true, "le": true,
	"veröffentlicht": true, "aktualisiert": true, "am": true, "um": true, "publicado": true, "actualizado": true, "el": true,
	"pubblicato": true, "aggiornato": true, "il": true, "gepubliceerd": true, "bijgewerkt": true, "op": true,
}
