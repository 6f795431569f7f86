package facts

import "testing"

// TestFormerOfficesInManyLanguages: a former office is read as former in
// each language's inflections and compounds, so that "former mayor" and
// "früheren Bürgermeister" agree and neither is set against "mayor".
func TestFormerOfficesInManyLanguages(t *testing.T) {
	cases := []struct{ lang, text, norm string }{
		{"en", "The former mayor Franco Rossi was sentenced on Thursday.", "former mayor"},
		{"de", "Das Gericht verurteilte den früheren Bürgermeister der Stadt, Franco Rossi, am Donnerstag.", "former mayor"},
		{"de", "Das Gericht verurteilte den ehemaligen Bürgermeister Franco Rossi am Donnerstag.", "former mayor"},
		{"nl", "Oud-burgemeester Franco Rossi werd donderdag veroordeeld.", "former mayor"},
		{"pt", "O antigo presidente da câmara Franco Rossi foi condenado.", "former mayor"},
		{"de", "Bürgermeister Franco Rossi sprach am Donnerstag.", "mayor"},
		{"it", "Il tribunale ha condannato martedì l'ex sindaco di Castelvecchio, Franco Rossi, per appalti truccati.", "former mayor"},
	}
	for _, c := range cases {
		var got []string
		ok := false
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Kind == KindPerson && f.Attribute == "title" {
				got = append(got, f.Norm)
				ok = ok || f.Norm == c.norm
			}
		}
		if !ok {
			t.Errorf("%q: titles %q, want %q", c.text, got, c.norm)
		}
	}
}
