package clean

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// phraseSet finds which of several lists of phrases a lower-cased line
// contains, in one pass over the line: the line model asks this of every
// line for many lists (each vocabulary rule's hints, the disclosure
// words), and a Contains per phrase scanned each line hundreds of times.
// Each phrase carries the bits of the lists it belongs to (up to 64).
type phraseSet struct {
	pairs  [1 << 16 / 64]uint64 // bit per first two bytes of a phrase
	single [256]uint64          // lists of the one-byte phrases
	byPair map[uint16][]maskedPhrase
	// rank and buckets are byPair laid out for lists: the phrases of the
	// pair k are buckets[rank[k/64] + the bits of pairs[k/64] below k's],
	// found with a count of bits instead of a map lookup at every pair
	// the bitmap lets through. add keeps them up to date.
	rank    [1 << 16 / 64]uint16
	buckets [][]maskedPhrase
}

type maskedPhrase struct {
	text  string
	lists uint64
}

// newPhraseSet is a set of one list.
func newPhraseSet(phrases []string) *phraseSet {
	p := newPhraseLists()
	p.add(phrases, 1)
	return p
}

// newPhraseLists is an empty set, for lists to be added.
func newPhraseLists() *phraseSet {
	return &phraseSet{byPair: map[uint16][]maskedPhrase{}}
}

// lazyPhraseSet builds a set of one list once, on first use.
func lazyPhraseSet(phrases []string) func() *phraseSet {
	return sync.OnceValue(func() *phraseSet { return newPhraseSet(phrases) })
}

// add puts phrases in the lists whose bits are set in lists.
func (p *phraseSet) add(phrases []string, lists uint64) {
	for _, ph := range phrases {
		switch len(ph) {
		case 0:
		case 1:
			p.single[ph[0]] |= lists
		default:
			k := uint16(ph[0])<<8 | uint16(ph[1])
			p.pairs[k/64] |= 1 << (k % 64)
			p.byPair[k] = append(p.byPair[k], maskedPhrase{ph, lists})
		}
	}
	p.index()
}

// index lays byPair out in rank and buckets.
func (p *phraseSet) index() {
	keys := make([]int, 0, len(p.byPair))
	for k := range p.byPair {
		keys = append(keys, int(k))
	}
	slices.Sort(keys)
	p.buckets = p.buckets[:0]
	for _, k := range keys {
		p.buckets = append(p.buckets, p.byPair[uint16(k)])
	}
	n := 0
	for j, w := range p.pairs {
		p.rank[j] = uint16(n)
		n += bits.OnesCount64(w)
	}
}

// in reports whether s contains one of the phrases.
func (p *phraseSet) in(s string) bool { return p.lists(s) != 0 }

// lists returns the bits of the lists one of whose phrases s contains.
func (p *phraseSet) lists(s string) uint64 {
	var out uint64
	for i := 0; i < len(s); i++ {
		out |= p.single[s[i]]
		if i+1 == len(s) {
			break
		}
		k := uint16(s[i])<<8 | uint16(s[i+1])
		w, bit := p.pairs[k/64], uint64(1)<<(k%64)
		if w&bit == 0 {
			continue
		}
		for _, ph := range p.buckets[int(p.rank[k/64])+bits.OnesCount64(w&(bit-1))] {
			if out&ph.lists != ph.lists && strings.HasPrefix(s[i:], ph.text) {
				out |= ph.lists
			}
		}
	}
	return out
}
