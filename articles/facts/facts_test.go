package facts

import (
	"reader/articles"
	"reader/articles/internal/textutil"
	"strings"
	"testing"
)

// article makes an article of paragraphs, one per non-blank line.
func article(lang, text string) articles.Article {
	a := articles.Article{File: "a.txt", Lang: lang}
	for _, line := range strings.Split(text, "\n") {
		if l := textutil.NormalizeLine(line); l != "" {
			a.Body = append(a.Body, articles.Block{Kind: articles.Paragraph, Text: l})
		}
	}
	return a
}

// find returns the first fact of kind whose subject and attribute are
// these ("" matches any subject).
func find(fs []Fact, kind Kind, subject, attr string) (Fact, bool) {
	for _, f := range fs {
		if f.Kind == kind && (subject == "" || f.Subject == subject) && f.Attribute == attr {
			return f, true
		}
	}
	return Fact{}, false
}

func TestStatementsHaveSubjectAttributeAndValue(t *testing.T) {
	fs := Extract(article("en", `Rail workers began a 48-hour strike on Monday over pay.
About 4,500 strikers marched through the city centre, the union said.
Some 3,700 residents were evacuated after a 3 km fissure opened near the town.
A patient from Leeds was treated at St Mary's Hospital.
The press conference in Lisbon was cut short.
The company will launch the car in 2027, chief executive Maria Lopez said.`))
	cases := []struct {
		kind              Kind
		subj, attr, value string
		norm              string
	}{
		{KindDuration, "strike", "length", "48-hour", "48 hours"},
		{KindCount, "strikers", "count", "About 4,500 strikers", "4,500"},
		{KindCount, "residents", "count", "Some 3,700 residents", "3,700"},
		{KindQuantity, "fissure", "length", "3 km", "3 km"},
		{KindPlace, "patient", "home town", "Leeds", "Leeds"},
		{KindPlace, "press conference", "place", "Lisbon", "Lisbon"},
		{KindDate, "launch", "year", "2027", "2027"},
		{KindPerson, "Maria Lopez", "title", "chief executive", "chief executive"},
		{KindDate, "strike", "day", "Monday", "Monday"},
	}
	for _, c := range cases {
		f, ok := find(fs, c.kind, c.subj, c.attr)
		if !ok || f.Value != c.value || f.Norm != c.norm {
			t.Errorf("%s · %s: got %+v (found %v), want value %q norm %q", c.subj, c.attr, f, ok, c.value, c.norm)
		}
	}
	if f, _ := find(fs, KindCount, "strikers", "count"); f.Num == nil || f.Num.Hedge != About {
		t.Errorf("'about' is a hedge: %+v", f.Num)
	}
}

func TestEntitiesAreTypedByCues(t *testing.T) {
	x := newExtractor(article("en", ""))
	typeOf := func(sentence, name string) entKind {
		toks := tokenize(sentence, nil)
		for _, e := range x.entities(sentence, toks) {
			if e.name == name {
				return e.kind
			}
		}
		return 255
	}
	notPerson := map[string]string{
		"The sensors run on Things IoT hardware, engineers said.":            "Things IoT",
		"Visitors left the Blue Lagoon on Friday.":                           "Blue Lagoon",
		"Lava crossed the Reykjanes Peninsula overnight.":                    "Reykjanes Peninsula",
		"Volunteers reopened the Central Library on the square.":             "Central Library",
		"She was taken to Leeds General Hospital with burns, police said.":   "Leeds General Hospital",
		"Investors sold shares of Northwind Corp after the report.":          "Northwind Corp",
		"Students at Harbour University protested against the fee increase.": "Harbour University",
	}
	for s, name := range notPerson {
		if k := typeOf(s, name); k == entPerson || k == 255 {
			t.Errorf("%q in %q typed %d, want a found non-person", name, s, k)
		}
	}
	for s, name := range map[string]string{
		"The company's CFO resigned on Monday.":    "CFO",
		"The meeting starts at 10:00 GMT.":         "GMT",
		"Le PDG a quitté la réunion avant la fin.": "PDG",
	} {
		if k := typeOf(s, name); k == entOrg {
			t.Errorf("%q is typed an organisation in %q", name, s)
		}
	}
	if k := typeOf("Officials at NATO met in Brussels.", "NATO"); k != entOrg {
		t.Errorf("NATO typed %d, want an organisation", k)
	}
	for s, name := range map[string]string{
		"Western governments met in Rome.":   "Western",
		"Canadian officials arrived in Rome": "Canadian",
	} {
		if k := typeOf(s, name); k == entPlace {
			t.Errorf("the demonym %q is typed a place", name)
		}
	}
	if k := typeOf("Maria Lopez said the plan would go ahead.", "Maria Lopez"); k != entPerson {
		t.Errorf("a person at the start of a sentence is missed: %d", k)
	}
	if k := typeOf("Talks were held in Lisbon and Oslo.", "Lisbon"); k != entPlace {
		t.Errorf("a capital from the gazetteer is a place: %d", k)
	}
	fs := Extract(article("en", "Western and Canadian officials met in Ottawa for the talks on Monday."))
	for _, f := range fs {
		if f.Kind == KindPlace && (f.Value == "Western" || f.Value == "Canadian") {
			t.Errorf("demonym as place: %+v", f)
		}
	}
}

func TestNameVariantsAreOnePerson(t *testing.T) {
	fs := Extract(article("en", `Dr. Jane Ann Doe, the hospital's chief of surgery, led the team.
"We did everything we could to save the patient's leg," Ann Doe said after the operation.
"The recovery will take months, not weeks, and it will be hard," Doe added.`))
	var subjects []string
	for _, f := range fs {
		if f.Kind == KindPerson || f.Kind == KindQuote {
			subjects = append(subjects, f.Subject)
		}
	}
	if len(subjects) != 3 {
		t.Fatalf("want a title and two quotes, got %q", subjects)
	}
	for _, s := range subjects {
		if s != "Jane Ann Doe" {
			t.Errorf("a variant stands apart: %q", subjects)
		}
	}
}

