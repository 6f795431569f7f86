package events

import (
	"fmt"
	"math/rand"
	"slices"
	"testing"
	"time"
)

// famousNameSet is 8 stories of 60 reports each. Every report names a
// famous person (held by all 480), its story's three names (held by 60),
// and words of its own; no token but these is shared. It returns the
// fingerprints and each report's story by hash.
func famousNameSet() ([]Fingerprint, map[string]int) {
	day := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	var fps []Fingerprint
	storyOf := map[string]int{}
	for s := range 8 {
		for i := range 60 {
			names := []string{"famous person"}
			for k := range 3 {
				names = append(names, fmt.Sprintf("story%d name%d", s, k))
			}
			var terms []string
			for k := range 6 {
				terms = append(terms, fmt.Sprintf("own%d-%d-%d", s, i, k))
			}
			h := fmt.Sprintf("%016x", mix(uint64(len(fps)+1)))
			fps = append(fps, Fingerprint{Hash: h, Title: h, Source: fmt.Sprintf("outlet %d", i), Lang: "en",
				Published: day, Names: names, Terms: terms, Lead: names[:2]})
			storyOf[h] = s
		}
	}
	return fps, storyOf
}

// Reports whose common tokens are alike meet in the sampled pairs; those
// that share one famous name among names of their own stories seldom do:
// pairing every holder of each common token, as grouping did before the
// bands, made most sampled pairs cross two stories (the famous name's
// 480 holders, 7 in 8 of their neighbours in another story).
func TestSampledPairsMeetAlikeReports(t *testing.T) {
	fps, storyOf := famousNameSet()
	g := NewGrouper()
	for _, fp := range fps {
		g.Add(fp)
	}
	ix := g.index(g.sortedByHash())
	pairs := ix.sampledPairs()
	cross := 0
	met := make([]int, len(ix.order))
	for _, p := range pairs {
		a, b := int32(p>>32), int32(p&0xffffffff)
		if a >= b {
			t.Fatalf("pair %d, %d out of order", a, b)
		}
		if storyOf[ix.g.docs[ix.order[a]].hash] != storyOf[ix.g.docs[ix.order[b]].hash] {
			cross++
		}
		met[a]++
		met[b]++
	}
	t.Logf("%d sampled pairs, %d across stories", len(pairs), cross)
	if len(pairs) == 0 || cross*10 > len(pairs) {
		t.Errorf("%d of %d sampled pairs cross two stories, want at most a tenth", cross, len(pairs))
	}
	for i, m := range met {
		// Each report holds 6 common tokens (its 4 names, 2 of them again
		// in its lead), joins at most one bucket for each and meets at
		// most 2*sampleWidth others in each bucket.
		if m > 2*sampleWidth*6 {
			t.Errorf("report %d meets %d others, more than pairing each of its 6 common tokens would", i, m)
		}
	}
	for s := range 8 {
		story := map[string]bool{}
		for h, o := range storyOf {
			if o == s {
				story[h] = true
			}
		}
		storyIsOneEvent(t, fps, story)
	}
}

// The buckets a report joins depend on its own tokens only, not on which
// other reports are grouped with it: grouping a store's new reports with
// a part of it (incremental grouping) puts them in the buckets the whole
// would.
func TestSampleKeysDoNotDependOnTheOthers(t *testing.T) {
	fps, storyOf := famousNameSet()
	keysOf := func(fps []Fingerprint) map[string][]uint64 {
		g := NewGrouper()
		for _, fp := range fps {
			g.Add(fp)
		}
		ix := g.index(g.sortedByHash())
		keys := ix.newSampleKeys()
		out := map[string][]uint64{}
		for a := range ix.order {
			out[ix.g.docs[ix.order[a]].hash] = keys.of(int32(a), nil)
		}
		return out
	}
	all := keysOf(fps)
	var part []Fingerprint
	for _, fp := range slices.Backward(fps) { // another order of Add too
		if storyOf[fp.Hash] < 4 {
			part = append(part, fp)
		}
	}
	// Half the stories alone: the famous name and the stories' names are
	// still held by more than postingCap reports, so sampled in both.
	for h, keys := range keysOf(part) {
		if len(keys) == 0 || !slices.Equal(keys, all[h]) {
			t.Fatalf("report %s joins buckets %x in a part, %x in the whole", h, keys, all[h])
		}
	}
}

// sortMembers and sortPairs order as one sort of everything does, repeats
// (members of one bucket, pairs met twice) included, at sizes from a few
// to many members a spread.
func TestSampledSortsMatchOneSort(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	for _, size := range []int{0, 1, 7, 100, 5000} {
		members := make([]bucketMember, size)
		pairs := make([]uint64, size)
		for i := range members {
			key := r.Uint64() >> uint(r.Intn(3)*20) // many small keys: buckets of several
			if i > 0 && r.Intn(3) == 0 {
				key = members[r.Intn(i)].key
			}
			members[i] = bucketMember{key, r.Uint64() % 4, int32(r.Intn(50))}
			a := r.Intn(60)
			pairs[i] = uint64(a)<<32 | uint64(a+1+r.Intn(5))
		}
		want := slices.Clone(members)
		slices.SortFunc(want, func(x, y bucketMember) int {
			if c := cmpUint(x.key, y.key); c != 0 {
				return c
			}
			if c := cmpUint(x.shuffle, y.shuffle); c != 0 {
				return c
			}
			return int(x.pos - y.pos)
		})
		if got := sortMembers(slices.Clone(members)); !slices.Equal(got, want) {
			t.Fatalf("%d members sorted otherwise than by one sort", size)
		}
		wantPairs := slices.Compact(slices.Sorted(slices.Values(pairs)))
		if got := sortPairs(slices.Clone(pairs), 61); !slices.Equal(got, wantPairs) {
			t.Fatalf("%d pairs: got %d sorted, want %d", size, len(got), len(wantPairs))
		}
	}
}
