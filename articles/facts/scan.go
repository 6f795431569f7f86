package facts

import (
	"reader/articles/internal/textutil"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind says what a token is.
type tokKind uint8

const (
	tWord  tokKind = iota // letters, with inner apostrophes, hyphens and abbreviation dots
	tNum                  // digits with their group and decimal separators
	tSym                  // a currency sign or %
	tPunct                // anything else that is not space
)

// token is one word, number or sign of a sentence, with its byte offsets.
type token struct {
	s          string
	lower      string
	start, end int
	kind       tokKind
	glued      bool // no space before it: "3" "B" in "$3B", "m" in "€20m"
}

func (t token) is(words ...string) bool {
	for _, w := range words {
		if t.lower == w {
			return true
		}
	}
	return false
}

func (t token) capitalised() bool {
	r, _ := utf8.DecodeRuneInString(t.s)
	return t.kind == tWord && unicode.IsUpper(r)
}

// tokenize cuts a sentence into tokens in one pass.
func tokenize(s string, buf []token) []token {
	toks := buf[:0]
	glued := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			glued = false
			i += size
			continue
		case r < utf8.RuneSelf && isDigit(byte(r)):
			j := scanNumber(s, i)
			toks = append(toks, token{s: s[i:j], lower: s[i:j], start: i, end: j, kind: tNum, glued: glued})
			i = j
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanWord(s, i) // other digits ("٣") read as letters: no figure
			if j == i {
				j = i + size
			}
			w := s[i:j]
			if k := fusedDuration(w); k > 0 {
				// "fünftägige": read as "fünf tägige", a number word and its unit
				toks = append(toks, token{s: w[:k], lower: strings.ToLower(w[:k]), start: i, end: i + k, kind: tWord, glued: glued},
					token{s: w[k:], lower: strings.ToLower(w[k:]), start: i + k, end: j, kind: tWord})
				i = j
				break
			}
			toks = append(toks, token{s: w, lower: strings.ToLower(w), start: i, end: j, kind: tWord, glued: glued})
			i = j
		case r == '$' || r == '€' || r == '£' || r == '¥' || r == '%' || r == '₹' || r == '₩':
			toks = append(toks, token{s: s[i : i+size], lower: s[i : i+size], start: i, end: i + size, kind: tSym, glued: glued})
			i += size
		default:
			toks = append(toks, token{s: s[i : i+size], lower: s[i : i+size], start: i, end: i + size, kind: tPunct, glued: glued})
			i += size
		}
		glued = true
	}
	return toks
}

// scanNumber reads digits with inner group or decimal separators: "4,500",
// "4.35", "4 500" (with a no-break or thin space), "16.057", "61'000".
func scanNumber(s string, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		if c >= '0' && c <= '9' {
			j++
			continue
		}
		if (c == ',' || c == '.') && j+1 < len(s) && isDigit(s[j+1]) {
			j++
			continue
		}
		sep := groupSpace(s[j:])
		if sep == 0 && s[j] == '\'' {
			sep = 1 // "61'000", "CHF 850'000": the Swiss group mark
		} else if sep == 0 && strings.HasPrefix(s[j:], "’") {
			sep = len("’")
		}
		if sep == 0 && s[j] == ' ' && j-i <= 3 && s[i] != '0' && !strings.ContainsAny(s[i:j], ",.") && (i == 0 || s[i-1] == ' ' || s[i-1] == '(') {
			sep = 1 // "1 499 euros", "2 100 postes": a group of three after a space
		}
		if sep > 0 && j+sep+3 <= len(s) && isDigit(s[j+sep]) && isDigit(s[j+sep+1]) && isDigit(s[j+sep+2]) &&
			(j+sep+3 == len(s) || !isDigit(s[j+sep+3])) {
			j += sep
			continue
		}
		break
	}
	return j
}

// groupSpace is the length of a no-break or narrow no-break space at the
// start of s, or 0.
func groupSpace(s string) int {
	switch {
	case strings.HasPrefix(s, "\u00a0"):
		return 2
	case strings.HasPrefix(s, "\u202f"), strings.HasPrefix(s, "\u2009"):
		return 3
	}
	return 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scanWord reads letters, keeping inner apostrophes and hyphens ("co-founder",
// "O'Neill") and the dots of abbreviations ("U.S.", "S.A.").
func scanWord(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			j += size
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' {
			n, _ := utf8.DecodeRuneInString(s[j+size:])
			if j+size < len(s) && unicode.IsLetter(n) && (r != '.' || abbreviationDot(s, i, j)) {
				j += size
				continue
			}
			if r == '.' && abbreviationDot(s, i, j) && j+size <= len(s) && strings.Contains(s[i:j], ".") {
				j += size // the final dot of "U.S."
			}
		}
		break
	}
	return j
}

