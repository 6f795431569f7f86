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

// stemmer stems the words of one language, reusing its state.
type stemmer struct {
	stem func(*snowballstem.Env) bool
	env  *snowballstem.Env
}

// newStemmer returns the stemmer of lang; a language without one gets
// the plural stripper of textutil.
func newStemmer(lang string) stemmer {
	s := stemmer{stem: stemmers[lang]}
	if s.stem != nil {
		s.env = snowballstem.NewEnv("")
	}
	return s
}

// Stem returns the stem of a lower-cased word.
func (s stemmer) Stem(w string) string {
	if s.stem == nil {
		return textutil.Stem(w)
	}
	s.env.SetCurrent(w)
	s.stem(s.env)
	return s.env.Current()
}
