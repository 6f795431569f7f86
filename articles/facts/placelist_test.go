package facts

import "testing"

// TestAPlaceOpeningAListIsNoPlace: "em Portugal, França e Bélgica" names
// three countries; the first alone is not where it happened, so no place
// fact is read from it (the countries stay a list), while "em Portugal"
// alone, or a city and its country ("em Lyon, França"), is still a
// place.
func TestAPlaceOpeningAListIsNoPlace(t *testing.T) {
	for _, c := range []struct {
		text  string
		place string
	}{
		{"A operação junta 1.030 farmácias em Portugal, França e Bélgica.", ""},
		{"A Officéa é dona de 410 farmácias em França e na Bélgica.", ""},
		{"A cadeia abriu 40 farmácias em Portugal no ano passado.", "Portugal"},
		{"A conferência de imprensa decorreu em Lyon, França, na terça-feira.", "Lyon"}, // a city and its country
	} {
		got := ""
		for _, f := range Extract(article("pt", c.text)) {
			if f.Kind == KindPlace {
				got = f.Norm
			}
		}
		if got != c.place {
			t.Errorf("%q: place %q, want %q", c.text, got, c.place)
		}
	}
}
