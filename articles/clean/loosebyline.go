package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"reader/articles/internal/textutil"
)

// The byline shapes below are read only once the story and its headline
// are known (readMetadata), so they never change what the line model sees.

// gluedAuthorsRe opens a list of authors glued to its label, as scrapers
// join a label and its value: "Authors:Jane Doe, John Roe".
var gluedAuthorsRe = lazyRE(`(?i)^(?:authors?|auteurs?|autor(?:in|es)?|autore|autori)\s*:\s*`)

// looseByline reads the bylines readByline leaves: a marker before a user
// name ("by jdoe", "Posted on March 4, 2024 by jdoe"), names with a
// registered credential ("Written by Jane Doe, CFP®") and a label glued
// to its names ("Authors:Jane Doe, John Roe").
func looseByline(text string) (name string, bare bool) {
	if textutil.WordsOver(text, 20) {
		return "", false
	}
	text = unglue(text)
	if m := gluedAuthorsRe.FindStringIndex(text); m != nil {
		return parseNames(strings.TrimSpace(text[m[1]:]), true), false
	}
	if m := articleByRe.FindStringIndex(text); m != nil {
		if rest := strings.TrimSpace(text[m[1]:]); rest != "" {
			return parseNames(rest, true), false
		}
		return "", true
	}
	rest, ok := afterMarker(text)
	if !ok {
		return "", false
	}
	if n := parseNames(strings.Map(dropMarks, rest), true); n != "" {
		return n, false
	}
	if handle(rest) {
		return rest, false
	}
	if m := collectiveRe.FindStringSubmatch(rest); m != nil && !interfaceWords(m[1]) {
		return strings.TrimSpace(rest), false // "By The Harbour editors"
	}
	// "by Jane Doe (Agency) - 5 Comments", "by Jane Doe, Liaison to the
	// Board": the names up to a bracket, a separator or a comma, of two
	// words at least, so that "By Christmas, ..." opens no byline.
	if cut := strings.IndexAny(rest, "(,|•·–—"); cut > 0 {
		head := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest[:cut]), " -"))
		if n := parseNames(head, false); n != "" && n == head && !interfaceWords(n) {
			return n, false
		}
	}
	return "", false
}

var (
	// articleByRe opens a byline that names what was written: "Article
	// written by:", "This post was written by".
	articleByRe = lazyRE(`(?i)^(?:this\s+)?(?:article|post|story|blog post)\s+(?:was\s+)?written\s+by\s*:?\s*`)
	// collectiveRe is a newsroom signing as one: "The Harbour editors",
	// "Harbour Staff".
	collectiveRe = lazyRE(`^((?:The\s+)?\p{Lu}[\p{L}&'’.\-]*(?:\s+\p{Lu}[\p{L}&'’.\-]*){0,3})\s+(?i:editors|editorial team|staff|team|desk|newsroom|redaktion|rédaction|redacción|redazione|redactie)$`)
)

// afterMarker is what follows a byline marker that opens text, or one
// after a date or a separator ("March 4, 2024 by", "News | By").
func afterMarker(text string) (string, bool) {
	if m := markerAt(text); m != nil {
		return strings.TrimSpace(text[m[1]:]), true
	}
	if m := midMarker(text); m != nil && m[0] > 0 {
		before := strings.TrimSpace(text[:m[0]])
		last, _ := utf8.DecodeLastRuneInString(before)
		if !textutil.WordsOver(before, 12) && (isSeparator(string(last)) || len(lineDates(before, "")) > 0) {
			return strings.TrimSpace(text[m[1]:]), true
		}
	}
	return "", false
}

// dropMarks drops the registered and trade marks that follow a credential
// ("CFP®"), so that parseNames reads it as one.
func dropMarks(r rune) rune {
	if r == '®' || r == '™' {
		return -1
	}
	return r
}

// handle: one word as a site's user name is written ("jdoe", "j_doe",
// "jane.doe"): 3 to 30 letters, digits, dots, dashes or underscores,
// starting with a lower-case letter, and not a word of the language or of
// the page's interface.
func handle(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 3 || n > 30 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(first) {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '-' && r != '_' {
			return false
		}
	}
	lw := strings.ToLower(strings.TrimRight(s, "."))
	// "by subscribing", "by clicking": a gerund ends a sentence's "by".
	return !strings.HasSuffix(lw, "ing") && !textutil.Stopwords()[lw] && !pageWords()[lw] && !textutil.Weekdays()[lw] && !monthOrDate(lw)
}

// namesWithRole reads "Jane Doe - Product marketer": names, then a
// separator and a newsroom job.
func namesWithRole(text string) string {
	parts := separatorRe.Split(unglue(text), 3)
	if len(parts) != 2 {
		return ""
	}
	n := parseNames(strings.TrimSpace(parts[0]), true)
	if n == "" || n != strings.TrimSpace(parts[0]) || !roleLine(strings.TrimSpace(parts[1])) {
		return ""
	}
	return n
}