func TestFiguresPrintAsPeopleWriteThem(t *testing.T) {
	cases := map[string]string{
		"The firm raised $3 billion from investors last year.":      "$3 billion",
		"The house sold for £120,000 at auction in the spring.":     "£120,000",
		"Turnout reached 16.057% in the northern district.":         "16.1%",
		"The start-up is valued at $3B after the funding round.":    "$3 billion",
		"The outage costs the operator €20m a day, analysts said.":  "€20 million a day",
		"Exports fell to 1,2 milliard d'euros last year in France.": "€1.2 billion",
		"The levy rose by 0,125 euros a litre, the ministry said.":  "€0.13", // a leading nought groups no thousands: not €125
	}
	for s, want := range cases {
		fs := Extract(article("en", s))
		got := ""
		for _, f := range fs {
			if f.Kind == KindAmount || f.Kind == KindPercent {
				got = f.Norm
				break
			}
		}
		if got != want {
			t.Errorf("%q: figure %q, want %q (%+v)", s, got, want, fs)
		}
	}
	if fs := Extract(article("en", "The outage costs the operator €20m a day, analysts said.")); func() bool {
		_, ok := find(fs, KindDuration, "", "length")
		return ok
	}() {
		t.Errorf("a rate is read as a duration: %+v", fs)
	}
	fs := Extract(article("en", "The deal is worth $3B, the company said on Monday."))
	if f, ok := find(fs, KindAmount, "", "amount"); !ok || f.Num.Value != 3e9 {
		t.Errorf("$3B: %+v", f)
	}
}

func TestNoDateFromWordsThatAreNoMonths(t *testing.T) {
	for _, s := range []string{
		"The bridge collapsed three years ago 34 people were hurt in the crash.",
		"Ago 34 was printed on the sign near the old harbour wall.",
		"The vote may 3 times be delayed by the council, members said.",
	} {
		for _, f := range Extract(article("en", s)) {
			if f.Kind == KindDate && f.Attribute == "date" {
				t.Errorf("%q: a date from %q", s, f.Value)
			}
		}
	}
	fs := Extract(article("es", "El puente se cerró el 3 de agosto de 2023 tras el accidente, según el ayuntamiento."))
	if f, ok := find(fs, KindDate, "", "date"); !ok || f.Norm != "3 August" {
		t.Errorf("a Spanish date: %+v", fs)
	}
}

func TestWeekdayAloneOnALineIsNoFact(t *testing.T) {
	fs := Extract(article("en", "Sunday\nThe strike began on Monday morning at the port, the union said."))
	for _, f := range fs {
		if f.Kind == KindDate && f.Norm == "Sunday" {
			t.Errorf("a navigation weekday became a fact: %+v", f)
		}
	}
	if f, ok := find(fs, KindDate, "", "day"); !ok || f.Norm != "Monday" || f.Subject != "began" {
		t.Errorf("the story's weekday: %+v", f)
	}
}

func TestConversionSlipMarksTheSource(t *testing.T) {
	fs := Extract(article("en", "The group will spend 2 billion dollars (about 1.76 million euros) on new plants over five years."))
	f, ok := find(fs, KindAmount, "", "amount")
	if !ok || f.Norm != "$2 billion" || !strings.Contains(f.Slip, "factor of about 1,000") {
		t.Fatalf("slip: %+v", f)
	}
	for _, g := range fs {
		if g.Kind == KindAmount && g.Norm != "$2 billion" {
			t.Errorf("the conversion is a fact of its own: %+v", g)
		}
	}
	fs = Extract(article("en", "The group will spend 2 billion dollars (about 1.76 billion euros) on new plants over five years."))
	if f, _ := find(fs, KindAmount, "", "amount"); f.Slip != "" {
		t.Errorf("a plausible conversion is a slip: %+v", f)
	}
}

func TestRolesInOtherLanguagesAndWords(t *testing.T) {
	cases := []struct{ lang, text, name, norm string }{
		{"fr", "Le président Jean Martin a annoncé lundi un plan de relance pour la région.", "Jean Martin", "president"},
		{"en", "Jean Martin, the group's chairman, announced the plan on Monday.", "Jean Martin", "chair"},
		{"en", "Anna Berg, head of the agency, said the data was wrong.", "Anna Berg", "head"},
		{"en", "The agency's chief, Anna Berg, said the data was wrong.", "Anna Berg", "head"},
		{"en", "Deputy mayor Tom Reed opened the new bridge on Friday.", "Tom Reed", "deputy mayor"},
		{"de", "Bürgermeisterin Eva Kurz eröffnete am Freitag die neue Brücke.", "Eva Kurz", "mayor"},
		{"de", "Die Brücke bleibt gesperrt, sagte Polizeisprecher Jan Wolf am Freitag.", "Jan Wolf", "spokesperson"},
		{"de", "Die Chefin der regionalen Feuerwehr, Eva Kurz, sprach von schwierigen Bedingungen.", "Eva Kurz", "head"},
		{"es", "La jefa de la agencia regional, Ana Ruiz, pidió calma a los vecinos.", "Ana Ruiz", "head"},
		{"en", "Police arrested the daughter of the group's founder, Mia Holt, on Monday.", "Mia Holt", "daughter"},
	}
	for _, c := range cases {
		fs := Extract(article(c.lang, c.text))
		f, ok := find(fs, KindPerson, c.name, "title")
		if !ok || f.Norm != c.norm {
			t.Errorf("%q: %+v, want %s", c.text, fs, c.norm)
		}
	}
}

func TestCountryListsAreLists(t *testing.T) {
	fs := Extract(article("en", "France, Germany and Italy signed the treaty, while Spain stayed away."))
	f, ok := find(fs, KindList, "countries", "named together")
	if !ok || f.Norm != "France, Germany, Italy" {
		t.Errorf("list: %+v", fs)
	}
}

func TestTokenizerAndSentences(t *testing.T) {
	var got []string
	text := "Dr. Jane Doe met Mr. Roe in the U.S. on Monday. Talks went well! Then they left."
	eachSentence(text, func(s, e int) { got = append(got, text[s:e]) })
	if len(got) != 3 || got[0] != "Dr. Jane Doe met Mr. Roe in the U.S. on Monday." {
		t.Fatalf("sentences %q", got)
	}
	toks := tokenize("$3B, €20m and 4\u00a0500 (U.S.) 48-hour", nil)
	var ss []string
	for _, tk := range toks {
		ss = append(ss, tk.s)
	}
	if strings.Join(ss, "|") != "$|3|B|,|€|20|m|and|4\u00a0500|(|U.S.|)|48|-|hour" {
		t.Fatalf("tokens %q", ss)
	}
}

// Counts and amounts in Italian and Dutch, whose plurals do not end in
// "-s" and whose magnitudes are their own words.
func TestItalianAndDutchFigures(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []string // kind:norm
	}{
		{"it", "Nasce un gruppo con 9.800 dipendenti e 740 filiali. I lavori costeranno 3,8 milioni di euro e dureranno due anni.",
			[]string{"count:9,800", "count:740", "amount:€3.8 million"}},
		{"nl", "De nieuwe bank krijgt 9800 werknemers en 740 filialen. De deal waardeert de bank op 4,1 miljard euro.",
			[]string{"count:9,800", "count:740", "amount:€4.1 billion"}},
	} {
		a := articles.Article{Title: "x", Lang: c.lang, Body: []articles.Block{{Kind: articles.Paragraph, Text: c.text}}}
		got := map[string]bool{}
		for _, f := range Extract(a) {
			got[string(f.Kind)+":"+f.Norm] = true
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%s: %s not extracted (got %v)", c.lang, w, got)
			}
		}
	}
}

