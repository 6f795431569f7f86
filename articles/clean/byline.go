package clean

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"reader/articles/internal/textutil"
)

var (
	// bylineMarkerRe is what opens a byline in several languages: "By",
	// "Written by", "Par", "Von", "Por", "Di", "Door", "Author:" ...
	bylineMarkerRe = lazyRE(`(?i)^(?:(?:written|words|story|text|reporting|posted|published|article|interview|compiled)\s+by|by|par|écrit par|rédigé par|publié par|un article de|von|geschrieben von|por|escrito por|publicado por|di|scritto da|a cura di|door|geschreven door|av|af|przez|(?:authors?|auteurs?|autor|autorin|autores|autore|autori|texte|text|texto|testo|tekst|redacción|redazione|redactie)\s*:)(?:\s*:)?(?:\s+|$)`)
	// roleRe names a newsroom job, as in "Jane Doe, Senior Reporter".
	roleRe = lazyRE(`(?i)\b(?:editor|reporter|writer|correspondent|journalist|columnist|contributor|author|analyst|producer|editorial|consultant|director|manager|founder|co-founder|ceo|president|professor|attorney|lawyer|specialist|expert|strategist|marketer|researcher|scientist|engineer|designer|coach|photographer|blogger|intern|rédacteur|rédactrice|journaliste|correspondant|correspondante|chroniqueur|chroniqueuse|redakteur|redakteurin|korrespondent|korrespondentin|journalistin|autorin|periodista|redactor|redactora|corresponsal|giornalista|redattore|redattrice|corrispondente|jornalista|repórter|redacteur|verslaggever|correspondent|dziennikarz|redaktor)s?\b`)
	// nameStopRe are words after a name that end it: a date's place or time.
	nameStopWords = map[string]bool{"on": true, "le": true, "am": true, "el": true, "il": true, "em": true, "op": true,
		"in": true, "at": true, "for": true, "à": true, "pour": true, "für": true, "para": true, "per": true, "voor": true,
		"published": true, "updated": true, "posted": true, "last": true, "publié": true, "mis": true, "veröffentlicht": true,
		"aktualisiert": true, "publicado": true, "actualizado": true, "pubblicato": true, "aggiornato": true, "atualizado": true,
		"gepubliceerd": true, "bijgewerkt": true, "min": true, "minutes": true, "read": true}
	// nameJoiners join the names of several authors.
	nameJoiners = map[string]bool{"and": true, "&": true, "et": true, "und": true, "y": true, "e": true, "en": true, "og": true, "och": true, "i": true}
	// nameParticles may stand lowercase inside a name.
	nameParticles = map[string]bool{"van": true, "von": true, "de": true, "da": true, "di": true, "del": true, "della": true,
		"der": true, "den": true, "du": true, "dos": true, "das": true, "do": true, "le": true, "la": true, "ter": true, "bin": true, "ibn": true, "al": true}
)

// nextToken is the place of the first word of s at or after i, words
// being split at spaces and tabs; start == len(s) when there is none.
// parseNames reads a line's words one at a time with it: most lines stop
// being a name at their first or second word, and listing all their
// words first cost an allocation a line.
func nextToken(s string, i int) (start, end int) {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	start = i
	for i < len(s) && s[i] != ' ' && s[i] != '\t' {
		i++
	}
	return start, i
}

