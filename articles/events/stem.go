package events

import (
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/dutch"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/italian"
	"github.com/blevesearch/snowballstem/portuguese"
	"github.com/blevesearch/snowballstem/spanish"

	"reader/articles/internal/textutil"
)

// stemmers are the Snowball stemmers of the languages the reader knows,
// by ISO 639-1 code.
var stemmers = map[string]func(*snowballstem.Env) bool{
	"en": english.Stem, "fr": french.Stem, "de": german.Stem, "es": spanish.Stem,
	"it": italian.Stem, "pt": portuguese.Stem, "nl": dutch.Stem,
}

// stemmer stems the words of one language, reusing its state, and
// remembers the stems it made: news repeats its words.
type stemmer struct {
	lang  string
	stem  func(*snowballstem.Env) bool
	env   *snowballstem.Env
	cache map[string]string
}

// maxStemCache bounds a stemmer's memory of stems.
const maxStemCache = 1 << 14

// setLanguage makes s stem the words of lang; a language without a
// Snowball stemmer gets the plural stripper of textutil.
func (s *stemmer) setLanguage(lang string) {
	if s.env != nil && s.lang == lang {
		return
	}
	s.lang, s.stem = lang, stemmers[lang]
	if s.env == nil {
		s.env = snowballstem.NewEnv("")
	}
	if s.cache == nil || len(s.cache) > 0 {
		s.cache = make(map[string]string, 256)
	}
}

// Stem returns the stem of a lower-cased word.
func (s *stemmer) Stem(w string) string {
	if s.stem == nil {
		return textutil.Stem(w)
	}
	if st, ok := s.cache[w]; ok {
		return st
	}
	s.env.SetCurrent(w)
	s.stem(s.env)
	st := s.env.Current()
	if len(s.cache) >= maxStemCache {
		clear(s.cache)
	}
	s.cache[w] = st
	return st
}
