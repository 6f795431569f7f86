package compare

import (
	"testing"

	"reader/articles/facts"
)

// TestTheDayItHappenedBelowALeadWithNone: a report whose lead names no
// day gives the day of the happening where it says when it happened
// ("Het ongeluk gebeurde donderdagochtend"): that is its lead's day.
func TestTheDayItHappenedBelowALeadWithNone(t *testing.T) {
	a := story(t, "nl.txt", "nl", "Tram ontspoort in Turijn\n\nIn Turijn zijn drieëntwintig mensen gewond geraakt bij het ontsporen van een tram.\n\nDe tram reed met 38 kilometer per uur door de bocht.\n\nHet ongeluk gebeurde donderdagochtend rond kwart voor acht.")
	found := false
	for _, m := range onceEach(facts.Extract(a)) {
		if m.f.Kind == facts.KindDate && m.f.Norm == "Thursday" {
			found = true
			if !m.leadDay {
				t.Errorf("the day it happened is not taken for the lead's: %+v", m.f)
			}
		}
	}
	if !found {
		t.Fatal("no Thursday read")
	}
}
