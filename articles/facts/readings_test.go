package facts

import (
	"slices"
	"strings"
	"testing"
)

// TestAnAmountAfterByAndAVerbOfChangeIsAChange: "fell by €27 million" is a
// difference, not the amount itself; "fell to €71 million" is the amount.
func TestAnAmountAfterByAndAVerbOfChangeIsAChange(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"nl", "De omzet zakte sinds 2022 met 27 miljoen euro."},
		{"en", "Sales fell by €27 million last year."},
		{"de", "Der Umsatz ist um 27 Millionen Euro gesunken."},
	} {
		fs := Extract(article(c.lang, c.text))
		if _, ok := find(fs, KindAmount, "", "change"); !ok {
			t.Errorf("%q: no change of an amount in %+v", c.text, fs)
		}
	}
	for _, text := range []string{"A project to extend the runway by 400 metres to 2,900 metres will start in September.",
		"La piste sera allongée de 400 mètres, à 2 900 mètres, à partir de septembre."} {
		if f, ok := find(Extract(article(map[bool]string{true: "en", false: "fr"}[text[0] == 'A'], text)), KindQuantity, "", "change"); !ok || f.Num.Value != 400 {
			t.Errorf("%q: the 400 metres are no change", text)
		}
	}
	if _, ok := find(Extract(article("de", "Der Pegel des Flusses stieg binnen 24 Stunden um 3,5 Meter.")), KindQuantity, "", "change"); ok {
		t.Error("a rise with no level after it read as a change")
	}
	fs := Extract(article("en", "Sales dropped to €71 million last year from €98 million."))
	if f, ok := find(fs, KindAmount, "", "amount"); !ok || f.Num.Value != 71e6 {
		t.Errorf("dropped to €71 million: no amount of 71 million in %+v", fs)
	}
	if _, ok := find(fs, KindAmount, "", "change"); ok {
		t.Errorf("dropped to €71 million read as a change: %+v", fs)
	}
}

// TestAParagraphsEchoesHoldAmountsWithTheirMagnitude: "11 Millionen" is
// 11 million among the numbers the paragraph writes, not 11: "2,4
// milhões" of containers is no echo of a rise of 2.4%.
func TestAParagraphsEchoesHoldAmountsWithTheirMagnitude(t *testing.T) {
	fs := Extract(article("en", "The extra service costs CHF 18 million a year, of which the canton pays CHF 11 million."))
	if len(fs) == 0 {
		t.Fatal("no statements")
	}
	for _, want := range []float64{18e6, 11e6} {
		if !slices.Contains(fs[0].Echoes, want) {
			t.Errorf("echoes %v lack %g", fs[0].Echoes, want)
		}
	}
	for _, not := range []float64{18, 11} {
		if slices.Contains(fs[0].Echoes, not) {
			t.Errorf("echoes %v hold %g, the figure without its magnitude", fs[0].Echoes, not)
		}
	}
}

