package facts

import "testing"

// TestHundredsInWords: a count of hundreds written out is read whole in
// each language's way ("trezentas e quarenta", "trescientas cuarenta",
// "trois cent quarante", "three hundred and forty"), not as its tens; a
// percentage's "per cento" is no hundred, nor are English cents.
func TestHundredsInWords(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		kind       Kind
		norm       string
	}{
		{"pt", "Foram encerradas trezentas e quarenta escolas na região.", KindCount, "340"},
		{"pt", "Foram encerradas trezentas e quarenta e duas escolas na região.", KindCount, "342"},
		{"pt", "Foram vendidos cento e vinte carros.", KindCount, "120"},
		{"es", "Se cerraron trescientas cuarenta escuelas en la región.", KindCount, "340"},
		{"es", "Se cerraron doscientas escuelas en la región.", KindCount, "200"},
		{"fr", "Trois cent quarante écoles ont fermé dans la région.", KindCount, "340"},
		{"en", "Three hundred and forty schools closed in the region.", KindCount, "340"},
		{"de", "Zweihundert Menschen demonstrierten.", KindCount, "200"},
		{"it", "Il sì ha raccolto il 58 per cento dei voti.", KindPercent, "58%"},
		{"es", "El sí obtuvo el 58 por ciento de los votos.", KindPercent, "58%"},
	} {
		var got []string
		ok := false
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Num != nil {
				got = append(got, string(f.Kind)+" "+f.Norm)
				ok = ok || f.Kind == c.kind && f.Norm == c.norm
				if f.Kind == KindCount && f.Num.Value == 100 {
					t.Errorf("%q: a hundred read on its own: %+v", c.text, f)
				}
			}
		}
		if !ok {
			t.Errorf("%q: figures %q, want %s %s", c.text, got, c.kind, c.norm)
		}
	}
	for _, f := range Extract(article("en", "The coins were worth five cents each.")) {
		if f.Num != nil && f.Num.Value == 500 {
			t.Errorf("five cents read as 500: %+v", f)
		}
	}
}
