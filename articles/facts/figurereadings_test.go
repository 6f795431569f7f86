package facts

import (
	"slices"
	"strings"
	"testing"
)

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
	for _, text := range []string{
		"(ANSA) - VENEZIA, 13 FEB - Rincaro del 16% per il biglietto del vaporetto dal prossimo mese.",
		"Oct 2 (Wire) - The harvest is expected to fall 7.5% this year, the growers said.",
		"Roma, 21 giugno 2029 - Le foto del testo hanno cominciato a circolare sui social.",
	} {
		for _, f := range Extract(article("it", text)) {
			if f.Kind == KindDate {
				t.Errorf("%q: the dateline read as a date: %+v", text, f)
			}
		}
	}
	if _, ok := find(Extract(article("en", "Oct 2 (the day of the vote) was calm, the mayor said.")), KindDate, "", "date"); !ok {
		t.Errorf("a date opening a sentence before a bracket read as a dateline")
	}
}

// TestThousandsAndHundredsInWords: "Onze mille deux cents ménages" are
// 11,200 households, not 11,000 of "deux".
func TestThousandsAndHundredsInWords(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       float64
	}{
		{"fr", "Onze mille deux cents ménages attendent un logement.", 11200},
		{"en", "Eleven thousand two hundred households are waiting.", 11200},
		{"fr", "Onze mille ménages attendent.", 11000},
	} {
		f, ok := find(Extract(article(c.lang, c.text)), KindCount, "", "count")
		if !ok || f.Num.Value != c.want {
			t.Errorf("%q: want a count of %v, got %+v", c.text, c.want, f)
		}
	}
}

// TestYearsOfFoundingInItalianAndGerman: "fondato nel 1827 e" and "die
// 1872 gegründete Brauerei" date the founding; "die 1500 betroffenen
// Bewohner" is a count.
func TestYearsOfFoundingInItalianAndGerman(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"it", "Hollersbach, fondato nel 1827 e di proprietà della stessa famiglia, produce birra.", "1827"},
		{"de", "Die 1872 gegründete Brauerei ist seit fünf Generationen in Familienbesitz.", "1872"},
		{"de", "Der 1995 eröffnete Tunnel ist zwölf Kilometer lang.", "1995"},
		{"de", "Auf der Bahn, die 1887 eröffnet wurde, liefen Derby-Sieger.", "1887"}, // the bare participle before its auxiliary
		{"de", "Die Bahn wurde 1887 eröffnet.", "1887"},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindDate, "", "year"); !ok || f.Norm != c.want {
			t.Errorf("%q: year %+v, want %s", c.text, f, c.want)
		}
	}
	if f, ok := find(Extract(article("de", "Die 1500 betroffenen Bewohner wurden evakuiert.")), KindDate, "", "year"); ok {
		t.Errorf("a count read as a year: %+v", f)
	}
}

// TestTwoAgesInWords: "im Alter von drei und sechs Jahren" are two
// children's ages, one fact; "zwischen drei und sechs Jahren" is a span.
func TestTwoAgesInWords(t *testing.T) {
	if f, ok := find(Extract(article("de", "In Spanien mussten zwei Kinder im Alter von drei und sechs Jahren operiert werden.")), KindQuantity, "", "ages"); !ok || f.Norm != "3 and 6 years" {
		t.Errorf("drei und sechs Jahren: %+v", f)
	}
	if f, ok := find(Extract(article("de", "Die Strafe liegt zwischen drei und sechs Jahren Haft.")), KindQuantity, "", "ages"); ok {
		t.Errorf("a span read as two ages: %+v", f)
	}
}

// TestContractedPrepositionsAreNoSubjects: "12 quilômetros pelo córrego"
// measures no "pelo".
func TestContractedPrepositionsAreNoSubjects(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"pt", "A lama percorreu 12 quilômetros pelo córrego das Lajes."},
		{"it", "Il fango ha percorso 12 chilometri nella valle."},
	} {
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Kind == KindQuantity && (f.Subject == "pelo" || f.Subject == "nella") {
				t.Errorf("%q: subject %q", c.text, f.Subject)
			}
		}
	}
}