// TestAWeekdayBesideADateNamesThatDatesDay: "el martes 16 de abril" and
// "Monday, April 16" are each the day of 16 April, compared as such.
func TestAWeekdayBesideADateNamesThatDatesDay(t *testing.T) {
	for _, c := range []struct{ lang, text, day string }{
		{"es", "La adjudicación de plazas arrancará el martes 16 de abril en Madrid.", "Tuesday"},
		{"en", "Candidates will start choosing posts on Monday, April 16, the ministry said.", "Monday"},
		{"fr", "Le choix des postes commencera le lundi 16 avril, selon le ministère.", "Monday"},
	} {
		found := false
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Kind == KindDate && f.Norm == c.day {
				found = true
				if f.Subject != "16 April" {
					t.Errorf("%q: %s's subject %q, want 16 April", c.text, c.day, f.Subject)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s", c.text, c.day)
		}
	}
	for _, f := range Extract(article("en", "On Monday the ministry said posts would be chosen from April 16 onwards.")) {
		if f.Kind == KindDate && f.Norm == "Monday" && f.Subject == "16 April" {
			t.Errorf("a weekday far from the date tied to it: %+v", f)
		}
	}
}

// TestTheRestOfACountIsNoCount: "13 other bidders" are the others, not
// all the bidders.
func TestTheRestOfACountIsNoCount(t *testing.T) {
	fs := Extract(article("en", "The lighthouse went to a Belgian couple, who outbid 13 other bidders at the auction."))
	if f, ok := find(fs, KindCount, "", "count"); ok {
		t.Errorf("the rest read as a count: %+v", f)
	}
}

// TestTheFigureOfThePreviousRecordIsAPreviousValue: "the previous record
// of 44,300" is what the record was; the crowd that broke it is a count.
func TestTheFigureOfThePreviousRecordIsAPreviousValue(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"pt", "O anterior recorde, de 2026, era de 41.300 adeptos, no mesmo estádio."},
		{"en", "A crowd of 51,874 spectators broke the previous record of 44,300 spectators."},
		{"it", "Il precedente primato, 1.050 chili, resisteva dal 2034."},
	} {
		fs := Extract(article(c.lang, c.text))
		prev := false
		for _, f := range fs {
			prev = prev || strings.HasPrefix(f.Attribute, "previous ")
		}
		if !prev {
			t.Errorf("%q: no previous value in %+v", c.text, fs)
		}
	}
	fs := Extract(article("en", "A crowd of 51,874 spectators broke the previous record of 44,300 spectators."))
	if f, ok := find(fs, KindCount, "", "count"); !ok || f.Num.Value != 51874 {
		t.Errorf("the new crowd is no count: %+v", fs)
	}
}

// TestADatelineAloneAndAnEarlierYearsValue: "MADRID, 25 JUN." is when the
// report was filed; "(2025: 37,8 Prozent)" is the year before's share.
func TestADatelineAloneAndAnEarlierYearsValue(t *testing.T) {
	for _, f := range Extract(article("es", "MADRID, 25 JUN.\n\nEl Gobierno aprobó el martes la rebaja del IVA, que entrará en vigor el 1 de julio.")) {
		if f.Kind == KindDate && f.Norm == "25 June" {
			t.Errorf("the dateline's day read as a date of the story: %+v", f)
		}
	}
	if _, ok := find(Extract(article("en", "NATO leaders meet on 25 June.")), KindDate, "", "date"); !ok {
		t.Error("a date at a sentence's end after a word in capitals read as a dateline")
	}
	fs := Extract(article("de", "Bei der Wahl im April war die ÖVP auf 34,1 Prozent gekommen (2025: 37,8 Prozent), die SPÖ auf 19,6 Prozent."))
	for _, f := range fs {
		if f.Kind == KindPercent && f.Num.Value == 37.8 && !strings.HasPrefix(f.Attribute, "previous") {
			t.Errorf("the earlier year's share read as this year's: %+v", f)
		}
	}
}

// TestTheAgeOfANounInApposition: "The lorry driver, 61," and "De
// chauffeur (67)" give the age of the driver.
func TestTheAgeOfANounInApposition(t *testing.T) {
	for _, c := range []struct{ lang, text, subject string }{
		{"en", "The train hit the lorry at noon. The lorry driver, 61, escaped with cuts and bruises.", "driver"},
		{"nl", "De trein raakte de vrachtwagen. De chauffeur (67) raakte licht gewond.", "chauffeur"},
	} {
		if _, ok := find(Extract(article(c.lang, c.text)), KindQuantity, c.subject, "age"); !ok {
			t.Errorf("%q: no age of the %s", c.text, c.subject)
		}
	}
	if _, ok := find(Extract(article("en", "In the final match, 61 people were hurt.")), KindQuantity, "", "age"); ok {
		t.Error("a count after a comma read as an age")
	}
}

