package events

import "testing"

// TestMoreLanguagesAreStemmed: the words of Swedish, Danish, Norwegian,
// Finnish, Hungarian and Romanian reports are stemmed by their Snowball
// stemmers, so a report's "vargarna" meets another's "vargar"; a language
// without one falls back on stripping plurals.
func TestMoreLanguagesAreStemmed(t *testing.T) {
	var s stemmer
	for _, c := range []struct{ lang, a, b string }{
		{"sv", "vargarna", "vargar"},
		{"da", "ulvene", "ulve"},
		{"nb", "ulvene", "ulver"},
		{"fi", "autojen", "autot"},
		{"ro", "lupilor", "lupii"},
		{"hu", "farkasok", "farkasokat"},
	} {
		s.setLanguage(c.lang)
		if x, y := s.Stem(c.a), s.Stem(c.b); x != y {
			t.Errorf("%s: %q stems to %q, %q to %q", c.lang, c.a, x, c.b, y)
		}
	}
}