// TestASentenceOpeningOnWhatHappened: "Construite en 1887, ..." dates the
// building, though its verb is written large.
func TestASentenceOpeningOnWhatHappened(t *testing.T) {
	if f, ok := find(Extract(article("fr", "Construite en 1887, l'ancienne mairie n'est pas classée.")), KindDate, "", "year"); !ok || f.Key != "built" {
		t.Errorf("Construite en 1887: %+v", f)
	}
}

// TestWhereAChangeStarted: "del 29 % en 2028 al 38 %" gives the earlier
// share and the present one; "de 4,2 % au 1er avril" gives one share and
// a date.
func TestWhereAChangeStarted(t *testing.T) {
	fs := Extract(article("es", "El porcentaje de esperas ha pasado del 29 % en 2028 al 38 % el año pasado."))
	if f, ok := find(fs, KindPercent, "", "previous share"); !ok || f.Norm != "29%" {
		t.Errorf("del 29 %% en 2028: %+v", fs)
	}
	if f, ok := find(fs, KindPercent, "", "share"); !ok || f.Norm != "38%" {
		t.Errorf("al 38 %%: %+v", fs)
	}
	if f, ok := find(Extract(article("fr", "Les salariés obtiendront une augmentation de 4,2 % au 1er avril.")), KindPercent, "", "share"); !ok || f.Norm != "4.2%" {
		t.Errorf("de 4,2 %% au 1er avril: %+v", f)
	}
	if f, ok := find(Extract(article("it", "Le esportazioni sono salite del 3,4% a 2,07 miliardi di euro.")), KindPercent, "", "share"); !ok || f.Norm != "3.4%" {
		t.Errorf("salite del 3,4%% a 2,07 miliardi: %+v", f)
	}
}

// TestACountAtTheEndOfItsSentence: "Gli arresti ... sono 13." counts the
// arrests the sentence opens on; "ha 19 anni" is an age.
func TestACountAtTheEndOfItsSentence(t *testing.T) {
	fs := Extract(article("it", "Gli arresti eseguiti ieri all'alba dai carabinieri sono 13. Il più giovane ha 19 anni."))
	if f, ok := find(fs, KindCount, "", "count"); !ok || f.Key != "arrest" || f.Norm != "13" {
		t.Errorf("sono 13: %+v", fs)
	}
	if f, ok := find(fs, KindQuantity, "", "age"); !ok || f.Norm != "19 years" {
		t.Errorf("ha 19 anni: %+v", fs)
	}
	if f, ok := find(Extract(article("it", "I lavori sono durati 13 mesi e sono finiti.")), KindCount, "", "count"); ok {
		t.Errorf("a count read where none is: %+v", f)
	}
}

// TestStundenkilometer: "412 Stundenkilometer" is a speed, not a count.
func TestStundenkilometer(t *testing.T) {
	if f, ok := find(Extract(article("de", "Der Zug hat bei einer Testfahrt 412 Stundenkilometer erreicht.")), KindQuantity, "", "speed"); !ok || f.Norm != "412 km/h" {
		t.Errorf("412 Stundenkilometer: %+v", f)
	}
}

// TestARelativesAgeAfterAPossessive: "haar zoontje (9)" gives the boy's
// age as "de vrouw (38)" gives the woman's.
func TestARelativesAgeAfterAPossessive(t *testing.T) {
	fs := Extract(article("nl", "De vrouw (38) en haar zoontje (9) werden met kneuzingen naar het ziekenhuis gebracht."))
	if f, ok := find(fs, KindQuantity, "zoontje", "age"); !ok || f.Norm != "9 years" {
		t.Errorf("haar zoontje (9): %+v", fs)
	}
}

// TestNextYearsFiguresArePlans: a sentence about next year gives a plan,
// not this year's figure.
func TestNextYearsFiguresArePlans(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		kind       Kind
		attr       string
	}{
		{"nl", "Volgend jaar wil de organisatie uitbreiden naar 72 teams.", KindCount, "planned count"},
		{"de", "Im kommenden Jahr soll das Fest deshalb fünf Tage dauern.", KindDuration, "planned length"},
		{"en", "Next year the festival will last five days.", KindDuration, "planned length"},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), c.kind, "", c.attr); !ok {
			t.Errorf("%q: no %s: %+v", c.text, c.attr, f)
		}
	}
	if _, ok := find(Extract(article("en", "This year the festival lasted five days.")), KindDuration, "", "length"); !ok {
		t.Errorf("this year's length read as a plan")
	}
}

