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
// 11 and 11 million among the numbers the paragraph writes.
func TestAParagraphsEchoesHoldAmountsWithTheirMagnitude(t *testing.T) {
	fs := Extract(article("en", "The extra service costs CHF 18 million a year, of which the canton pays CHF 11 million."))
	if len(fs) == 0 {
		t.Fatal("no statements")
	}
	for _, want := range []float64{18, 18e6, 11, 11e6} {
		if !slices.Contains(fs[0].Echoes, want) {
			t.Errorf("echoes %v lack %g", fs[0].Echoes, want)
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

// TestALargerUnitWithAnArticleJoinsTheDuration: "einem Jahr und zehn
// Monaten" is 22 months, "un'ora e 48 minuti" 108 minutes, not ten
// months or 48 minutes.
func TestALargerUnitWithAnArticleJoinsTheDuration(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       float64
	}{
		{"de", "Er erhielt eine Bewährungsstrafe von einem Jahr und zehn Monaten.", 22},
		{"en", "She was jailed for a year and six months.", 18},
		{"it", "La finale è durata un'ora e 48 minuti.", 108},
	} {
		fs := Extract(article(c.lang, c.text))
		f, ok := find(fs, KindDuration, "", "length")
		if !ok || f.Num.Value != c.want {
			t.Errorf("%q: want a duration of %v, got %+v", c.text, c.want, fs)
		}
	}
}

// TestALengthSaysWhatItMeasures: a depth, a height and a ship's length
// are told apart by the word beside the figure.
func TestALengthSaysWhatItMeasures(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"de", "Das Wrack liegt in 48 Metern Tiefe vor der Küste.", "depth"},
		{"pt", "Os destroços estão a 38 metros de profundidade.", "depth"},
		{"en", "The wreck lies at a depth of 38 metres.", "depth"},
		{"fr", "La tour mesure 30 mètres de haut.", "height"},
		{"en", "The anchor is 4 metres long.", "length"},
	} {
		fs := Extract(article(c.lang, c.text))
		f, ok := find(fs, KindQuantity, "", "length")
		if !ok || f.Key != c.want {
			t.Errorf("%q: want a length keyed %q, got %+v", c.text, c.want, fs)
		}
	}
}

// TestEveryMakesAnInterval: "every 30 minutes" and "im 30-Minuten-Takt"
// say how often, not how long: an interval, never set against a
// journey's 48 minutes.
func TestEveryMakesAnInterval(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Die Busse fahren im 30-Minuten-Takt."},
		{"en", "Buses will run every 30 minutes."},
		{"es", "Los autobuses pasarán cada 30 minutos."},
		{"fr", "Les bus passeront toutes les 30 minutes."},
	} {
		fs := Extract(article(c.lang, c.text))
		if _, ok := find(fs, KindDuration, "", "interval"); !ok {
			t.Errorf("%q: no interval in %+v", c.text, fs)
		}
	}
	if _, ok := find(Extract(article("en", "The journey takes 48 minutes.")), KindDuration, "", "length"); !ok {
		t.Error("a journey's 48 minutes are no longer a length")
	}
}

// TestAGrowthUpToATotalIsAChange: "si allunga di 26 km, fino a un totale
// di 112" adds 26 km to a network of 112; the 26 km are a change.
func TestAGrowthUpToATotalIsAChange(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "La rete si allunga di 26 km, fino a un totale di 112."},
		{"en", "The network will be extended by 26 km to a total of 112 km."},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindQuantity, "", "change"); !ok || f.Num.Value != 26 {
			t.Errorf("%q: the 26 km are no change", c.text)
		}
	}
}

// TestAVoteTallyIsOneFact: a vote's ayes and noes are one tally, the same
// whichever side a report names first, and neither is a count of its own.
func TestAVoteTallyIsOneFact(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Le conseil municipal a adopté lundi, par 39 voix contre 10, le plan logement."},
		{"de", "Das Programm wurde mit 39 zu 10 Stimmen angenommen."},
		{"en", "The council approved the plan by 10 votes to 39."},
	} {
		fs := Extract(article(c.lang, c.text))
		f, ok := find(fs, KindCount, "", "tally")
		if !ok || f.Norm != "39–10" {
			t.Errorf("%q: want a tally of 39–10, got %+v", c.text, fs)
		}
		if _, ok := find(fs, KindCount, "", "count"); ok {
			t.Errorf("%q: a side of the vote read as a count: %+v", c.text, fs)
		}
	}
	if _, ok := find(Extract(article("en", "Membership grew from 10 to 39 members.")), KindCount, "", "tally"); ok {
		t.Error("a change from 10 to 39 read as a vote")
	}
}

// TestAFigureInsteadOfAnotherIsTheEarlierOne: "Statt 280 Millionen" and
// "devisé initialement à 280 millions" give what a cost was to be, not
// what it is.
func TestAFigureInsteadOfAnotherIsTheEarlierOne(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Statt 280 Millionen Franken soll der Bau nun 365 Millionen kosten."},
		{"fr", "Le projet, devisé initialement à 280 millions de francs, devrait finalement coûter 365 millions."},
		{"en", "The hospital will cost £365 million instead of £280 million."},
	} {
		fs := Extract(article(c.lang, c.text))
		if f, ok := find(fs, KindAmount, "", "previous amount"); !ok || f.Num.Value != 280e6 {
			t.Errorf("%q: the 280 million are not the earlier figure: %+v", c.text, fs)
		}
	}
}