func TestHowLongAgoIsNoDuration(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Three years ago, a similar fire on the same route forced the evacuation of 640 people."},
		{"fr", "Il y a trois ans, un incendie semblable avait forcé l'évacuation de 640 personnes."},
		{"de", "Vor drei Jahren hatte ein ähnlicher Brand die Räumung von 640 Menschen erzwungen."},
		{"es", "Hace tres años, un incendio similar obligó a evacuar a 640 personas."},
		{"it", "Tre anni fa un incendio simile aveva costretto 640 persone a lasciare la nave."},
		{"nl", "Drie jaar geleden dwong een vergelijkbare brand 640 mensen tot evacuatie."},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindDuration, "", "length"); ok {
			t.Errorf("%s: %q read as a duration %q", c.lang, c.text, f.Value)
		}
	}
	fs := Extract(article("en", "The strike will last three weeks, the union said."))
	if f, ok := find(fs, KindDuration, "", "length"); !ok || f.Norm != "3 weeks" {
		t.Errorf("a real duration is lost: %+v", fs)
	}
}

func TestAConjunctionIsNoAmountsSubject(t *testing.T) {
	fs := Extract(article("en", "The operator loses about €300,000 a day while the ferries stay in port."))
	f, ok := find(fs, KindAmount, "", "amount a day")
	if !ok || f.Subject == "while" {
		t.Errorf("amount a day: %+v", fs)
	}
}

func TestYearShapedCountsAndTheirSubjects(t *testing.T) {
	fs := Extract(article("de", "Der Autobauer will in Frankreich 1800 Stellen streichen und ruft zu einem 24-stündigen Streik auf."))
	if f, ok := find(fs, KindCount, "stellen", "count"); !ok || f.Norm != "1,800" {
		t.Errorf("a count after a noun, in German: %+v", fs)
	}
	if _, ok := find(fs, KindDuration, "streik", "length"); !ok {
		t.Errorf("the strike's length, in German: %+v", fs)
	}
	fs = Extract(article("fr", "Les syndicats ont appelé à une grève de 24 heures."))
	if _, ok := find(fs, KindDuration, "grève", "length"); !ok {
		t.Errorf("the strike's length, in French: %+v", fs)
	}
	fs = Extract(article("en", "In 2019 residents voted against the plan."))
	if f, ok := find(fs, KindCount, "", "count"); ok {
		t.Errorf("a year read as a count: %+v", f)
	}
}

func TestYearsAfterPrepositionsInMoreLanguages(t *testing.T) {
	for _, c := range []struct{ lang, text, attr string }{
		{"it", "Il ponte era stato costruito nel 1976.", "year"},
		{"nl", "De brug werd sinds 1976 niet meer gerenoveerd.", "since"},
		{"pl", "Most zbudowano w 1976 roku.", "year"},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindDate, "", c.attr); !ok || f.Norm != "1976" {
			t.Errorf("%s: %q: no %s 1976", c.lang, c.text, c.attr)
		}
	}
}

func TestDollarsOfOtherCountriesAreTheirOwn(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "The state will spend A$2.5 billion on the line.", "A$2.5 billion"},
		{"en", "The club paid C$40 million for the arena.", "C$40 million"},
		{"en", "The deal is worth US$3 billion.", "$3 billion"},
		{"pt", "A mineradora vai investir R$ 5,2 bilhões em Minas Gerais.", "R$5.2 billion"},
		{"en", "The firm will invest $3 billion in the plant.", "$3 billion"},
	} {
		f, ok := find(Extract(article(c.lang, c.text)), KindAmount, "", "amount")
		if !ok || f.Norm != c.want {
			t.Errorf("%q: %+v, want %s", c.text, f, c.want)
		}
	}
}

func TestDutchUnitsWeekdaysAndPercentages(t *testing.T) {
	fs := Extract(article("nl", "De vakbond dreigt dinsdag met een staking van 48 uur. De omzet daalde met 12 procent."))
	if f, ok := find(fs, KindDuration, "staking", "length"); !ok || f.Norm != "48 hours" {
		t.Errorf("48 uur: %+v", fs)
	}
	if f, ok := find(fs, KindDate, "", "day"); !ok || f.Norm != "Tuesday" {
		t.Errorf("dinsdag: %+v", fs)
	}
	if f, ok := find(fs, KindPercent, "", "share"); !ok || f.Norm != "12%" {
		t.Errorf("12 procent: %+v", fs)
	}
}

func TestPoundsInOtherLanguages(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "La compañía pagará 510 millones de libras por la fábrica."},
		{"it", "La società pagherà 510 milioni di sterline per lo stabilimento."},
		{"nl", "Het bedrijf betaalt 510 miljoen pond voor de fabriek."},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindAmount, "", "amount"); !ok || f.Norm != "£510 million" {
			t.Errorf("%s: %q: %+v", c.lang, c.text, f)
		}
	}
}

func TestRangesAreOneFigure(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Between 3,000 and 4,000 people joined the march.", "3,000–4,000"},
		{"en", "The storm cut power to 2 to 3 million homes.", "2 million–3 million"},
		{"de", "Zwischen 3000 und 4000 Menschen nahmen an dem Marsch teil.", "3,000–4,000"},
		{"es", "Entre 3.000 y 4.000 personas participaron en la marcha.", "3,000–4,000"},
	} {
		f, ok := find(Extract(article(c.lang, c.text)), KindCount, "", "count")
		if !ok || f.Norm != c.want || f.Num.Hedge != Between {
			t.Errorf("%q: %+v, want the range %s", c.text, f, c.want)
		}
	}
	// A change is no range: the figure it ends at is the figure.
	f, ok := find(Extract(article("en", "Membership rose from 3,000 to 4,000 people.")), KindCount, "", "count")
	if !ok || f.Norm != "4,000" || f.Num.Hedge == Between {
		t.Errorf("a change read as a range: %+v", f)
	}
}