// TestItalianAges: "un'infermiera 43enne" and "un'infermiera di 34 anni"
// give the nurse's age.
func TestItalianAges(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Tra i fortunati, un'infermiera 43enne, la prima estratta.", "43 years"},
		{"Il primo nome estratto è quello di un'infermiera di 34 anni del Niguarda.", "34 years"},
	} {
		if f, ok := find(Extract(article("it", c.text)), KindQuantity, "infermiera", "age"); !ok || f.Norm != c.want {
			t.Errorf("%q: %+v", c.text, f)
		}
	}
}

// TestPluralsWithoutAPluralsEnding: "37 auto d'epoca" and "240 brebis,
// qui" count cars and sheep; "4 500 bus, tram et métro" counts no buses.
func TestPluralsWithoutAPluralsEnding(t *testing.T) {
	for _, c := range []struct{ lang, text, key string }{
		{"it", "Finora sono state recuperate diciannove delle 37 auto d'epoca rubate.", "car"},
		{"fr", "Les enquêteurs ont retrouvé 240 brebis, qui ont été rendues à leurs propriétaires.", "sheep"},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindCount, "", "count"); !ok || f.Key != c.key {
			t.Errorf("%q: %+v", c.text, f)
		}
	}
	if f, ok := find(Extract(article("fr", "Quelque 4 500 bus, tram et métro ont cessé de rouler mardi.")), KindCount, "", "count"); ok && f.Key == "bus" {
		t.Errorf("the first word of a list read as what is counted: %+v", f)
	}
}

// TestTheFirstOfAShortMonth: "le 1er mai" is 1 May, as "le 8 mai" is.
func TestTheFirstOfAShortMonth(t *testing.T) {
	for _, text := range []string{"La mesure entrera en vigueur le 1er mai 2030, a annoncé le ministère.", "Les prix augmentent le 1er mars, selon le groupe."} {
		if f, ok := find(Extract(article("fr", text)), KindDate, "", "date"); !ok || !strings.HasPrefix(f.Norm, "1 M") {
			t.Errorf("%q: %+v", text, f)
		}
	}
}

// TestChildrensAgeLimits: "kinderen tot 12 jaar" is an age limit, not a
// length of time; "the children spent 12 years" is one.
func TestChildrensAgeLimits(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"nl", "Toegang kost 6 euro, kinderen tot 12 jaar mogen gratis naar binnen."},
		{"fr", "Les enfants de moins de 12 ans entrent gratuitement."},
		{"en", "Children under 12 years travel free."},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindQuantity, "", "age limit"); !ok || f.Norm != "12 years" {
			t.Errorf("%q: %+v", c.text, f)
		}
	}
	if _, ok := find(Extract(article("en", "The children spent 12 years in the camp.")), KindDuration, "", "length"); !ok {
		t.Errorf("a length of time read as an age limit")
	}
}

// TestACountAfterItsCopula: "i casi erano stati 54" counts the cases the
// sentence names before.
func TestACountAfterItsCopula(t *testing.T) {
	for _, text := range []string{"L'anno scorso, a fine stagione, i casi erano stati 54, con sei morti.", "Nel 2028 i casi in Veneto erano stati 54."} {
		if f, ok := find(Extract(article("it", text)), KindCount, "", "count"); !ok || f.Key != "case" || f.Norm != "54" {
			t.Errorf("%q: %+v", text, f)
		}
	}
	// Any plural right before a copula, future ones too, is what it counts.
	for _, c := range []struct{ lang, text, subject string }{
		{"it", "Quest'anno in piazza le bancarelle saranno 46, l'anno scorso erano 58.", "bancarelle"},
		{"fr", "Cette année, les exposants seront 46.", "exposants"},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindCount, c.subject, "count"); !ok || f.Norm != "46" {
			t.Errorf("%q: %+v", c.text, f)
		}
	}
}

// TestASumAfterAName: "fined Ecoserra 4.2 million euros" is a fine, not a
// model's number.
func TestASumAfterAName(t *testing.T) {
	if f, ok := find(Extract(article("en", "The court fined Ecoserra 4.2 million euros and ordered it to pay damages.")), KindAmount, "", "amount"); !ok || f.Norm != "€4.2 million" || f.Key != "fine" {
		t.Errorf("fined Ecoserra 4.2 million euros: %+v", f)
	}
}

