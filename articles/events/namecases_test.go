package events

import (
	"testing"

	"reader/articles"
)

// TestNamesInTheirCasesAndNamedModels: a report in a language that
// declines names gives the name also as other languages write it
// ("Šindelářa" is Šindelář, "Kvitnesiin" Kvitnes), and a name written
// with digits ("Polarsyn-2", "A320") is a name, with its head.
func TestNamesInTheirCasesAndNamedModels(t *testing.T) {
	for _, c := range []struct{ lang, w, want string }{
		{"pl", "sindelara", "sindelar"}, {"cs", "sindelare", "sindelar"}, {"cs", "sindelarovi", "sindelar"},
		{"pl", "kowalskiego", "kowalski"}, {"fi", "kvitnesiin", "kvitnes"},
		{"hu", "kvitnesben", "kvitnes"}, {"pl", "nowak", "nowak"}, {"pl", "anna", "anna"},
	} {
		if got := nameBase(c.lang, c.w); got != c.want {
			t.Errorf("nameBase(%q, %q) = %q, want %q", c.lang, c.w, got, c.want)
		}
	}
	for _, c := range []struct{ w, name, head string }{
		{"Polarsyn-2", "polarsyn-2", "polarsyn"}, {"A320", "a320", ""}, {"MH17", "mh17", ""},
		{"2,5", "", ""}, {"10-12", "", ""}, {"3km", "", ""}, {"2030s", "", ""},
	} {
		if name, head := namedModel(c.w); name != c.name || head != c.head {
			t.Errorf("namedModel(%q) = %q, %q; want %q, %q", c.w, name, head, c.name, c.head)
		}
	}
	fp := NewFingerprint(articles.Article{Hash: "x", Lang: "pl", Title: "Wyrok", Body: []articles.Block{{Kind: articles.Paragraph, Text: "Sąd skazał byłego burmistrza Radka Šindelářa. Firma zbudowała dla miasta aquapark Polarsyn-2."}}})
	for _, want := range []string{"sindelar", "polarsyn"} {
		found := false
		for _, n := range fp.Names {
			found = found || n == want
		}
		if !found {
			t.Errorf("fingerprint names %v, want %q among them", fp.Names, want)
		}
	}
}