// TestADatesOwnWeekdayIsNoHappeningsDay: "el 14 de febrero, un jueves"
// names the date's weekday, not the day of another happening.
func TestADatesOwnWeekdayIsNoHappeningsDay(t *testing.T) {
	fs := Extract(article("es", "El ataque fue detectado el 14 de febrero, un jueves, y la empresa lo comunicó el lunes."))
	for _, f := range fs {
		if f.Kind == KindDate && f.Norm == "Thursday" {
			t.Errorf("the date's own weekday read as a day: %+v", f)
		}
	}
	if _, ok := find(fs, KindDate, "", "day"); !ok {
		t.Errorf("the Monday of the announcement is lost: %+v", fs)
	}
}

// TestAMeasureAfterAMagnitudeAndOf: "20 milhões de metros cúbicos de
// salmoura" is a volume of brine, not a count of metres.
func TestAMeasureAfterAMagnitudeAndOf(t *testing.T) {
	fs := Extract(article("pt", "Vamos devolver ao mar 20 milhões de metros cúbicos de salmoura por ano."))
	f, ok := find(fs, KindQuantity, "", "volume")
	if !ok || f.Num.Value != 20e6 || f.Subject != "salmoura" {
		t.Errorf("want 20 million m³ of salmoura, got %+v", fs)
	}
}

// TestAnAgeAfterAPersonsNoun: "de N anos" after a noun naming a person,
// by the word list, a suffix of trades or a people's name, is an age; after
// a thing it stays a duration.
func TestAnAgeAfterAPersonsNoun(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"pt", "Adolfo Freitas, o sindicalista de 61 anos que liderou as negociações, mostrou-se satisfeito."},
		{"es", "La red, liderada por un vecino de Monfaró de 44 años, actuaba de noche."},
		{"pt", "Um homem espanhol de 77 anos foi encontrado com vida este sábado."},
		{"fr", "Le chef présumé du réseau, un Espagnol de 44 ans, a été placé en détention."},
		{"en", "The suspected ringleader, a 47-year-old Spaniard, ran the operation."},
	} {
		if _, ok := find(Extract(article(c.lang, c.text)), KindQuantity, "", "age"); !ok {
			t.Errorf("%q: no age", c.text)
		}
	}
	if _, ok := find(Extract(article("pt", "Foi assinado um contrato de energia de 15 anos.")), KindDuration, "", "length"); !ok {
		t.Error("a contract's 15 years read as an age")
	}
}

// TestAPartsTotalAnchorsItsSentence: the 5,200 staff that 1,900 are part
// of tie the sentence to its translation, though the total is no fact of
// its own.
func TestAPartsTotalAnchorsItsSentence(t *testing.T) {
	f, ok := find(Extract(article("it", "Perderanno il posto circa 2.900 dei 5.200 dipendenti.")), KindCount, "", "count")
	if !ok || !slices.Contains(f.Anchors, "5,200") || f.Key != "worker" {
		t.Errorf("want a count of workers anchored by its total 5,200, got %+v", f)
	}
	g, ok := find(Extract(article("de", "Rund 1.900 der 5.200 Beschäftigten verlieren ihren Arbeitsplatz.")), KindCount, "", "count")
	if !ok || g.Key != f.Key {
		t.Errorf("Beschäftigten and dipendenti are not one subject: %+v", g)
	}
}

// TestMisreadingsOfMonthsAndUnits: "a partir de mayo 4 euros" is no date
// in Spanish, which writes "4 de mayo"; German "2029 an der Grenze" is no
// span of years; "De 29-jarige Brügger" is Brügger's age.
func TestMisreadingsOfMonthsAndUnits(t *testing.T) {
	for _, f := range Extract(article("es", "Los turistas pagarán a partir de mayo 4 euros por noche.")) {
		if f.Kind == KindDate {
			t.Errorf("a month before a price read as a date: %+v", f)
		}
	}
	if _, ok := find(Extract(article("de", "Die Tiere waren im März 2029 an der Grenze entdeckt worden.")), KindDuration, "", "length"); ok {
		t.Error("a year before German \"an\" read as a duration")
	}
	if f, ok := find(Extract(article("nl", "De 29-jarige Brügger won de afdaling.")), KindQuantity, "", "age"); !ok || f.Subject != "Brügger" {
		t.Errorf("want Brügger's age, got %+v", f)
	}
}

// TestTheRemainingAreAPart: "die restlichen acht Züge" are part of a
// count given elsewhere, not a count of their own.
func TestTheRemainingAreAPart(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Die restlichen acht Züge sollen bis 2031 geliefert werden."},
		{"en", "The remaining eight trains are due by 2031."},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindCount, "", "count"); ok {
			t.Errorf("%q: the remaining trains read as a count: %+v", c.text, f)
		}
	}
}

// TestAnAgencysDatelineIsNoDate: "(ANSA) - VENEZIA, 13 FEB -" is when
// the report was filed, not a date of the story.
func TestAnAgencysDatelineIsNoDate(t *testing.T) {
	for _, f := range Extract(article("it", "(ANSA) - VENEZIA, 13 FEB - Rincaro del 16% per il biglietto del vaporetto dal prossimo mese.")) {
		if f.Kind == KindDate {
			t.Errorf("the dateline read as a date: %+v", f)
		}
	}
}
