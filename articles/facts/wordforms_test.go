package facts

import "testing"

// TestAFrenchHourAfterBeforeIsATime: "peu avant 8 heures" and "de 22
// heures à 6 heures" are times of day; "après 8 heures de négociations"
// and "après 18 heures et 50 minutes de vol" are lengths of time.
func TestAFrenchHourAfterBeforeIsATime(t *testing.T) {
	for _, c := range []struct {
		text     string
		duration bool
	}{
		{"Le trafic a repris peu avant 8 heures.", false},
		{"La route est fermée de 22 heures à 6 heures.", false},
		{"Le département est en vigilance orange à partir de 16 heures.", false},
		{"Un accord a été trouvé après 8 heures de négociations.", true},
		{"Ils ont atterri après 18 heures et 50 minutes de vol.", true},
	} {
		fs := Extract(article("fr", c.text))
		if _, ok := find(fs, KindDuration, "", "length"); ok != c.duration {
			t.Errorf("%q: want a duration %v, got %+v", c.text, c.duration, fs)
		}
	}
}

// TestAModelsNumberIsNoCount: "48,500 Veillor DF-20 smoke detectors"
// counts 48,500 detectors, not 20; "1,200 COVID-19 patients" 1,200
// patients.
func TestAModelsNumberIsNoCount(t *testing.T) {
	for _, c := range []struct {
		text string
		want float64
	}{
		{"Domelis is recalling 48,500 Veillor DF-20 smoke detectors because a contact may fail.", 48500},
		{"Some 1,200 COVID-19 patients were treated.", 1200},
	} {
		fs := Extract(article("en", c.text))
		var got []float64
		for _, f := range fs {
			if f.Kind == KindCount {
				got = append(got, f.Num.Value)
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: want one count of %v, got %v in %+v", c.text, c.want, got, fs)
		}
	}
}

// TestADegreeSignAfterADayIsItsOrdinal: Italian writes the first of a
// month "1° novembre".
func TestADegreeSignAfterADayIsItsOrdinal(t *testing.T) {
	fs := Extract(article("it", "I nuovi prezzi scatteranno dal 1° novembre per gli abbonati."))
	if f, ok := find(fs, KindDate, "", "date"); !ok || f.Norm != "1 November" {
		t.Errorf("want 1 November, got %+v", fs)
	}
}

// TestAGermanLengthWrittenInOneWord: "der fünftägige Streik" lasts five
// days, as "der 5-tägige Streik" does.
func TestAGermanLengthWrittenInOneWord(t *testing.T) {
	fs := Extract(article("de", "Der fünftägige Streik beginnt am Montag."))
	if f, ok := find(fs, KindDuration, "", "length"); !ok || f.Norm != "5 days" || f.Key != "strike" {
		t.Errorf("want a strike of 5 days, got %+v", fs)
	}
}

// TestDutchEnIsAnd: "tussen Oldeveen en Hemmelsburen" names a road's two
// ends; "en" is no preposition of place in Dutch.
func TestDutchEnIsAnd(t *testing.T) {
	fs := Extract(article("nl", "De trajectcontrole op de N381 tussen Oldeveen en Hemmelsburen gaat maandag aan."))
	if f, ok := find(fs, KindPlace, "", "place"); ok {
		t.Errorf("a road's end read as a place of action: %+v", f)
	}
}

// TestAHalfInOneWord: "dreieinhalb Jahre Haft" is 3.5 years, "tweeënhalf
// jaar" 2.5.
func TestAHalfInOneWord(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       float64
	}{
		{"de", "Das Gericht verhängte dreieinhalb Jahre Haft.", 3.5},
		{"nl", "Hij kreeg tweeënhalf jaar cel.", 2.5},
		{"de", "Er saß anderthalb Jahre in Haft.", 1.5},
	} {
		fs := Extract(article(c.lang, c.text))
		if f, ok := find(fs, KindDuration, "", "length"); !ok || f.Num.Value != c.want {
			t.Errorf("%q: want %v years, got %+v", c.text, c.want, fs)
		}
	}
}

// TestASmallCountOfPeopleHarmed: "nine people were taken to hospital" and
// "hospitalizar a siete personas" count the story's casualties; "two
// people said" counts nothing, nor does a dated sentence about another
// accident.
func TestASmallCountOfPeopleHarmed(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       float64
	}{
		{"en", "Officials said nine people were taken to hospital with botulism.", 9},
		{"es", "El brote ha obligado a hospitalizar a siete personas.", 7},
		{"en", "Two people said they were happy.", 0},
		{"de", "2027 waren bei einem ähnlichen Unfall zwei Personen leicht verletzt worden.", 0},
	} {
		fs := Extract(article(c.lang, c.text))
		f, ok := find(fs, KindCount, "", "count")
		if c.want == 0 && ok || c.want != 0 && (!ok || f.Num.Value != c.want) {
			t.Errorf("%q: want a count of %v, got %+v", c.text, c.want, fs)
		}
	}
}

