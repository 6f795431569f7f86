package textutil

import "testing"

func TestNumberWordsUnderAHundred(t *testing.T) {
	want := map[string]int{
		"five": 5, "fourteen": 14, "twenty-three": 23, "ninety-nine": 99,
		"quatorze": 14, "vingt-et-un": 21, "soixante-douze": 72, "quatre-vingts": 80, "quatre-vingt-dix-neuf": 99, "septante-deux": 72,
		"zwölf": 12, "dreiundzwanzig": 23, "einundvierzig": 41, "dreißig": 30,
		"catorce": 14, "veintidós": 22, "cuarenta": 40,
		"quattordici": 14, "ventuno": 21, "ventitré": 23, "trentotto": 38,
		"dezoito": 18, "dezassete": 17, "vinte": 20,
		"twaalf": 12, "eenentwintig": 21, "drieëntwintig": 23, "vierentwintig": 24,
		"fyra": 4, "tjugo": 20, "seks": 6, "halvtreds": 50, "sześć": 6, "sześciu": 6, "dwudziestu": 20, "pět": 5, "pěti": 5,
		"șase": 6, "şase": 6, "douăzeci": 20, "vuit": 8, "kuusi": 6, "kuuden": 6, "négy": 4, "két": 2, "harmincöt": 35, "huszonkét": 22,
	}
	words := NumberWords()
	for w, v := range want {
		if got, ok := words[w]; !ok || got != v {
			t.Errorf("NumberWords()[%q] = %d, %v; want %d", w, got, ok, v)
		}
	}
	// Common words of another language are no numbers.
	for _, w := range []string{"seize", "venti", "een", "hundred", "sex", "to", "fire", "set", "hat", "nou", "nouă", "hét", "deu"} {
		if v, ok := words[w]; ok {
			t.Errorf("NumberWords()[%q] = %d, want no number", w, v)
		}
	}
}

// TestLanguageNumberWords: a number that is a common word of another
// language is read as one only in its own language.
func TestLanguageNumberWords(t *testing.T) {
	for _, c := range []struct {
		w, lang string
		want    int
	}{
		{"sex", "sv", 6}, {"sex", "en", 0}, {"fire", "da", 4}, {"fire", "nb", 4}, {"fire", "en", 0},
		{"hat", "hu", 6}, {"hat", "en", 0}, {"set", "ca", 7}, {"set", "en", 0}, {"deu", "pt", 0}, {"fyra", "sv", 0},
	} {
		if got := LanguageNumberWord(c.w, c.lang); got != c.want {
			t.Errorf("LanguageNumberWord(%q, %q) = %d, want %d", c.w, c.lang, got, c.want)
		}
	}
}
