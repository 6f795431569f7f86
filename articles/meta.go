package articles

import (
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// nameRe matches a personal name: two to four capitalised words.
const namePattern = `\p{Lu}[\p{L}'’.\-]+(?:\s+(?:\p{Lu}[\p{L}'’.\-]+|van|von|de|da|di|del|der|le|la|bin|al-\p{L}+)){1,3}`

var (
	bylineRe    = regexp.MustCompile(`^(?i:by|par|von|por|di|da|door|av|przez|de)\s+(` + namePattern + `(?:\s*(?:,|and|et|und|y|e|en|&)\s*` + namePattern + `)*)\s*(?:[,|•·–—-].*)?$`)
	bioRe       = regexp.MustCompile(`^(` + namePattern + `)\s+(?:is|was|est|était|ist|war|es|era|è|é|foi|is|jest)\s+(?:.{0,80}?)\b(?i:editor|reporter|writer|correspondent|journalist|columnist|contributor|author|analyst|producer|rédacteur|rédactrice|journaliste|correspondant|correspondante|chroniqueur|chroniqueuse|redakteur|redakteurin|korrespondent|korrespondentin|journalistin|autor|autorin|periodista|redactor|redactora|corresponsal|giornalista|redattore|redattrice|corrispondente|jornalista|repórter|redacteur|verslaggever|dziennikarz|redaktor)`)
	bioOutletRe = regexp.MustCompile(`(?i:editor|reporter|writer|correspondent|journalist|columnist|contributor|analyst|producer|rédacteur|rédactrice|journaliste|correspondant|chroniqueur|redakteur|redakteurin|korrespondent|journalistin|periodista|redactor|corresponsal|giornalista|redattore|corrispondente|jornalista|repórter|redacteur|verslaggever)(?:,|\s+(?:at|for|of|with|on|chez|pour|de|du|bei|für|beim|der|en|para|di|per|da|na|no|bij|voor|w))\s+(?:the\s+|le\s+|la\s+|der\s+|die\s+|el\s+|il\s+|o\s+|a\s+|het\s+)?(\p{Lu}[\p{L}\d&'’.\-]*(?:\s+\p{Lu}[\p{L}\d&'’.\-]*){0,4})`)
	copyrightRe = regexp.MustCompile(`(?i)^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:by\s+)?([\p{L}][\p{L}\d&'’. \-]{1,40}?)\s*(?:[.,|]|all rights|tous droits|alle rechte|todos los|tutti i|$)`)
	urlRe       = regexp.MustCompile(`https?://[^\s<>"')\]]+`)
)

// bylineAuthor returns the names of a "By Jane Doe" style line.
func bylineAuthor(text string) string {
	if countWords(text) > 14 {
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
	if countWords(text) > 120 {
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

// copyrightOwner reads the outlet from a "© 2024 The Daily" line.
func copyrightOwner(text string) string {
	m := copyrightRe.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	owner := strings.TrimSpace(m[1])
	if countWords(owner) == 0 || countWords(owner) > 5 {
		return ""
	}
	return owner
}

// domainOutlet names an outlet by the host of a URL ("www.example.com" ->
// "example.com"); the host is evidence, a prettier name would be a guess.
func domainOutlet(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// folderOutlet is the last resort: a parent folder named like an outlet
// ("news/the-daily/story.txt"). Generic, numeric and hash-like names say
// nothing, and then the outlet stays unknown.
func folderOutlet(file string) string {
	dir := filepath.Base(filepath.Dir(file))
	if dir == "." || dir == "/" || dir == "" {
		return ""
	}
	switch strings.ToLower(dir) {
	case "articles", "article", "news", "tmp", "temp", "downloads", "download", "seeds", "builtin",
		"data", "input", "inputs", "docs", "testdata", "files", "texts", "txt", "home", "desktop", "documents":
		return ""
	}
	letters := 0
	for _, r := range dir {
		if r >= '0' && r <= '9' {
			return ""
		}
		if r != '-' && r != '_' && r != '.' {
			letters++
		}
	}
	if letters < 3 {
		return ""
	}
	return strings.NewReplacer("-", " ", "_", " ").Replace(dir)
}

// months maps month names and abbreviations in several languages.
var months = func() map[string]time.Month {
	names := [12]string{
		"january jan janvier janv januar jänner enero ene gennaio gen janeiro januari stycznia",
		"february feb février févr fevrier februar febrero febbraio fevereiro fev februari lutego",
		"march mar mars märz maerz marzo março marco maart marca",
		"april apr avril avr abril aprile abr kwietnia",
		"may mai mayo maggio maio mei maja",
		"june jun juin juni junio giugno junho czerwca",
		"july jul juillet juil juli julio luglio julho lipca",
		"august aug août aout agosto ago augustus sierpnia",
		"september sep sept septembre septiembre settembre set setembro września",
		"october oct octobre oktober okt octubre ottobre ott outubro out października",
		"november nov novembre noviembre novembro listopada",
		"december dec décembre decembre dezember dez diciembre dic dicembre dezembro grudnia",
	}
	m := map[string]time.Month{}
	for i, list := range names {
		for _, n := range strings.Fields(list) {
			m[n] = time.Month(i + 1)
		}
	}
	return m
}()

var (
	isoDateRe       = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	monthDayYearRe  = regexp.MustCompile(`(?i)\b(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dayMonthYearRe  = regexp.MustCompile(`(?i)\b(\d{1,2})(?:\.|er|º|st|nd|rd|th)?\s+(?:de\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+)?(\d{4})\b`)
	dateLineStartRe = regexp.MustCompile(`(?i)^(published|updated|posted|last updated|date|publié|mis à jour|le|veröffentlicht|aktualisiert|am|publicado|actualizado|pubblicato|aggiornato|atualizado|gepubliceerd|opublikowano)\b`)
)

// findDate returns the first full date (with a year) in text.
func findDate(text string) (time.Time, bool) {
	if m := isoDateRe.FindStringSubmatch(text); m != nil {
		if t, err := time.Parse("2006-01-02", m[0]); err == nil {
			return t, true
		}
	}
	if m := monthDayYearRe.FindStringSubmatch(text); m != nil {
		if mon, ok := months[strings.ToLower(m[1])]; ok {
			if t, ok := makeDate(m[3], mon, m[2]); ok {
				return t, true
			}
		}
	}
	if m := dayMonthYearRe.FindStringSubmatch(text); m != nil {
		if mon, ok := months[strings.ToLower(m[2])]; ok {
			if t, ok := makeDate(m[3], mon, m[1]); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

func makeDate(year string, mon time.Month, day string) (time.Time, bool) {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || y < 1900 || y > 2200 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, mon, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// dateLine reports whether a short line is a publication date line, and
// its date.
func dateLine(text string) (time.Time, bool) {
	if countWords(text) > 14 {
		return time.Time{}, false
	}
	t, ok := findDate(text)
	if !ok {
		return t, false
	}
	// Either it says so ("Published ..."), or it is little more than the date.
	if dateLineStartRe.MatchString(text) || countWords(text) <= 6 || strings.ContainsAny(text, "|•·") {
		return t, true
	}
	return time.Time{}, false
}

// parsePublished reads a front-matter date.
func parsePublished(v string) time.Time {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t
		}
	}
	if t, ok := findDate(v); ok {
		return t
	}
	return time.Time{}
}
