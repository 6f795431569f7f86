package compare

import (
	"reader/articles"
	"reader/articles/facts"
	"reflect"
	"sort"
	"strings"
	"testing"
)

func seedEvent(t *testing.T) (Comparison, map[string]string) {
	t.Helper()
	arts, errs := articles.ParseBatch(articles.Builtin())
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	c := Compare("e", arts[:4])
	short := map[string]string{}
	for _, col := range c.Columns {
		short[col.File] = articles.SourceName("", col.File)[:3]
	}
	return c, short
}

func factByLabel(c Comparison, kind facts.Kind, label string) (Fact, bool) {
	for _, f := range c.Facts {
		if f.Kind == kind && strings.Contains(f.Label, label) {
			return f, true
		}
	}
	return Fact{}, false
}

// sourcesOf lists the short names of the sources stating f.
func sourcesOf(c Comparison, f Fact, short map[string]string) string {
	var out []string
	for k, v := range f.Values {
		if v.Said() {
			out = append(out, short[c.Columns[k].File])
		}
	}
	sort.Strings(out)
	return strings.Join(out, ",")
}

// valueOf is the wording of the source whose short name is prefix.
func valueOf(c Comparison, f Fact, short map[string]string, prefix string) string {
	for k, col := range c.Columns {
		if short[col.File] == prefix {
			return f.Values[k].Text
		}
	}
	return ""
}

func TestCompareSeedFacts(t *testing.T) {
	c, short := seedEvent(t)
	// $2bn: all four December reports, the French report's conversion
	// slip flagged on its value, not on the fact the others agree on.
	amt, ok := factByLabel(c, facts.KindAmount, "$2 billion")
	if !ok || sourcesOf(c, amt, short) != "000,001,002,003" || amt.Disagree || !strings.Contains(amt.Note, "factor of about 1,000") {
		t.Errorf("2bn amount: %+v", amt)
	}
	for k, v := range amt.Values {
		if slipped := v.Slip != ""; slipped != (short[c.Columns[k].File] == "000") {
			t.Errorf("slip on column %d (%s): %q", k, short[c.Columns[k].File], v.Slip)
		}
	}
	if w := valueOf(c, amt, short, "000"); !strings.Contains(w, "1.76 million euros") {
		t.Errorf("000's own wording lost: %q", w)
	}
	// The person's titles, side by side: one office in three wordings.
	hu, ok := factByLabel(c, facts.KindPerson, "Ken Hu")
	if !ok || sourcesOf(c, hu, short) != "000,001,003" || hu.Disagree {
		t.Errorf("Ken Hu's title: %+v", hu)
	}
	var titles []string
	for _, v := range hu.Values {
		if v.Said() {
			titles = append(titles, v.Value)
		}
	}
	sort.Strings(titles)
	if strings.Join(titles, "|") != "chairman|current president of the firm|rotating chairman" {
		t.Errorf("titles side by side: %q", titles)
	}
	// The country lists compared as lists of what each source says.
	list, ok := factByLabel(c, facts.KindList, "countries")
	if !ok || sourcesOf(c, list, short) != "002,003" || list.Disagree {
		t.Errorf("country lists: %+v", list)
	}
	if v := valueOf(c, list, short, "003"); !strings.Contains(v, "Taiwan") || strings.Contains(v, "Germany") {
		t.Errorf("003's list = %q", v)
	}
	if !strings.Contains(list.Note, "Taiwan") || !strings.Contains(list.Note, "Germany") {
		t.Errorf("the lists' differences: %q", list.Note)
	}
	dur, ok := factByLabel(c, facts.KindDuration, "5 years")
	if !ok || sourcesOf(c, dur, short) != "000,001,003" || dur.Disagree {
		t.Errorf("five years: %+v", dur)
	}
	q, ok := factByLabel(c, facts.KindQuote, "Ken Hu")
	if !ok || q.Sources() < 2 {
		t.Errorf("factual-evidence quote: %+v", q)
	}
	meng, ok := factByLabel(c, facts.KindPerson, "Meng Wanzhou")
	if !ok || sourcesOf(c, meng, short) != "001,002" || meng.Disagree {
		t.Errorf("CFO and chief financial officer are one title: %+v", meng)
	}
	// The summary counts honestly: the $2bn is shared by all.
	if c.SharedByAll < 1 || c.Disagreements != 0 || c.SingleSource == 0 {
		t.Errorf("summary: %d shared by all, %d disagreements, %d single", c.SharedByAll, c.Disagreements, c.SingleSource)
	}
	if c.Facts[0].Label != amt.Label {
		t.Errorf("the fact all sources share comes first: %q", c.Facts[0].Label)
	}
}

