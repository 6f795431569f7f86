package facts

import (
	"slices"
	"testing"
)

// TestFiguresInMoreLanguages: the figures of Polish, Czech, Swedish,
// Danish, Romanian, Catalan, Finnish and Hungarian reports are read as
// those of the languages the reader started with: what a count counts
// after the figure whatever its case ("27 osób"), Romanian's "de" between
// a figure and its noun, units, magnitudes and currencies in their words,
// ages glued to the figure ("31-letni", "31letý", "31-årig", "31 éves"),
// weekdays in their cases ("w sobotę", "i lördags"), dates, and shares
// ("12 proc.", "30 la sută", "7,4 százalékra").
func TestFiguresInMoreLanguages(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		kind       Kind
		norm       string
	}{
		{"pl", "Według policji rannych zostało 27 osób.", KindCount, "27"},
		{"pl", "Fragment o długości około 40 metrów oderwał się.", KindQuantity, "40 m"},
		{"pl", "Relacjonował 31-letni kibic z Gdańska.", KindQuantity, "31 years"},
		{"pl", "Zmarł mężczyzna w wieku 67 lat.", KindQuantity, "67 years"},
		{"pl", "Koszt wyniósł 95 mln zł.", KindAmount, "95 million PLN"},
		{"pl", "Strajk trwał 48 godzin.", KindDuration, "48 hours"},
		{"pl", "Dach runął w sobotę wieczorem.", KindDate, "Saturday"},
		{"pl", "Pożar wybuchł 23 maja.", KindDate, "23 May"},
		{"cs", "Zraněno bylo 27 lidí.", KindCount, "27"},
		{"cs", "Vůz řídil 31letý muž.", KindQuantity, "31 years"},
		{"cs", "Škoda dosáhla 22 milionů korun.", KindAmount, "22 million CZK"},
		{"cs", "Požár začal v sobotu 23. května 2038.", KindDate, "23 May"},
		{"sv", "Enligt polisen skadades 27 personer.", KindCount, "27"},
		{"sv", "En 31-årig man greps i lördags.", KindDate, "Saturday"},
		{"sv", "En 31-årig man greps i lördags.", KindQuantity, "31 years"},
		{"sv", "Branden pågick i 12 timmar.", KindDuration, "12 hours"},
		{"sv", "Omkring 250 fans reste dit den 23 maj.", KindDate, "23 May"},
		{"da", "Skaden løber op i 22 millioner kroner.", KindAmount, "22 million crowns"},
		{"da", "Strejken varede tre uger og sluttede i lørdags.", KindDate, "Saturday"},
		{"ro", "Au fost rănite 27 de persoane.", KindCount, "27"},
		{"ro", "Un bărbat în vârstă de 31 de ani a fost arestat.", KindQuantity, "31 years"},
		{"ro", "Pagubele sunt de 22 de milioane de euro.", KindAmount, "€22 million"},
		{"ro", "Incendiul a durat 12 ore.", KindDuration, "12 hours"},
		{"ca", "L'incendi va cremar 40 hectàrees durant 12 hores.", KindQuantity, "40 hectares"},
		{"fi", "Palo kesti 12 tuntia.", KindDuration, "12 hours"},
		{"pl", "Bezrobocie wzrośnie o ponad 12 proc. w regionie.", KindPercent, "12%"},
		{"cs", "Nezaměstnanost stoupla na 7,4 procenta.", KindPercent, "7.4%"},
		{"nb", "Prisene steg med 4,2 prosent i fjor.", KindPercent, "4.2%"},
		{"ro", "Recolta a scăzut cu 30 la sută.", KindPercent, "30%"},
		{"hu", "A munkanélküliség 7,4 százalékra nőtt.", KindPercent, "7.4%"},
		{"hu", "A balesetben megsérült egy 31 éves férfi.", KindQuantity, "31 years"},
		{"hu", "A kár mintegy 2,5 milliárd forint.", KindAmount, "2.5 billion HUF"},
		{"hu", "Egy jegy 500 Ft.", KindAmount, "500 HUF"},
		{"hu", "A mentés 12 órán át tartott.", KindDuration, "12 hours"},
		// Numbers written out, in their cases.
		{"sv", "I fyra timmar fick passagerarna vänta ombord.", KindDuration, "4 hours"},
		{"pl", "Przez sześć godzin pasażerowie czekali na statku.", KindDuration, "6 hours"},
		{"hu", "Az utasok hat órán át várakoztak a hajón.", KindDuration, "6 hours"},
		{"cs", "Hasiči bojovali s požárem devět hodin.", KindDuration, "9 hours"},
		{"ro", "Salvatorii au lucrat șase ore.", KindDuration, "6 hours"},
		{"fi", "Matkustajat odottivat kuusi tuntia.", KindDuration, "6 hours"},
		{"da", "Redningen tog seks timer.", KindDuration, "6 hours"},
		{"hu", "A sor 28 kilométert ért el.", KindQuantity, "28 km"},
		{"hu", "Az első tárlat november 14-én, szerdán nyílik a múzeumban.", KindDate, "14 November"},
		{"hu", "A szerződést március 3-án írták alá a minisztériumban.", KindDate, "3 March"},
		{"hu", "A szerződést 2041. március 3-án írták alá a minisztériumban.", KindDate, "3 March"},
		{"cs", "Skupina zaplatí za výrobce 420 milionů eur.", KindAmount, "€420 million"},
		{"hu", "A cég 850 millió eurós beruházást jelentett be.", KindAmount, "€850 million"},
		{"fi", "Yhtiö investoi 420 miljoonaa euroa tehtaaseen.", KindAmount, "€420 million"},
		{"fi", "Liitosta vastaan äänesti 61 prosenttia äänestäneistä.", KindPercent, "61%"},
	} {
		var got []string
		ok := false
		for _, f := range Extract(article(c.lang, c.text)) {
			got = append(got, string(f.Kind)+" "+f.Norm)
			ok = ok || f.Kind == c.kind && f.Norm == c.norm
		}
		if !ok {
			t.Errorf("%s %q: facts %q, want %s %s", c.lang, c.text, got, c.kind, c.norm)
		}
	}
	// "lei" is Romania's currency only in Romanian; English feet stay feet.
	for _, f := range Extract(article("it", "Ha dato 500 a lei e 200 a noi.")) {
		if f.Kind == KindAmount {
			t.Errorf("Italian pronoun read as a currency: %+v", f)
		}
	}
	for _, f := range Extract(article("en", "The wall rose 30 ft above the road.")) {
		if f.Kind == KindAmount {
			t.Errorf("feet read as a currency: %+v", f)
		}
	}
	// "alig" (barely) hedges a Hungarian figure as "barely" does.
	for _, f := range Extract(article("hu", "A szokásos csapadéknak alig 40 százaléka hullott le.")) {
		if f.Kind == KindPercent && f.Num.Hedge != About {
			t.Errorf("alig: hedge %v, want about", f.Num.Hedge)
		}
	}
	// A word that is a number in one language only is none in another
	// ("sex" is six in Swedish); a Hungarian time of day is no span.
	for _, c := range []struct{ lang, text string }{
		{"en", "The sex abuse inquiry heard 30 witnesses."},
		{"en", "The set pieces took hours."},
		{"hu", "A hajó 22 óra 40 perckor futott zátonyra."},
	} {
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Num != nil && (f.Num.Value == 6 || f.Num.Value == 7 || f.Num.Value == 22) {
				t.Errorf("%s %q: read %s %s", c.lang, c.text, f.Kind, f.Norm)
			}
		}
	}
	// "150 ezret" (150 thousand, the currency left out) is echoed as
	// 150,000.
	fs := Extract(article("hu", "A győztes 300 ezer euró pénzdíjat kapott, a döntős 150 ezret."))
	if len(fs) == 0 || !slices.Contains(fs[0].Echoes, 150000) {
		t.Errorf("150 ezret not echoed as 150,000: %+v", fs)
	}
	// A share's sign is no counted noun, nor is a year's "roku".
	for _, text := range []string{"Bezrobocie wzrośnie o ponad 12 proc. w regionie.", "Huta zostanie zamknięta w połowie 2039 roku."} {
		for _, f := range Extract(article("pl", text)) {
			if f.Kind == KindCount {
				t.Errorf("%q: read as a count: %+v", text, f)
			}
		}
	}
}