func TestNumberWordsFromTenCountThings(t *testing.T) {
	fs := Extract(article("de", "Elf Waggons sprangen aus den Gleisen, zehn Kilometern vor dem Bahnhof."))
	if f, ok := find(fs, KindCount, "waggons", "count"); !ok || f.Norm != "11" {
		t.Errorf("elf Waggons: %+v", fs)
	}
	if f, ok := find(fs, KindCount, "kilometern", "count"); ok {
		t.Errorf("a distance read as a count of kilometres: %+v", f)
	}
	if f, ok := find(Extract(article("en", "Three people were hurt.")), KindCount, "", "count"); ok {
		t.Errorf("a number word under ten counted: %+v", f)
	}
	// Teens, tens and their compounds, as leads write them.
	for _, c := range []struct{ lang, text, subject, want string }{
		{"en", "Fourteen people died when the coach crashed.", "people", "14"},
		{"en", "Twenty-three passengers were taken to hospital.", "passengers", "23"},
		{"fr", "Vingt-trois passagers ont été hospitalisés.", "passagers", "23"},
		{"de", "Dreiundzwanzig Fahrgäste kamen ins Krankenhaus.", "fahrgäste", "23"},
		{"es", "Veintitrés pasajeros fueron hospitalizados.", "pasajeros", "23"},
		{"it", "Quattordici persone sono morte.", "morte", "14"}, // people counted for what happened to them
		{"nl", "Drieëntwintig passagiers werden opgenomen.", "passagiers", "23"},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindCount, c.subject, "count"); !ok || f.Norm != c.want {
			t.Errorf("%q: %+v, want %s %s", c.text, f, c.want, c.subject)
		}
	}
}

func TestAbbreviatedMagnitudesEndNoSentence(t *testing.T) {
	fs := Extract(article("de", "Das Unternehmen steckt 2,5 Mrd. Euro in die Fabrik."))
	if f, ok := find(fs, KindAmount, "", "amount"); !ok || f.Norm != "€2.5 billion" {
		t.Errorf("2,5 Mrd. Euro: %+v", fs)
	}
}

// A weekday that opens or closes a span is another happening than the
// one the lead reports on its day.
func TestWeekdaysOfSpansAreNoDaysOfTheHappening(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"nl", "De zeven speleologen die sinds zondag vastzaten, zijn gered.", "since"},
		{"es", "Los espeleólogos, atrapados desde el domingo, fueron rescatados.", "since"},
		{"it", "Gli speleologi, bloccati da domenica nella grotta, sono stati salvati.", "since"},
		{"en", "Citizen service offices will stay closed until at least Thursday.", "until"},
		{"de", "Die Bürgerbüros bleiben mindestens bis Donnerstag geschlossen.", "until"},
		{"en", "The speleologists were rescued on Tuesday afternoon.", "day"},
		{"pt", "A reunião da direção terminou na terça-feira à noite.", "day"},
	} {
		var got []string
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Kind == KindDate {
				got = append(got, f.Attribute)
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: weekday attributes %q, want [%s]", c.text, got, c.want)
		}
	}
}

// "31 of the 65 seats" counts 31 seats: the total is no count of its own.
func TestAPartOfATotalCountsThePart(t *testing.T) {
	for _, c := range []struct{ lang, text, subject string }{
		{"en", "The party won 31 of the 65 seats in parliament.", "seats"},
		{"es", "El partido obtuvo 31 de los 65 escaños del parlamento.", "escaños"},
		{"pt", "O partido venceu, conquistando 31 dos 65 lugares.", "lugares"},
		{"de", "Die Partei gewann 31 der 65 Sitze im Parlament.", "sitze"},
	} {
		var got []string
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Kind == KindCount {
				got = append(got, f.Norm+" "+f.Subject)
			}
		}
		if len(got) != 1 || got[0] != "31 "+c.subject {
			t.Errorf("%q: counts %q, want [31 %s]", c.text, got, c.subject)
		}
	}
}

func TestCubicMetresAreAVolume(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Etwa 300.000 Kubikmeter Geröll rutschten ins Tal."},
		{"en", "Some 300,000 cubic metres of rock slid into the valley."},
		{"it", "Circa 300.000 metri cubi di roccia sono scivolati a valle."},
		{"fr", "Quelque 300 000 mètres cubes de roche ont glissé."},
		{"es", "Unos 300.000 metros cúbicos de roca se deslizaron."},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindQuantity, "", "volume"); !ok || f.Norm != "300,000 m³" {
			t.Errorf("%q: %+v, want the volume 300,000 m³", c.text, f)
		}
	}
}

// A verb of being gives a percentage its subject, and a Dutch or German
// participle after a year is what the year dates.
func TestCopulaAndVerbFinalSubjects(t *testing.T) {
	for _, c := range []struct{ lang, text, subject string }{
		{"en", "Turnout was 62.7%, the electoral board said.", "turnout"},
		{"es", "La participación fue del 62,7 %.", "participación"},
		{"it", "L'affluenza è stata del 26,7%.", "affluenza"},
		{"de", "Die Wahlbeteiligung lag bei 62,7 Prozent.", "wahlbeteiligung"},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindPercent, c.subject, "share"); !ok {
			t.Errorf("%q: no share of %q in %+v", c.text, c.subject, Extract(article(c.lang, c.text)))
		} else if SubjectKey(f.Subject) != "turnout" {
			t.Errorf("%q: subject key %q, want turnout", c.text, SubjectKey(f.Subject))
		}
	}
	if _, ok := find(Extract(article("nl", "De 42 meter hoge dam werd in 1985 gebouwd en moet nu wijken.")), KindDate, "gebouwd", "year"); !ok {
		t.Error("werd in 1985 gebouwd: the year is not tied to gebouwd")
	}
}

func TestMillionsGluedToACountAndHyphenatedTitles(t *testing.T) {
	if f, ok := find(Extract(article("en", "The cable will supply about 1.5m homes with power.")), KindCount, "homes", "count"); !ok || f.Norm != "1.5 million" {
		t.Errorf("1.5m homes: %+v", f)
	}
	if f, ok := find(Extract(article("en", "They built a 1.5m wall around the site, and 40 workers left.")), KindCount, "", "count"); ok && f.Num.Value > 1e6 {
		t.Errorf("a 1.5m wall read as millions: %+v", f)
	}
	fs := Extract(article("de", "Hanse-Netz-Vorstandschef Jana Ulrich sagte, die Leitung sei bereit."))
	if f, ok := find(fs, KindPerson, "Jana Ulrich", "title"); !ok || f.Norm != "chief executive" {
		t.Errorf("Hanse-Netz-Vorstandschef: %+v", fs)
	}
}

