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
	}
	words := NumberWords()
	for w, v := range want {
		if got, ok := words[w]; !ok || got != v {
			t.Errorf("NumberWords()[%q] = %d, %v; want %d", w, got, ok, v)
		}
	}
	// Common words of another language are no numbers.
	for _, w := range []string{"seize", "venti", "een", "hundred"} {
		if v, ok := words[w]; ok {
			t.Errorf("NumberWords()[%q] = %d, want no number", w, v)
		}
	}
}
