package events_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"reader/articles"
	"reader/articles/events"
)

// multisourceDir holds the labelled set; see its README.
const multisourceDir = "testdata/multisource"

// labels is the truth of the labelled set.
type labels struct {
	Events   map[string]string `json:"events"`
	Articles map[string]string `json:"articles"` // file -> event
	Related  []struct {
		A, B string
		Why  string
	} `json:"related"`
}

// loadMultisource parses the labelled set's reports, each named by its
// file's base name, and reads its labels.
func loadMultisource(t testing.TB) ([]articles.Article, labels) {
	t.Helper()
	return loadLabelled(t, multisourceDir)
}

// loadLabelled parses a labelled set's reports in dir, each named by its
// file's base name, and reads its labels.
func loadLabelled(t testing.TB, multisourceDir string) ([]articles.Article, labels) {
	t.Helper()
	var lab labels
	data, err := os.ReadFile(filepath.Join(multisourceDir, "labels.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &lab); err != nil {
		t.Fatal(err)
	}
	var files []articles.RawFile
	for name := range lab.Articles {
		data, err := os.ReadFile(filepath.Join(multisourceDir, name))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, articles.RawFile{Name: name, Data: data})
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	arts, errs := articles.ParseBatch(files)
	if len(errs) > 0 || len(arts) != len(files) {
		t.Fatalf("%d of %d reports parsed: %v", len(arts), len(files), errs)
	}
	return arts, lab
}

// scores are the figures of one grouping against the labels.
type scores struct {
	precision, recall, f1 float64
	events                int
	relatedMerged         []string // "a+b" for each related pair put in one event
	relatedLinked         int      // related pairs whose events are linked
	unrelatedLinked       int      // pairs of events linked that the labels do not relate
	wrong                 []string // events holding reports of more than one labelled event
}

// bcubed scores a grouping: B-cubed precision and recall average, over the
// reports, the share of a report's predicted event that is of its true
// event and the share of its true event that is in its predicted event.
func bcubed(arts []articles.Article, evs []articles.Event, lab labels) scores {
	fileOf := map[string]string{}
	for _, a := range arts {
		fileOf[a.Hash] = a.File
	}
	predOf := map[string]int{} // file -> predicted event index
	for i, ev := range evs {
		for _, h := range ev.Members {
			predOf[fileOf[h]] = i
		}
	}
	trueSize := map[string]int{}
	for _, e := range lab.Articles {
		trueSize[e]++
	}
	// overlap[pred][true] counts reports.
	overlap := make([]map[string]int, len(evs))
	for i := range overlap {
		overlap[i] = map[string]int{}
	}
	for f, e := range lab.Articles {
		overlap[predOf[f]][e]++
	}
	var s scores
	s.events = len(evs)
	for f, e := range lab.Articles {
		p := predOf[f]
		both := float64(overlap[p][e])
		s.precision += both / float64(len(evs[p].Members))
		s.recall += both / float64(trueSize[e])
	}
	n := float64(len(lab.Articles))
	s.precision /= n
	s.recall /= n
	s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall)
	for i, m := range overlap {
		if len(m) > 1 {
			var names []string
			for e := range m {
				names = append(names, e)
			}
			sort.Strings(names)
			s.wrong = append(s.wrong, strings.Join(names, "+")+" ("+evs[i].Title+")")
		}
	}
	sort.Strings(s.wrong)
	for _, r := range lab.Related {
		merged, linked := false, false
		for i, m := range overlap {
			if m[r.A] == 0 {
				continue
			}
			if m[r.B] > 0 {
				merged = true
			}
			for j, o := range overlap {
				if o[r.B] > 0 && slices.Contains(evs[i].Related, evs[j].ID) {
					linked = true
				}
			}
		}
		if merged {
			s.relatedMerged = append(s.relatedMerged, r.A+"+"+r.B)
		} else if linked {
			s.relatedLinked++
		}
	}
	// Links between found events, each taken as the labelled event most
	// of its reports report, that the labels do not relate.
	major := make([]string, len(evs))
	for i, m := range overlap {
		for e, c := range m {
			if c > m[major[i]] || c == m[major[i]] && e < major[i] {
				major[i] = e
			}
		}
	}
	isRelated := map[[2]string]bool{}
	for _, r := range lab.Related {
		isRelated[[2]string{r.A, r.B}], isRelated[[2]string{r.B, r.A}] = true, true
	}
	idx := map[string]int{}
	for i, ev := range evs {
		idx[ev.ID] = i
	}
	for i, ev := range evs {
		for _, id := range ev.Related {
			if j := idx[id]; i < j && major[i] != major[j] && !isRelated[[2]string{major[i], major[j]}] {
				s.unrelatedLinked++
			}
		}
	}
	return s
}

