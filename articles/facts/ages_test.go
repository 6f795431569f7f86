package facts

import "testing"

// TestAnAppositionGivesWhoseAgeItIs: "the injured port worker, a
// 41-year-old father of three" and "un employé du port, âgé de 47 ans"
// give one worker's age, so the two can be compared; "the latest victim,
// a 71-year-old woman" stays the woman's, as "una mujer de 77 años" is.
func TestAnAppositionGivesWhoseAgeItIs(t *testing.T) {
	for _, c := range []struct{ lang, text, key string }{
		{"en", "The injured port worker, a 41-year-old father of three, was brought to hospital.", "worker"},
		{"fr", "Un employé du port, âgé de 47 ans, a été grièvement blessé.", "worker"},
		{"en", "The latest victim, a 71-year-old woman, died on Sunday.", "woman"},
		{"fr", "Un chauffeur routier polonais de 29 ans a été légèrement touché.", ""},
	} {
		fs := Extract(article(c.lang, c.text))
		f, ok := find(fs, KindQuantity, "", "age")
		if !ok || c.key != "" && f.Key != c.key {
			t.Errorf("%q: want an age keyed %q, got %+v", c.text, c.key, fs)
		}
	}
}

// TestANameAndItsVerbGiveAnAge: "Moeder Sari is 9 jaar", "La madre,
// Sari, ha 7 anni" and "Her mother, Sari, is nine years old" give Sari's
// age; "Het vorige record was acht jaar oud" gives no one's.
func TestANameAndItsVerbGiveAnAge(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"nl", "Moeder Sari is 9 jaar, vader Bayu 14."},
		{"it", "La madre, Sari, ha 7 anni, il padre, Bayu, 14."},
		{"en", "Her mother, Sari, is nine years old and her father, Bayu, 14."},
	} {
		fs := Extract(article(c.lang, c.text))
		if _, ok := find(fs, KindQuantity, "Sari", "age"); !ok {
			t.Errorf("%q: want Sari's age, got %+v", c.text, fs)
		}
	}
	fs := Extract(article("nl", "Het vorige record (52,58) was acht jaar oud."))
	if f, ok := find(fs, KindQuantity, "", "age"); ok {
		t.Errorf("a record's age read as a person's: %+v", f)
	}
}

// TestATradeInToreHasAnAge: "un imprenditore di 47 anni" gives the
// businessman's age, not 47 years of something.
func TestATradeInToreHasAnAge(t *testing.T) {
	fs := Extract(article("it", "A capo dell'organizzazione, secondo gli inquirenti, un imprenditore di 47 anni di Caserta."))
	if f, ok := find(fs, KindQuantity, "", "age"); !ok || f.Num.Value != 47 {
		t.Errorf("want an age of 47, got %+v", fs)
	}
}

// TestAnAgeInMonths: "about 18 months old" is 18 months, not years.
func TestAnAgeInMonths(t *testing.T) {
	fs := Extract(article("en", "The animal is a young male, about 18 months old."))
	if f, ok := find(fs, KindQuantity, "", "age"); !ok || f.Norm != "18 months" {
		t.Errorf("want an age of 18 months, got %+v", fs)
	}
}
