package facts

import (
	"fmt"
	"math"
	"strings"
)

// voteTally reads a vote's two sides at toks[i] as one fact: "par 39
// voix contre 10", "mit 39 zu 10 Stimmen", "by 39 votes to 10", "39-10".
// Its two figures are the ayes and the noes, never two rival counts of
// one thing; the tally agrees whole or not at all.
func voteTally(s string, toks []token, i int, base Fact) (Fact, int, bool) {
	if i+2 >= len(toks) || toks[i].kind != tNum {
		return Fact{}, 0, false
	}
	j, votesBefore := i+1, false
	if voteWords()[toks[j].lower] {
		j, votesBefore = j+1, true // "39 voix contre 10"
	}
	if j+1 >= len(toks) || !toks[j].is("to", "against", "zu", "gegen", "contre", "contra", "a", "tegen", "-", "–") || toks[j+1].kind != tNum {
		return Fact{}, 0, false
	}
	end := j + 2
	if !votesBefore {
		if end >= len(toks) || !voteWords()[toks[end].lower] {
			return Fact{}, 0, false // "from 10 to 12": no vote
		}
		end++ // "39 zu 10 Stimmen"
	}
	a, _, ok1 := parseNumber(toks[i].s)
	b, _, ok2 := parseNumber(toks[j+1].s)
	if !ok1 || !ok2 || a != math.Trunc(a) || b != math.Trunc(b) {
		return Fact{}, 0, false
	}
	f := base
	f.Kind, f.Attribute, f.Subject = KindCount, "tally", "votes"
	f.Value = strings.TrimSpace(words(s, toks, i, end))
	f.Norm = fmt.Sprintf("%d–%d", int(math.Max(a, b)), int(math.Min(a, b)))
	f.Wording = snippet(s, toks, i, end)
	return f, end, true
}

// voteWords name the votes of a tally.
var voteWords = lazyWordSet("votes vote voix stimmen voti votos stemmen")