// TestMultisource groups the labelled set and holds the figures: B-cubed
// F1 of at least 0.95, and no two related events in one event. Run with -v
// to print them.
func TestMultisource(t *testing.T) {
	arts, lab := loadMultisource(t)
	evs := events.GroupEvents(events.Fingerprints(arts))
	s := bcubed(arts, evs, lab)
	t.Logf("labelled set: %d reports, %d true events, %d found", len(arts), len(lab.Events), s.events)
	t.Logf("B-cubed precision %.3f, recall %.3f, F1 %.3f", s.precision, s.recall, s.f1)
	t.Logf("related events merged: %d of %d pairs %v; kept apart and linked: %d; events linked that are not related: %d", len(s.relatedMerged), len(lab.Related), s.relatedMerged, s.relatedLinked, s.unrelatedLinked)
	for _, w := range s.wrong {
		t.Logf("mixed event: %s", w)
	}
	if testing.Verbose() {
		logSplits(t, arts, evs, lab)
	}
	if s.f1 < 0.95 {
		t.Errorf("B-cubed F1 %.3f, want at least 0.95", s.f1)
	}
	if len(s.relatedMerged) > 0 {
		t.Errorf("related events merged: %v", s.relatedMerged)
	}
}

// logSplits logs each labelled event found in more than one event, with
// the files of each part.
func logSplits(t *testing.T, arts []articles.Article, evs []articles.Event, lab labels) {
	fileOf := map[string]string{}
	for _, a := range arts {
		fileOf[a.Hash] = a.File
	}
	parts := map[string][]string{}
	for _, ev := range evs {
		byTrue := map[string][]string{}
		for _, h := range ev.Members {
			f := fileOf[h]
			byTrue[lab.Articles[f]] = append(byTrue[lab.Articles[f]], f)
		}
		for e, files := range byTrue {
			sort.Strings(files)
			parts[e] = append(parts[e], strings.Join(files, ","))
		}
	}
	var names []string
	for e := range parts {
		names = append(names, e)
	}
	sort.Strings(names)
	for _, e := range names {
		if len(parts[e]) > 1 {
			sort.Strings(parts[e])
			t.Logf("split: %s in %d events: %s", e, len(parts[e]), strings.Join(parts[e], " | "))
		}
	}
}

// TestHeldOutDecemberGrouping groups a second labelled set, written on
// 1 December 2026 after grouping was built and never tuned on (8 events,
// 20 reports in six languages, a follow-up, one bank's two stories on one
// day, two short stories sharing only Friday), and holds what the first
// set holds: B-cubed F1 of at least 0.95 and no related events merged.
func TestHeldOutDecemberGrouping(t *testing.T) {
	holdsOnLabelledSet(t, "testdata/heldout-dec")
}

// TestHeldOutDecemberGroupingSecond is a third set written on 1 December
// 2026 after the second had been run and its faults fixed, and run once:
// two earthquakes on one day, an election in three languages, one
// company's recall and its chief executive's departure on one day, in
// English, Spanish, German, Portuguese, French and Swedish.
func TestHeldOutDecemberGroupingSecond(t *testing.T) {
	holdsOnLabelledSet(t, "testdata/heldout-dec2")
}

// holdsOnLabelledSet groups the labelled set in dir, logs its figures and
// holds B-cubed F1 of at least 0.95 with no related events merged.
func holdsOnLabelledSet(t *testing.T, dir string) {
	t.Helper()
	arts, lab := loadLabelled(t, dir)
	evs := events.GroupEvents(events.Fingerprints(arts))
	s := bcubed(arts, evs, lab)
	t.Logf("%s: %d reports, %d true events, %d found", dir, len(arts), len(lab.Events), s.events)
	t.Logf("B-cubed precision %.3f, recall %.3f, F1 %.3f", s.precision, s.recall, s.f1)
	t.Logf("related events merged: %d of %d pairs %v; kept apart and linked: %d; events linked that are not related: %d", len(s.relatedMerged), len(lab.Related), s.relatedMerged, s.relatedLinked, s.unrelatedLinked)
	for _, w := range s.wrong {
		t.Logf("mixed event: %s", w)
	}
	logSplits(t, arts, evs, lab)
	if s.f1 < 0.95 {
		t.Errorf("B-cubed F1 %.3f, want at least 0.95", s.f1)
	}
	if len(s.relatedMerged) > 0 {
		t.Errorf("related events merged: %v", s.relatedMerged)
	}
}

// TestHeldOutRelatedEvents is a fourth set, written on 1 December 2026
// after topic links were tuned on the first three and run once: three
// pairs of events of one kind in one week sharing no names (floods in two
// cities, two companies' data breaches, two airlines' strikes), one
// company's two stories on one day, and two unrelated stories of one
// Tuesday in the same words, in English, German, French and Spanish.
func TestHeldOutRelatedEvents(t *testing.T) {
	holdsOnLabelledSet(t, "testdata/heldout-dec3")
}