func TestMarchShapes(t *testing.T) {
	if f, ok := find(Extract(article("es", "La noruega Margit Hollestad, de 76 años, llegó el lunes a puerto.")), KindQuantity, "Margit Hollestad", "age"); !ok || f.Norm != "76 years" {
		t.Errorf("Margit Hollestad, de 76 años: %+v", f)
	}
	if f, ok := find(Extract(article("it", "Sono state trasportate circa 410 mila tonnellate di olio.")), KindQuantity, "", "weight"); !ok || f.Norm != "410,000 tonnes" {
		t.Errorf("410 mila tonnellate: %+v", f)
	}
	if f, ok := find(Extract(article("en", "She sailed about 26,000 nautical miles alone.")), KindQuantity, "", "length"); !ok || f.Norm != "26,000 nautical miles" {
		t.Errorf("26,000 nautical miles: %+v", f)
	}
	fs := Extract(article("nl", "Een aardbeving heeft dinsdagavond de regio getroffen. De staking begon om 6.00 uur en duurt 24 uur."))
	if f, ok := find(fs, KindDate, "", "day"); !ok || f.Norm != "Tuesday" {
		t.Errorf("dinsdagavond: %+v", fs)
	}
	for _, f := range fs {
		if f.Kind == KindDuration && f.Norm == "6 hours" {
			t.Errorf("a time of day read as a duration: %+v", f)
		}
	}
	fs = Extract(article("fr", "L'entreprise supprime 300 postes, a précisé la présidente du directoire, Helga Sturmann."))
	if f, ok := find(fs, KindPerson, "Helga Sturmann", "title"); !ok || f.Norm != "chief executive" {
		t.Errorf("présidente du directoire: %+v", fs)
	}
}

func TestAprilShapes(t *testing.T) {
	fs := Extract(article("de", "Die Partei legte um 2 Prozentpunkte auf 14 Prozent zu."))
	if f, ok := find(fs, KindPercent, "", "change"); !ok || f.Norm != "2 percentage points" {
		t.Errorf("2 Prozentpunkte: %+v", fs)
	}
	if f, ok := find(fs, KindPercent, "", "share"); !ok || f.Norm != "14%" {
		t.Errorf("14 Prozent: %+v", fs)
	}
	if f, ok := find(Extract(article("en", "Toyota will invest 48 billion yen in the plant.")), KindAmount, "", "amount"); !ok || f.Norm != "¥48 billion" {
		t.Errorf("48 billion yen: %+v", f)
	}
	if f, ok := find(Extract(article("nl", "Onze winters worden steeds zachter, zei de onderzoeker.")), KindCount, "", "count"); ok {
		t.Errorf("Dutch 'onze' (our) read as eleven: %+v", f)
	}
	fs = Extract(article("en", "\"This is a blow to the whole city,\" Deputy Mayor Joris Wijbenga said on Tuesday."))
	if f, ok := find(fs, KindPerson, "Joris Wijbenga", "title"); !ok || f.Norm != "deputy mayor" {
		t.Errorf("Deputy Mayor Joris Wijbenga: %+v", fs)
	}
	if f, ok := find(Extract(article("nl", "Het was gisteren 14 graden in de stad.")), KindQuantity, "", "degrees"); !ok || f.Norm != "14 degrees" {
		t.Errorf("14 graden: %+v", f)
	}
}

func TestItalianTownsAfterA(t *testing.T) {
	fs := Extract(article("it", "Due persone sono morte sabato in un'esplosione di gas in una palazzina di tre piani a Sarvignano, vicino al fiume."))
	if f, ok := find(fs, KindPlace, "", "place"); !ok || f.Value != "Sarvignano" {
		t.Errorf("a Sarvignano: %+v", fs)
	}
}

// Number words under ten count the things news counts by name, never
// "two of them" or "three times".
func TestSmallNumberWordsCountNamedThings(t *testing.T) {
	for _, c := range []struct{ lang, text, subject, want string }{
		{"en", "Three workers died in the fire.", "workers", "3"},
		{"de", "In der Nacht sind fünf Arbeiter ums Leben gekommen.", "arbeiter", "5"},
		{"nl", "Bij de brand zijn drie medewerkers om het leven gekomen.", "medewerkers", "3"},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindCount, c.subject, "count"); !ok || f.Norm != c.want {
			t.Errorf("%q: %+v", c.text, Extract(article(c.lang, c.text)))
		}
	}
	for _, text := range []string{"Two of them were hurt.", "They met three times a week.", "Two people were hurt in the crash."} {
		if f, ok := find(Extract(article("en", text)), KindCount, "", "count"); ok {
			t.Errorf("%q: counted %+v", text, f)
		}
	}
}

func TestVoteSharesHaveTheirSubject(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"nl", "In een referendum heeft 53,7 procent van de kiezers zondag voor de nieuwe tramlijn gestemd."},
		{"de", "Mit 57,3 Prozent Ja-Stimmen haben die Stimmberechtigten die neue Tramlinie angenommen."},
		{"fr", "Les électeurs ont approuvé la nouvelle ligne de tram par 57,3 % des voix."},
	} {
		f, ok := find(Extract(article(c.lang, c.text)), KindPercent, "", "share")
		if !ok || f.Key != "vote" {
			t.Errorf("%q: %+v, want a share of votes", c.text, f)
		}
	}
}

func TestJuneShapes(t *testing.T) {
	fs := Extract(article("it", "Il vento ha soffiato fino a 140 chilometri orari, e in 24 ore sono caduti 320 millimetri di pioggia. In Spagna sono stati registrati 2.184 casi di morbillo."))
	if f, ok := find(fs, KindQuantity, "", "speed"); !ok || f.Norm != "140 km/h" {
		t.Errorf("140 chilometri orari: %+v", fs)
	}
	if f, ok := find(fs, KindQuantity, "", "length"); !ok || f.Norm != "320 mm" {
		t.Errorf("320 millimetri: %+v", fs)
	}
	if f, ok := find(fs, KindCount, "casi", "count"); !ok || f.Norm != "2,184" {
		t.Errorf("2.184 casi: %+v", fs)
	}
	fs = Extract(article("de", "Am Dienstag kündigte Vorstandschefin Dagmar Wittenbeck den Abbau von 1100 Stellen an."))
	if _, ok := find(fs, KindPerson, "Dagmar Wittenbeck", "title"); !ok {
		t.Errorf("Dagmar Wittenbeck den Abbau: %+v", fs)
	}
	fs = Extract(article("pt", "O vento atingiu 140 quilómetros por hora, disse o presidente da câmara de Elvas, Luís Pestana."))
	if f, ok := find(fs, KindPerson, "Luís Pestana", "title"); !ok || f.Norm != "mayor" {
		t.Errorf("presidente da câmara de Elvas: %+v", fs)
	}
}

