package events

import (
	"fmt"
	"testing"
	"time"
)

// TestATranslationJoinsTheEventOfItsLanguagesSibling: two Spanish reports
// of a cellar theft and an English one are one event; the Portuguese
// report shares the names and the count of each, as a translation does,
// and scores 0.33 to 0.40 against them, less than they score against each
// other: crossMerge lets it join them.
func TestATranslationJoinsTheEventOfItsLanguagesSibling(t *testing.T) {
	day := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	names := []string{"orbaneja", "villarroya", "casa", "rioja"}
	fps := []Fingerprint{
		{Hash: "es1", Lang: "es", Published: day, Names: append(names, "guardia", "logroño", "ezcaray"),
			Numbers: []string{"c:118", "n:2.4e+05", "c:3", "q:40km"}, Terms: []string{"bodeg", "robo", "botell", "vino", "ladron", "madrug"},
			Lead: []string{"orbaneja", "c:118"}},
		{Hash: "es2", Lang: "es", Published: day, Names: append(names, "guardia", "logroño", "haro"),
			Numbers: []string{"c:118", "n:2.4e+05", "c:3", "q:12km"}, Terms: []string{"bodeg", "robo", "botell", "vino", "ladron", "noch"},
			Lead: []string{"orbaneja", "c:118"}},
		{Hash: "en", Lang: "en", Published: day, Names: append(names, "guardia", "logroño"),
			Numbers: []string{"c:118", "n:2.4e+05", "q:40km"}, Terms: []string{"cellar", "theft", "bottl", "wine"},
			Lead: []string{"orbaneja", "c:118"}},
		{Hash: "pt", Lang: "pt", Published: day, Names: []string{"orbaneja", "villarroya", "casa", "rioja", "lisboa", "porto"},
			Numbers: []string{"c:118", "n:9.9e+04", "c:7", "q:300km"}, Terms: []string{"adeg", "roubo", "garraf", "vinho"},
			Lead: []string{"orbaneja", "c:118"}},
	}
	for i := range 30 {
		fps = append(fps, Fingerprint{Hash: fmt.Sprintf("other%02d", i), Lang: "en", Published: day,
			Names:   []string{fmt.Sprintf("town%d", i), fmt.Sprintf("mayor%d", i), fmt.Sprintf("club%d", i)},
			Numbers: []string{fmt.Sprintf("n:%d", 1000+i), fmt.Sprintf("c:%d", 30+i)},
			Terms:   []string{"council", fmt.Sprintf("topic%d", i), "vote"}})
	}
	for _, ev := range GroupEvents(fps) {
		if len(ev.Members) == 4 {
			return
		}
	}
	t.Error("the Portuguese report is not in its event")
}
