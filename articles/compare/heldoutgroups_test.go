package compare

import (
	"sort"
	"testing"

	"reader/articles"
	"reader/articles/events"
)

// TestHeldOutSetsGroupIntoTheirEvents groups the reports of each blind
// fact set all at once, as a reader's feed brings them (ten events of
// unlike topics, each in two to four languages), and scores the events
// found against the set's own by B-cubed precision and recall, report by
// report. The sets were written for the comparison, blind to the
// grouping as well: a translated report joins its event here only
// through the names, figures and places it shares.
func TestHeldOutSetsGroupIntoTheirEvents(t *testing.T) {
	var precision, recall float64
	reports, perfect := 0, 0
	var worst []string
	for _, set := range heldOutSets {
		var arts []articles.Article
		eventOf := map[string]string{} // article hash -> the set's event
		for _, ev := range set.events {
			names := make([]string, 0, len(ev.reports))
			for file := range ev.reports {
				names = append(names, file)
			}
			sort.Strings(names)
			for _, file := range names {
				lang, body, _ := cut(ev.reports[file])
				a := story(t, file, lang, body)
				arts = append(arts, a)
				eventOf[a.Hash] = ev.id
			}
		}
		found := events.GroupEvents(events.Fingerprints(arts))
		p, r := bcubedOf(found, eventOf)
		precision, recall, reports = precision+p*float64(len(arts)), recall+r*float64(len(arts)), reports+len(arts)
		if p == 1 && r == 1 {
			perfect++
			continue
		}
		worst = append(worst, set.name)
		t.Logf("%s: %d reports of %d events in %d events found, B-cubed precision %.3f, recall %.3f", set.name, len(arts), len(set.events), len(found), p, r)
	}
	precision, recall = precision/float64(reports), recall/float64(reports)
	f1 := 2 * precision * recall / (precision + recall)
	t.Logf("all %d sets (%d reports): B-cubed precision %.3f, recall %.3f, F1 %.3f; %d sets grouped exactly", len(heldOutSets), reports, precision, recall, f1, perfect)
	// First measured at 0.949 (precision 1.000, recall 0.903) over 118
	// sets: short of the 0.95 the labelled sets hold, as reports in the
	// event's minority language and reports sharing few names are left
	// alone. Lower thresholds (0.33) raise it to 0.958 but cost the
	// generated 100k store 0.003 of F1 and a sixth more time to group, so
	// they were not taken. Weighing shared names up between two languages
	// (crossNameBoost) took 136 sets from 0.947 to 0.954 (recall 0.900 to
	// 0.911, precision 1.000); on the four sets written while it was
	// tuned, and not seen in tuning, recall went from 0.870 to 0.891.
	// Weighing cross pairs in two languages up in the merge test when a
	// report or two join a group (crossMerge 1.15) took 146 sets from 0.952
	// to 0.961 (recall 0.908 to 0.924), the six written last from recall
	// 0.833 to 0.882. Leaving the weakest cross pair in two languages out
	// of that test's mean when every other pair is related (agreeTrimmed)
	// took the 150 sets to recall 0.938, F1 0.968, and the four written
	// next, not seen while it was made, from recall 0.954 to 0.979; four
	// written after it, run once on it, group at 0.914 where the code
	// before it gives 0.888.
	if f1 < 0.95 || precision < 0.99 {
		t.Errorf("B-cubed precision %.3f, F1 %.3f over the held-out sets, want at least 0.99 and 0.95 (sets not grouped exactly: %v)", precision, f1, worst)
	}
}

// bcubedOf is the mean B-cubed precision and recall of the events found
// against the true event of each report (by article hash).
func bcubedOf(found []articles.Event, eventOf map[string]string) (precision, recall float64) {
	trueSize := map[string]int{}
	for _, e := range eventOf {
		trueSize[e]++
	}
	n := 0
	for _, ev := range found {
		inEvent := map[string]int{}
		for _, h := range ev.Members {
			inEvent[eventOf[h]]++
		}
		for _, h := range ev.Members {
			same := float64(inEvent[eventOf[h]])
			precision += same / float64(len(ev.Members))
			recall += same / float64(trueSize[eventOf[h]])
			n++
		}
	}
	return precision / float64(n), recall / float64(n)
}