// abbreviationDot: the dot at j follows a single letter ("U.S", "S.A").
func abbreviationDot(s string, start, j int) bool {
	k := strings.LastIndexByte(s[start:j], '.')
	seg := s[start+k+1 : j]
	return utf8.RuneCountInString(seg) == 1
}

// abbreviations end with a dot that does not end a sentence.
var abbreviations = lazyWordSet(`Mr Mrs Ms Dr Prof St Jr Sr Gen Gov Sen Rep Col Lt Sgt Capt Cmdr Adm Rev Fr Hon Pres Mt Inc Corp Ltd Co No Nr
vs etc approx Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mme Mlle M Dott Sra Sr Av Bd Nos Vol ca bzw z.B usw
Mrd Mio Tsd Mill Mld Mln mld mln`)

// eachSentence calls fn with the bounds of each sentence of a paragraph:
// it ends at . ! ? or … followed by space, but not after an abbreviation
// ("Dr.", "U.S.") or a single capital initial ("J.").
func eachSentence(text string, fn func(start, end int)) {
	beg := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		end := i + 1
		switch {
		case c == '.' || c == '!' || c == '?':
		case c == 0xE2 && strings.HasPrefix(text[i:], "…"):
			end = i + 3
		default:
			continue
		}
		if end >= len(text) || text[end] != ' ' && text[end] != '\n' && !strings.HasPrefix(text[end:], "\u00a0") {
			continue
		}
		if c == '.' {
			ws := strings.LastIndexAny(text[beg:i], " (\"“«")
			word := text[beg+ws+1 : i]
			if len(word) <= 2 && word != "" && isDigit(word[0]) && isDigit(word[len(word)-1]) {
				next := text[end:]
				next = strings.TrimLeft(next, " \u00a0")
				if k := strings.IndexAny(next, " ,.;"); k > 0 {
					next = next[:k]
				}
				if isMonth(strings.ToLower(next)) || next == "bis" || next == "und" {
					continue // "am 3. April", "vom 3. bis zum 12. März": German ordinal dates
				}
			}
			if len(word) == 4 && isDigit(word[0]) && isDigit(word[3]) {
				next := strings.TrimLeft(text[end:], " \u00a0")
				if k := strings.IndexAny(next, " ,.;"); k > 0 {
					next = next[:k]
				}
				if next != "" && isMonth(next) {
					continue // Hungarian "2041. március 3.": the year, then the month, in lower case
				}
			}
			if abbreviations()[word] || abbreviations()[strings.TrimSuffix(word, ".")] || utf8.RuneCountInString(word) == 1 && word != "" && unicode.IsUpper(rune(word[0])) ||
				strings.Count(word, ".") >= 1 && !strings.ContainsAny(word[len(word)-1:], "0123456789") && len(word) <= 5 && strings.ToUpper(word) == word {
				continue
			}
		}
		fn(beg, end)
		beg = end
		for beg < len(text) && (text[beg] == ' ' || text[beg] == '\n') {
			beg++
		}
		i = beg - 1
	}
	if beg < len(text) {
		fn(beg, len(text))
	}
}

// fusedDuration is where the unit begins in a German adjective of length
// written with its number word ("fünftägige", "zweistündigen",
// "dreiwöchiger"); 0 for any other word.
func fusedDuration(w string) int {
	if len(w) < 9 || !strings.Contains(w, "ig") {
		return 0
	}
	lw := strings.ToLower(w)
	for _, unit := range []string{"tägig", "stündig", "wöchig", "monatig"} {
		k := strings.Index(lw, unit)
		if k <= 0 || !fusedEnding(lw[k+len(unit):]) {
			continue
		}
		if v := textutil.NumberWords()[lw[:k]]; v >= 2 {
			return k
		}
	}
	return 0
}

func fusedEnding(rest string) bool {
	switch rest {
	case "", "e", "en", "er", "es", "em":
		return true
	}
	return false
}