// TestASpanOfYearsIsNoCount: "entre 2025 y 2027 eran trabajadores" counts
// no workers; the riders are counted by their word in each language.
func TestASpanOfYearsIsNoCount(t *testing.T) {
	fs := Extract(article("es", "Los 1.850 repartidores que trabajaron entre 2025 y 2027 eran trabajadores por cuenta ajena."))
	for _, f := range fs {
		if f.Kind == KindCount && f.Norm != "1,850" {
			t.Errorf("a span of years read as a count: %+v", f)
		}
	}
	if f, ok := find(fs, KindCount, "", "count"); !ok || f.Key != "rider" {
		t.Errorf("1.850 repartidores: %+v", fs)
	}
}

// TestAnAgeInAnApposition: "Yannick Le Goff, a 68-year-old retired
// teacher" gives his age.
func TestAnAgeInAnApposition(t *testing.T) {
	if f, ok := find(Extract(article("en", "The footage was shot by Yannick Le Goff, a 68-year-old retired teacher, from his garden.")), KindQuantity, "Yannick Le Goff", "age"); !ok || f.Norm != "68 years" {
		t.Errorf("Yannick Le Goff, a 68-year-old: %+v", f)
	}
}

// TestAYearAfterItsMonth: "ringed in June 1994", "bagué en juin 1996"
// date the ringing by its year.
func TestAYearAfterItsMonth(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "It was ringed there in June 1994 by a team of students.", "1994"},
		{"fr", "L'oiseau a été bagué en juin 1996 aux Pays-Bas.", "1996"},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindDate, "", "year"); !ok || f.Norm != c.want {
			t.Errorf("%q: %+v", c.text, f)
		}
	}
}

// TestWhomOneFacedIsNoPlace: "face à Léa Marchetti" names an opponent.
func TestWhomOneFacedIsNoPlace(t *testing.T) {
	for _, f := range Extract(article("fr", "Elle a gagné au terme d'une finale face à Léa Marchetti.")) {
		if f.Kind == KindPlace {
			t.Errorf("an opponent read as a place: %+v", f)
		}
	}
}

// TestASpanOfDays: "from June 14 to 16" and "du 14 au 16 juin" are one
// span of days; "on June 14 to 16 percent" is a date and a share.
func TestASpanOfDays(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "The festival, planned from June 14 to 16, was cancelled."},
		{"fr", "Le festival, prévu du 14 au 16 juin, est annulé."},
		{"pt", "O festival, previsto entre 14 e 16 de junho, foi cancelado."}, // a span between its two days
		{"es", "El festival, previsto entre el 14 y el 16 de junio, se canceló."},
		{"en", "The festival, planned between 14 and 16 June, was cancelled."},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindDate, "", "date"); !ok || f.Norm != "14–16 June" {
			t.Errorf("%q: %+v", c.text, f)
		}
	}
	if f, ok := find(Extract(article("fr", "Les crues ont touché le 14 et le 16 juin deux villages.")), KindDate, "", "date"); !ok || f.Norm != "16 June" {
		t.Errorf("two days without a word of between read as a span: %+v", f)
	}
	if f, ok := find(Extract(article("en", "Sales rose on June 14 to 16 percent.")), KindDate, "", "date"); !ok || f.Norm != "14 June" {
		t.Errorf("a share read as the end of a span: %+v", f)
	}
}

// TestHalves: "a year and a half", "un an et demi", "anderthalb Jahre",
// "four and a half years" and "two years and a half" are lengths, round
// figures.
func TestHalves(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "The repairs will take a year and a half, the council said.", "1.5 years"},
		{"fr", "Les travaux dureront un an et demi.", "1.5 years"},
		{"de", "Die Arbeiten dauern anderthalb Jahre.", "1.5 years"},
		{"es", "Las obras se prolongarán durante un año y medio.", "1.5 years"},
		{"en", "The court sentenced him to four and a half years in prison.", "4.5 years"},
		{"en", "He was jailed for two years and a half.", "2.5 years"},
	} {
		f, ok := find(Extract(article(c.lang, c.text)), KindDuration, "", "length")
		if !ok || f.Norm != c.want || f.Num.Hedge != About {
			t.Errorf("%q: %+v", c.text, f)
		}
	}
}

