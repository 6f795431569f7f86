package events

import (
	"cmp"
	"slices"
	"strings"
)

// keyCount is a key and how often it stands.
type keyCount struct {
	key   string
	count int
}

// ranksBelow reports whether a comes after b among the most frequent
// keys: it is less frequent, or as frequent and later alphabetically.
func ranksBelow(a, b keyCount) bool {
	if a.count != b.count {
		return a.count < b.count
	}
	return a.key > b.key
}

// topKeys returns the n most frequent keys, ties broken alphabetically.
// An article holds a few hundred terms, of which it keeps tens: it keeps
// the best n seen so far in a heap whose root is the least of them, so
// most keys are turned away by one comparison, and sorts only those n
// (sorting every key cost more than the rest of the choosing). The keys
// are distinct, so the order is total and the result the full sort's.
func topKeys(m map[string]int, n int) []string {
	if n <= 0 {
		return []string{}
	}
	h := make([]keyCount, 0, min(len(m), n))
	for k, c := range m {
		e := keyCount{k, c}
		if len(h) < n {
			h = append(h, e)
			for i := len(h) - 1; i > 0; {
				p := (i - 1) / 2
				if !ranksBelow(h[i], h[p]) {
					break
				}
				h[i], h[p] = h[p], h[i]
				i = p
			}
			continue
		}
		if ranksBelow(e, h[0]) {
			continue
		}
		h[0] = e
		for i := 0; ; {
			least := i
			if l := 2*i + 1; l < len(h) && ranksBelow(h[l], h[least]) {
				least = l
			}
			if r := 2*i + 2; r < len(h) && ranksBelow(h[r], h[least]) {
				least = r
			}
			if least == i {
				break
			}
			h[i], h[least] = h[least], h[i]
			i = least
		}
	}
	slices.SortFunc(h, func(a, b keyCount) int {
		if a.count != b.count {
			return cmp.Compare(b.count, a.count)
		}
		return strings.Compare(a.key, b.key)
	})
	keys := make([]string, len(h))
	for i := range h {
		keys[i] = h[i].key
	}
	return keys
}