// TestAGermanSpanOfDays: "vom 3. bis zum 12. März" is one span, not a
// sentence ending at "3." and the 12th alone.
func TestAGermanSpanOfDays(t *testing.T) {
	fs := Extract(article("de", "Die Urabstimmung läuft zehn Tage, vom 3. bis zum 12. März."))
	if f, ok := find(fs, KindDate, "", "date"); !ok || f.Norm != "3–12 March" {
		t.Errorf("want the span 3–12 March, got %+v", fs)
	}
}

// TestAGermanProgrammeOfASum: "ein ähnliches Programm über 30 Millionen
// Euro" is a programme of that sum, not of more than it; "an 19 Tagen
// über 5000 Metern" stays above 5000 metres.
func TestAGermanProgrammeOfASum(t *testing.T) {
	fs := Extract(article("de", "Bereits 2022 hatte es ein ähnliches Programm über 30 Millionen Euro gegeben."))
	if f, ok := find(fs, KindAmount, "", "amount"); !ok || f.Num.Hedge != Exact {
		t.Errorf("want an exact 30 million, got %+v", fs)
	}
	fs = Extract(article("de", "Die Nullgradgrenze lag an 19 Tagen über 5000 Metern."))
	for _, f := range fs {
		if f.Num != nil && f.Num.Value == 5000 && f.Num.Hedge == Exact {
			t.Errorf("above 5000 metres read as exactly 5000: %+v", f)
		}
	}
}

// TestQuarterHoursAreTimesOfDay: "tussen 8.45 uur en 9.15 uur" gives two
// times of day; "took 2.25 hours" is a length of time.
func TestQuarterHoursAreTimesOfDay(t *testing.T) {
	if fs := Extract(article("nl", "De straat is tussen 8.45 uur en 9.15 uur dicht voor auto's.")); len(fs) != 0 {
		t.Errorf("times of day read as statements: %+v", fs)
	}
	if _, ok := find(Extract(article("en", "The flight took 2.25 hours.")), KindDuration, "", "length"); !ok {
		t.Error("2.25 hours not read as a length")
	}
}

// TestADiscountIsNoShare: "30 procent korting" and "30% off" cut a price;
// they are no share of anything to set against a fall in sales.
func TestADiscountIsNoShare(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"nl", "Tot die tijd geldt in de hele winkel 30 procent korting."},
		{"en", "Everything in the store is 30% off until then."},
	} {
		fs := Extract(article(c.lang, c.text))
		if _, ok := find(fs, KindPercent, "", "discount"); !ok {
			t.Errorf("%q: want a discount, got %+v", c.text, fs)
		}
	}
}

// TestAnOldYearAfterAMakingWord: "made in 1512 by the glazier" and
// "réalisé en 1521 par" date the window, however old the year.
func TestAnOldYearAfterAMakingWord(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "The window, made in 1512 by the glazier Bernardino da Lucerna, has 12 panels.", "1512"},
		{"fr", "Le vitrail, réalisé en 1521 par le maître verrier, compte douze panneaux.", "1521"},
	} {
		fs := Extract(article(c.lang, c.text))
		if f, ok := find(fs, KindDate, "", "year"); !ok || f.Norm != c.want {
			t.Errorf("%q: want the year %s, got %+v", c.text, c.want, fs)
		}
	}
}

// TestBarelyHedges: "barely 300 people" is about 300, no rival of 312.
func TestBarelyHedges(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "A village of barely 300 people is celebrating."},
		{"de", "Im Dorf leben kaum 300 Menschen."},
	} {
		fs := Extract(article(c.lang, c.text))
		if f, ok := find(fs, KindCount, "", "count"); !ok || f.Num.Hedge != About {
			t.Errorf("%q: want about 300, got %+v", c.text, fs)
		}
	}
}

// TestAMillionAndThousandsInWords: "1 milione e 280 mila euro" is
// €1.28 million, not €280,000.
func TestAMillionAndThousandsInWords(t *testing.T) {
	fs := Extract(article("it", "Il farmacista dovrà restituire 1 milione e 280 mila euro alla Regione."))
	if f, ok := find(fs, KindAmount, "", "amount"); !ok || f.Num.Value != 1.28e6 {
		t.Errorf("want €1.28 million, got %+v", fs)
	}
}

// TestAnHourAfterAPartOfTheDay: "zaterdagavond elf uur" is eleven
// o'clock on Saturday night; "zeventien uur stil" a length of time.
func TestAnHourAfterAPartOfTheDay(t *testing.T) {
	fs := Extract(article("nl", "Het gemaal viel zaterdagavond elf uur stil en lag zeventien uur stil."))
	var lengths []float64
	for _, f := range fs {
		if f.Kind == KindDuration {
			lengths = append(lengths, f.Num.Value)
		}
	}
	if len(lengths) != 1 || lengths[0] != 17 {
		t.Errorf("want one length of 17 hours, got %v in %+v", lengths, fs)
	}
}