// parseNames reads one or more personal names at the start of s ("Jane
// Doe", "Jane Doe and John Roe", "Jane Doe, Reporter", "Jane Doe, MS, RD")
// and returns them as written, or "" when s does not start with names or
// has more than names, a role or credentials, and words that end a byline
// (a date, "on", "|"). single allows one-word names.
func parseNames(s string, single bool) string {
	end := 0            // where the names read so far end
	words := 0          // words of the name being read
	names := 0          // complete names
	afterComma := false // the last name closed with a comma
	closeName := func() bool {
		if words == 0 {
			return true
		}
		if words > 4 || words == 1 && !single {
			return false
		}
		names++
		words = 0
		return true
	}
	t0, t1 := nextToken(s, 0)
	var n0, n1 int // the next word, if any
	for k := 0; t0 < len(s); k, t0, t1 = k+1, n0, n1 {
		n0, n1 = nextToken(s, t1)
		more := n0 < len(s)
		w := s[t0:t1]
		comma := strings.HasSuffix(w, ",")
		w = strings.TrimRight(w, ",;")
		lw := strings.ToLower(strings.TrimRight(w, ":."))
		dated := more && s[n0] >= '0' && s[n0] <= '9'
		switch {
		case isSeparator(w) || nameStopWords[lw] || textutil.Weekdays()[lw] || hasDigitRun(lw, 1) || dated && monthOrDate(lw):
			if !closeName() || names == 0 {
				return ""
			}
			return strings.TrimSpace(s[:end])
		case nameJoiners[lw] && words > 0 || lw == "and" && words == 0 && names > 0:
			if !closeName() {
				return ""
			}
			afterComma = false
			continue
		case afterComma && words == 0 && (credential(w) || roleAhead(s[t0:])):
			return strings.TrimSpace(s[:end]) // "Jane Doe, MS" or "Jane Doe, Reporter"
		case k == 0 && single && w == "The" && more:
			words++ // "By The Harbour Desk": an organisation signs
		case nameWord(w):
			words++
			end = t0 + len(w)
		case words > 0 && nameParticles[lw] && more:
			// "van der" does not count towards a name's length
		default:
			return ""
		}
		afterComma = comma
		if comma && !closeName() {
			return ""
		}
	}
	if !closeName() || names == 0 {
		return ""
	}
	return strings.TrimSpace(s[:end])
}

// nameWord: a capitalised word of letters (an initial "J." too) that is
// not a function word or a weekday.
func nameWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || utf8.RuneCountInString(w) > 20 {
		return false
	}
	for _, r := range w[size:] {
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '.' && r != '-' {
			return false
		}
	}
	lw := strings.ToLower(strings.TrimRight(w, "."))
	if utf8.RuneCountInString(lw) < 2 {
		return strings.HasSuffix(w, ".") // an initial
	}
	return !textutil.Stopwords()[lw] && !textutil.Weekdays()[lw]
}

// credential: "MS", "Ph.D.", "E-RYT", "CPA": letters in capitals and dots.
func credential(w string) bool {
	if utf8.RuneCountInString(w) > 8 {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			letters++
		case r == '.' || r == '-' || r == 'h' && letters > 0:
		default:
			return false
		}
	}
	return letters > 0
}

// monthOrDate: a month, a weekday or a date word in one of the languages.
func monthOrDate(lw string) bool {
	lw = strings.TrimRight(lw, ".,:")
	if _, ok := textutil.Months()[lw]; ok {
		return true
	}
	return textutil.Weekdays()[lw] || hasDigitRun(lw, 1)
}

func isSeparator(w string) bool {
	switch w {
	case "|", "•", "·", "—", "–", "-", "/", "::", "●", "◆", "▪":
		return true
	}
	return false
}

// bylineShape says how a line names its author, strongest first.
type bylineShape int

const (
	noByline     bylineShape = iota
	markedByline             // "By Jane Doe", "Par Jeanne Dupont", "Author: Jane Doe"
	namedDated               // "Jane Doe | March 4, 2024", "Jane Doe, Reporter"
	nameOnly                 // "Jane Doe" alone on its line
)

