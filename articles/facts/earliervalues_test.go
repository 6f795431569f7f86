package facts

import (
	"strings"
	"testing"
)

// TestASentenceOpeningOnAgoGivesAnEarlierValue: "Due anni fa l'attesa era
// di 190 giorni" says what the wait was, not what it is.
func TestASentenceOpeningOnAgoGivesAnEarlierValue(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Due anni fa l'attesa era di 190 giorni."},
		{"es", "Hace dos años la espera era de 190 días."},
		{"fr", "Il y a deux ans, l'attente était de 190 jours."},
		{"de", "Vor zwei Jahren lag die Wartezeit bei 190 Tagen."},
		{"nl", "Twee jaar geleden was de wachttijd 190 dagen."},
		{"en", "Two years ago the wait was 190 days."},
	} {
		fs := Extract(article(c.lang, c.text))
		if _, ok := find(fs, KindDuration, "", "previous length"); !ok {
			t.Errorf("%q: want an earlier length, got %+v", c.text, fs)
		}
	}
	fs := Extract(article("en", "The wait is 265 days, up from 190 two years ago."))
	if _, ok := find(fs, KindDuration, "", "length"); !ok {
		t.Errorf("a later ago phrase made the story's figure an earlier one: %+v", fs)
	}
}

// TestAFigureAgainstLastYearsIsTheEarlierOne: "480 euros por mês, contra
// 435 euros no ano passado" gives last year's rent beside this year's;
// "52% against 29% of those given a placebo" gives another group's.
func TestAFigureAgainstLastYearsIsTheEarlierOne(t *testing.T) {
	fs := Extract(article("pt", "Em Lisboa, um quarto custa 480 euros por mês, contra 435 euros no ano passado."))
	if f, ok := find(fs, KindAmount, "", "previous amount"); !ok || f.Num.Value != 435 {
		t.Errorf("want 435 euros as the earlier amount, got %+v", fs)
	}
	fs = Extract(article("en", "The pill helped 52% of patients, against 29% of those given a placebo."))
	for _, f := range fs {
		if strings.HasPrefix(f.Attribute, "previous") {
			t.Errorf("another group's share read as an earlier value: %+v", f)
		}
	}
}

// TestAYearlyWordMakesARate: "85 millones de euros anuales" and "85
// miljoen euro per jaar" cost that much each year, as "€58m a year" does.
func TestAYearlyWordMakesARate(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "La medida costará 85 millones de euros anuales."},
		{"nl", "De uitbreiding kost 85 miljoen euro per jaar."},
		{"en", "The expansion will cost €85m annually."},
		{"it", "Il piano costerà 85 milioni di euro annui."},
	} {
		fs := Extract(article(c.lang, c.text))
		if f, ok := find(fs, KindAmount, "", "amount a year"); !ok || f.Num.Value != 85e6 {
			t.Errorf("%q: want a yearly amount of 85 million, got %+v", c.text, fs)
		}
	}
}

// TestAnAdverbOfNowIsNoSubject: "La espera media es ahora de 256 días"
// is not about "now".
func TestAnAdverbOfNowIsNoSubject(t *testing.T) {
	fs := Extract(article("es", "La espera media es ahora de 256 días."))
	if f, ok := find(fs, KindDuration, "", "length"); !ok || f.Subject == "ahora" {
		t.Errorf("want a length not said of ahora, got %+v", fs)
	}
}

// TestACountThatIsNeededIsAThreshold: "100,000 signatures are needed"
// and "100 000 signatures valables sont nécessaires" say how many it
// takes, not how many there were.
func TestACountThatIsNeededIsAThreshold(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "They handed in 112,340 signatures; 100,000 signatures are needed to force a vote."},
		{"fr", "Le comité a remis 112 340 signatures, alors que 100 000 signatures valables sont nécessaires."},
	} {
		fs := Extract(article(c.lang, c.text))
		if f, ok := find(fs, KindCount, "", "required"); !ok || f.Num.Value != 100000 {
			t.Errorf("%q: want 100,000 as the threshold, got %+v", c.text, fs)
		}
		if f, ok := find(fs, KindCount, "", "count"); ok && f.Num.Value == 100000 {
			t.Errorf("%q: 100,000 also read as a count", c.text)
		}
	}
}

// TestWhatItWasThen: a clause opening on a time gone by, with a past
// copula right before the figure, gives an earlier value ("2024 waren es
// 1,15 Millionen Besucher"); a year that only dates a thing ("De brug uit
// 1968 was 58 meter lang") or a year whose own figure follows its noun
// ("In 2025 sales were 46 million units") does not.
func TestWhatItWasThen(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "2024 waren es 1,15 Millionen Besucher."},
		{"de", "Im Dezember 2019 waren 31 Flüge umgeleitet worden."},
		{"en", "Last year there were 46 stalls."},
		{"es", "El año pasado fueron 58 puestos."},
	} {
		if _, ok := find(Extract(article(c.lang, c.text)), KindCount, "", "previous count"); !ok {
			t.Errorf("%q: no earlier count in %+v", c.text, Extract(article(c.lang, c.text)))
		}
	}
	if _, ok := find(Extract(article("nl", "De brug uit 1968 was 58 meter lang.")), KindQuantity, "", "length"); !ok {
		t.Error("a bridge's length read as an earlier value for the year that dates the bridge")
	}
	if _, ok := find(Extract(article("en", "In 2025 sales were 46 million units.")), KindCount, "", "count"); !ok {
		t.Error("a year's own figure read as an earlier value")
	}
}
