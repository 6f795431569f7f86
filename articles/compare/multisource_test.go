package compare

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reader/articles"
	"reader/articles/facts"
	"sort"
	"strings"
	"testing"
)

// multisourceDir is the labelled multi-source set of our own writing
// (its README says how it is made).
const multisourceDir = "../events/testdata/multisource"

type labelledEvent struct {
	id   string
	arts []articles.Article
}

// loadMultisource parses the set and groups it by the labels' true events,
// so the comparison is measured apart from the grouping.
func loadMultisource(t testing.TB) []labelledEvent {
	t.Helper()
	var labels struct {
		Articles map[string]string `json:"articles"`
	}
	readJSON(t, "labels.json", &labels)
	byEvent := map[string][]articles.Article{}
	for file, ev := range labels.Articles {
		raw, err := os.ReadFile(filepath.Join(multisourceDir, file))
		if err != nil {
			t.Fatal(err)
		}
		a, err := articles.Parse(articles.RawFile{Name: file, Data: raw})
		if err != nil {
			t.Fatal(err)
		}
		byEvent[ev] = append(byEvent[ev], a)
	}
	var out []labelledEvent
	for id, arts := range byEvent {
		out = append(out, labelledEvent{id, arts})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out
}

func readJSON(t testing.TB, name string, v any) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(multisourceDir, name))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// factLabels is facts.json: per event the shared facts, the real
// contradictions and the differences that are none; and every extracted
// statement judged by hand.
type factLabels struct {
	Events map[string]struct {
		Shared []struct {
			Kind, Norm string
			Files      []string
		} `json:"shared"`
		Contradictions []struct {
			Kind, What, File, Wrong, Right string
		} `json:"contradictions"`
		NotContradictions []struct {
			Kind, What string
			Values     map[string]string
		} `json:"not_contradictions"`
	} `json:"events"`
	Precision map[string][]struct {
		Kind, Value string
		OK          bool `json:"ok"`
	} `json:"precision"`
}

// columnOf is the column of the article file in c, or -1.
func columnOf(c Comparison, file string) int {
	for k, col := range c.Columns {
		if col.File == file {
			return k
		}
	}
	return -1
}

// TestMultisourceFacts measures the comparison on the labelled set: how
// many real contradictions it flags, how many disagreements it flags that
// are none, how many shared facts it finds shared, and how many of the
// statements it extracts are real statements of their article of the
// right kind. Run with -v for the figures.
func TestMultisourceFacts(t *testing.T) {
	var labels factLabels
	readJSON(t, "facts.json", &labels)
	events := loadMultisource(t)
	var contradictions, flagged, falseFlags, shared, sharedFound, wordings, wordingsFlagged int
	for _, ev := range events {
		lab, ok := labels.Events[ev.id]
		if !ok {
			t.Errorf("event %s has no facts in facts.json", ev.id)
			continue
		}
		c := Compare(ev.id, ev.arts)
		explained := map[int]bool{}
		for _, want := range lab.Contradictions {
			contradictions++
			k := columnOf(c, want.File)
			found := false
			for i, f := range c.Facts {
				if !f.Disagree || string(f.Kind) != want.Kind || k < 0 || f.Values[k].Norm != want.Wrong {
					continue
				}
				for j, v := range f.Values {
					if j != k && v.Said() && v.Norm == want.Right {
						found, explained[i] = true, true
					}
				}
			}
			if found {
				flagged++
			} else {
				t.Logf("%s: missed contradiction %s (%s says %s, not %s)", ev.id, want.What, want.File, want.Wrong, want.Right)
			}
		}
		for i, f := range c.Facts {
			if f.Disagree && !explained[i] {
				falseFlags++
				t.Logf("%s: false disagreement %s %q: %s", ev.id, f.Kind, f.Label, f.Note)
			}
		}
		for _, n := range lab.NotContradictions {
			wordings++
			for i, f := range c.Facts {
				if !f.Disagree || explained[i] || string(f.Kind) != n.Kind {
					continue
				}
				in := 0
				for file := range n.Values {
					if k := columnOf(c, file); k >= 0 && f.Values[k].Said() {
						in++
					}
				}
				if in >= 2 {
					wordingsFlagged++
					t.Logf("%s: a wording difference flagged: %s", ev.id, n.What)
					break
				}
			}
		}
		for _, s := range lab.Shared {
			shared++
			before := sharedFound
			for _, f := range c.Facts {
				if string(f.Kind) != s.Kind {
					continue
				}
				all := true
				for _, file := range s.Files {
					k := columnOf(c, file)
					norm := f.Values[k].Norm
					if !f.Disagree && strings.TrimPrefix(norm, facts.NightBefore) == s.Norm {
						norm = s.Norm // "la nuit de samedi à dimanche" gives Sunday, as the night's end
					}
					all = all && k >= 0 && f.Values[k].Said() && norm == s.Norm
				}
				if all {
					sharedFound++
					break
				}
			}
			if sharedFound == before {
				t.Logf("%s: shared fact not found shared: %s %s in %v", ev.id, s.Kind, s.Norm, s.Files)
			}
		}
	}
	// Precision: every statement of every report, against the judged list.
	judged, real, unjudged := 0, 0, 0
	for _, ev := range events {
		for _, a := range ev.arts {
			for _, f := range facts.Extract(a) {
				judged++
				value := f.Value
				if f.Kind == facts.KindQuote {
					value = strings.Join(strings.Fields(value)[:min(5, len(strings.Fields(value)))], " ")
				}
				found := false
				for _, l := range labels.Precision[a.File] {
					if l.Kind == string(f.Kind) && l.Value == value {
						found = true
						if l.OK {
							real++
						}
						break
					}
				}
				if !found {
					unjudged++
					t.Logf("%s: statement not judged yet (counted wrong): %s %q %q", a.File, f.Kind, f.Label(), f.Value)
				}
			}
		}
	}
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	t.Logf("labelled set: %d events, %d reports", len(events), func() int {
		n := 0
		for _, ev := range events {
			n += len(ev.arts)
		}
		return n
	}())
	t.Logf("real contradictions flagged: %d/%d (%.0f%%)", flagged, contradictions, pct(flagged, contradictions))
	t.Logf("false disagreements: %d", falseFlags)
	t.Logf("wording differences flagged: %d/%d", wordingsFlagged, wordings)
	t.Logf("shared facts found shared: %d/%d (%.0f%%)", sharedFound, shared, pct(sharedFound, shared))
	t.Logf("extracted statements real and of the right kind: %d/%d (%.1f%%), %d not judged", real, judged, pct(real, judged), unjudged)
	if pct(flagged, contradictions) < 80 {
		t.Errorf("%d of %d real contradictions flagged, want at least 80%%", flagged, contradictions)
	}
	if falseFlags > 1 {
		t.Errorf("%d false disagreements, want at most 1", falseFlags)
	}
	if pct(real, judged) < 90 {
		t.Errorf("%.1f%% of extracted statements are real, want at least 90%%", pct(real, judged))
	}
}
