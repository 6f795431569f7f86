package events

import (
	"strings"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/danish"
	"github.com/blevesearch/snowballstem/dutch"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/finnish"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/hungarian"
	"github.com/blevesearch/snowballstem/italian"
	"github.com/blevesearch/snowballstem/norwegian"
	"github.com/blevesearch/snowballstem/portuguese"
	"github.com/blevesearch/snowballstem/romanian"
	"github.com/blevesearch/snowballstem/spanish"
	"github.com/blevesearch/snowballstem/swedish"

	"reader/articles/internal/textutil"
)

// stemmers are the Snowball stemmers of the languages the reader knows,
// and of the others Snowball stems that the language detector names, by
// ISO 639-1 code.
var stemmers = map[string]func(*snowballstem.Env) bool{
	"en": english.Stem, "fr": french.Stem, "de": german.Stem, "es": spanish.Stem,
	"it": italian.Stem, "pt": portuguese.Stem, "nl": dutch.Stem,
	"sv": swedish.Stem, "da": danish.Stem, "nb": norwegian.Stem, "no": norwegian.Stem, "fi": finnish.Stem,
	"hu": hungarian.Stem, "ro": romanian.Stem,
}

// stemmer stems the words of one language at a time, reusing its state,
// and remembers the stems it made in each language: news repeats its
// words, and a batch mixes languages.
type stemmer struct {
	lang   string
	stem   func(*snowballstem.Env) bool
	env    *snowballstem.Env
	cache  map[string]string            // the stems of lang
	caches map[string]map[string]string // by language
}

// maxStemCache bounds a stemmer's memory of stems in one language.
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
		s.caches = map[string]map[string]string{}
	}
	if s.stem == nil {
		s.cache = nil // textutil.Stem needs none
		return
	}
	if s.cache = s.caches[lang]; s.cache == nil {
		s.cache = make(map[string]string, 256)
		s.caches[lang] = s.cache
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
	s.cache[strings.Clone(w)] = st // w may share an article's text, which the cache would keep
	return st
}
