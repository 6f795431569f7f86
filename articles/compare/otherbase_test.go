package compare

import (
	"strconv"
	"testing"

	"reader/articles/facts"
)

// TestAShareOfAnotherWholeIsNoRival: "a harvest of 180,000 tonnes, 20%
// more than last year" is a rise of another harvest than "1.45 million
// tonnes, 69% more" twice; "1.45 million tonnes, 20% more" is a rival, and
// so is a share beside a figure of another size altogether (a yield of 62
// tonnes a hectare).
func TestAShareOfAnotherWholeIsNoRival(t *testing.T) {
	share := func(col int, v float64, anchors ...string) member {
		n := facts.Number{Value: v, Unit: "%", Digits: strconv.Itoa(int(v))}
		norm := facts.FormatNumber(n)
		return member{col: col, f: facts.Fact{Kind: facts.KindPercent, Attribute: "share", Norm: norm, Num: &n, Anchors: append(anchors, norm)}}
	}
	for _, c := range []struct {
		anchor string
		split  bool
	}{
		{"180,000 tonnes", true},
		{"1.45 million tonnes", false},
		{"62 tonnes", false},
		{"", false},
	} {
		third := share(2, 20)
		if c.anchor != "" {
			third = share(2, 20, c.anchor)
		}
		cl := &cluster{kind: facts.KindPercent, cols: map[int]bool{0: true, 1: true, 2: true},
			members: []member{share(0, 69, "1.45 million tonnes"), share(1, 69, "1.45 million tonnes"), third}}
		out := cl.splitEchoes(func(int, facts.Fact) bool { return false })
		if split := len(out) == 1 && len(cl.members) == 2; split != c.split {
			t.Errorf("20%% beside %q against 69%% beside 1.45 million tonnes: taken out %v, want %v", c.anchor, split, c.split)
		}
	}
}

// TestAnchorValuesReadUnits: figures with a unit are read with their
// magnitude; years, shares, days of a month and bare counts are not.
func TestAnchorValuesReadUnits(t *testing.T) {
	for _, c := range []struct {
		s    string
		v    float64
		unit string
		ok   bool
	}{
		{"180,000 tonnes", 180000, "tonnes", true},
		{"1.45 million tonnes", 1.45e6, "tonnes", true},
		{"€2.41 billion", 2.41e9, "€", true},
		{"2031", 0, "", false},
		{"12%", 0, "", false},
		{"14 December", 0, "", false},
		{"57", 0, "", false},
	} {
		v, unit, ok := anchorValue(c.s)
		if ok != c.ok || ok && (unit != c.unit || v < c.v*0.999 || v > c.v*1.001) {
			t.Errorf("%q: %v %q %v, want %v %q %v", c.s, v, unit, ok, c.v, c.unit, c.ok)
		}
	}
}
