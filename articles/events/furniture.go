package events

import (
	"regexp"
	"strings"
	"unicode"
)

// An outlet prints the same furniture under every story it runs: its
// street address, postcode and phone number, a menu of archive years. Two
// stories sharing it share nothing about what happened, so such blocks give
// no grouping evidence at all. They are told by their shape, not by what
// they name.

var (
	// phoneRe is a phone number: an optional +country code, then three or
	// more groups of digits, or a long group, split by spaces, dots,
	// dashes or brackets.
	phoneRe = regexp.MustCompile(`(?:\+\d{1,3}[\s.\-]?)?(?:\(?\d{2,5}\)?[\s.\-]){2,}\d{2,5}\b`)
	// postcodeRe is a postcode of the shapes Europe writes: letters and
	// digits in two groups (BS1 4RT, T12 X8Y2, 1012 AB) or five digits
	// before a capitalised place name (26122 Oldenburg, 75011 Paris).
	postcodeRe = regexp.MustCompile(`\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b[A-Z]\d{2}\s?[A-Z\d]{4}\b|\b\d{4}\s?[A-Z]{2}\b|\b\d{5}\s+\p{Lu}\p{Ll}+`)
	// streetRe is a street address: a house number and a street name with
	// the word for a street, before or after it, in the languages the
	// reader knows.
	streetRe = regexp.MustCompile(`(?i)\b\d{1,4}[a-z]?,?\s+(?:\p{L}+\s+){0,3}(?:street|st\.|road|rd\.?|avenue|ave\.?|lane|boulevard|blvd|square|place|quay|way|drive|rue|bd|allée|quai|chemin|calle|avenida|plaza|paseo|via|viale|piazza|corso|rua)\b|(?i)\b(?:rue|avenue|boulevard|calle|avenida|via|rua)\s+(?:\p{L}+\s+){0,3}\d{1,4}\b|\p{L}+(?:straße|strasse|weg|platz|gasse|allee|ring|damm)\s+\d{1,4}\b`)
)

// isFurniture reports whether a block is an outlet's contact line or a
// menu: it holds a phone number, a street address with a postcode, or is
// a row of three or more items split by bars or bullets.
func isFurniture(text string) bool {
	if strings.Count(text, "|")+strings.Count(text, "·")+strings.Count(text, "•") >= 3 {
		return true
	}
	if loc := phoneRe.FindStringIndex(text); loc != nil && digitCount(text[loc[0]:loc[1]]) >= 8 {
		return true
	}
	return streetRe.MatchString(text) && postcodeRe.MatchString(text)
}

func digitCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n++
		}
	}
	return n
}
