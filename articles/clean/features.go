package clean

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"reader/articles/internal/textutil"
)

// lineShape is what one line says of itself, in plain text: its size, its
// punctuation, how much of it is the page language's stop-words, and the
// page-furniture vocabulary it matches.
type lineShape struct {
	words, chars       float64
	sentence, colon    float64 // ends like a sentence; ends with a colon
	stop, stopCount    float64 // share and count of stop-words
	caps, acronyms     float64 // share of capitalised words; of all-capital words
	digits, punct, cjk float64 // shares of the characters
	seps, commas       float64 // separators (| · • › » /) and commas per word
	list               float64
	year, date, clock  float64
	url, quote         float64
	byline, dateLine   float64
	headline, label    float64
	startsUpper        float64
	before, after      float64 // lines of the page with the same words above and below this one
	indent, blank      float64
	cta, disclosure    float64 // a call to action; an affiliate or sponsorship disclosure
	overPrev, overNext float64 // share of its content words in the line before; after
	prose              bool
	vocab              string
}

// ctaStarts open the calls to action of web pages (sign-up, booking, demo
// and download buttons) in the major European languages.
var ctaStarts = sync.OnceValue(func() []string {
	return strings.Fields(`get book request schedule sign subscribe download contact register apply learn start try buy
shop order join call explore discover see view click tap claim grab save unlock access watch listen follow share
découvrez inscrivez téléchargez contactez abonnez essayez achetez commandez réservez rejoignez
jetzt entdecken registrieren herunterladen kontaktieren abonnieren bestellen jetzt testen
descubre descarga contacta regístrate suscríbete compra reserva prueba únete
scopri scarica contattaci registrati iscriviti acquista prenota prova
descubra baixe saiba assine compre reserve experimente`)
})

// disclosureWords mark the affiliate, sponsorship and promotion notices of
// commercial pages.
var disclosureWords = []string{"affiliate", "commission", "qualifying purchases", "sponsored", "free trial", "promo code",
	"discount code", "% off", "no credit card", "book a demo", "get a demo", "partenaire", "affiliation", "werbelink",
	"provision", "afiliado", "comisión", "affiliazione", "commissione", "afiliados", "comissão"}

var ctaSet = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range ctaStarts() {
		m[w] = true
	}
	return m
})

// vocabReasons are the furniture vocabularies a line may match; each is a
// feature of its own.
var vocabReasons = []string{"comment form", "cookie notice", "privacy notice", "ad notice", "video player",
	"image caption", "subscribe prompt", "share prompt", "related link", "byline", "copyright", "link"}

// shapeOf measures one line against its page's stop-words.
// phrases are the line's phrase list bits (linePhrases), ws and lower its
// words and the same lower-cased, bits their WordBits.
func shapeOf(u unit, phrases uint64, ws, lower []string, bits []uint64, stop *textutil.Stoplist, vocab string) lineShape {
	s := lineShape{words: float64(len(ws)), chars: float64(utf8.RuneCountInString(u.text)), vocab: vocab}
	s.sentence = b2f(textutil.EndsSentence(u.text))
	last, _ := utf8.DecodeLastRuneInString(u.text)
	s.colon = b2f(last == ':')
	var stops, caps, acr int
	for i, w := range ws {
		if stop != nil && bits[i]&stop.Bit != 0 {
			stops++
		}
		if textutil.IsCapitalised(w) {
			caps++
		}
		if textutil.IsAcronym(w) {
			acr++
		}
	}
	if len(ws) > 0 {
		n := float64(len(ws))
		s.stop, s.caps, s.acronyms = float64(stops)/n, float64(caps)/n, float64(acr)/n
		s.commas = float64(strings.Count(u.text, ",")) / n
	}
	s.stopCount = float64(stops)
	var digits, punct, cjk, letters int
	for _, r := range u.text {
		switch {
		case unicode.IsDigit(r):
			digits++
		case r >= 0x1100 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)):
			cjk++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			punct++
		}
		switch r {
		case '|', '·', '•', '›', '»', '/', '>':
			s.seps++
		}
	}
	if s.chars > 0 {
		s.digits, s.punct, s.cjk = float64(digits)/s.chars, float64(punct)/s.chars, float64(cjk)/s.chars
	}
	s.list = b2f(u.list != Paragraph)
	s.year = b2f(hasYear(u.text))
	if _, ok := textutil.FindDate(u.text); ok {
		s.date = 1
	}
	s.clock = b2f(hasClock(u.text))
	s.url = b2f(strings.Contains(u.text, "http") || strings.Contains(u.text, "www.") || strings.Contains(u.text, "@"))
	s.quote = b2f(quoteMarks.in(u.text))
	short := len(ws) <= 14 // bylines, date lines and labels are short
	s.byline = b2f(short && bylineAuthor(u.text) != "")
	if short {
		if _, ok := dateLine(u.text); ok {
			s.dateLine = 1
		}
	}
	if len(ws) > 0 && short && ctaSet()[lower[0]] {
		s.cta = 1
	}
	s.disclosure = b2f(phrases&disclosureWordsList != 0)
	s.headline = b2f(headlineLikeWords(u.text, len(ws)))
	s.label = b2f(len(ws) <= 6 && isLabel(u.text))
	first, _ := utf8.DecodeRuneInString(u.text)
	s.startsUpper = b2f(unicode.IsUpper(first))
	s.indent, s.blank = b2f(u.indent), b2f(u.blankBefore)
	// Prose: a sentence of some length, dense with the language's small
	// words, or a long run of CJK text.
	s.prose = len(ws) >= 12 && s.sentence == 1 && (s.stop >= 0.15 || stop == nil) || s.cjk > 0.5 && s.chars >= 40
	return s
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return true
		}
	}
	return false
}

func hasClock(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i] == ':' && isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func logp(x float64) float64 { return math.Log1p(x) }
