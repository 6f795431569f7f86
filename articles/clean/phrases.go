package clean

import "strings"

// phraseSet finds whether a lower-cased line contains any of a list of
// phrases in one pass over the line: the line model asks this of every
// line for several lists, and a Contains per phrase scanned each line
// dozens of times.
type phraseSet struct {
	byFirst [256][]string // phrases by their first byte
}

func newPhraseSet(phrases []string) *phraseSet {
	p := &phraseSet{}
	for _, ph := range phrases {
		if ph != "" {
			p.byFirst[ph[0]] = append(p.byFirst[ph[0]], ph)
		}
	}
	return p
}

// in reports whether s contains one of the phrases.
func (p *phraseSet) in(s string) bool {
	for i := 0; i < len(s); i++ {
		for _, ph := range p.byFirst[s[i]] {
			if strings.HasPrefix(s[i:], ph) {
				return true
			}
		}
	}
	return false
}
