package events

import (
	"fmt"
	"testing"
	"time"
)

// TestATranslationJoinsThroughItsNames: two reports of one seizure in two
// languages share a person's full name, the agency, two places and the
// fine, while each gives figures of its own and opens on one of them.
// Between languages names are most of what a translation shares; the
// figures of each, weighing six times a name, must not drown them (before
// crossNameBoost the fine alone weighed all they shared, and the pair was
// not even scored).
func TestATranslationJoinsThroughItsNames(t *testing.T) {
	day := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	names := []string{"ibarra", "valdomiro", "quintela", "tapauá", "sucunduri", "ipaam"}
	fps := []Fingerprint{
		{Hash: "pt", Lang: "pt", Published: day, Names: names,
			Numbers: []string{"n:4.8e+06", "q:320m3", "n:61", "pct:12", "q:18km", "n:2.3e+05", "n:75", "q:9km"},
			Terms:   []string{"madeir", "apreens", "serrari", "ilegal", "multa"}, Lead: []string{"q:320m3"}},
		{Hash: "en", Lang: "en", Published: day, Names: names,
			Numbers: []string{"n:4.8e+06", "q:45km", "n:9.1e+05", "pct:30", "q:1200ha", "n:12", "q:3km"},
			Terms:   []string{"timber", "seizur", "sawmill", "illeg", "fine"}, Lead: []string{"q:45km"}},
	}
	// Other reports, so that what the two share is weighed by its rarity
	// among many, as in a store.
	for i := range 30 {
		fps = append(fps, Fingerprint{Hash: fmt.Sprintf("other%02d", i), Lang: "en", Published: day,
			Names:   []string{fmt.Sprintf("town%d", i), fmt.Sprintf("mayor%d", i), fmt.Sprintf("club%d", i)},
			Numbers: []string{fmt.Sprintf("n:%d", 1000+i), fmt.Sprintf("c:%d", 30+i)},
			Terms:   []string{"council", fmt.Sprintf("topic%d", i), "vote"}})
	}
	evs := GroupEvents(fps)
	for _, ev := range evs {
		if len(ev.Members) == 2 {
			return
		}
	}
	t.Errorf("the two reports of the seizure are not one event: %d events from %d reports", len(evs), len(fps))
}
