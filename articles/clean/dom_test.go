package clean

import (
	"reflect"
	"testing"

	"reader/articles/htmltext"
)

// Each unit takes the evidence of the raw line it starts on: blank lines
// skipped, a hard-wrapped line joined to the one before.
func TestDOMVectorsFollowTheUnits(t *testing.T) {
	text := "Menu\n\nThe council met on Monday evening to discuss the budget for next\nyear and the repairs\n\nShare this"
	ev := []htmltext.Evidence{{LinkShare: 1}, {}, {LinkShare: 0.25, InMain: true}, {LinkShare: 0.5}, {}, {LinkShare: 0.75}}
	units := splitUnits(text)
	if len(units) != 3 {
		t.Fatalf("units: %+v", units)
	}
	dom := domVectors(units, ev)
	var got []float32
	for _, v := range dom {
		got = append(got, v[0]) // dom link share
	}
	if want := []float32{1, 0.25, 0.75}; !reflect.DeepEqual(got, want) {
		t.Errorf("link shares %v, want %v", got, want)
	}
	if dom[1][3] != 1 || dom[0][3] != 0 || dom[0][4] != 1 {
		t.Errorf("in main / page has main: %v %v", dom[0][3:5], dom[1][3:5])
	}
	if len(dom[0]) != len(domNames) {
		t.Errorf("%d features, %d names", len(dom[0]), len(domNames))
	}
}

// Evidence that is not of the text's lines is ignored: the page is
// cleaned as plain text.
func TestPrepareWithEvidenceIgnoresMismatch(t *testing.T) {
	text := "Home\nThe council met on Monday evening to discuss the budget for next year, its members said.\nShare"
	if p := PrepareWithEvidence(text, make([]htmltext.Evidence, 2)); p.c.dom != nil {
		t.Error("evidence for 2 lines used for a text of 3")
	}
	p := PrepareWithEvidence(text, make([]htmltext.Evidence, 3))
	if p.c.dom == nil {
		t.Fatal("evidence of the text's lines ignored")
	}
	plain := Prepare(text).Finish()
	if got := PrepareWithEvidence(text, nil).Finish(); !reflect.DeepEqual(got, plain) {
		t.Errorf("no evidence: %+v, plain text: %+v", got, plain)
	}
}