// TestAgesInRomanianAndScandinavian: "o femeie de 59 de ani" and "en
// kvinde på 34 år" give an age; "timp de 59 de ani" and "den første på
// 34 år" a span of time.
func TestAgesInRomanianAndScandinavian(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		age        bool
	}{
		{"ro", "O femeie de 59 de ani a fost rănită.", true},
		{"ro", "Fabrica a funcționat timp de 59 de ani.", false},
		{"da", "En kvinde på 34 år blev kørt på hospitalet.", true},
		{"sv", "En man på 34 år greps i går.", true},
		{"da", "Det er den første strejke på 34 år.", false},
		{"ro", "Au fost surprinși o femeie și soțul ei, de 81 de ani.", true},
		{"ro", "„Ne întoarcem”, spune Elena Prodan, 59 de ani.", true},
		{"pl", "Wśród ofiar jest małżeństwo w wieku 71 i 69 lat.", true},
		{"cs", "Vrbenský, kterému je 27 let, si zlomil klíční kost.", true},
		{"pl", "Kierowca, który ma 52 lata, został zatrzymany.", true},
		{"sv", "Föraren, som är 52 år, greps på platsen.", true},
		{"ro", "Șoferul, care are 52 de ani, a fost reținut.", true},
		{"cs", "Továrna, která je 27 let stará, se zavře.", true},
	} {
		var got []string
		age := false
		for _, f := range Extract(article(c.lang, c.text)) {
			got = append(got, string(f.Kind)+" "+f.Attribute+" "+f.Norm)
			age = age || f.Attribute == "age"
		}
		if age != c.age {
			t.Errorf("%s %q: facts %q, want an age: %v", c.lang, c.text, got, c.age)
		}
	}
}