// TestHeldOutFebruaryGrouping is a fifth set, written blind on 1 December
// 2026 without reading the grouping and frozen before its first run: the
// 30 reports of the February comparison set (10 events in seven
// languages), a follow-up two days later (landslide evacuees allowed
// home), one company's two stories on one day (results and a drug
// approval), and two unrelated short stories of one Friday sharing a city
// name. Its first and only run: 36 reports, 14 true events, 14 found,
// B-cubed precision, recall and F1 1.000; both related pairs kept apart
// and linked, no unrelated events linked, no mixed or split event. Once
// "Kubikmeter" became a unit, the follow-up joined the landslide (F1
// 0.966): a report whose figures are only small counts now takes the
// figure-mismatch penalty too, and the set is 1.000 again.
func TestHeldOutFebruaryGrouping(t *testing.T) {
	holdsOnLabelledSet(t, "testdata/heldout-feb")
}

// TestHeldOutMarchGrouping holds the grouping on the March held-out set:
// the 30 reports of the March comparison events, written blind and frozen
// before the first run, with six distractors (a follow-up on the quake
// five days on, the job-cutting company's second story of the day, and two
// short unrelated stories of one Saturday sharing the town Castelmora).
// First run (commit d2ae218): 36 reports, 14 true events, 14 found;
// B-cubed precision, recall and F1 1.000; related merged 0 of 2, both kept
// apart and linked; 2 links between unrelated events (the Alvaço bridge
// with the Marvelo wildfire and with the ferry fire).
func TestHeldOutMarchGrouping(t *testing.T) {
	holdsOnLabelledSet(t, "testdata/heldout-mar")
}

// TestHeldOutAprilGrouping holds the grouping on the April held-out set:
// the 33 reports of the April comparison events, written blind and frozen
// before the first run, with six distractors (a follow-up on the violin
// theft four days on, the takeover buyer's annual results the same day,
// two short unrelated Norwegian stories of one Wednesday, and two more
// reports of the barge hitting the bridge, six in all).
// First run (commit 89b8398): 39 reports, 14 true events, 14 found;
// B-cubed precision, recall and F1 1.000; related merged 0 of 2, both kept
// apart and linked; no links between unrelated events.
func TestHeldOutAprilGrouping(t *testing.T) {
	holdsOnLabelledSet(t, "testdata/heldout-apr")
}

// TestHeldOutMayGrouping holds the grouping on the May held-out set: the
// 24 long reports of the May comparison events, written blind and frozen
// before the first run, with six distractors (two reports of a follow-up
// on the warehouse fire two days on, two of the takeover buyer's quarterly
// results sixteen days later, and two long unrelated Belgian stories of
// one Friday sharing Brussels and the interior minister's name).
// First run (commit 12e2da5): 30 reports, 12 true events, 13 found;
// B-cubed precision 1.000, recall 0.956, F1 0.977 (the tram vote split:
// the Dutch report, written from a Dutch tram maker's angle, apart from
// the German and French ones); related merged 0 of 2, both kept apart and
// linked; no links between unrelated events (the two Brussels stories
// apart).
func TestHeldOutMayGrouping(t *testing.T) {
	holdsOnLabelledSet(t, "testdata/heldout-may")
}

// TestHeldOutJuneGrouping holds the grouping on the June held-out set: the
// 31 reports of the June comparison events (two events with five reports),
// written blind and frozen before the first run, with six distractors (two
// reports of a follow-up on the verdict two days on, another company's
// quarterly results the same day, a storm in another region the same
// week, and two short unrelated stories of one Friday sharing Salamanca).
// First and only run (commit 3b96a8a): 37 reports, 14 true events, 15
// found; B-cubed precision 1.000, recall 0.964, F1 0.982 (the Dutch measles
// report split from the Spanish and Italian ones); related merged 0 of 3,
// 2 kept apart and linked; no links between unrelated events (the two
// Salamanca stories apart).
func TestHeldOutJuneGrouping(t *testing.T) {
	holdsOnLabelledSet(t, "testdata/heldout-jun")
}

