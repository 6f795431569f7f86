package compare

import (
	"testing"

	"reader/articles/facts"
)

// A name one source reads as a person while two others read it as a place
// is a place: that source's person fact goes and its quote loses the
// speaker; the other way round, a lone place reading goes. A name the
// sources split on stays as each reads it.
func TestSourcesAgreeOnWhatANameIs(t *testing.T) {
	person := facts.Fact{Kind: facts.KindPerson, Subject: "Ashby", Attribute: "title", Value: "spokesman"}
	quote := facts.Fact{Kind: facts.KindQuote, Subject: "Ashby", Key: "ashby", Attribute: "quote", Value: "we will rebuild"}
	place := facts.Fact{Kind: facts.KindPlace, Subject: "fire", Attribute: "place", Value: "Ashby"}
	stated := [][]facts.Fact{{person, quote}, {place}, {place}}
	agreeOnEntityTypes(stated)
	if len(stated[0]) != 1 || stated[0][0].Kind != facts.KindQuote || stated[0][0].Subject != "" {
		t.Errorf("outvoted source kept %+v", stated[0])
	}
	if len(stated[1]) != 1 || len(stated[2]) != 1 {
		t.Errorf("the places were touched: %+v %+v", stated[1], stated[2])
	}

	roe := facts.Fact{Kind: facts.KindPerson, Subject: "Jane Roe", Attribute: "title", Value: "mayor"}
	misplaced := facts.Fact{Kind: facts.KindPlace, Subject: "visit", Attribute: "place", Value: "Jane Roe"}
	stated = [][]facts.Fact{{misplaced}, {roe}, {roe}}
	agreeOnEntityTypes(stated)
	if len(stated[0]) != 0 {
		t.Errorf("a place two sources call a person stayed: %+v", stated[0])
	}

	stated = [][]facts.Fact{{person}, {place}, {place}, {person}}
	agreeOnEntityTypes(stated)
	if len(stated[0]) != 1 || len(stated[3]) != 1 {
		t.Errorf("a name the sources split on lost a reading: %+v %+v", stated[0], stated[3])
	}
}