// The speaker a quote's sentence names right after it, before or after
// the verb of saying, with an age between, is the quote's speaker.
func TestSpeakersNamedAfterTheQuote(t *testing.T) {
	for _, c := range []struct{ lang, text, speaker string }{
		{"en", "Regional president Andrés Quiroga conceded.\n\"The region has asked for change, and we will deliver it,\" Sarrión, 46, told cheering supporters. Quiroga, 63, conceded defeat.", "Sarrión"},
		{"fr", "« Nous n'avions jamais vu la rivière monter aussi vite », a déclaré la préfète Hélène Marquier. Le maire Gilles Aubanel a demandé de l'aide.", "Hélène Marquier"},
		{"es", "\"Los resultados no son los que esperábamos\", dijo el presidente regional, Andrés Quiroga.", "Andrés Quiroga"},
		{"es", "\"Ahorramos sin recortar en educación ni en infraestructuras\", afirmó la consejera de Hacienda, Katrin Albrecht, de 55 años.", "Katrin Albrecht"},
	} {
		fs := Extract(article(c.lang, c.text))
		if f, ok := find(fs, KindQuote, "", "quote"); !ok || f.Subject != c.speaker {
			t.Errorf("%q: quote %+v, want spoken by %s", c.text, f, c.speaker)
		}
	}
}

func TestDatelinesAndBracketAges(t *testing.T) {
	fs := Extract(article("en", "KOUROU, July 9 – The satellite was launched on 19 July from the Kourou base."))
	var dates []string
	for _, f := range fs {
		if f.Kind == KindDate && f.Attribute == "date" {
			dates = append(dates, f.Norm)
		}
	}
	if len(dates) != 1 || dates[0] != "19 July" {
		t.Errorf("dates %q, want only the launch's 19 July (not the dateline's)", dates)
	}
	fs = Extract(article("de", "Der Angeklagte Maarten Oosterveld (61) wurde zu fünf Jahren Haft verurteilt."))
	if f, ok := find(fs, KindQuantity, "Maarten Oosterveld", "age"); !ok || f.Norm != "61 years" {
		t.Errorf("Maarten Oosterveld (61): %+v", fs)
	}
	if f, ok := find(Extract(article("fr", "Le feu a pris lundi à 22 heures dans un entrepôt.")), KindDuration, "", "length"); ok {
		t.Errorf("à 22 heures read as a duration: %+v", f)
	}
}

func TestAgeAfterAPersonNoun(t *testing.T) {
	for _, c := range []struct{ lang, text, subject string }{
		{"pt", "Morreram uma moradora de 67 anos e um estafeta de 29 anos que passava na rua.", "moradora"},
		{"it", "Un uomo di 44 anni è stato arrestato ieri sera.", "uomo"},
	} {
		fs := Extract(article(c.lang, c.text))
		if _, ok := find(fs, KindQuantity, c.subject, "age"); !ok {
			t.Errorf("%q: %+v, want the age of the %s", c.text, fs, c.subject)
		}
	}
	if f, ok := find(Extract(article("fr", "Il a été condamné à une peine de 12 ans de prison.")), KindQuantity, "", "age"); ok {
		t.Errorf("a sentence of 12 years read as an age: %+v", f)
	}
}

func TestAugustShapes(t *testing.T) {
	fs := Extract(article("en", "ROME, Aug 10 – Eighteen people were injured when a lorry overturned."))
	if f, ok := find(fs, KindCount, "", "count"); !ok || f.Norm != "18" || SubjectKey(f.Subject) != "injured" {
		t.Errorf("Aug 10 – Eighteen people were injured: %+v", fs)
	}
	if f, ok := find(Extract(article("de", "Auf der A17 sind am Dienstagmorgen 28 Menschen verletzt worden.")), KindCount, "", "count"); !ok || SubjectKey(f.Subject) != "injured" {
		t.Errorf("28 Menschen verletzt: %+v", f)
	}
	if f, ok := find(Extract(article("es", "El mediocampista, de 22 años, firmó por cinco temporadas.")), KindQuantity, "mediocampista", "age"); !ok || f.Norm != "22 years" {
		t.Errorf("el mediocampista, de 22 años: %+v", f)
	}
	for _, text := range []string{"Das Museum hat 12.500 Quadratmetern Ausstellungsfläche.", "Het museum telt 12.500 vierkante meter."} {
		if f, ok := find(Extract(article("de", text)), KindQuantity, "", "area"); !ok || f.Norm != "12,500 m²" {
			t.Errorf("%q: %+v", text, f)
		}
	}
	if f, ok := find(Extract(article("en", "The reading reached 248 micrograms per cubic metre.")), KindQuantity, "", "weight"); !ok || f.Norm != "248 µg" {
		t.Errorf("248 micrograms: %+v", f)
	}
}

func TestSeptemberShapes(t *testing.T) {
	fs := Extract(article("pt", "O Banco Central elevou a taxa Selic de 10,75% para 11,25% ao ano."))
	if f, ok := find(fs, KindPercent, "", "share"); !ok || f.Norm != "11.25%" {
		t.Errorf("para 11,25%%: %+v", fs)
	}
	if f, ok := find(fs, KindPercent, "", "previous share"); !ok || f.Norm != "10.75%" {
		t.Errorf("de 10,75%%: %+v", fs)
	}
	if f, ok := find(Extract(article("en", "The country mined 298 million tonnes of coal last year.")), KindQuantity, "", "weight"); !ok || f.Norm != "298 million tonnes" {
		t.Errorf("298 million tonnes: %+v", f)
	}
	if f, ok := find(Extract(article("en", "The company said on Wednesday it would appeal.")), KindDate, "", "day"); !ok || f.Subject != "statement" {
		t.Errorf("said on Wednesday: %+v", f)
	}
	for _, c := range []struct{ lang, text string }{
		{"de", "Neun Menschen kamen ins Krankenhaus, teilte das Gesundheitsamt des Landkreises am Dienstag mit."},
		{"de", "Das gab die Reederei am Freitag bekannt."},
		{"nl", "Dat maakte de rederij donderdag bekend."},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindDate, "", "day"); !ok || f.Subject != "statement" {
			t.Errorf("%q: the day it was said: %+v", c.text, f)
		}
	}
	if f, ok := find(Extract(article("fr", "Un mineur de 51 ans a été blessé.")), KindQuantity, "mineur", "age"); !ok || f.Norm != "51 years" {
		t.Errorf("un mineur de 51 ans: %+v", f)
	}
}

func TestTemperaturesAndPeopleTreated(t *testing.T) {
	fs := Extract(article("en", "The thermometer reached 47.9C (118.2F) in Seville, beating the record."))
	if f, ok := find(fs, KindQuantity, "", "degrees"); !ok || f.Norm != "47.9 degrees" {
		t.Errorf("47.9C: %+v", fs)
	}
	if f, ok := find(Extract(article("pt", "Os termómetros chegaram aos 47,9 °C em Sevilha.")), KindQuantity, "", "degrees"); !ok || f.Norm != "47.9 degrees" {
		t.Errorf("47,9 °C: %+v", f)
	}
	if f, ok := find(Extract(article("en", "Thirty-four people were treated for breathing problems.")), KindCount, "", "count"); !ok || SubjectKey(f.Subject) != "treated" {
		t.Errorf("people treated: %+v", f)
	}
}

