package compare

import (
	"strconv"
	"strings"
	"unicode"

	"reader/articles/facts"
	"reader/articles/internal/textutil"
)

// ofAnotherBase: m's share is of another whole than the shares most
// sources give: its sentence gives figures in a unit that their sentences
// give too, of one size (within a factor of twenty) and none of them alike
// ("180 mil toneladas, mais 20%" beside "1.45 million tonnes, 69% more").
// A rise of one harvest and a rise of another are no rivals; a yield of
// 62 tonnes a hectare beside a crop of 2.1 million tonnes says nothing.
func ofAnotherBase(m member, most []member) bool {
	if m.f.Kind != facts.KindPercent {
		return false
	}
	own := anchorValues([]member{m})
	theirs := anchorValues(most)
	for unit, vs := range own {
		ws := theirs[unit]
		if len(ws) == 0 {
			continue
		}
		alike, near := false, false
		for _, v := range vs {
			for _, w := range ws {
				alike = alike || v <= w*1.25 && w <= v*1.25
				near = near || v <= w*20 && w <= v*20
			}
		}
		if !alike && near {
			return true
		}
	}
	return false
}

// anchorValues are the figures with a unit that the members' sentences
// give, by unit.
func anchorValues(ms []member) map[string][]float64 {
	out := map[string][]float64{}
	for _, m := range ms {
		for _, x := range m.f.Anchors {
			if v, unit, ok := anchorValue(x); ok {
				out[unit] = append(out[unit], v)
			}
		}
	}
	return out
}

// anchorValue reads an anchor that is a figure with a unit ("180,000
// tonnes", "1.45 million tonnes", "€8.2 billion"): its value and its
// unit. Years, shares, dates and bare counts are not read.
func anchorValue(s string) (float64, string, bool) {
	if isYearNorm(s) || strings.HasSuffix(s, "%") {
		return 0, "", false
	}
	i := strings.IndexFunc(s, unicode.IsDigit)
	if i < 0 {
		return 0, "", false
	}
	prefix := s[:i]
	j := i
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ',' || s[j] == '.') {
		j++
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s[i:j], ",", ""), 64)
	if err != nil {
		return 0, "", false
	}
	rest := strings.TrimSpace(s[j:])
	if word, r, _ := strings.Cut(rest, " "); textutil.Magnitudes()[word] != 0 {
		v, rest = v*textutil.Magnitudes()[word], r // "1.45 million tonnes"
	}
	unit := prefix + rest
	if unit == "" || strings.IndexFunc(rest, unicode.IsUpper) >= 0 {
		return 0, "", false // a bare count, or a day of a month ("14 December")
	}
	return v, unit, true
}