// readByline reads the author a line gives and how. bare reports a marker
// with no name after it ("By" alone, the name on the next line).
func readByline(text string) (name string, shape bylineShape, bare bool) {
	if textutil.WordsOver(text, 20) {
		// A dated byline needs a year, and unglue only parts runs of
		// digits: a line without four digits in a row needs no ungluing.
		if hasDigitRun(text, 4) {
			if n := datedByline(unglue(text)); n != "" {
				return n, markedByline, false
			}
		}
		return "", noByline, false
	}
	text = unglue(text)
	if m := markerAt(text); m != nil {
		rest := strings.TrimSpace(text[m[1]:])
		if rest == "" {
			return "", noByline, true
		}
		if n := parseNames(rest, true); n != "" {
			return n, markedByline, false
		}
		return "", noByline, false
	}
	// "March 4, 2024 By Jane Doe", "News | By Jane Doe", "Published
	// March 4, 2024 by Jane Doe"
	if m := midMarker(text); m != nil && m[0] > 0 {
		before := strings.TrimSpace(text[:m[0]])
		last, _ := utf8.DecodeLastRuneInString(before)
		if !textutil.WordsOver(before, 12) && (isSeparator(string(last)) || len(lineDates(before, "")) > 0) {
			if n := parseNames(text[m[1]:], true); n != "" {
				return n, markedByline, false
			}
		}
	}
	if n := parseNames(text, false); n != "" {
		if n == strings.TrimSpace(text) {
			return n, nameOnly, false
		}
		return n, namedDated, false
	}
	dates := lineDates(text, "")
	if len(dates) == 0 {
		return "", noByline, false
	}
	// "March 4, 2024 Jane Doe": the name after the date.
	last := dates[len(dates)-1]
	if n := parseNames(strings.TrimSpace(last.after[last.end:]), false); n != "" && !interfaceWords(n) {
		return n, namedDated, false
	}
	// "March 4, 2024 · 5 min read · Jane Doe on behalf of the team": a name
	// opening a part of its own beside a date.
	for _, p := range separatorRe.Split(text, -1) {
		p = strings.TrimSpace(p)
		if n := parseNames(p, false); n != "" && len(lineDates(p, "")) == 0 && !interfaceWords(n) {
			return n, namedDated, false
		}
	}
	return "", noByline, false
}

// datedByline reads the byline that ends a longer line: a marker, a name
// and at once a date ("… a real difference by Jane Doe August 25, 2025"),
// as a scraper gives a standfirst and the byline under it when no blank
// line parts them. A name in a sentence is not followed by its date.
func datedByline(text string) string {
	if !hasDigitRun(text, 4) {
		return "" // no year for the date to have
	}
	// The name (four words and its particles at most) and its date (in at
	// most twelve words) end the line: only its last words are searched.
	text = lastWords(text, 24)
	for _, m := range midMarkerRe.FindAllStringIndex(text, -1) {
		rest := text[m[1]:]
		n := parseNames(rest, false)
		if n == "" || interfaceWords(n) {
			continue
		}
		after := strings.TrimLeft(rest[len(n):], " ,|·•-–—")
		if hits := lineDates(after, ""); len(hits) > 0 && strings.TrimSpace(hits[0].before) == "" && !textutil.WordsOver(after, 12) {
			return n
		}
	}
	return ""
}

// lastWords is the end of text from the space before its n-th word from
// the end, or all of it.
func lastWords(text string, n int) string {
	words := 0
	for i := len(text) - 1; i > 0; i-- {
		if text[i] == ' ' && text[i-1] != ' ' {
			if words++; words == n {
				return text[i:]
			}
		}
	}
	return text
}

// separatorRe splits a line into the parts a byline line strings together.
var separatorRe = lazyRE(`\s*[|•·●◆▪]\s*|\s+[-–—]\s+`)

// roleAhead: a newsroom job among the first three words of s ("Senior
// Director, Marketing and Sales").
func roleAhead(s string) bool {
	loc := roleRe.FindStringIndex(s)
	return loc != nil && !textutil.WordsOver(s[:loc[0]], 2)
}

// roleLine: a short line naming a newsroom job ("Senior Reporter"), the
// job among its first three words.
func roleLine(text string) bool {
	if textutil.WordsOver(text, 6) || textutil.EndsSentence(text) {
		return false
	}
	loc := roleRe.FindStringIndex(text)
	return loc != nil && !textutil.WordsOver(text[:loc[0]], 2)
}