func TestNovemberAges(t *testing.T) {
	if f, ok := find(Extract(article("en", "Dutch grandmaster Daan Verhoef, aged 21, won the tournament on Sunday.")), KindQuantity, "Daan Verhoef", "age"); !ok || f.Norm != "21 years" {
		t.Errorf("Daan Verhoef, aged 21: %+v", f)
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "De 19-jarige grootmeester won zondag het toernooi."},
		{"de", "Ein 58-jähriger Bergführer wurde verletzt."},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindQuantity, "", "age"); !ok {
			t.Errorf("%q: no age: %+v", c.text, f)
		}
	}
	if f, ok := find(Extract(article("it", "La valanga ha travolto un gruppo di sette scialpinisti, uccidendo cinque persone.")), KindCount, "", "count"); !ok || SubjectKey(f.Subject) != "dead" {
		t.Errorf("uccidendo cinque persone: %+v", f)
	}
}

func TestWinterShapes(t *testing.T) {
	if f, ok := find(Extract(article("en", "The blast killed five people and injured 17 others.")), KindCount, "", "count"); !ok || SubjectKey(f.Subject) != "dead" || f.Norm != "5" {
		t.Errorf("killed five people: %+v", f)
	}
	if f, ok := find(Extract(article("pt", "O ranking avalia mais de 1900 instituições de 104 países.")), KindDate, "", "year"); ok {
		t.Errorf("mais de 1900 read as a year: %+v", f)
	}
	if f, ok := find(Extract(article("it", "Il cucciolo pesa circa 22 chili, secondo lo zoo.")), KindQuantity, "", "weight"); !ok || f.Norm != "22 kg" {
		t.Errorf("22 chili: %+v", f)
	}
}

// A night is read once, at the day it ends on, and says so: sources give
// it as that day or as the evening before.
func TestANightIsReadAtTheDayItEndsOn(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "In der Nacht zum Mittwoch brannte eine Lagerhalle am Stadtrand nieder."},
		{"fr", "Un entrepôt a brûlé dans la nuit de mardi à mercredi en périphérie de la ville."},
		{"es", "Un almacén ardió en la noche del martes al miércoles a las afueras de la ciudad."},
		{"nl", "In de nacht van dinsdag op woensdag brandde een loods aan de rand van de stad af."},
		{"en", "A warehouse burned down overnight into Wednesday on the edge of the town."},
	} {
		var got []string
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Kind == KindDate {
				got = append(got, f.Norm)
			}
		}
		if len(got) != 1 || got[0] != NightBefore+"Wednesday" {
			t.Errorf("%q: dates %q, want [%sWednesday]", c.text, got, NightBefore)
		}
	}
	for _, f := range Extract(article("en", "The warehouse burned down on Wednesday night, the fire brigade said.")) {
		if f.Kind == KindDate && f.Norm != "Wednesday" {
			t.Errorf("a plain weekday read as %q", f.Norm)
		}
	}
}

// "up from 4.1%" is where a change started, not another share.
func TestUpFromIsThePreviousValue(t *testing.T) {
	fs := Extract(article("en", "The central bank raised its main rate to 4.5% on Wednesday, up from 4.1%, to slow inflation."))
	f, ok := find(fs, KindPercent, "", "previous share")
	if !ok || f.Norm != "4.1%" {
		t.Errorf("up from 4.1%%: %+v", fs)
	}
}

// A year before 1900 that ends its clause is a year; a number of that size
// that goes on to what it counts is not.
func TestHistoricYearsEndTheirClause(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "The haul includes a landscape by the painter, painted in 1878, the museum said.", "1878"},
		{"fr", "Le tableau du peintre, peint en 1887.", "1887"},
		{"it", "Il quadro del pittore è del 1887.", "1887"},
		{"en", "The company employs staff in 1500 stores across the region.", ""},
	} {
		got := ""
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Kind == KindDate && f.Attribute == "year" {
				got = f.Norm
			}
		}
		if got != c.want {
			t.Errorf("%q: year %q, want %q", c.text, got, c.want)
		}
	}
}

// A percentage after a name is no model number ("Verhagen 53 procent"),
// and a part of a total the subject owns counts the part.
func TestPercentAfterANameAndPartsOfAnOwnedTotal(t *testing.T) {
	fs := Extract(article("nl", "In de tweede ronde haalde de 46-jarige Verhagen 53 procent van de stemmen."))
	if f, ok := find(fs, KindPercent, "", "share"); !ok || f.Norm != "53%" {
		t.Errorf("53 procent: %+v", fs)
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Seventeen of the train's 28 wagons left the tracks near the station."},
		{"es", "Diecisiete de sus 28 vagones se salieron de la vía cerca de la estación."},
	} {
		var got []string
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Kind == KindCount {
				got = append(got, f.Norm)
			}
		}
		if len(got) != 1 || got[0] != "17" {
			t.Errorf("%q: counts %q, want [17]", c.text, got)
		}
	}
}

// A crew is counted for what happened to it, and a verb of harm before a
// count says what happened ("injuring six crew members").
func TestCrewsAreCountedForWhatHappenedToThem(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Three fishermen were missing after the trawler sank off the cape.", "missing"},
		{"it", "Otto marinai risultano ancora dispersi, secondo i soccorritori.", "missing"},
		{"en", "The ship collided with a tanker late on Tuesday, injuring six crew members, the port said.", "injured"},
		{"de", "Neun Besatzungsmitglieder wurden verletzt, wie die Hafenbehörde mitteilte.", "injured"},
	} {
		var got []string
		for _, f := range Extract(article(c.lang, c.text)) {
			if f.Kind == KindCount {
				got = append(got, f.Key)
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: count subjects %q, want [%s]", c.text, got, c.want)
		}
	}
}

// Short month names in lower case are months after a day's number.
func TestShortMonthNamesAfterADay(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"fr", "Elle avait été contrôlée positive lors d'un contrôle le 8 mai à son domicile.", "8 May"},
		{"nl", "De wedstrijd werd op 3 mei in het stadion gespeeld.", "3 May"},
		{"fr", "Le chantier a commencé le 3 mars dans le centre-ville.", "3 March"},
	} {
		f, ok := find(Extract(article(c.lang, c.text)), KindDate, "", "date")
		if !ok || f.Norm != c.want {
			t.Errorf("%q: date %+v, want %s", c.text, f, c.want)
		}
	}
}