// TestAShareSaidAgainInMoneyIsAPart: "80 % de la facture, soit 2,1
// millions d'euros" is the share in money, not what the whole cost; "€2
// million or €3 million" is no share.
func TestAShareSaidAgainInMoneyIsAPart(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "L'Agence de l'eau a pris en charge 80 % de la facture, soit environ 2,1 millions d'euros."},
		{"en", "The agency paid 30% of the bill, or €4 million."},
		{"es", "El Estado financia el 40 por ciento, es decir, 3 millones de euros."},
	} {
		if _, ok := find(Extract(article(c.lang, c.text)), KindAmount, "", "part"); !ok {
			t.Errorf("%q: %+v, want the amount as a part", c.text, Extract(article(c.lang, c.text)))
		}
	}
	if f, ok := find(Extract(article("en", "The fine was €2 million or €3 million, sources said.")), KindAmount, "", "part"); ok {
		t.Errorf("an amount after another read as a part: %+v", f)
	}
}

// TestANegatedBoundTurns: "no less than €15 million" is at least that
// sum, "pas plus de 20" at most; "46 days a year earlier" is an earlier
// length, no rate.
func TestANegatedBoundTurns(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       Hedge
	}{
		{"en", "The fund will receive no less than €15 million.", AtLeast},
		{"fr", "Le fonds recevra pas moins de 15 millions d'euros.", AtLeast},
		{"de", "Der Fonds erhält nicht weniger als 15 Millionen Euro.", AtLeast},
		{"es", "El fondo recibirá no más de 15 millones de euros.", AtMost},
		{"en", "The fund will receive less than €15 million.", AtMost},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindAmount, "", "amount"); !ok || f.Num.Hedge != c.want {
			t.Errorf("%q: %+v, want hedge %v", c.text, f.Num, c.want)
		}
	}
	f, ok := find(Extract(article("en", "The wait fell to 31 days, up from 46 days a year earlier.")), KindDuration, "", "previous length")
	if !ok || f.Norm != "46 days" {
		t.Errorf("46 days a year earlier: %+v", f)
	}
}

// TestBoundsWrittenAsVerbsAndComparisons: "rafales dépassant les 120
// km/h" are gusts of at least 120, "superiori ai 120" too, "inférieure à
// 5 %" at most 5%.
func TestBoundsWrittenAsVerbsAndComparisons(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		kind       Kind
		want       Hedge
	}{
		{"fr", "Le ferry n'a pu entrer au port en raison de rafales dépassant les 120 km/h.", KindQuantity, AtLeast},
		{"it", "Il vento ha soffiato con raffiche superiori ai 120 km/h.", KindQuantity, AtLeast},
		{"en", "Gusts topping 120 km/h closed the bridge.", KindQuantity, AtLeast},
		{"fr", "Les rafales ont dépassé les 100 km/h.", KindQuantity, AtLeast},
		{"pt", "As rajadas ultrapassaram os 100 km/h.", KindQuantity, AtLeast},
		{"fr", "Le chômage reste inférieur à 5 % dans la région.", KindPercent, AtMost},
		{"fr", "Les rafales ont atteint 120 km/h.", KindQuantity, Exact},
	} {
		var got []Fact
		ok := false
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Kind == c.kind && f.Num != nil {
				got = append(got, f)
				ok = ok || f.Num.Hedge == c.want
			}
		}
		if !ok {
			t.Errorf("%q: %+v, want hedge %v", c.text, got, c.want)
		}
	}
}

// TestAFortnightInRomanceWords: "quinze jours" and "quindici giorni" are
// two weeks, "huit jours" one, as people mean them; "15 jours" in digits
// is fifteen days.
func TestAFortnightInRomanceWords(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"fr", "Les visites sont limitées pendant quinze jours.", "2 weeks"},
		{"it", "Il cantiere resterà chiuso quindici giorni.", "2 weeks"},
		{"fr", "Le chantier durera huit jours.", "1 week"},
		{"fr", "Le chantier durera 15 jours.", "15 days"},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindDuration, "", "length"); !ok || f.Norm != c.want {
			t.Errorf("%q: %+v, want %s", c.text, f, c.want)
		}
	}
}