// TestHeldOutJulyGrouping holds grouping on the July held-out set: 60
// reports of 20 events in seven languages, written blind and frozen
// before the first run, with six related pairs (one company's results
// and its pilots' strike vote on one day; a gas explosion and a tram
// crash in one city in one week; a bridge collapse and the follow-up
// three days later; train strikes in Belgium and Portugal on one day;
// floods in Romania and Poland on one day; a trial and its verdict a
// week apart), two unrelated one-paragraph stories from Trevallo on one
// Friday, and one event covered by eight reports.
//
// First run (frozen texts, commit 5fbeafb): 22 events found for 20,
// B-cubed precision 1.000, recall 0.956, F1 0.977 (passes); related
// events merged 0 of 6, kept apart and linked 5 (the Belgian and
// Portuguese train strikes, which share no name, are not linked); no
// links between unrelated events (the two Trevallo stories apart). Two
// events split: climbers (the German k13de.txt, which names the Aiguille
// de Trélaz, 3600 metres and Wednesday, apart from the English and French
// reports) and housing-trial (the Dutch k7nl.txt, with Maarten
// Oosterveld, Zwolle, 4,2 miljoen euro and Woonstaete, apart from the
// German and English reports).
func TestHeldOutJulyGrouping(t *testing.T) {
	holdsOnLabelledSet(t, "testdata/heldout-jul")
}

// TestHeldOutAugustGrouping holds the grouping on a blind set written after
// the July one: 42 reports of 14 events in August 2029, in en, fr, de, es,
// it, pt and nl. It holds two events of one company on one day (Telvora's
// results and its network outage), a follow-up five days later (a stolen
// painting found and two men arrested), two earthquakes in the same week on
// two continents sharing no names, two unrelated short stories sharing only
// a Friday and the city of Maasdorp, and page furniture (menus, "Most read"
// lists, footers with an address and a phone number).
//
// First run (before any change made on it): 16 events found for 14, B-cubed
// precision 1.000, recall 0.952, F1 0.976; related events merged: 0 of 3;
// kept apart and linked: 3; events linked that are not related: 5; no mixed
// event. The one split: lorsanto-arrest in 3 events (a4en.txt | a4fr.txt |
// a4it.txt), each report of the arrest standing alone (the three share
// Port-Vendrelle, the ages 38 and 44 and the painting's title, the latter
// translated in a4en and a4fr).
func TestHeldOutAugustGrouping(t *testing.T) {
	holdsOnLabelledSet(t, "testdata/heldout-aug")
}

// TestHeldOutSeptemberGrouping holds the grouping on a blind set written
// after the August one: 39 reports of 14 events in September 2032, in en,
// fr, de, es, it, pt and nl. It holds two events of one company on one day
// (Veltra Motors' half-year results and its chief executive stepping
// down), a follow-up four days later (four cavers trapped in a Pyrenean
// chasm, then brought out alive), two volcanic eruptions in the same week
// in Iceland and Indonesia sharing no names, two unrelated stories sharing
// only a Thursday and the town of Castrelo (a car ban and a choir's prize),
// two unrelated Dutch stories sharing only the Netherlands and one million
// (trees along motorways, inhabitants aged 80 or over), and page furniture
// (menus, "Most read" lists naming other stories of the set, footers with
// addresses and phone numbers).
//
// First run (commit 45ea52a, before any change made on it): 39 reports, 14
// true events, 14 found; B-cubed precision, recall and F1 1.000; related
// events merged: 0 of 3; kept apart and linked: 2; events linked that are
// not related: 3; no mixed event and no split event. The log names neither
// the related pair left unlinked nor the three unrelated links.
func TestHeldOutSeptemberGrouping(t *testing.T) {
	holdsOnLabelledSet(t, "testdata/heldout-sep")
}

// TestHeldOutOctoberGrouping holds the grouping on a blind set written
// after the September one: 42 reports of 14 events in October 2032, in en,
// fr, de, es, it, pt and nl. It holds two events of one company on one day
// (Nordavia buying the Portuguese carrier Atlântica Regional, and an IT
// failure grounding 212 of its flights, one report of each naming the
// other in passing), a follow-up four days later (a bridge collapse in
// Castro Meão, Portugal, then three suspects named), two train derailments
// in the same week in Sweden and Argentina sharing no names, two unrelated
// short stories sharing only a Saturday and the town of Roccavento (a
// sawmill fire and a record truffle), two unrelated Spanish stories sharing
// only Spain and 10,000 (teachers to hire, sheep through a town), one
// event reported in four languages sharing only names, numbers and places
// (two climbers found on a Swiss glacier), one story covered by five
// outlets from a two-sentence brief to a long feature (a Dutch shipwreck of
// 1694 off Cape Verde), and page furniture (menus, "Most read" lists
// naming other stories of the set, footers with addresses and phone
// numbers, some outlets' footers shared across events).
//
// First run (commit 27a28bc, before any change made on it): 42 reports, 14
// true events, 14 found; B-cubed precision, recall and F1 1.000; related
// events merged: 0 of 3; kept apart and linked: 2; events linked that are
// not related: 1; no mixed event and no split event. The log names neither
// the related pair left unlinked nor the unrelated link.
func TestHeldOutOctoberGrouping(t *testing.T) {
	holdsOnLabelledSet(t, "testdata/heldout-oct")
}
