package textutil

import (
	"embed"
	"math/bits"
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
	stoplistIndex map[string]uint64 // word -> bit per list in stoplists, and StopwordBit for the words of Stopwords
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
	if len(stoplists) >= 63 {
		panic("textutil: too many stop-word lists for StopwordBit")
	}
	for w := range Stopwords() {
		stoplistIndex[w] |= StopwordBit
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
		dst = append(dst, stoplistIndex[w]&^StopwordBit)
	}
	return dst
}

// StopwordBit is set, in what WordBits gives, for the words of Stopwords.
// No stop-word list has it (there are fewer than 63), so the bits serve
// StoplistForBits and Stoplist.Bit as StoplistBits' do.
const StopwordBit = 1 << 63

// WordBits is StoplistBits with StopwordBit set for the words of
// Stopwords: the line model asks both of every word of a page, and one
// lookup a word answers both.
func WordBits(dst []uint64, lowerWords []string) []uint64 {
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

// countBits adds one to the count of each bit set in mask, visiting only
// the set bits.
func countBits(counts *[64]int, mask uint64) {
	for ; mask != 0; mask &= mask - 1 {
		counts[bits.TrailingZeros64(mask)]++
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
