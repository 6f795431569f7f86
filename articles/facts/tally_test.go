package facts

import "testing"

// TestATallyCountsWhatItTallies: a bare figure a toll, a total or a
// number comes to is a count of what that tally counts ("the death toll
// rose to 137", "le nombre de cas s'élève à 137", "19 casos, elevando o
// total para 137"), as is one a copula gives over an adverb ("Los casos
// confirmados son ya 173"); a figure with a unit of its own is none.
func TestATallyCountsWhatItTallies(t *testing.T) {
	for _, c := range []struct {
		lang, text, key, norm string
	}{
		{"en", "The death toll rose to 137 on Monday, officials said.", "dead", "137"},
		{"fr", "Le nombre de cas confirmés s'élève à 137, selon les autorités.", "case", "137"},
		{"it", "Il numero dei contagi è salito a 137 in una settimana.", "case", "137"},
		{"nl", "Het aantal besmettingen steeg naar 137, meldt het instituut.", "case", "137"},
		{"pt", "A autoridade confirmou ontem mais 19 casos, elevando o total para 137 desde o início do mês.", "case", "137"},
		{"es", "Los casos confirmados son ya 173, según el último balance publicado ayer.", "case", "173"},
		{"cs", "Počet lidí nakažených legionelou v lázeňském městě stoupl na 84.", "people", "84"},
	} {
		found := false
		var got []string
		for _, f := range Extract(article(c.lang, c.text)) {
			got = append(got, string(f.Kind)+" "+f.Key+" "+f.Norm)
			found = found || f.Kind == KindCount && f.Key == c.key && f.Norm == c.norm
		}
		if !found {
			t.Errorf("%s %q: facts %q, want a count of %s: %s", c.lang, c.text, got, c.key, c.norm)
		}
	}
	for _, f := range Extract(article("en", "Shares rose to 137 pence after the results on Monday.")) {
		if f.Kind == KindCount {
			t.Errorf("a price read as a count: %+v", f)
		}
	}
}

// TestAPartAndATimeAreNoCounts: a count after "including" ("w tym",
// "darunter", "di cui") is a part of the count before it, and a time of
// day before a weekday ("11.20 mandag") counts no Mondays.
func TestAPartAndATimeAreNoCounts(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Some 240 children fell ill, including 47 pupils from Poland."},
		{"pl", "Zachorowało 240 dzieci, w tym 47 uczniów z Polski."},
		{"de", "Insgesamt erkrankten 240 Kinder, darunter 47 Schüler aus Polen."},
	} {
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Kind == KindCount && f.Norm == "47" && f.Attribute != "part" {
				t.Errorf("%s %q: 47 read as a count of its own (%s)", c.lang, c.text, f.Attribute)
			}
		}
	}
	for _, f := range Extract(article("nb", "Fergen la til kai klokken 11.20 mandag, og broen åpnet kl. 12 mandag.")) {
		if f.Kind == KindCount {
			t.Errorf("a time of day read as a count: %+v", f)
		}
	}
}

// TestACountWithItsNounLeftOut: "Five people have died and 87 have been
// infected" counts 87 people, the noun of the count before it.
func TestACountWithItsNounLeftOut(t *testing.T) {
	found := false
	for _, f := range Extract(article("en", "Five people have died and 87 have been infected in an outbreak of Legionnaires' disease.")) {
		found = found || f.Kind == KindCount && f.Norm == "87" && f.Key == PeopleKey
	}
	if !found {
		t.Error("87 with its noun left out not read as a count of people")
	}
	for _, f := range Extract(article("en", "The storm hit on Monday and 87 were left without power, the 2031 survey said.")) {
		if f.Kind == KindCount && f.Norm == "87" {
			t.Errorf("a count with no count before it to lend its noun: %+v", f)
		}
	}
}

// TestARateBeforeItsSum: a period of a rate a few words before a sum
// ("Pro Jahr fließen damit 8,5 Millionen Euro", "Each year the state pays
// €5.8 million") makes it a rate; "Last year" does not.
func TestARateBeforeItsSum(t *testing.T) {
	for _, c := range []struct {
		lang, text, norm string
	}{
		{"de", "Pro Jahr fließen damit 8,5 Millionen Euro an den Flughafen.", "€8.5 million a year"},
		{"en", "Each year the state pays €5.8 million to the airport.", "€5.8 million a year"},
		{"en", "Last year the company earned €5.8 million.", "€5.8 million"},
	} {
		var got []string
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Kind == KindAmount {
				got = append(got, f.Norm)
			}
		}
		if len(got) != 1 || got[0] != c.norm {
			t.Errorf("%s %q: amounts %q, want %s", c.lang, c.text, got, c.norm)
		}
	}
}
