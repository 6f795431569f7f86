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
	Bit   uint64 // the list's bit in what StoplistBits gives
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
		bit := uint64(1) << len(stoplists)
		sl := Stoplist{Name: strings.TrimSuffix(e.Name(), ".txt"), Words: map[string]bool{}, Bit: bit}
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
			countBits(&counts, stoplistIndex[w])
		}
	}
	return mostUsed(&counts)
}

// StoplistBits appends to dst, for each lower-cased word, the bits
// (Stoplist.Bit) of the lists that have it: a page's words looked up once
// serve both to pick its list (StoplistForBits) and to tell its
// stop-words.
func StoplistBits(dst []uint64, lowerWords []string) []uint64 {
	stoplistsOnce.Do(loadStoplists)
	for _, w := range lowerWords {
		dst = append(dst, stoplistIndex[w])
	}
	return dst
}

// StoplistForBits is StoplistForLines over the lines' StoplistBits.
func StoplistForBits(lines [][]uint64) *Stoplist {
	stoplistsOnce.Do(loadStoplists)
	var counts [64]int
	for _, l := range lines {
		for _, mask := range l {
			countBits(&counts, mask)
		}
	}
	return mostUsed(&counts)
}

func countBits(counts *[64]int, mask uint64) {
	for i := 0; mask != 0; mask, i = mask>>1, i+1 {
		if mask&1 != 0 {
			counts[i]++
		}
	}
}

// mostUsed is the list the most words belong to, or nil when none has any.
func mostUsed(counts *[64]int) *Stoplist {
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