// TestMoreShapesOfFiguresInSevenLanguages: a Portuguese duration in two
// units with a feminine number word, a German age in "Jahre alt", a
// German "gut" before a count.
func TestMoreShapesOfFiguresInSevenLanguages(t *testing.T) {
	if f, ok := find(Extract(article("pt", "O concerto durou duas horas e quarenta minutos, com 26 canções.")), KindDuration, "", "length"); !ok || f.Num.Value < 2.6 || f.Num.Value > 2.7 {
		t.Errorf("duas horas e quarenta minutos: %+v", f)
	}
	if _, ok := find(Extract(article("de", "Der 24 Jahre alte Baske stürzte in der Abfahrt schwer.")), KindQuantity, "", "age"); !ok {
		t.Error("der 24 Jahre alte Baske: no age")
	}
	if f, ok := find(Extract(article("de", "Am Start standen gut 20 Fahrer aus elf Ländern.")), KindCount, "", "count"); !ok || f.Num.Hedge != AtLeast {
		t.Errorf("gut 20 Fahrer: %+v, want at least 20", f)
	}
}

// TestAPartOfATotalInWords: "Onze des quatorze statues" counts eleven
// statues, not fourteen.
func TestAPartOfATotalInWords(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Onze des quatorze statues en bois ont pu être sorties par les pompiers."},
		{"it", "Undici delle quattordici statue lignee sono state messe in salvo."},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindCount, "", "count"); !ok || f.Num.Value != 11 {
			t.Errorf("%q: %+v, want a count of 11", c.text, f)
		}
	}
}

// TestAnAdjectiveThatIsAlsoATitle: "el déficit fiscal" names no
// prosecutor; "el fiscal Juan Pérez" does.
func TestAnAdjectiveThatIsAlsoATitle(t *testing.T) {
	if f, ok := find(Extract(article("es", "El subdirector del organismo, Luc Brenner, destacó que el déficit fiscal bajará este año.")), KindPerson, "Luc Brenner", "title"); ok && f.Norm == "prosecutor" {
		t.Errorf("déficit fiscal read as a prosecutor: %+v", f)
	}
	if f, ok := find(Extract(article("es", "El fiscal Juan Pérez pidió el lunes doce años de cárcel.")), KindPerson, "Juan Pérez", "title"); !ok || f.Norm != "prosecutor" {
		t.Errorf("el fiscal Juan Pérez: %+v", f)
	}
}

// TestSwissGroupMarksAndAWeekdayInAName: "61'000" is sixty-one thousand;
// "Santo Domingo" is no Sunday where weekdays are written small.
func TestSwissGroupMarksAndAWeekdayInAName(t *testing.T) {
	if f, ok := find(Extract(article("de", "Das Seebad zählte diesen Sommer 61'000 Eintritte.")), KindCount, "", "count"); !ok || f.Num.Value != 61000 {
		t.Errorf("61'000 Eintritte: %+v", f)
	}
	if f, ok := find(Extract(article("de", "Der Umbau des Seebads kostet CHF 850’000, sagte die Gemeinde.")), KindAmount, "", "amount"); !ok || f.Num.Value != 850000 {
		t.Errorf("CHF 850’000: %+v", f)
	}
	for _, f := range Extract(article("pt", "A próxima cimeira realiza-se em 2029, em Santo Domingo, na República Dominicana.")) {
		if f.Kind == KindDate && f.Norm == "Sunday" {
			t.Errorf("Santo Domingo read as a Sunday: %+v", f)
		}
	}
}

// TestACountAfterACopulaAndAnArticle: "Erano 164 i panettoni in gara"
// counts the panettoni.
func TestACountAfterACopulaAndAnArticle(t *testing.T) {
	if f, ok := find(Extract(article("it", "Erano 164 i panettoni in gara quest'anno a Milano.")), KindCount, "panettoni", "count"); !ok || f.Num.Value != 164 {
		t.Errorf("Erano 164 i panettoni: %+v", f)
	}
}
