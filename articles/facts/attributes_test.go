package facts

import (
	"strings"
	"testing"
)

// TestDelaysAreNoSpans: a duration beside a delay word is how late
// something is, and is kept apart from how long something lasts.
func TestDelaysAreNoSpans(t *testing.T) {
	cases := []struct {
		lang, text, value, attr string
	}{
		{"en", "The line opened yesterday, two years behind schedule.", "two years", "delay"},
		{"en", "Construction was held up for almost two years by the find.", "almost two years", "delay"},
		{"en", "The launch was delayed by six months.", "six months", "delay"},
		{"es", "Las obras acumularon casi dos años de retraso.", "casi dos años", "delay"},
		{"fr", "L'arrachage accuse un retard de deux semaines.", "deux semaines", "delay"},
		{"nl", "De oogst loopt ruim drie weken achter.", "ruim drie weken", "delay"},
		{"de", "Der Zug kam mit drei Stunden Verspätung an.", "drei Stunden", "delay"},
		{"it", "Dopo sei anni di cantieri la linea è completa.", "sei anni", "length"},
		{"en", "The strike lasted two weeks in the late autumn.", "two weeks", "length"},
		{"en", "Trains run every three minutes.", "three minutes", "interval"},
	}
	for _, c := range cases {
		var got []string
		found := false
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Kind == KindDuration {
				got = append(got, f.Value+" ("+f.Attribute+")")
				found = found || f.Value == c.value && f.Attribute == c.attr
			}
		}
		if !found {
			t.Errorf("%q: durations read %q, want %q (%s)", c.text, got, c.value, c.attr)
		}
	}
}

// TestAYearOfBirthIsNoYearOfTheStory: "los nacidos en 1965" names whose
// birth, not when the story happens; "en 2030" stays the story's year.
func TestAYearOfBirthIsNoYearOfTheStory(t *testing.T) {
	fs := Extract(article("es", "Sanidad vacunará en 2030 a los nacidos en 1965 contra el herpes zóster."))
	want := map[string]string{"2030": "year", "1965": "born"}
	for _, f := range fs {
		if f.Kind == KindDate && want[f.Norm] != "" {
			if f.Attribute != want[f.Norm] {
				t.Errorf("%s read as %s, want %s", f.Norm, f.Attribute, want[f.Norm])
			}
			delete(want, f.Norm)
		}
	}
	if len(want) > 0 {
		t.Errorf("years not read: %v", want)
	}
}

// TestADaySaidAtTheClauseEnd: in German and Dutch a verb of telling after
// the day closes the clause ("wie die Behörden am Montag mitteilten"):
// the day is when it was said, not when it happened.
func TestADaySaidAtTheClauseEnd(t *testing.T) {
	for _, c := range []struct{ lang, text, subject string }{
		{"de", "Alle blieben unverletzt, wie die Behörden am Montag mitteilten.", "statement"},
		{"nl", "Niemand raakte gewond, zoals de politie zondag meldde.", "statement"},
		{"de", "Die Bahn blieb am Sonntag stehen.", "blieb"},
	} {
		var got []string
		ok := false
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Kind == KindDate && f.Attribute == "day" {
				got = append(got, f.Subject)
				ok = ok || f.Subject == c.subject
			}
		}
		if !ok {
			t.Errorf("%q: days of %q, want of %q", c.text, got, c.subject)
		}
	}
}

// TestLightYearsAreDistances: "31 light-years", "31 años luz", "31 anni
// luce", "31 années-lumière" and "31 Lichtjahre" are one distance, not a
// count and not a span of years.
func TestLightYearsAreDistances(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "The planet orbits a star 31 light-years from Earth."},
		{"es", "El planeta gira alrededor de una estrella a 31 años luz de la Tierra."},
		{"it", "Il pianeta si trova a 31 anni luce dalla Terra."},
		{"fr", "La planète se trouve à 31 années-lumière de la Terre."},
		{"de", "Der Planet ist 31 Lichtjahre von der Erde entfernt."},
	} {
		var got []string
		ok := false
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Num != nil {
				got = append(got, string(f.Kind)+" "+f.Norm)
				ok = ok || f.Kind == KindQuantity && f.Norm == "31 light-years"
			}
		}
		if !ok {
			t.Errorf("%q: %q, want a quantity of 31 light-years", c.text, got)
		}
	}
}

// TestAgesOfPeopleNamedByTradeOrOrigin: "una madrileña de 29 años", "un
// ingeniero de 45 años" give ages; "un contrato de 5 años" a length.
func TestAgesOfPeopleNamedByTradeOrOrigin(t *testing.T) {
	for _, c := range []struct{ lang, text, attr string }{
		{"es", "Lucía Arnedo, una madrileña de 29 años, viajaba en el tren.", "age"},
		{"es", "Contó Álvaro Medina, un ingeniero de 45 años de Valdecruces.", "age"},
		{"it", "Un infermiere di 52 anni è rimasto ferito.", "age"},
		{"es", "La empresa firmó un contrato de 5 años con el club.", "length"},
	} {
		var got []string
		ok := false
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Num != nil {
				got = append(got, f.Attribute+" "+f.Norm)
				ok = ok || f.Attribute == c.attr
			}
		}
		if !ok {
			t.Errorf("%q: %q, want %s", c.text, got, c.attr)
		}
	}
}

// TestNumbersThatNameAreNoFigures: "le train de nuit 9421", "vuelo
// 3412", "Zug 1245" name a train or a flight; the passengers after them
// are counted.
func TestNumbersThatNameAreNoFigures(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Le train de nuit 9421 s'est immobilisé dans le tunnel.", nil},
		{"es", "El vuelo 3412 aterrizó con 180 pasajeros.", []string{"180"}},
		{"de", "Der Zug 1245 hatte 300 Fahrgäste an Bord.", []string{"300"}},
		{"en", "The bus carried 40 passengers.", []string{"40"}},
	} {
		var got []string
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Kind == KindCount {
				got = append(got, f.Norm)
			}
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%q: counts %q, want %q", c.text, got, c.want)
		}
	}
}

// TestScheduledCountsArePlans: "1,100 scheduled flights" and "1 100 vols
// prévus" count what was planned, not what happened; "380 flights were
// cancelled" counts what happened.
func TestScheduledCountsArePlans(t *testing.T) {
	for _, c := range []struct{ lang, text, attr string }{
		{"en", "The strike grounded 380 of around 1,100 scheduled flights.", "planned count"},
		{"fr", "La grève a touché une partie des 1 100 vols prévus ce jour-là.", "planned count"},
		{"en", "Some 380 flights were cancelled on Tuesday.", "count"},
	} {
		var got []string
		ok := false
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Kind == KindCount {
				got = append(got, f.Attribute+" "+f.Norm)
				ok = ok || f.Attribute == c.attr && (f.Norm == "1,100" || f.Norm == "380" && c.attr == "count")
			}
		}
		if !ok {
			t.Errorf("%q: %q, want a %s", c.text, got, c.attr)
		}
	}
}
