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
//
// At each byte of the line only the phrases that may start there are
// tried: a phrase of two or three bytes is indexed by its first two, a
// longer one by a hash of its first four, which tell phrases apart far
// better (with every list in one set, the first two bytes of some phrase
// stood at nearly every other byte of prose, and two phrases were tried
// a byte).
type phraseSet struct {
	single [256]uint64 // lists of the one-byte phrases
	short  phraseIndex // phrases of two or three bytes, by their first two
	long   phraseIndex // longer phrases, by quadKey of their first four
}

// phraseIndex finds the phrases filed under a 16-bit key: has holds a
// bit per key in use, and the phrases of key k are buckets[rank[k/64] +
// the bits of has[k/64] below k's], found with a count of bits instead
// of a map lookup at every key the bitmap lets through.
type phraseIndex struct {
	has     [1 << 16 / 64]uint64
	rank    [1 << 16 / 64]uint16
	buckets [][]maskedPhrase
	byKey   map[uint16][]maskedPhrase // what add files, laid out by index
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
	return &phraseSet{short: phraseIndex{byKey: map[uint16][]maskedPhrase{}}, long: phraseIndex{byKey: map[uint16][]maskedPhrase{}}}
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
		case 2, 3:
			p.short.file(pairKey(ph), maskedPhrase{ph, lists})
		default:
			p.long.file(quadKey(ph), maskedPhrase{ph, lists})
		}
	}
	p.short.index()
	p.long.index()
}

// pairKey is the key of a phrase of two or three bytes: its first two.
func pairKey(s string) uint16 { return uint16(s[0])<<8 | uint16(s[1]) }

// quadKey is the key of a longer phrase: a hash of its first four bytes.
func quadKey(s string) uint16 {
	q := uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
	return uint16(q * 0x9e3779b1 >> 16)
}

// file adds ph under key k.
func (x *phraseIndex) file(k uint16, ph maskedPhrase) {
	x.has[k/64] |= 1 << (k % 64)
	x.byKey[k] = append(x.byKey[k], ph)
}

// index lays byKey out in rank and buckets.
func (x *phraseIndex) index() {
	keys := make([]int, 0, len(x.byKey))
	for k := range x.byKey {
		keys = append(keys, int(k))
	}
	slices.Sort(keys)
	x.buckets = x.buckets[:0]
	for _, k := range keys {
		x.buckets = append(x.buckets, x.byKey[uint16(k)])
	}
	n := 0
	for j, w := range x.has {
		x.rank[j] = uint16(n)
		n += bits.OnesCount64(w)
	}
}

// at adds to out the lists of the phrases under key k with which rest
// starts, past those whose lists out has already.
func (x *phraseIndex) at(k uint16, rest string, out uint64) uint64 {
	w, bit := x.has[k/64], uint64(1)<<(k%64)
	if w&bit == 0 {
		return out
	}
	for _, ph := range x.buckets[int(x.rank[k/64])+bits.OnesCount64(w&(bit-1))] {
		if out&ph.lists != ph.lists && strings.HasPrefix(rest, ph.text) {
			out |= ph.lists
		}
	}
	return out
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
		out = p.short.at(pairKey(s[i:]), s[i:], out)
		if i+4 <= len(s) {
			out = p.long.at(quadKey(s[i:]), s[i:], out)
		}
	}
	return out
}
