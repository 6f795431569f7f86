package events

import (
	"regexp"
	"strings"
	"sync"
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
	phoneRe = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?:\+\d{1,3}[\s.\-]?)?(?:\(?\d{2,5}\)?[\s.\-]){2,}\d{2,5}\b`)
	})
	// postcodeRe is a postcode of the shapes Europe writes: letters and
	// digits in two groups (BS1 4RT, T12 X8Y2, 1012 AB) or five digits
	// before a capitalised place name (26122 Oldenburg, 75011 Paris).
	postcodeRe = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b[A-Z]\d{2}\s?[A-Z\d]{4}\b|\b\d{4}\s?[A-Z]{2}\b|\b\d{5}\s+\p{Lu}\p{Ll}+`)
	})
	// streetRe is a street address: a house number and a street name with
	// the word for a street, before or after it, in the languages the
	// reader knows.
	// It is matched against the lower-cased text.
	streetRe = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b\d{1,4}[a-z]?,?\s+(?:\pL+\s+){0,3}(?:street|st\.|road|rd\.?|avenue|ave\.?|lane|boulevard|blvd|square|place|quay|way|drive|rue|bd|allée|quai|chemin|calle|avenida|plaza|paseo|via|viale|piazza|corso|rua)\b|\b(?:rue|avenue|boulevard|calle|avenida|via|rua)\s+(?:\pL+\s+){0,3}\d{1,4}\b|\pL+(?:straße|strasse|weg|platz|gasse|allee|ring|damm)\s+\d{1,4}\b`)
	})
)

// maxFurniture is the longest block taken for a contact line; longer
// ones are prose.
const maxFurniture = 400

// isFurniture reports whether a block is an outlet's contact line or a
// menu: it holds a phone number, a street address with a postcode, or is
// a row of three or more items split by bars or bullets.
func isFurniture(text string) bool {
	if strings.Count(text, "|")+strings.Count(text, "·")+strings.Count(text, "•") >= 3 {
		return true
	}
	digits := digitCount(text)
	if digits < 4 || len(text) > maxFurniture {
		return false
	}
	if loc := phoneRe().FindStringIndex(text); digits >= 8 && loc != nil && isPhone(text[loc[0]:loc[1]]) {
		return true
	}
	return mayHavePostcode(text) && postcodeRe().MatchString(text) && streetRe().MatchString(strings.ToLower(text))
}

func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigitByte(s[i]) {
			n++
		}
	}
	return n
}

// isPhone: whether a match of phoneRe is a phone number: eight digits or
// more, and not a figure grouped by thousands ("12 500 000").
func isPhone(m string) bool {
	if digitCount(m) < 8 {
		return false
	}
	groups := strings.FieldsFunc(m, func(r rune) bool { return r < '0' || r > '9' })
	if len(groups[0]) > 3 || strings.HasPrefix(m, "+") || strings.HasPrefix(m, "(") {
		return true
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return true
		}
	}
	return false
}

// mayHavePostcode is a cheap test that text may hold a postcode: a capital
// letter before a digit, or a run of four or five digits before a space.
func mayHavePostcode(text string) bool {
	run := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if isDigitByte(c) {
			if i > 0 && text[i-1] >= 'A' && text[i-1] <= 'Z' {
				return true
			}
			run++
			continue
		}
		if (run == 4 || run == 5) && c == ' ' {
			return true
		}
		run = 0
	}
	return false
}
