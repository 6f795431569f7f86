package compare

import (
	"strings"
	"testing"

	"reader/articles"
	"reader/articles/facts"
)

// metroReports are three reports of a metro line's opening; en gives the
// day of the first trains, past its lead, as d1 and, when d2 is not "", another date
// in its last paragraph.
func metroReports(t *testing.T, d1, d2 string) []articles.Article {
	en := "The new metro line will open\n\nThe city's second metro line is finished, the transport authority said on Monday. The 11 km line has nine stations; work on it began on 3 October.\n\nTrains will start running on " + d1 + ". The works cost €480 million."
	if d2 != "" {
		en += " Residents can tour the depot on " + d2 + "."
	}
	return []articles.Article{
		story(t, "m1en.txt", "en", en),
		story(t, "m1fr.txt", "fr", "La nouvelle ligne de métro ouvrira\n\nLa deuxième ligne de métro de la ville est achevée, a annoncé lundi l'autorité des transports. La ligne de 11 km compte neuf stations ; le chantier a commencé le 3 octobre.\n\nElle accueillera ses premiers voyageurs le 14 mars. Les travaux ont coûté 480 millions d'euros."),
		story(t, "m1pt.txt", "pt", "A nova linha de metro vai abrir\n\nA segunda linha de metro da cidade está concluída, anunciou na segunda-feira a autoridade de transportes. A linha de 11 km tem nove estações; a obra começou a 3 de outubro.\n\nVai transportar os primeiros passageiros a 14 de março. As obras custaram 480 milhões de euros."),
	}
}

// TestALoneDateFacesTheOnesTheOthersGive: the one date a source gives
// that no other gives, the same day of another month as the one date the
// two others give alike, is that date given wrong: a disagreement.
func TestALoneDateFacesTheOnesTheOthersGive(t *testing.T) {
	c := Compare("metro", metroReports(t, "14 May", ""))
	if !flagged(c, "14 May", "14 March") {
		t.Errorf("14 May against 14 March not flagged: %+v", c.Facts)
	}
}

// TestTwoNearDatesPairWithNone: where the source gives two dates near the
// others' one (the same day of another month, another day of the same
// month), neither is paired with it: nothing says which is the slip.
func TestTwoNearDatesPairWithNone(t *testing.T) {
	c := Compare("metro", metroReports(t, "14 May", "16 March"))
	for _, f := range c.Facts {
		if f.Disagree && f.Kind == facts.KindDate {
			t.Errorf("flagged %q: %s", f.Label, f.Note)
		}
	}
}

// flagged: some disagreement of c sets the value wrong against right.
func flagged(c Comparison, wrong, right string) bool {
	for _, f := range c.Facts {
		if !f.Disagree {
			continue
		}
		var w, r bool
		for _, v := range f.Values {
			w = w || strings.EqualFold(v.Norm, wrong)
			r = r || strings.EqualFold(v.Norm, right)
		}
		if w && r {
			return true
		}
	}
	return false
}