// TestHedgeBeforeAnArticle: a hedge bounds the figure across an article
// ("casi un 40%", "gairebé un 40%", "quasi il 40%", "alrededor de un 30
// %"), as it does right before it.
func TestHedgeBeforeAnArticle(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		hedge      Hedge
	}{
		{"es", "Los alquileres subieron casi un 40% en cinco años.", AtMost},
		{"ca", "Els lloguers han pujat gairebé un 40% en deu anys.", AtMost},
		{"it", "Gli affitti sono saliti di quasi il 40% in cinque anni.", AtMost},
		{"es", "La cosecha ha caído alrededor de un 30 %.", About},
		{"es", "La cosecha ha caído un 30 %.", Exact},
		{"es", "El banco subió los tipos hasta el 5,25 %.", Exact}, // the level reached, no bound
	} {
		found := false
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Kind == KindPercent {
				found = true
				if f.Num.Hedge != c.hedge {
					t.Errorf("%q: hedge %v, want %v", c.text, f.Num.Hedge, c.hedge)
				}
			}
		}
		if !found {
			t.Errorf("%q: no share read", c.text)
		}
	}
}

// TestWhoseAgeItIs: "Vrbenský, kterému je 27 let" gives Vrbenský's age,
// as "Föraren, som är 52 år" gives the driver's; "Amélia Resende morreu
// hoje em Lisboa, aos 84 anos" the age she died at, and "The 59-year-old
// was also fined" the age of the person the story last named.
func TestWhoseAgeItIs(t *testing.T) {
	for _, c := range []struct{ lang, text, subject string }{
		{"cs", "Vrbenský, kterému je 27 let, si při pádu zlomil klíční kost.", "Vrbenský"},
		{"sv", "Föraren, som är 52 år, greps på platsen i går.", "Föraren"},
		{"pl", "Jak podała policja, Nowak, który ma 52 lata, został zatrzymany.", "Nowak"},
		{"pt", "A fadista Amélia Resende morreu hoje em Lisboa, aos 84 anos.", "Amélia Resende"},
		{"en", "Marc Verhelst, who ran the charity from 2026 to 2035, spent the money on a house. The 59-year-old was also fined.", "Marc Verhelst"},
		{"en", "Marc Verhelst, who ran the charity, was jailed on Tuesday. The 59-year-old Belgian was also fined.", "Marc Verhelst"},
	} {
		found := false
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Attribute == "age" {
				found = true
				if f.Subject != c.subject {
					t.Errorf("%q: age of %q, want %q", c.text, f.Subject, c.subject)
				}
			}
		}
		if !found {
			t.Errorf("%q: no age", c.text)
		}
	}
}
