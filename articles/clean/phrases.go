package clean

import "strings"

// phraseSet finds whether a lower-cased line contains any of a list of
// phrases in one pass over the line: the line model asks this of every
// line for several lists, and a Contains per phrase scanned each line
// dozens of times.
type phraseSet struct {
	pairs  [1 << 16 / 64]uint64 // bit per first two bytes of a phrase
	single [256]bool            // one-byte phrases
	byPair map[uint16][]string  // phrases by their first two bytes
}

func newPhraseSet(phrases []string) *phraseSet {
	p := &phraseSet{byPair: map[uint16][]string{}}
	for _, ph := range phrases {
		switch len(ph) {
		case 0:
		case 1:
			p.single[ph[0]] = true
		default:
			k := uint16(ph[0])<<8 | uint16(ph[1])
			p.pairs[k/64] |= 1 << (k % 64)
			p.byPair[k] = append(p.byPair[k], ph)
		}
	}
	return p
}

// in reports whether s contains one of the phrases.
func (p *phraseSet) in(s string) bool {
	for i := 0; i < len(s); i++ {
		if p.single[s[i]] {
			return true
		}
		if i+1 == len(s) {
			break
		}
		k := uint16(s[i])<<8 | uint16(s[i+1])
		if p.pairs[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, ph := range p.byPair[k] {
			if strings.HasPrefix(s[i:], ph) {
				return true
			}
		}
	}
	return false
}