func TestCompareTranslatedQuoteAndRivalAmounts(t *testing.T) {
	en := mkArticle(t, "en.txt", "---\nlang: en\n---\nCity to rebuild collapsed bridge for $30 million\n\nThe city will spend $30 million to rebuild the bridge that collapsed last week, mayor Ana Ruiz said on Monday.\n\n\"We will rebuild the bridge within a year and it will be stronger than before,\" said Ana Ruiz.")
	fr := mkArticle(t, "fr.txt", "---\nlang: fr\n---\nLa ville va reconstruire le pont effondré\n\nLa ville dépensera 30 millions de dollars pour reconstruire le pont effondré la semaine dernière, a annoncé lundi la maire Ana Ruiz.\n\n« Nous reconstruirons le pont d'ici un an et il sera plus solide qu'avant », a déclaré Ana Ruiz.")
	other := mkArticle(t, "other.txt", "City sets aside $45 million to rebuild the bridge\n\nThe city will spend $45 million to rebuild the collapsed bridge, according to the budget office. Mayor Ana Ruiz promised a new bridge within a year.")
	c := Compare("e", []articles.Article{en, fr, other})
	q, ok := factByLabel(c, facts.KindQuote, "Ana Ruiz")
	if !ok || q.Sources() != 2 {
		t.Fatalf("translated quote not matched: %+v", c.Facts)
	}
	amt, ok := factByLabel(c, facts.KindAmount, "spend")
	if !ok || !amt.Disagree || amt.Sources() != 3 || !strings.Contains(amt.Note, "45 million") {
		t.Fatalf("rival amounts: %+v", amt)
	}
	if mayor, ok := factByLabel(c, facts.KindPerson, "Ana Ruiz"); !ok || mayor.Disagree || mayor.Sources() != 3 {
		t.Fatalf("mayor/maire: %+v", mayor)
	}
}

// story makes an article of a title and paragraphs.
func story(t *testing.T, name, lang, text string) articles.Article {
	return mkArticle(t, name, "---\nlang: "+lang+"\nsource: "+strings.TrimSuffix(name, ".txt")+"\n---\n"+text)
}

