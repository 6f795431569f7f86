package clean

import (
	"net/url"
	"reader/articles/internal/textutil"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// nameRe matches a personal name: two to four capitalised textutil.Words.
const namePattern = `\p{Lu}[\p{L}'’.\-]+(?:\s+(?:\p{Lu}[\p{L}'’.\-]+|van|von|de|da|di|del|der|le|la|bin|al-\p{L}+)){1,3}`

var (
	bylineRe    = lazyRE(`^(?i:by|par|von|por|di|da|door|av|przez|de)\s+(` + namePattern + `(?:\s*(?:,|and|et|und|y|e|en|&)\s*` + namePattern + `)*)\s*(?:[,|•·–—-].*)?$`)
	bioRe       = lazyRE(`^(` + namePattern + `)\s+(?:is|was|est|était|ist|war|es|era|è|é|foi|is|jest)\s+(?:.{0,80}?)\b(?i:editor|reporter|writer|correspondent|journalist|columnist|contributor|author|analyst|producer|rédacteur|rédactrice|journaliste|correspondant|correspondante|chroniqueur|chroniqueuse|redakteur|redakteurin|korrespondent|korrespondentin|journalistin|autor|autorin|periodista|redactor|redactora|corresponsal|giornalista|redattore|redattrice|corrispondente|jornalista|repórter|redacteur|verslaggever|dziennikarz|redaktor)`)
	bioOutletRe = lazyRE(`(?i:editor|reporter|writer|correspondent|journalist|columnist|contributor|analyst|producer|rédacteur|rédactrice|journaliste|correspondant|chroniqueur|redakteur|redakteurin|korrespondent|journalistin|periodista|redactor|corresponsal|giornalista|redattore|corrispondente|jornalista|repórter|redacteur|verslaggever)(?:,|\s+(?:at|for|of|with|on|chez|pour|de|du|bei|für|beim|der|en|para|di|per|da|na|no|bij|voor|w))\s+(?:the\s+|le\s+|la\s+|der\s+|die\s+|el\s+|il\s+|o\s+|a\s+|het\s+)?(\p{Lu}[\p{L}\d&'’.\-]*(?:\s+\p{Lu}[\p{L}\d&'’.\-]*){0,4})`)
	copyrightRe = lazyRE(`(?i)^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:by\s+)?([\p{L}][\p{L}\d&'’. \-]{1,40}?)\s*(?:[.,|]|all rights|tous droits|alle rechte|todos los|tutti i|$)`)
	urlRe       = lazyRE(`https?://[^\s<>"')\]]+`)
)

// bylineAuthor returns the names of a "By Jane Doe" style line.
func bylineAuthor(text string) string {
	if !mayBeByline(text) || textutil.WordsOver(text, 14) {
		return ""
	}
	m := bylineRe.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1])
}

// authorBio recognises a paragraph about the author ("Jane Doe is a senior
// reporter at The Daily ...") and returns the name and the outlet it names.
func authorBio(text string) (name, outlet string, ok bool) {
	if !mayBeAuthorBio(text) || textutil.WordsOver(text, 120) {
		return "", "", false
	}
	m := bioRe.FindStringSubmatch(text)
	if m == nil {
		return "", "", false
	}
	if o := bioOutletRe.FindStringSubmatch(text); o != nil {
		outlet = strings.TrimRight(strings.TrimSpace(o[1]), ".")
	}
	return strings.TrimSpace(m[1]), outlet, true
}

var (
	// ownerNoiseRe and ownerTailRe are what surrounds an owner's name on a
	// copyright line: the word itself, years, a roman year, a dash.
	ownerNoiseRe = lazyRE(`(?i)^(?:\s*(?:©|\(c\)|copyright|\d{4}(?:\s*[-–]\s*\d{4})?)\s*)+`)
	ownerTailRe  = lazyRE(`(?:\s+(?:\d{4}(?:\s*[-–]\s*\d{4})?|M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))|\s*[-–—|])+$`)
)

// copyrightOwner reads the outlet from a "© 2024 The Daily" line.
func copyrightOwner(text string) string {
	m := copyrightRe.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	owner := ownerNoiseRe.ReplaceAllString(m[1], "")
	owner = strings.TrimSpace(ownerTailRe.ReplaceAllString(owner, ""))
	if textutil.CountWords(owner) == 0 || hasDigitRun(owner, 4) || textutil.WordsOver(owner, 5) {
		return ""
	}
	// Not an owner: a word in lowercase ("onwards"), a fragment ("St"), or
	// the page's legal notices ("Copyright Guidelines", "All rights reserved").
	first, _ := utf8.DecodeRuneInString(owner)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) || utf8.RuneCountInString(strings.ReplaceAll(owner, ".", "")) < 3 || legalRe.MatchString(owner) {
		return ""
	}
	return owner
}

// legalRe finds the words of a legal notice, which a copyright line names
// instead of an owner.
var legalRe = lazyRE(`(?i)\b(?:all rights|rights reserved|guidelines|infringement|license|licence|information|notice|policy|permission|terms|droits|rechte|derechos|diritti|direitos)\b|^(?:and|et|und|y|e|en)\b`)

// DomainOutlet names an outlet by the host of a URL ("www.example.com" ->
// "example.com"); the host is evidence, a prettier name would be a guess.
func DomainOutlet(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// dateLine reports whether a short line is a publication date line, and
// its date.
func dateLine(text string) (time.Time, bool) {
	if textutil.WordsOver(text, 14) {
		return time.Time{}, false
	}
	t, ok := textutil.FindDate(text)
	if !ok {
		return t, false
	}
	// Either it says so ("Published ..."), or it is little more than the date.
	if dateLineStartRe.MatchString(text) || !textutil.WordsOver(text, 6) || lineSeparators.in(text) {
		return t, true
	}
	return time.Time{}, false
}

var dateLineStartRe = lazyRE(`(?i)^(published|updated|posted|last updated|date|publié|mis à jour|le|veröffentlicht|aktualisiert|am|publicado|actualizado|pubblicato|aggiornato|atualizado|gepubliceerd|opublikowano)(?:[^\pL\pN_]|$)`)
