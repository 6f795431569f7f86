package textutil

import (
	"embed"
	"strings"
	"sync"
)

// stoplistFS holds jusText's stop-word lists (BSD-2-Clause, LICENSE.rst
// beside them) for the languages news is most often read in. A line's
// density of its page's stop-words is what tells prose from furniture.
//
//go:embed stoplists/*.txt
var stoplistFS embed.FS

// Stoplist is one language's stop-words.
type Stoplist struct {
	Name  string // the list's language, as jusText names it
	Words map[string]bool
}

var (
	stoplistsOnce sync.Once
	stoplists     []Stoplist
	stoplistIndex map[string]uint64 // word -> bit per list in stoplists
)

func loadStoplists() {
	entries, _ := stoplistFS.ReadDir("stoplists")
	stoplistIndex = map[string]uint64{}
	for _, e := range entries {
		data, err := stoplistFS.ReadFile("stoplists/" + e.Name())
		if err != nil {
			continue
		}
		sl := Stoplist{Name: strings.TrimSuffix(e.Name(), ".txt"), Words: map[string]bool{}}
		bit := uint64(1) << len(stoplists)
		for _, w := range strings.Fields(string(data)) {
			w = strings.ToLower(w)
			sl.Words[w] = true
			stoplistIndex[w] |= bit
		}
		stoplists = append(stoplists, sl)
	}
}

// StoplistFor picks the stop-word list that covers most of the lower-cased
// words given (a page's words), or nil when none covers any.
func StoplistFor(lowerWords []string) *Stoplist {
	return StoplistForLines([][]string{lowerWords})
}

// StoplistForLines is StoplistFor over lines of lower-cased words, without
// joining them.
func StoplistForLines(lines [][]string) *Stoplist {
	stoplistsOnce.Do(loadStoplists)
	var counts [64]int
	for _, l := range lines {
		for _, w := range l {
			for mask, i := stoplistIndex[w], 0; mask != 0; mask, i = mask>>1, i+1 {
				if mask&1 != 0 {
					counts[i]++
				}
			}
		}
	}
	best := -1
	for i, c := range counts[:len(stoplists)] {
		if c > 0 && (best < 0 || c > counts[best]) {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	return &stoplists[best]
}
