package events

import (
	"math/rand"
	"slices"
	"sort"
	"testing"
)

// sortedByHash, comparing hash prefixes first, puts the documents in the
// very order sort.Slice on the hashes in full gives, duplicates included:
// each comparison has the same answer. The strings are short, alike in
// their first eight bytes, or hold zero bytes.
func TestSortedByHashComparesAsStrings(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	alphabet := "\x00\x01ab\xff"
	g := NewGrouper()
	for range 2000 {
		b := make([]byte, r.Intn(12))
		for i := range b {
			b[i] = alphabet[r.Intn(len(alphabet))]
		}
		g.docs = append(g.docs, groupDoc{hash: string(b)})
	}
	want := make([]int32, len(g.docs))
	for i := range want {
		want[i] = int32(i)
	}
	sort.Slice(want, func(i, j int) bool { return g.docs[want[i]].hash < g.docs[want[j]].hash })
	if got := g.sortedByHash(); !slices.Equal(got, want) {
		t.Fatal("the order differs from sorting the hashes in full")
	}
}
