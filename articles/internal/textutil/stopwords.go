package textutil

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// Stopwords are the commonest function words of the languages the reader
// meets most. Prose is dense with them; labels, menus and names are not,
// which is what tells a sentence from page furniture.
var Stopwords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, set := range stopwordsByLang() {
		for w := range set {
			m[w] = true
		}
	}
	return m
})

// stopwordsByLang holds each language's list, for telling languages apart.
var stopwordsByLang = sync.OnceValue(func() map[string]map[string]bool {
	langs := []string{"en", "fr", "de", "es", "it", "pt", "nl"}
	lists := []string{
		// en
		"the a an and or but of to in on at for with by from as is are was were be been has have had it its this that these those he she they we you i not no will would can could said says than then there their his her which who what when where also after before over about into more",
		// fr
		"le la les un une des du de et ou mais à au aux en dans sur par pour avec sans est sont était été a ont il elle ils elles nous vous je ne pas que qui quoi dont où ce cette ces son sa ses leur leurs plus selon",
		// de
		"der die das den dem des ein eine einer eines einem und oder aber zu im in an auf für mit von aus bei ist sind war waren wird werden hat haben er sie es wir ihr ich nicht kein dass als auch nach vor über wie",
		// es
		"el la los las un una unos unas y o pero de del a al en con por para sin es son fue era ha han él ella ellos nosotros no que quien como cuando donde su sus más este esta según",
		// it
		"il lo la i gli le un uno una e o ma di del della dei delle a al alla in nel nella con per su da è sono era stato ha hanno lui lei loro noi non che chi come quando dove suo sua più questo questa",
		// pt
		"o a os as um uma uns umas e ou mas de do da dos das em no na nos nas com por para sem é são foi era tem têm ele ela eles nós não que quem como quando onde seu sua mais este esta",
		// nl
		"de het een en of maar van in op aan voor met door uit bij is zijn was waren wordt worden heeft hebben hij zij ze wij jij ik niet geen dat die als ook na over",
	}
	out := map[string]map[string]bool{}
	for i, l := range lists {
		set := map[string]bool{}
		for _, w := range strings.Fields(l) {
			set[w] = true
		}
		out[langs[i]] = set
	}
	return out
})

// stopwordLangs fixes the order languages are ranked in, and their bits in
// stopwordMask.
var stopwordLangs = []string{"en", "fr", "de", "es", "it", "pt", "nl"}

// stopwordMask maps a function word to the set of languages that use it, one
// bit per entry of stopwordLangs: one lookup per word instead of one per
// language.
var stopwordMask = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	for i, l := range stopwordLangs {
		for w := range stopwordsByLang()[l] {
			m[w] |= 1 << i
		}
	}
	return m
})

// countStopword adds w to the counts of the languages whose function word
// it is.
func countStopword(counts *[8]int, w string) {
	var buf [maxStopwordLen]byte
	var mask uint8
	if lower, ascii := lowerASCII(&buf, w); !ascii {
		mask = stopwordMask()[strings.ToLower(w)]
	} else if lower != nil {
		mask = stopwordMask()[string(lower)] // looked up without a copy
	}
	for i := 0; mask != 0; i, mask = i+1, mask>>1 {
		if mask&1 != 0 {
			counts[i]++
		}
	}
}

// lowerASCII lower-cases an ASCII word into buf: nil when it is longer
// than buf (no function word is); ascii is false for a word that is not
// ASCII, which strings.ToLower must lower.
func lowerASCII(buf *[maxStopwordLen]byte, w string) (lower []byte, ascii bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if i >= len(buf) {
			continue // too long; still checked for ASCII
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if len(w) > len(buf) {
		return nil, true
	}
	return buf[:len(w)], true
}

// maxStopwordLen is the longest function word's length in bytes.
const maxStopwordLen = 16

// leadingLanguage tells the language of prose by which language's function
// words it uses most among its n words, when one clearly leads; ""
// otherwise.
func leadingLanguage(counts *[8]int, n int) string {
	best, second, lang := 0, 0, ""
	for i, l := range stopwordLangs {
		switch c := counts[i]; {
		case c > best:
			best, second, lang = c, best, l
		case c > second:
			second = c
		}
	}
	if best >= 6 && best*10 >= second*15 && best*100 >= n*15 {
		return lang
	}
	return ""
}

// StopwordRatio is the share of a text's words that are function Words.
func StopwordRatio(text string) float64 {
	ws := Words(strings.ToLower(text))
	if len(ws) == 0 {
		return 0
	}
	n := 0
	for _, w := range ws {
		if Stopwords()[w] {
			n++
		}
	}
	return float64(n) / float64(len(ws))
}

// LanguageSample is how much of a text DetectLanguage reads: a longer text
// is cut to its first LanguageSample bytes (at a space), since a few
// paragraphs tell the language as well as the whole text.
const LanguageSample = 1200

// DetectLanguage returns the ISO 639-1 code of text, or "" when the
// detector is not confident: unknown stays unknown.
func DetectLanguage(text string) string {
	if len(text) > LanguageSample {
		cut := strings.LastIndexByte(text[:LanguageSample], ' ')
		text = text[:max(cut, 0)]
	}
	if lang := cjkLanguage(text); lang != "" {
		return lang
	}
	// The function words of each language, counted without a list of words.
	var counts [8]int
	n := 0
	for i := 0; ; {
		start, end := NextWord(text, i)
		if start == len(text) {
			break
		}
		countStopword(&counts, text[start:end])
		n, i = n+1, end
	}
	if n < 8 {
		return ""
	}
	if lang := leadingLanguage(&counts, n); lang != "" {
		return lang
	}
	lang, confidence := detectWhitelisted(text)
	if confidence < 0.5 {
		return ""
	}
	return lang.Iso6391()
}

// languageWhitelist keeps the detector to languages news comes in, which
// makes it far more reliable on short texts than choosing among all 84.
var languageWhitelist = sync.OnceValue(func() map[whatlanggo.Lang]bool {
	return map[whatlanggo.Lang]bool{
		whatlanggo.Eng: true, whatlanggo.Fra: true, whatlanggo.Deu: true, whatlanggo.Spa: true,
		whatlanggo.Ita: true, whatlanggo.Por: true, whatlanggo.Nld: true, whatlanggo.Pol: true,
		whatlanggo.Rus: true, whatlanggo.Ukr: true, whatlanggo.Tur: true, whatlanggo.Arb: true,
		whatlanggo.Cmn: true, whatlanggo.Jpn: true, whatlanggo.Kor: true, whatlanggo.Swe: true,
		whatlanggo.Dan: true, whatlanggo.Nob: true, whatlanggo.Fin: true, whatlanggo.Ces: true,
		whatlanggo.Ell: true, whatlanggo.Heb: true, whatlanggo.Hin: true, whatlanggo.Ron: true,
		whatlanggo.Hun: true, whatlanggo.Ind: true, whatlanggo.Vie: true,
	}
})