// pageWords are words of menus, buttons and section names, which a line of
// capitalised words made of them is rather than a person's name.
var pageWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`menu link links blog blogs news home tips trial contact products product services service
		page pages guide guides review reviews insights strategy marketing design data resources resource solutions events
		event industry planning production style type free started start select save article articles view open copy share
		subscribe login log sign search read more top best recent key takeaways primary image images photo video videos
		latest popular trending related categories category tags tag topics topic about us our privacy policy terms cookie
		cookies newsletter newsletters careers jobs shop store cart account profile settings help support faq faqs download
		apps app watch listen podcast podcasts live sports business tech technology health travel food lifestyle opinion
		world local weather entertainment culture politics science education finance money real estate estate auto autos
		comments comment reply print email follow like submit get request call join register apply donate buy order
		try explore discover learn checklist checklists directory opportunities students faculty alumni tweet pin overview introduction summary conclusion contents table
		advertisement sponsored partner partners company companies pricing demo report reports program programs
		accueil actualités rubrique connexion recherche partager lire suite startseite nachrichten suche teilen anmelden
		inicio noticias buscar compartir portada notizie cerca condividi início notícias pesquisar compartilhar nieuws zoeken delen`) {
		m[w] = true
	}
	return m
})

// interfaceWords: the name is made of words of the page's interface.
func interfaceWords(name string) bool {
	for _, w := range textutil.Words(name) {
		if pageWords()[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// authorBoxRe opens an author box or a link to the author's other stories,
// often far from the headline: "More articles by Jane Doe", "View all
// posts by Jane Doe", "About the author".
var authorBoxRe = lazyRE(`(?i)^(?:(?:(?:view|see|read|browse)\s+)?(?:all\s+|more\s+)?(?:articles|posts|stories|news|content)\s+(?:by|from)|(?:more|read more)\s+(?:from|by)|about the (?:author|writer)|über (?:den autor|die autorin)|à propos de l'auteur|sobre (?:el|la|o|a) autor[a]?|sull'autore|over de auteur|meer van|mehr von|plus de)(?:\s*:)?(?:\s+|$)`)

// authorBox reads the name an author box or an archive link gives. next is
// the line after it, for a heading ("About the author") with the name
// under it.
func authorBox(text, next string) string {
	if len(text) > 120 || !mayOpenAuthorBox(text) {
		return ""
	}
	m := authorBoxRe.FindStringIndex(text)
	if m == nil {
		return ""
	}
	if rest := strings.TrimSpace(text[m[1]:]); rest != "" {
		return parseNames(rest, true)
	}
	if n := parseNames(next, false); n != "" && n == strings.TrimSpace(next) {
		return n
	}
	if name, _, ok := authorBio(next); ok {
		return name
	}
	return ""
}

// midMarkerRe is a byline marker inside a line.
var midMarkerRe = lazyRE(`(?:^|\s)(?:[Bb]y|Par|Von|Por|Door|Written by|Posted by)\s+`)

// markerFirstWords are the first words of the byline markers, so that most
// lines are let go before bylineMarkerRe runs.
var markerFirstWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`written words story text reporting posted published article interview compiled by par
		écrit rédigé publié un von geschrieben por escrito publicado di scritto a door geschreven av af przez author authors
		auteur auteurs autor autorin autores autore autori texte texto testo tekst redacción redazione redactie`) {
		m[w] = true
	}
	return m
})

// markerAt finds the byline marker opening text, nil when none does.
func markerAt(text string) []int {
	if !markerFirstWords()[strings.ToLower(firstWord(text))] {
		return nil
	}
	return bylineMarkerRe.FindStringIndex(text)
}

// firstWord is the run of letters opening text.
func firstWord(text string) string {
	end := 0
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += size
	}
	return text[:end]
}

// midMarker finds a byline marker inside a line, nil when there is none.
func midMarker(text string) []int {
	for _, w := range []string{" by ", " By ", " Par ", " Von ", " Por ", " Door "} {
		if strings.Contains(text, w) {
			return midMarkerRe.FindStringIndex(text)
		}
	}
	return nil
}
