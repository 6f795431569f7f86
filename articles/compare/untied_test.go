package compare

import (
	"testing"

	"reader/articles"
	"reader/articles/facts"
)

// TestUntiedSpansStayApart: a source's one span of time in another unit
// than the others' ("48 de ore" of aftershocks beside schools shut "three
// days") joins theirs as a slip only where its sentence shares a word, a
// name or a figure with theirs; and two bounds that overlap ("more than
// 90 days", "nearly eleven months") are one figure only when something
// ties their sentences or they are near.
func TestUntiedSpansStayApart(t *testing.T) {
	quake := func(third string) int {
		return disagreementsOf(t, facts.KindDuration,
			"en|Quake hits Olte\n\nA strong earthquake struck Olte on Sunday. Schools in the town will stay closed for three days.",
			"ro|Cutremur la Olte\n\nUn cutremur puternic a lovit duminică orașul Olte. Școlile din oraș vor rămâne închise trei zile.",
			"ro|Cutremur puternic la Olte\n\n"+third)
	}
	if n := quake("Un cutremur puternic a lovit duminică orașul Olte. Seismologii avertizează că replicile pot continua încă 48 de ore."); n != 0 {
		t.Errorf("aftershocks' 48 hours set against the schools' three days: %d disagreements", n)
	}
	if n := quake("Un cutremur puternic a lovit duminică orașul Olte. Școlile din oraș vor rămâne închise 48 de ore."); n != 1 {
		t.Errorf("schools shut 48 hours against three days: %d disagreements, want 1", n)
	}
	waits := func(third string) int {
		return disagreementsOf(t, facts.KindDuration,
			"en|Waiting lists grow\n\nOne in three patients has waited longer than the 90 days guaranteed by law. In orthopaedics 38% had waited more than 90 days.",
			"sv|Köerna växer\n\nVar tredje patient har väntat längre än vårdgarantins 90 dagar. Inom ortopedin har 38 procent väntat mer än 90 dagar.",
			"sv|Väntan på en ny höft\n\n"+third)
	}
	if n := waits("Anna Berg fick sin remiss i januari. Nu har det gått nästan elva månader."); n != 0 {
		t.Errorf("one woman's eleven months set against the guarantee's 90 days: %d disagreements", n)
	}
}

// TestABoundIsNoFigureOfItsOwn: "at least 30%" allows 43%, but two
// sentences tied by no word, name or other figure are one fact by a
// bound alone no more than by nothing; tied, they are.
func TestABoundIsNoFigureOfItsOwn(t *testing.T) {
	share := func(file, lang, text string) facts.Fact {
		t.Helper()
		for _, f := range facts.Extract(story(t, file, lang, "Title\n\n"+text)) {
			if f.Kind == facts.KindPercent {
				return f
			}
		}
		t.Fatalf("%q: no share", text)
		return facts.Fact{}
	}
	bound := share("a.txt", "en", "Farmers who lost at least 30% of their crop will receive aid.")
	if _, ok := match(bound, share("b.txt", "hu", "A búzatermés a térségben 43 százalékkal marad el.")); ok {
		t.Errorf("a bound matched an untied figure in another language")
	}
	if _, ok := match(bound, share("c.txt", "en", "Farmers who lost 43% of their crop will receive aid.")); !ok {
		t.Errorf("a bound did not match the figure of a sentence like its own")
	}
}

// TestCountsOfOtherNamesAreNoRivals: each source's one count of customers
// is one fact only where their sentences do not name other companies and
// places, none of them shared.
func TestCountsOfOtherNamesAreNoRivals(t *testing.T) {
	customers := func(third string) int {
		return disagreementsOf(t, facts.KindCount,
			"en|Telvia buys rival\n\nTelvia agreed on Monday to buy Connectanet. The merged group will serve 9.6 million customers in Spain.",
			"es|Telvia compra a su rival\n\nTelvia acordó el lunes comprar Connectanet. El grupo resultante tendrá 9,6 millones de clientes en España.",
			"ca|Telvia compra Connectanet\n\nTelvia va acordar dilluns comprar Connectanet. "+third)
	}
	if n := customers("L'operadora Nordlink té 3,2 milions de clients a Madrid."); n != 0 {
		t.Errorf("another company's customers set against the merged group's: %d disagreements", n)
	}
	if n := customers("El grup resultant tindrà 8,2 milions de clients a Espanya."); n != 1 {
		t.Errorf("8.2 against 9.6 million customers of the merged group: %d disagreements, want 1", n)
	}
}

// TestFiguresASourceTellsApartAreNoRivals: where a source states both
// figures as facts of their own (the winner's €300,000 and the
// runner-up's €150,000), one source's €300,000 is no rival of another's
// €150,000, however alike their words.
func TestFiguresASourceTellsApartAreNoRivals(t *testing.T) {
	n := disagreementsOf(t, facts.KindAmount,
		"cs|Kladenec vyhrál finále\n\nHokejisté Kladence porazili ve finále Routu 3:1. Klub za vítězství dostane 300 000 eur.",
		"cs|Routa prohrála finále\n\nHokejisté Routy prohráli ve finále s Kladencem 1:3. Finský celek za druhé místo dostane 150 000 eur.",
		"fi|Routa hävisi finaalin\n\nRoutan jääkiekkoilijat hävisivät finaalin Kladenecille 1–3. Routa sai toisesta sijasta 150 000 euroa.\n\nKladenec sai voitostaan 300 000 euroa.")
	if n != 0 {
		t.Errorf("the winner's prize set against the runner-up's: %d amount disagreements", n)
	}
	// Two sides alike in number: the side a source of the other states
	// apart is the other thing.
	var arts []articles.Article
	for i, r := range []string{
		"cs|Kladenec vyhrál finále\n\nHokejisté Kladence porazili ve finále Routu 3:1. Klub za vítězství dostane 300 000 eur.",
		"pl|Kladenec wygrał finał\n\nHokeiści Kladenca pokonali w finale Routę 3:1. Klub za zwycięstwo dostanie 300 000 euro.",
		"cs|Routa prohrála finále\n\nHokejisté Routy prohráli ve finále s Kladencem 1:3. Finský celek za druhé místo dostane 150 000 eur.",
		"fi|Routa hävisi finaalin\n\nRoutan jääkiekkoilijat hävisivät finaalin Kladenecille 1–3. Routa sai toisesta sijasta 150 000 euroa.\n\nKladenec sai voitostaan 300 000 euroa.",
	} {
		lang, body, _ := cut(r)
		arts = append(arts, story(t, string(rune('a'+i))+".txt", lang, body))
	}
	for _, f := range Compare("e", arts).Facts {
		if f.Kind == facts.KindAmount && f.Disagree {
			t.Errorf("two sources' winner's prize set against two sources' runner-up's: %s %s", f.Label, f.Note)
		}
	}
}
