package articles

import (
	"strings"
	"testing"
)

func seedEvent(t *testing.T) (Comparison, map[string]string) {
	t.Helper()
	arts, errs := ParseBatch(Builtin())
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	short := map[string]string{}
	for _, a := range arts {
		short[a.File] = sourceName(a.File)[:3]
	}
	return Compare("e", arts[:4]), short
}

func factByLabel(c Comparison, kind FactKind, label string) (Fact, bool) {
	for _, f := range c.Facts {
		if f.Kind == kind && strings.Contains(f.Label, label) {
			return f, true
		}
	}
	return Fact{}, false
}

func sourcesOf(f Fact, short map[string]string) string {
	var out []string
	for file := range f.Values {
		out = append(out, short[file])
	}
	sortStrings(out)
	return strings.Join(out, ",")
}

func TestCompareSeedFacts(t *testing.T) {
	c, short := seedEvent(t)
	amt, ok := factByLabel(c, FactAmount, "USD 2 billion")
	if !ok || sourcesOf(amt, short) != "000,001,002,003" || !amt.Disagree || !strings.Contains(amt.Note, "factor of about 1000") {
		t.Errorf("2bn amount: %+v", amt)
	}
	if w := amt.Values[firstFile(short, "000")]; !strings.Contains(w, "1.76 million euros") {
		t.Errorf("000's own wording lost: %q", w)
	}
	hu, ok := factByLabel(c, FactPerson, "Ken Hu")
	if !ok || sourcesOf(hu, short) != "000,001,003" || !hu.Disagree || !strings.Contains(hu.Note, "president") {
		t.Errorf("Ken Hu's title: %+v", hu)
	}
	list, ok := factByLabel(c, FactList, "countries")
	if !ok || sourcesOf(list, short) != "002,003" || !list.Disagree {
		t.Errorf("country lists: %+v", list)
	}
	if v := list.Values[firstFile(short, "003")]; !strings.Contains(v, "Taiwan") || strings.Contains(v, "Germany") {
		t.Errorf("003's list = %q", v)
	}
	dur, ok := factByLabel(c, FactDuration, "5 years")
	if !ok || sourcesOf(dur, short) != "000,001,003" || dur.Disagree {
		t.Errorf("five years: %+v", dur)
	}
	q, ok := factByLabel(c, FactQuote, "Ken Hu")
	if !ok || sourcesOf(q, short) != "000,001,003" {
		t.Errorf("factual-evidence quote: %+v", q)
	}
	day, ok := factByLabel(c, FactDate, "day of the week")
	if !ok || sourcesOf(day, short) != "000,001" || day.Disagree {
		t.Errorf("weekday: %+v", day)
	}
	place, ok := factByLabel(c, FactPlace, "Dongguan")
	if !ok || sourcesOf(place, short) != "000,003" {
		t.Errorf("Dongguan: %+v", place)
	}
	meng, ok := factByLabel(c, FactPerson, "Meng Wanzhou")
	if !ok || sourcesOf(meng, short) != "001,002" || meng.Disagree {
		t.Errorf("CFO and chief financial officer are one title: %+v", meng)
	}
	// Disagreements come first and are counted.
	n := 0
	for i, f := range c.Facts {
		if f.Disagree {
			n++
			if i > 0 && !c.Facts[i-1].Disagree {
				t.Fatalf("disagreement %q listed after an agreement", f.Label)
			}
		}
	}
	if n != c.Disagreements || n != 3 {
		t.Errorf("%d disagreements (counted %d), want 3", n, c.Disagreements)
	}
	if c.SingleSource == 0 {
		t.Error("no single-source facts counted")
	}
}

func firstFile(short map[string]string, prefix string) string {
	for f, s := range short {
		if s == prefix {
			return f
		}
	}
	return ""
}

func TestCompareTranslatedQuoteAndRivalAmounts(t *testing.T) {
	en := mkArticle(t, "en.txt", "---\nlang: en\n---\nCity to rebuild collapsed bridge for $30 million\n\nThe city will spend $30 million to rebuild the bridge that collapsed last week, mayor Ana Ruiz said on Monday.\n\n\"We will rebuild the bridge within a year and it will be stronger than before,\" said Ana Ruiz.")
	fr := mkArticle(t, "fr.txt", "---\nlang: fr\n---\nLa ville va reconstruire le pont effondré\n\nLa ville dépensera 30 millions de dollars pour reconstruire le pont effondré la semaine dernière, a annoncé lundi la maire Ana Ruiz.\n\n« Nous reconstruirons le pont d'ici un an et il sera plus solide qu'avant », a déclaré Ana Ruiz.")
	other := mkArticle(t, "other.txt", "City sets aside $45 million to rebuild the bridge\n\nThe city will spend $45 million to rebuild the collapsed bridge, according to the budget office. Mayor Ana Ruiz promised a new bridge within a year.")
	c := Compare("e", []Article{en, fr, other})
	q, ok := factByLabel(c, FactQuote, "Ana Ruiz")
	if !ok || len(q.Values) != 2 {
		t.Fatalf("translated quote not matched: %+v", c.Facts)
	}
	amt, ok := factByLabel(c, FactAmount, "USD 30 million")
	if !ok || !amt.Disagree || len(amt.Values) != 3 || !strings.Contains(amt.Note, "45 million") {
		t.Fatalf("rival amounts: %+v", amt)
	}
	if mayor, ok := factByLabel(c, FactPerson, "Ana Ruiz"); !ok || mayor.Disagree {
		t.Fatalf("mayor/maire: %+v", mayor)
	}
}

func TestCompareColumnsAreDeterministic(t *testing.T) {
	arts, _ := ParseBatch(Builtin())
	a := Compare("e", arts[:4])
	rev := []Article{arts[3], arts[2], arts[1], arts[0]}
	b := Compare("e", rev)
	if strings.Join(a.Files, ",") != strings.Join(b.Files, ",") || len(a.Rows) != len(b.Rows) || len(a.Facts) != len(b.Facts) {
		t.Fatal("column order depends on input order")
	}
}

func TestAlignmentKeepsOrderAndMarksGaps(t *testing.T) {
	arts, _ := ParseBatch(Builtin())
	c := Compare("e", arts[:4])
	// Every column's passages appear once, in their article's order.
	for k := range c.Files {
		var got []string
		for _, r := range c.Rows {
			if r.Cells[k].Text != "" {
				got = append(got, r.Cells[k].Text)
			}
		}
		var want []string
		for _, p := range passagesOf(arts[indexOfFile(arts, c.Files[k])]) {
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

func indexOfFile(arts []Article, file string) int {
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