// A duration in two units is one duration.
func TestADurationInTwoUnitsIsOne(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Power was out for six hours and 40 minutes across the district.", "6 hours 40 minutes"},
		{"en", "He won the race in 2 hours 6 minutes on Sunday.", "2 hours 6 minutes"},
		{"fr", "La coupure a duré deux heures et 30 minutes dans le quartier.", "2 hours 30 minutes"},
		{"en", "She won a final that lasted two minutes and 48 seconds.", "2 minutes 48 seconds"},
		{"fr", "Elle a gagné au terme d'une finale de 2 min 48 s face à sa rivale.", "2 minutes 48 seconds"},
	} {
		f, ok := find(Extract(article(c.lang, c.text)), KindDuration, "", "length")
		if !ok || f.Norm != c.want {
			t.Errorf("%q: duration %+v, want %s", c.text, f, c.want)
		}
	}
}

// Seconds alone are race times and margins, several to a report, each of
// another athlete: neither durations nor counts.
func TestSecondsAloneAreNotFacts(t *testing.T) {
	for _, f := range Extract(article("en", "She took 43 seconds off the record, finishing 76 seconds ahead of the field.")) {
		if f.Kind == KindDuration || f.Kind == KindCount {
			t.Errorf("seconds read as %v %q (%s)", f.Kind, f.Value, f.Norm)
		}
	}
}

// Cents are hundredths, and a count after "other" is the rest of one.
func TestCentsAndRemainders(t *testing.T) {
	f, ok := find(Extract(article("en", "The company will pay a dividend of 85 euro cents a share, it said.")), KindAmount, "", "amount")
	if !ok || f.Norm != "€0.85" {
		t.Errorf("85 euro cents: %+v", f)
	}
	for _, c := range []struct{ lang, text string }{
		{"es", "Otros dos pasajeros sufrieron heridas leves en el aterrizaje."},
		{"pt", "Os outros dois feridos foram levados para o hospital de Évora."},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindCount, "", "count"); ok {
			t.Errorf("%q: counted %+v", c.text, f)
		}
	}
	f, ok = find(Extract(article("en", "The balloon landed hard on Sunday, injuring three passengers, the emergency services said.")), KindCount, "", "count")
	if !ok || f.Key != "injured" {
		t.Errorf("injuring three passengers: %+v", f)
	}
}

// Tens and units joined by a word are one number.
func TestNumbersInSeveralWords(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"es", "Sesenta y cuatro vecinos fueron desalojados de sus casas.", "64"},
		{"pt", "Trinta e dois moradores foram retirados das casas.", "32"},
	} {
		f, ok := find(Extract(article(c.lang, c.text)), KindCount, "", "count")
		if !ok || f.Norm != c.want {
			t.Errorf("%q: count %+v, want %s", c.text, f, c.want)
		}
	}
}

// Ages in the shapes papers give them.
func TestAgesInMoreShapes(t *testing.T) {
	for _, c := range []struct{ lang, text, subject, want string }{
		{"es", "La tenista Lucía Berrocal (19 años) se impuso este domingo en la final.", "Lucía Berrocal", "19 years"},
		{"es", "Derrotó a la sueca Anika Strand, de 27 años y cabeza de serie número 3, en la final.", "Anika Strand", "27 years"},
		{"nl", "De 17-jarige Sanne Verhoeven landde zondag veilig op het vliegveld.", "Sanne Verhoeven", "17 years"},
	} {
		f, ok := find(Extract(article(c.lang, c.text)), KindQuantity, "", "age")
		if !ok || f.Norm != c.want || f.Subject != c.subject {
			t.Errorf("%q: age %q of %q, want %s of %s", c.text, f.Norm, f.Subject, c.want, c.subject)
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Two men, aged 31 and 24, were arrested near the border on Friday."},
		{"pt", "Dois homens, de 24 e 31 anos, foram detidos perto da fronteira."},
	} {
		f, ok := find(Extract(article(c.lang, c.text)), KindQuantity, "", "ages")
		if !ok || f.Norm != "24 and 31 years" {
			t.Errorf("%q: ages %+v, want 24 and 31 years", c.text, f)
		}
	}
}

// A year after a month is a date, not a count of what follows.
func TestAYearAfterAMonthIsNoCount(t *testing.T) {
	fs := Extract(article("nl", "In maart 2024 raakten bij een brand in dezelfde fabriek twee mensen gewond."))
	for _, f := range fs {
		if f.Kind == KindCount && f.Norm == "2,024" {
			t.Errorf("the year read as a count: %+v", f)
		}
	}
}

// A year after "since" is when a span began; a title's "da câmara" is part
// of it.
func TestSinceYearsAndTitlesWithTheirTail(t *testing.T) {
	f, ok := find(Extract(article("fr", "C'était la plus longue éclipse visible dans la région depuis 2036, selon l'observatoire.")), KindDate, "", "since")
	if !ok || f.Norm != "2036" {
		t.Errorf("depuis 2036: %+v", f)
	}
	f, ok = find(Extract(article("pt", "\"A terra é para cultivar\", disse Joaquim Pardal, presidente da câmara, de 61 anos, depois da votação.")), KindPerson, "Joaquim Pardal", "title")
	if !ok || f.Norm != "mayor" {
		t.Errorf("presidente da câmara: %+v", f)
	}
}

// Counted things news names in every language are one subject.
func TestCountedThingsAcrossLanguages(t *testing.T) {
	for _, ws := range [][]string{
		{"pedestrians", "peatones", "Fußgänger", "piétons", "voetgangers"},
		{"guests", "Gäste", "convives", "invitati"},
		{"schools", "escuelas", "écoles", "scholen"},
		{"rooms", "kamers", "pièces", "stanze"},
		{"goals", "doelpunten", "buts", "Tore"},
	} {
		for _, w := range ws[1:] {
			if SubjectKey(w) != SubjectKey(ws[0]) || !KnownSubject(w) {
				t.Errorf("%q is not %q's subject (%q against %q)", w, ws[0], SubjectKey(w), SubjectKey(ws[0]))
			}
		}
	}
}

// The age someone died at is an age, and Swiss mayors are mayors.
func TestAgesAtDeathAndSwissMayors(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Il padre è morto nel 2039 a 84 anni, senza aver mai riportato il libro."},
		{"fr", "Son père est mort en 2039 à 84 ans, sans jamais rendre le livre."},
	} {
		fs := Extract(article(c.lang, c.text))
		if _, ok := find(fs, KindDuration, "", "length"); ok {
			t.Errorf("%q: an age at death read as a duration: %+v", c.text, fs)
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"de", "Gemeindepräsidentin Ursula Brändli eröffnete die Sauna am Samstag."},
		{"fr", "La présidente de la commune, Ursula Brändli, a inauguré le sauna samedi."},
	} {
		f, ok := find(Extract(article(c.lang, c.text)), KindPerson, "Ursula Brändli", "title")
		if !ok || f.Norm != "mayor" {
			t.Errorf("%q: title %+v, want mayor", c.text, f)
		}
	}
}
