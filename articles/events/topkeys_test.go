package events

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestTopKeysAsFullSort checks topKeys against sorting every key, on maps
// of many ties and few, smaller and larger than n.
func TestTopKeysAsFullSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 300; trial++ {
		m := map[string]int{}
		size, spread := rng.IntN(400), 1+rng.IntN(20)
		for i := 0; i < size; i++ {
			m[fmt.Sprintf("k%d", rng.IntN(1000))] = 1 + rng.IntN(spread)
		}
		for _, n := range []int{0, 1, 5, 20, 60, 1000} {
			got, want := topKeys(m, n), sortedKeys(m, n)
			if !slices.Equal(got, want) {
				t.Fatalf("topKeys(%d keys, %d) = %v, want %v", len(m), n, got, want)
			}
		}
	}
}

// sortedKeys is topKeys by sorting every key.
func sortedKeys(m map[string]int, n int) []string {
	list := make([]keyCount, 0, len(m))
	for k, c := range m {
		list = append(list, keyCount{k, c})
	}
	slices.SortFunc(list, func(a, b keyCount) int {
		if a.count != b.count {
			return cmp.Compare(b.count, a.count)
		}
		return strings.Compare(a.key, b.key)
	})
	keys := make([]string, min(len(list), max(n, 0)))
	for i := range keys {
		keys[i] = list[i].key
	}
	return keys
}
