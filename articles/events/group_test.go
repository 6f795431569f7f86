package events

import (
	"math/rand"
	"reader/articles"
	"sort"
	"strings"
	"testing"
	"time"
)

// mkArticle parses a hand-written article.
func mkArticle(t testing.TB, name, text string) articles.Article {
	t.Helper()
	a, err := articles.Parse(articles.RawFile{Name: name, Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// groupSet is a multi-source set of our own writing: three storm-and-company
// stories across outlets and languages, with related happenings that must
// stay apart.
func groupSet(t testing.TB) map[string]articles.Article {
	texts := map[string]string{
		// articles.Event A: Acme Motors opens a plant in Leipzig (three outlets, one in German).
		"a1.txt": "Acme Motors to build $3.5bn battery plant in Leipzig\n\nAcme Motors will invest $3.5 billion in a battery plant in Leipzig, creating 2,400 jobs, chief executive Laura Brenner said on Monday.\n\nThe plant will open in 2027 and supply the company's European factories.",
		"a2.txt": "Acme picks Leipzig for new battery factory\n\nCarmaker Acme Motors said on Monday it had chosen Leipzig for a $3.5 billion battery factory that will employ 2,400 people.\n\n\"Leipzig offers the skills we need,\" said Laura Brenner, the company's chief executive.",
		"a3.txt": "Acme Motors baut Batteriewerk in Leipzig\n\nDer Autobauer Acme Motors investiert 3,5 Milliarden Dollar in ein Batteriewerk in Leipzig und schafft 2.400 Arbeitsplätze, sagte Vorstandschefin Laura Brenner am Montag.\n\nDas Werk soll 2027 in Betrieb gehen.",
		// articles.Event B: the same company, months later, recalls cars (related to A, not the same).
		"b1.txt": "Acme Motors recalls 120,000 cars over brake fault\n\nAcme Motors is recalling 120,000 cars in Europe because of a brake fault, the company said on Thursday.\n\nChief executive Laura Brenner apologised to customers.",
		"b2.txt": "Brake defect forces Acme recall of 120,000 vehicles\n\nAcme Motors will recall 120,000 vehicles after regulators found a brake defect, the carmaker said on Thursday. Laura Brenner, its chief executive, said repairs would take six weeks.",
		// Events C and D: two separate storms.
		"c1.txt": "Storm Helga floods coastal towns in Brittany\n\nStorm Helga brought winds of 150 km/h to Brittany on Saturday, flooding the towns of Roscoff and Morlaix and cutting power to 80,000 homes.",
		"c2.txt": "Tempête Helga : Roscoff et Morlaix sous les eaux\n\nLa tempête Helga a frappé la Bretagne samedi avec des vents de 150 km/h, inondant Roscoff et Morlaix et privant 80 000 foyers d'électricité.",
		"d1.txt": "Storm Ivo batters Galicia, thousands without power\n\nStorm Ivo hit Galicia on Wednesday with winds of 130 km/h, leaving 45,000 homes without power in Vigo and A Coruña.",
		"d2.txt": "Galicia counts damage after Storm Ivo\n\nEmergency services in Vigo and A Coruña worked through the night after Storm Ivo cut electricity to 45,000 homes on Wednesday.",
	}
	out := map[string]articles.Article{}
	for name, text := range texts {
		out[name] = mkArticle(t, name, text)
	}
	return out
}

// eventsByFile maps each file to the sorted files of its event.
func eventsByFile(arts map[string]articles.Article, events []articles.Event) (map[string]string, map[string]articles.Event) {
	byHash := map[string]string{}
	for name, a := range arts {
		byHash[a.Hash] = name
	}
	members := map[string]string{}
	eventOf := map[string]articles.Event{}
	for _, ev := range events {
		var files []string
		for _, h := range ev.Members {
			files = append(files, byHash[h])
		}
		sort.Strings(files)
		for _, f := range files {
			members[f] = strings.Join(files, ",")
			eventOf[f] = ev
		}
	}
	return members, eventOf
}

func fingerprints(arts map[string]articles.Article) []Fingerprint {
	var fps []Fingerprint
	for _, a := range arts {
		fps = append(fps, NewFingerprint(a))
	}
	sort.Slice(fps, func(i, j int) bool { return fps[i].Title < fps[j].Title })
	return fps
}

func TestGroupOwnSet(t *testing.T) {
	arts := groupSet(t)
	members, eventOf := eventsByFile(arts, GroupEvents(fingerprints(arts)))
	want := map[string]string{
		"a1.txt": "a1.txt,a2.txt,a3.txt", "a2.txt": "a1.txt,a2.txt,a3.txt", "a3.txt": "a1.txt,a2.txt,a3.txt",
		"b1.txt": "b1.txt,b2.txt", "b2.txt": "b1.txt,b2.txt",
		"c1.txt": "c1.txt,c2.txt", "c2.txt": "c1.txt,c2.txt",
		"d1.txt": "d1.txt,d2.txt", "d2.txt": "d1.txt,d2.txt",
	}
	for f, w := range want {
		if members[f] != w {
			t.Errorf("%s grouped with %q, want %q", f, members[f], w)
		}
	}
	// The plant and the recall are the same company: related, not merged.
	if !contains(eventOf["a1.txt"].Related, eventOf["b1.txt"].ID) {
		t.Errorf("plant event not related to recall event: %v", eventOf["a1.txt"].Related)
	}
	if eventOf["a1.txt"].Title == "" || eventOf["a1.txt"].Title == arts["a3.txt"].Title {
		t.Errorf("event title %q", eventOf["a1.txt"].Title)
	}
}

func TestGroupIsOrderIndependent(t *testing.T) {
	arts := groupSet(t)
	fps := fingerprints(arts)
	first := GroupEvents(fps)
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 5; i++ {
		r.Shuffle(len(fps), func(a, b int) { fps[a], fps[b] = fps[b], fps[a] })
		again := GroupEvents(fps)
		if len(again) != len(first) {
			t.Fatalf("shuffle %d: %d events, want %d", i, len(again), len(first))
		}
		for j := range first {
			if first[j].ID != again[j].ID || strings.Join(first[j].Members, ",") != strings.Join(again[j].Members, ",") || first[j].Title != again[j].Title {
				t.Fatalf("shuffle %d: event %d differs", i, j)
			}
		}
	}
}

func TestGroupDoesNotUseFileNames(t *testing.T) {
	arts := groupSet(t)
	renamed := map[string]articles.Article{}
	for name, a := range arts {
		a.File = "x/" + strings.Repeat("z", len(name)) + name
		renamed[name] = a
	}
	m1, _ := eventsByFile(arts, GroupEvents(fingerprints(arts)))
	m2, _ := eventsByFile(renamed, GroupEvents(fingerprints(renamed)))
	for f := range m1 {
		if m1[f] != m2[f] {
			t.Fatalf("%s: %q vs %q after renaming", f, m1[f], m2[f])
		}
	}
}

func TestGroupSeeds(t *testing.T) {
	arts, _ := articles.ParseBatch(articles.Builtin())
	set := map[string]articles.Article{}
	for _, a := range arts {
		set[a.File[len(a.File)-24:len(a.File)-21]] = a
	}
	members, eventOf := eventsByFile(set, GroupEvents(fingerprints(set)))
	if members["000"] != "000,001,002,003" {
		t.Fatalf("press conference event = %q", members["000"])
	}
	if members["004"] != "004" {
		t.Fatalf("congress article grouped with %q", members["004"])
	}
	if !contains(eventOf["004"].Related, eventOf["000"].ID) {
		t.Fatalf("the two events are not related")
	}
	if eventOf["000"].Title == "" || strings.HasSuffix(eventOf["000"].Title, "…") {
		t.Fatalf("event title %q", eventOf["000"].Title)
	}
}

func TestEventDatesAndSources(t *testing.T) {
	a := mkArticle(t, "x.txt", "---\nsource: One\npublished: 2024-05-02\n---\nCity council approves $40m tram line to the airport\n\nThe council approved a $40 million tram line to the airport on Tuesday, officials in Lakeside said.")
	b := mkArticle(t, "y.txt", "---\nsource: Two\npublished: 2024-05-01\n---\nLakeside tram line to airport wins approval\n\nLakeside's council gave the go-ahead on Tuesday to a $40 million tram line linking the airport.")
	evs := GroupEvents([]Fingerprint{NewFingerprint(a), NewFingerprint(b)})
	if len(evs) != 1 {
		t.Fatalf("%d events", len(evs))
	}
	ev := evs[0]
	if ev.From.Format("2006-01-02") != "2024-05-01" || ev.To.Format("2006-01-02") != "2024-05-02" || strings.Join(ev.Sources, ",") != "One,Two" {
		t.Fatalf("event %+v", ev)
	}
	// Dated a month apart, the same words are a different happening.
	b.Published = b.Published.Add(-30 * 24 * time.Hour)
	if evs := GroupEvents([]Fingerprint{NewFingerprint(a), NewFingerprint(b)}); len(evs) != 2 {
		t.Fatalf("month-apart reports merged")
	}
}