func TestDisagreementsAreReal(t *testing.T) {
	cases := []struct {
		name     string
		a, b     string
		kind     facts.Kind
		disagree bool
	}{
		{"24 against 48 hours", "Transit staff began a 48-hour strike on Tuesday over pay.", "Transit staff began a 24-hour strike on Tuesday over pay.", facts.KindDuration, true},
		{"48 hours against two days", "Transit staff began a 48-hour strike on Tuesday over pay.", "Transit staff began a two-day strike on Tuesday over pay.", facts.KindDuration, false},
		{"3,000 against 4,500 strikers", "About 4,500 strikers marched through the city centre on Tuesday.", "Some 3,000 strikers marched through the city centre on Tuesday.", facts.KindCount, true},
		{"more than 3,000 against 4,500", "About 4,500 strikers marched through the city centre on Tuesday.", "More than 3,000 strikers marched through the city centre on Tuesday.", facts.KindCount, false},
		{"more than 3,000 against about 1,500", "More than 3,000 strikers marched through the city centre on Tuesday.", "About 1,500 strikers marched through the city centre on Tuesday.", facts.KindCount, true},
		{"about 2,000 against 1,950", "About 2,000 residents were evacuated from the valley overnight.", "Firefighters said 1,950 residents were evacuated from the valley overnight.", facts.KindCount, false},
		{"3,700 against 4,000", "Officials said 3,700 residents were evacuated from the valley overnight.", "Officials said 4,000 residents were evacuated from the valley overnight.", facts.KindCount, true},
		{"at least six against at least eight weeks", "The car park will stay closed for at least six weeks, the council said.", "The car park will stay closed for at least eight weeks, the council said.", facts.KindDuration, true},
		{"at least six weeks twice", "The car park will stay closed for at least six weeks, the council said.", "The council said the car park would stay closed for at least six weeks.", facts.KindDuration, false},
		{"€71 million against €69 million", "The court ordered the lift maker to pay €71 million in fines.", "The court ordered the lift maker to pay €69 million in fines.", facts.KindAmount, true},
		{"€1.24 billion rounded to €1.2 billion", "The toymaker's sales reached €1.24 billion last year.", "The toymaker's sales reached €1.2 billion last year.", facts.KindAmount, false},
		{"head against chief", "Anna Berg, head of the agency, said the data was sound.", "The agency's chief, Anna Berg, said the data was sound.", facts.KindPerson, false},
		{"mayor against deputy mayor", "Mayor Tom Reed opened the bridge on Friday.", "Deputy mayor Tom Reed opened the bridge on Friday.", facts.KindPerson, true},
	}
	for _, c := range cases {
		cmp := Compare("e", []articles.Article{story(t, "a.txt", "en", "Title\n\n"+c.a), story(t, "b.txt", "en", "Title\n\n"+c.b)})
		found := false
		for _, f := range cmp.Facts {
			if f.Kind != c.kind {
				continue
			}
			if f.Sources() == 2 {
				found = true
				if f.Disagree != c.disagree {
					t.Errorf("%s: disagree = %v, want %v (%s)", c.name, f.Disagree, c.disagree, f.Note)
				}
			}
		}
		if !found {
			t.Errorf("%s: the two statements are not matched: %+v", c.name, cmp.Facts)
		}
	}
}

func TestANavigationWeekdayNeverContradictsTheStory(t *testing.T) {
	a := story(t, "a.txt", "en", "Title\n\nSunday\n\nThe port strike began on Monday morning, the union said.")
	b := story(t, "b.txt", "en", "Title\n\nThe port strike began on Monday, the union said.\n\nMore news on Sunday")
	c := Compare("e", []articles.Article{a, b})
	if c.Disagreements != 0 {
		t.Fatalf("a weekday disagreement: %+v", c.Facts)
	}
	if f, ok := factByLabel(c, facts.KindDate, "Monday"); !ok || f.Sources() != 2 {
		t.Fatalf("the story's weekday is not shared: %+v", c.Facts)
	}
}

func TestCompareColumnsAreDeterministic(t *testing.T) {
	arts, _ := articles.ParseBatch(articles.Builtin())
	a := Compare("e", arts[:4])
	rev := []articles.Article{arts[3], arts[2], arts[1], arts[0]}
	b := Compare("e", rev)
	if !reflect.DeepEqual(a.Columns, b.Columns) || len(a.Rows) != len(b.Rows) || len(a.Facts) != len(b.Facts) {
		t.Fatal("column order depends on input order")
	}
}

func TestAlignmentKeepsOrderAndMarksGaps(t *testing.T) {
	arts, _ := articles.ParseBatch(articles.Builtin())
	c := Compare("e", arts[:4])
	// Every column's passages appear once, in their article's order.
	for k := range c.Columns {
		var got []string
		for _, r := range c.Rows {
			if r.Cells[k].Text != "" {
				got = append(got, r.Cells[k].Text)
			}
		}
		var want []string
		for _, p := range passagesOf(arts[indexOfFile(arts, c.Columns[k].File)], false) {
			want = append(want, p.text)
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("column %d lost its order or passages", k)
		}
	}
	// The four leads report the $2bn plan: they share a row.
	aligned := false
	for _, r := range c.Rows {
		n := 0
		for _, cell := range r.Cells {
			if strings.Contains(cell.Text, "2 billion") || strings.Contains(cell.Text, "$2bn") {
				n++
			}
		}
		if n >= 3 {
			aligned = true
			if len(r.Cells[0].Shared)+len(r.Cells[1].Shared) == 0 {
				t.Error("no shared wording marked in the aligned row")
			}
		}
	}
	if !aligned {
		t.Fatal("the $2bn leads are not aligned")
	}
	for _, r := range c.Rows {
		gap := false
		for _, cell := range r.Cells {
			gap = gap || cell.Text == ""
		}
		if gap && !r.Differs {
			t.Fatal("a row with a gap is not marked as a difference")
		}
	}
}

