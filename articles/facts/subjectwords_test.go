package facts

import (
	"strings"
	"testing"
)

// TestSubjectGroupsDisjoint holds that no word of the synonym table
// stands in two groups: its canonical word would be the map's chance.
func TestSubjectGroupsDisjoint(t *testing.T) {
	seen := map[string]string{}
	for canon, ws := range subjectGroups() {
		for _, w := range strings.Fields(ws) {
			k := subjectWordKey(w)
			if other, ok := seen[k]; ok && other != canon {
				t.Errorf("%q (read as %q) stands in the groups %q and %q", w, k, other, canon)
			}
			seen[k] = canon
		}
	}
}

// TestSubjectKeyCompounds: the head of a compound is read through the
// table, a short ending is not.
func TestSubjectKeyCompounds(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"Elektrofahrräder", "bikes"},
		{"deelfietsen", "Fahrräder"},
		{"steelworkers", "workers"},
		{"Marathonläufer", "corredores"},
		{"mother", "Mutter"}, // a family's members are the same in every language
		{"madre", "mãe"},
		{"father", "vader"},
	} {
		if SubjectKey(c.a) != SubjectKey(c.b) {
			t.Errorf("SubjectKey(%q) = %q, SubjectKey(%q) = %q; want them one", c.a, SubjectKey(c.a), c.b, SubjectKey(c.b))
		}
	}
	for _, c := range []struct{ a, b string }{
		{"scars", "cars"},  // an ending under five letters is no head
		{"oscars", "cars"}, // nor here
		{"buses", "bikes"}, // two groups
		{"mother", "father"},
		{"transferidos", "feridos"}, // a Latin prefix makes no compound
	} {
		if SubjectKey(c.a) == SubjectKey(c.b) {
			t.Errorf("SubjectKey(%q) and SubjectKey(%q) are both %q; want them apart", c.a, c.b, SubjectKey(c.a))
		}
	}
}

// TestSharesWrittenAsCountsAreNoCounts: "four buses in five" is a share
// of the buses, not four of them; "four buses" alone is a count.
func TestSharesWrittenAsCountsAreNoCounts(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Four buses in five stayed in their depots on Monday."},
		{"en", "Three trucks out of ten failed the brake test."},
		{"fr", "Quatre bus sur cinq sont restés au dépôt lundi."},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindCount, "", "count"); ok {
			t.Errorf("%q: a share read as a count: %+v", c.text, f)
		}
	}
	if _, ok := find(Extract(article("en", "Four buses were set on fire on Monday.")), KindCount, "buses", "count"); !ok {
		t.Error("four buses set on fire: no count")
	}
}

// TestSuspectsAreCountedForWhatHappenedToThem: seven suspects arrested
// and five placed under a warrant are two counts; the arrests are one
// fact however the arrest is said.
func TestSuspectsAreCountedForWhatHappenedToThem(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Sept suspects ont été interpellés mardi lors de onze perquisitions."},
		{"en", "Police arrested seven suspects on Tuesday."},
		{"nl", "Zeven verdachten werden dinsdag opgepakt."},
		{"de", "Die Polizei hat sieben Verdächtige festgenommen."},
	} {
		if f, ok := find(Extract(article(c.lang, c.text)), KindCount, "", "count"); !ok || f.Key != "arrest" || f.Norm != "7" {
			t.Errorf("%q: %+v, want a count of 7 arrested", c.text, f)
		}
	}
	if f, ok := find(Extract(article("fr", "Cinq suspects ont été placés sous mandat d'arrêt.")), KindCount, "", "count"); !ok || f.Key == "arrest" {
		t.Errorf("five placed under a warrant read as arrested: %+v", f)
	}
}

// TestAFindIsOneHappeningInEveryLanguage: a day is tied to the verb of
// finding, not to a German possessive before the found thing.
func TestAFindIsOneHappeningInEveryLanguage(t *testing.T) {
	f, ok := find(Extract(article("de", "Kanufahrer entdeckten seine Leiche am Dienstagmorgen unterhalb der Brücke.")), KindDate, "", "day")
	if !ok || f.Subject != "entdeckten" {
		t.Errorf("entdeckten seine Leiche am Dienstagmorgen: %+v", f)
	}
	for _, w := range []string{"découvert", "entdeckten", "ritrovato", "encontrado", "gevonden"} {
		if SubjectKey(w) != SubjectKey("found") {
			t.Errorf("SubjectKey(%q) = %q, want that of found", w, SubjectKey(w))
		}
	}
}

// TestSubjectKeyInTheNewLanguages: the forms a count takes in Polish,
// Czech, the Nordic languages, Romanian, Catalan, Finnish and Hungarian
// fold with their English counterparts; a word read only whole ends no
// other ("September" counts no people).
func TestSubjectKeyInTheNewLanguages(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"osób", "people"},
		{"votanti", "votants"},
		{"Ja-Anteil", "voters"},
		{"lidí", "people"},
		{"ihmistä", "people"},
		{"ember", "people"},
		{"rannych", "injured"},
		{"zraněných", "injured"},
		{"răniți", "injured"},
		{"passagerare", "passengers"},
		{"utas", "passengers"},
		{"matkustajaa", "passengers"},
		{"gospodarstw", "households"},
		{"households", "homes"},
		{"medarbejdere", "workers"},
		{"ofiar", "victims"},
		{"strażaków", "firefighters"},
		{"lastbilar", "trucks"},
		{"przypadków", "cases"},
		{"kierowców", "drivers"},
		{"ptaków", "birds"},
	} {
		if SubjectKey(c.a) != SubjectKey(c.b) {
			t.Errorf("SubjectKey(%q) = %q, SubjectKey(%q) = %q; want them one", c.a, SubjectKey(c.a), c.b, SubjectKey(c.b))
		}
	}
	for _, c := range []struct{ a, b string }{
		{"September", "people"},
		{"sairaalasta", "children"},
		{"lastbilar", "cars"},
	} {
		if SubjectKey(c.a) == SubjectKey(c.b) {
			t.Errorf("SubjectKey(%q) and SubjectKey(%q) are both %q; want them apart", c.a, c.b, SubjectKey(c.a))
		}
	}
}