func indexOfFile(arts []articles.Article, file string) int {
	for i, a := range arts {
		if a.File == file {
			return i
		}
	}
	return -1
}

func TestMarkShared(t *testing.T) {
	texts := []string{
		"The council approved the new harbour plan on Tuesday.",
		"On Tuesday the council approved the new harbour plan after a debate.",
		"Nothing in common here at all.",
	}
	got := MarkShared(texts)
	if len(got[2]) != 0 {
		t.Fatalf("unrelated text marked: %v", got[2])
	}
	if len(got[0]) == 0 || texts[0][got[0][0][0]:got[0][0][1]] != "The council approved the new harbour plan" {
		t.Fatalf("shared run = %v", got[0])
	}
	// Figures shared alone are marked too.
	f := MarkShared([]string{"It cost 120 dollars.", "A price of 120 was paid."})
	if len(f[0]) != 1 || "It cost 120 dollars."[f[0][0][0]:f[0][0][1]] != "120" {
		t.Fatalf("figure = %v", f[0])
	}
}

// mkArticle parses a hand-written article.
func mkArticle(t testing.TB, name, text string) articles.Article {
	t.Helper()
	a, err := articles.Parse(articles.RawFile{Name: name, Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestRowsPairPassagesThatReportTheSameThing(t *testing.T) {
	a := story(t, "a.txt", "en", "Bridge to shut\n\nThe council approved a 48-hour closure of the bridge on Monday.\n\nResidents complained about the noise at the meeting, which ran late into the night.\n\nMayor Tom Reed said repairs would cost €4 million.")
	b := story(t, "b.txt", "en", "Bridge to close for two days\n\nTraffic in the old town was calm on Tuesday, police said.\n\nForecasters expect heavy rain across the region over the weekend.\n\nCouncillors voted on Monday to shut the bridge for 48 hours.\n\nRepairs will cost €4 million, Mayor Tom Reed said.")
	c := Compare("e", []articles.Article{a, b})
	ka, kb := columnOf(c, "a.txt"), columnOf(c, "b.txt")
	pairs := map[string]string{}
	for _, r := range c.Rows {
		if r.Cells[ka].Text != "" && r.Cells[kb].Text != "" {
			pairs[r.Cells[ka].Text[:12]] = r.Cells[kb].Text[:12]
		}
	}
	want := map[string]string{"The council ": "Councillors ", "Mayor Tom Re": "Repairs will"}
	if !reflect.DeepEqual(pairs, want) {
		t.Fatalf("paired rows %q, want %q", pairs, want)
	}
}

func TestTwoAmountsForTwoThingsAreNoDisagreement(t *testing.T) {
	a := story(t, "a.txt", "en", "Budget\n\nThe council approved $12 million for roads at its meeting on Monday.")
	b := story(t, "b.txt", "en", "Budget\n\nThe council approved $3 million for parks at its meeting on Monday.")
	c := Compare("e", []articles.Article{a, b})
	if c.Disagreements != 0 {
		t.Fatalf("two amounts for two things disagree: %+v", c.Facts)
	}
	a = story(t, "a.txt", "en", "Budget\n\nThe council approved $12 million for roads at its meeting on Monday.")
	b = story(t, "b.txt", "en", "Budget\n\nThe council approved $15 million for roads at its meeting on Monday.")
	if c := Compare("e", []articles.Article{a, b}); c.Disagreements != 1 {
		t.Fatalf("two amounts for one thing agree: %+v", c.Facts)
	}
}

func TestLeadWeekdaysOfTranslationsAreCompared(t *testing.T) {
	en := story(t, "en.txt", "en", "Title\n\nThe start-up Norvex put its first weather satellite into orbit on Tuesday from the Ilha base.\n\nThe launch had been delayed twice by high winds.")
	de := story(t, "de.txt", "de", "Titel\n\nDas Start-up Norvex hat am Donnerstag seinen ersten Wettersatelliten ins All gebracht.\n\nDer Start war zweimal wegen starken Windes verschoben worden.")
	c := Compare("e", []articles.Article{en, de})
	if c.Disagreements != 1 {
		t.Fatalf("the lead's weekdays, Tuesday and Thursday, not compared: %+v", c.Facts)
	}
	// A weekday further down says when something else happened.
	de2 := story(t, "de2.txt", "de", "Titel\n\nDas Start-up Norvex hat seinen ersten Wettersatelliten ins All gebracht.\n\nDer Start war zweimal wegen starken Windes verschoben worden.\n\nDie Firma will am Donnerstag Bilanz ziehen.")
	if c := Compare("e", []articles.Article{en, de2}); c.Disagreements != 0 {
		t.Fatalf("a later weekday set against the lead's: %+v", c.Facts)
	}
}

func TestARangeAgreesWithAFigureInsideIt(t *testing.T) {
	a := story(t, "a.txt", "en", "Title\n\nBetween 3,000 and 4,000 people joined the march through Lisbon on Saturday, organisers said.")
	inside := story(t, "b.txt", "en", "Title\n\nAbout 3,500 people joined the march through Lisbon on Saturday, the organisers said.")
	outside := story(t, "c.txt", "en", "Title\n\nAbout 1,500 people joined the march through Lisbon on Saturday, the organisers said.")
	if c := Compare("e", []articles.Article{a, inside}); c.Disagreements != 0 {
		t.Errorf("3,500 set against 3,000-4,000: %+v", c.Facts)
	}
	if c := Compare("e", []articles.Article{a, outside}); c.Disagreements != 1 {
		t.Errorf("1,500 not set against 3,000-4,000: %+v", c.Facts)
	}
}

func TestEachSourcesOneFigureForAKnownSubjectIsCompared(t *testing.T) {
	en := story(t, "en.txt", "en", "Title\n\nA landslide above the village of Morvale forced about 1,400 residents to leave their homes on Monday.\n\nGeologists said the slope was still moving.")
	de := story(t, "de.txt", "de", "Titel\n\nOberhalb des Dorfes Morvale ist am Montag ein Hang abgerutscht. Rund 4100 Bewohner mussten ihre Häuser verlassen.\n\nDer Hang bewegt sich weiter.")
	if c := Compare("e", []articles.Article{en, de}); c.Disagreements != 1 {
		t.Errorf("4,100 Bewohner not set against 1,400 residents: %+v", c.Facts)
	}
	de2 := story(t, "de2.txt", "de", "Titel\n\nOberhalb des Dorfes Morvale ist am Montag ein Hang abgerutscht. Rund 1400 Bewohner mussten ihre Häuser verlassen.\n\nDer Hang bewegt sich weiter.")
	if c := Compare("e", []articles.Article{en, de2}); c.Disagreements != 0 {
		t.Errorf("1,400 Bewohner set against 1,400 residents: %+v", c.Facts)
	}
	// People are counted for many things in one story: a count of people
	// alone ties nothing.
	hurt := story(t, "hurt.txt", "de", "Titel\n\nOberhalb des Dorfes Morvale ist am Montag ein Hang abgerutscht. Zwölf Menschen wurden verletzt.\n\nDer Hang bewegt sich weiter.")
	moved := story(t, "moved.txt", "en", "Title\n\nA landslide above the village of Morvale forced about 1,400 people to leave their homes on Monday.\n\nGeologists said the slope was still moving.")
	if c := Compare("e", []articles.Article{moved, hurt}); c.Disagreements != 0 {
		t.Errorf("12 hurt set against 1,400 who left: %+v", c.Facts)
	}
}

func TestABoundNeverBridgesTwoRivalFigures(t *testing.T) {
	en := story(t, "en.txt", "en", "Title\n\nMore than 200 passengers were taken off the burning ferry Astrid on Tuesday, the coastguard said.")
	it := story(t, "it.txt", "it", "Titolo\n\nI 412 passeggeri del traghetto Astrid sono stati trasbordati martedì, ha detto la guardia costiera.")
	nl := story(t, "nl.txt", "nl", "Titel\n\nAlle 214 passagiers van de veerboot Astrid werden dinsdag geëvacueerd, meldt de kustwacht.")
	c := Compare("e", []articles.Article{en, it, nl})
	if c.Disagreements != 1 {
		t.Errorf("412 and 214 passengers, bridged by 'more than 200', not set against each other: %+v", c.Facts)
	}
}

func TestARivalValueJoinsTheFactItMatchesWhateverTheOrder(t *testing.T) {
	// The English report states the age apart from the name; the French
	// one ties both; the Spanish one matches only the French.
	en := story(t, "a-en.txt", "en", "Title\n\nMargit Hollestad sailed into Port-Kervan on Monday after 254 days at sea.\n\nThe 67-year-old Norwegian covered some 48,000 kilometres.")
	es := story(t, "b-es.txt", "es", "Título\n\nLa noruega Margit Hollestad, de 76 años, llegó el lunes a Port-Kervan tras 254 días de navegación.")
	fr := story(t, "c-fr.txt", "fr", "Titre\n\nLa navigatrice norvégienne Margit Hollestad, 67 ans, est arrivée lundi à Port-Kervan après 254 jours de mer.")
	c := Compare("e", []articles.Article{en, es, fr})
	if c.Disagreements != 1 {
		t.Errorf("76 años not set against 67: %+v", c.Facts)
	}
}

func TestBoundsAloneAgreeWithTheFigureTheyBound(t *testing.T) {
	en := story(t, "en.txt", "en", "Title\n\nA barge hit the Kerkbrug on Tuesday, closing it to traffic for at least six weeks, the city said.")
	de := story(t, "de.txt", "de", "Titel\n\nEin Lastkahn rammte am Dienstag die Kerkbrug; sie bleibt mindestens sechs Wochen für den Verkehr gesperrt, teilte die Stadt mit.")
	nl := story(t, "nl.txt", "nl", "Titel\n\nEen vrachtschip ramde dinsdag de Kerkbrug. De brug is zeker zes weken dicht voor al het verkeer, meldt de gemeente.")
	nl2 := story(t, "nl2.txt", "nl", "Titel\n\nEen vrachtschip ramde dinsdag de Kerkbrug. De brug is zes weken dicht voor al het verkeer, meldt de gemeente.")
	for _, arts := range [][]articles.Article{{en, de, nl}, {en, de, nl2}} {
		if c := Compare("e", arts); c.Disagreements != 0 {
			t.Errorf("'at least six weeks' set against six weeks: %+v", c.Facts)
		}
	}
}

func TestEachLeadsOneDateIsCompared(t *testing.T) {
	en := story(t, "en.txt", "en", "Title\n\nTwo men stole a violin from the Vennhuis museum at 3.12 a.m. on 9 April, police said.")
	pt := story(t, "pt.txt", "pt", "Título\n\nDois homens roubaram um violino do museu Vennhuis na madrugada de sexta-feira, 19 de abril, segundo a polícia.")
	if c := Compare("e", []articles.Article{en, pt}); c.Disagreements != 1 {
		t.Errorf("19 April not set against 9 April: %+v", c.Facts)
	}
}

func TestTheOtherFigureOfTwoIsCompared(t *testing.T) {
	en := story(t, "en.txt", "en", "Title\n\nThe train was travelling at 31 km/h on a section with a 20 km/h limit, police said on Wednesday.")
	it := story(t, "it.txt", "it", "Titolo\n\nSecondo la polizia, mercoledì il treno viaggiava a 51 km/h su un tratto dove il limite è di 20 km/h.")
	if c := Compare("e", []articles.Article{en, it}); c.Disagreements != 1 {
		t.Errorf("51 km/h not set against 31 km/h beside the shared 20 km/h limit: %+v", c.Facts)
	}
	// Without a figure they agree on, a lone figure stays alone.
	it2 := story(t, "it2.txt", "it", "Titolo\n\nSecondo la polizia, mercoledì il treno viaggiava a 51 km/h vicino al villaggio.")
	en2 := story(t, "en2.txt", "en", "Title\n\nThe line has a 20 km/h limit on that section and a 31 km/h limit below the village, police said on Wednesday.")
	if c := Compare("e", []articles.Article{en2, it2}); c.Disagreements != 0 {
		t.Errorf("a lone speed set against one of two limits: %+v", c.Facts)
	}
}

func TestTheFirstParagraphsWeekdayIsTheHappenings(t *testing.T) {
	nl := story(t, "nl.txt", "nl", "Titel\n\nEen aardbeving met een kracht van 5,4 heeft dinsdagavond de regio Calabrië getroffen.\n\nDonderdagochtend volgde een naschok met een kracht van 3,9.")
	de := story(t, "de.txt", "de", "Titel\n\nEin Erdbeben der Stärke 5,4 hat am Mittwochabend die Region Kalabrien erschüttert.\n\nIn der Nacht zum Donnerstag folgte ein Nachbeben der Stärke 3,9.")
	if c := Compare("e", []articles.Article{nl, de}); c.Disagreements != 1 {
		t.Errorf("Tuesday not set against Wednesday: %+v", c.Facts)
	}
}

func TestAgesOfTwoPeopleAreNeverCompared(t *testing.T) {
	en := story(t, "en.txt", "en", "Title\n\nDaan Verhoef won the final round on Sunday against Armenia's Hovik Manukyan, 34, in the Zilverstad tournament.")
	es := story(t, "es.txt", "es", "Título\n\nEl domingo, en el torneo de Zilverstad, Daan Verhoef, de 19 años, venció a Hovik Manukyan en la última ronda.")
	if c := Compare("e", []articles.Article{en, es}); c.Disagreements != 0 {
		t.Errorf("one man's age set against another's: %+v", c.Facts)
	}
}

// TestAWeekdayOfOneKnownHappeningIsComparedAcrossLanguages: the body found
// on Monday in one report and "entdeckten ... am Dienstagmorgen" in
// another are one happening told on two days, though their sentences
// share no figure; a weekday of another happening is not set against it.
func TestAWeekdayOfOneKnownHappeningIsComparedAcrossLanguages(t *testing.T) {
	en := story(t, "en.txt", "en", "Title\n\nA student who went missing while swimming in the river on Saturday has been found dead.\n\nDivers and a helicopter searched the water for two days.\n\nThe police said he was 19.\n\nThe body was found on Monday morning by kayakers downstream of the bridge.")
	de := story(t, "de.txt", "de", "Titel\n\nEin Student, der am Samstag beim Baden im Fluss verschwand, ist tot.\n\nTaucher und ein Hubschrauber suchten zwei Tage lang.\n\nDer Student war 19 Jahre alt.\n\nKanufahrer entdeckten seine Leiche am Dienstagmorgen unterhalb der Brücke.")
	if c := Compare("e", []articles.Article{en, de}); c.Disagreements != 1 {
		t.Errorf("found on Monday and entdeckt am Dienstag not compared: %+v", c.Facts)
	}
	de2 := story(t, "de2.txt", "de", "Titel\n\nEin Student, der am Samstag beim Baden im Fluss verschwand, ist tot.\n\nKanufahrer entdeckten seine Leiche unterhalb der Brücke. Die Schule trauert am Dienstag um ihn.")
	for _, f := range Compare("e", []articles.Article{en, de2}).Facts {
		if f.Disagree && strings.Contains(f.Note, "Dienstag") && strings.Contains(f.Note, "Monday") {
			t.Errorf("the day of a mourning set against the day the body was found: %+v", f)
		}
	}
}

// TestACoarserLengthBridgesNoRivals: "trois ans" spans both 30 and 36
// months by its rounding; it joins the 36 months it is nearest, and the
// 30 months stay a rival.
func TestACoarserLengthBridgesNoRivals(t *testing.T) {
	pt := story(t, "pt.txt", "pt", "Título\n\nO primeiro avião será entregue no prazo de 36 meses, anunciou a ministra.")
	pt2 := story(t, "pt2.txt", "pt", "Título\n\nO primeiro aparelho chega dentro de 30 meses, segundo a ministra.")
	en := story(t, "en.txt", "en", "Title\n\nThe first aircraft will be delivered within 36 months, the minister said.")
	fr := story(t, "fr.txt", "fr", "Titre\n\nLe premier appareil sera livré dans trois ans, selon la ministre.")
	if c := Compare("e", []articles.Article{pt, pt2, en, fr}); c.Disagreements != 1 {
		t.Errorf("30 months not set against 36 months and three years: %+v", c.Facts)
	}
}
