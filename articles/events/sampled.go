package events

import (
	"math"
	"math/bits"
	"slices"
)

// A token held by more than postingCap reports is not paired in full: it
// is a big story's name or figure, or a name of the times shared by many
// stories. Reports holding such tokens are put in buckets by MinHash
// bands over the set of those tokens they hold: two reports land in one
// bucket of a band when the least hash of their sets agrees on each of
// the band's rows, which is likely when the sets are alike (the reports
// of one big story hold its name, its place and its figures) and
// unlikely when they share one common name among others. Each bucket's
// reports are then paired with sampleWidth others, in an order shuffled
// by hash, so a big story's reports meet a few of each other in each
// band, which links the story as a whole without comparing every pair,
// and the reports that merely share a famous name meet seldom. Before the
// bands, each token had its reports paired: at 100k generated reports,
// 1.51M sampled pairs, most of them unrelated, and the most of grouping's
// time.
const (
	sampleBands = 8 // bands of MinHash rows: a report is in one bucket a band
	sampleRows  = 2 // rows a band: how alike two reports' sets must be to meet
)

// sampledPairs returns the pairs the buckets make, as a<<32|b with a < b,
// sorted, each once.
func (ix *groupIndex) sampledPairs() []uint64 {
	keys := ix.newSampleKeys()
	// Counted first: at 100k generated reports the buckets hold 0.67M
	// members, and growing the slice to them took a sixth of grouping.
	total := 0
	for a := int32(0); int(a) < len(ix.order); a++ {
		total += keys.count(a)
	}
	members := make([]bucketMember, 0, total)
	docHash := ix.docHashes()
	var buf []uint64
	for a := int32(0); int(a) < len(ix.order); a++ {
		buf = keys.of(a, buf[:0])
		if len(buf) == 0 {
			continue
		}
		h := docHash[ix.order[a]]
		for _, key := range buf {
			members = append(members, bucketMember{key, mix(key ^ h), a})
		}
	}
	members = sortMembers(members)
	out := make([]uint64, 0, sampleWidth*len(members))
	for start := 0; start < len(members); {
		end := start + 1
		for end < len(members) && members[end].key == members[start].key {
			end++
		}
		ring := members[start:end]
		start = end
		if len(ring) < 2 {
			continue
		}
		for k, m := range ring {
			for w := 1; w <= sampleWidth && w < len(ring); w++ {
				a, b := m.pos, ring[(k+w)%len(ring)].pos
				out = append(out, uint64(min(a, b))<<32|uint64(max(a, b)))
			}
		}
	}
	return sortPairs(out, len(ix.order))
}

// bucketMember is a report in a bucket: the bucket's key, the report's
// place in the bucket's shuffled order, and its position.
type bucketMember struct {
	key, shuffle uint64
	pos          int32
}

// sortMembers orders members by key, then shuffle, then position. They
// are first spread by the top bits of their keys (hashes, so evenly),
// then each few sorted: at 100k reports one sort of all of them took a
// tenth of the sampling.
func sortMembers(members []bucketMember) []bucketMember {
	shift := 64 - min(16, max(1, bits.Len(uint(len(members)/8))))
	count := make([]int32, 1<<(64-shift)+1)
	for _, m := range members {
		count[m.key>>shift+1]++
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	out := make([]bucketMember, len(members))
	fill := slices.Clone(count)
	for _, m := range members {
		out[fill[m.key>>shift]] = m
		fill[m.key>>shift]++
	}
	for i := 0; i+1 < len(count); i++ {
		slices.SortFunc(out[count[i]:count[i+1]], func(x, y bucketMember) int {
			switch {
			case x.key != y.key:
				return cmpUint(x.key, y.key)
			case x.shuffle != y.shuffle:
				return cmpUint(x.shuffle, y.shuffle)
			}
			return int(x.pos - y.pos)
		})
	}
	return out
}

// sortPairs sorts pairs a<<32|b of positions below n and drops repeats:
// spread by a, then each a's few sorted.
func sortPairs(pairs []uint64, n int) []uint64 {
	start := make([]int32, n+1)
	for _, p := range pairs {
		start[p>>32+1]++
	}
	for i := 1; i <= n; i++ {
		start[i] += start[i-1]
	}
	sorted := make([]uint64, len(pairs))
	fill := slices.Clone(start[:n])
	for _, p := range pairs {
		sorted[fill[p>>32]] = p
		fill[p>>32]++
	}
	out := sorted[:0]
	for a := range n {
		list := sorted[start[a]:start[a+1]]
		slices.Sort(list)
		out = append(out, slices.Compact(list)...)
	}
	return out
}

// sampleKeys finds the buckets of reports.
type sampleKeys struct {
	ix     *groupIndex
	limit  int      // the most holders a sampled token may have
	hashes []uint64 // grouping ID -> hash of its token; 0 until needed
}

func (ix *groupIndex) newSampleKeys() *sampleKeys {
	return &sampleKeys{ix: ix, limit: maxSampled(len(ix.order)), hashes: make([]uint64, len(ix.df))}
}

// count is how many buckets the report at position a joins: as many as
// the sampled tokens it holds, up to sampleBands.
func (k *sampleKeys) count(a int32) int {
	held := 0
	for _, t := range k.ix.tokens(a) {
		if k.sampled(t) {
			held++
		}
	}
	return min(held, sampleBands)
}

// sampled: whether grouping ID t is sampled rather than paired in full.
func (k *sampleKeys) sampled(t int32) bool {
	c, kind := int(k.ix.df[t]), k.ix.kind[t]
	return c > postingCap && c <= k.limit && entityKind(kind) && kind != kindCount
}

// of appends the keys of the buckets the report at position a joins: one
// a band, in as many bands as it holds sampled tokens, up to sampleBands,
// so it meets at most as many others as when each token paired its
// reports (one token is one bucket, the token's, whatever the band). The
// keys depend on the report's tokens alone, not on the other reports.
func (k *sampleKeys) of(a int32, out []uint64) []uint64 {
	var mins [sampleBands * sampleRows]uint64
	for i := range mins {
		mins[i] = math.MaxUint64
	}
	held := 0
	for _, t := range k.ix.tokens(a) {
		if !k.sampled(t) {
			continue
		}
		h := k.hashes[t]
		if h == 0 {
			h = tokenHash(k.ix.g.vocab[k.ix.vocabID[t]], k.ix.kind[t])
			k.hashes[t] = h
		}
		held++
		for i := range mins {
			mins[i] = min(mins[i], mix(h+uint64(i)*0x9e3779b97f4a7c15))
		}
	}
	for b := range min(held, sampleBands) {
		key := uint64(b)
		for r := range sampleRows {
			key = mix(key ^ mins[b*sampleRows+r])
		}
		out = append(out, key)
	}
	return out
}

// cmpUint orders two unsigned integers.
func cmpUint(x, y uint64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// tokenHash is a fixed hash of a token and its kind (FNV-1a, mixed).
func tokenHash(tok string, kind uint8) uint64 {
	h := uint64(14695981039346656037) ^ uint64(kind)
	for i := 0; i < len(tok); i++ {
		h ^= uint64(tok[i])
		h *= 1099511628211
	}
	return mix(h)
}

// docHashes is a fixed hash of each document, by its index in order of
// Add: its content hash, so the shuffle within a bucket does not depend
// on which other documents are grouped. They are worked out in the order
// the hashes were stored in: in order of position, each was two cache
// misses at 100k reports.
func (ix *groupIndex) docHashes() []uint64 {
	out := make([]uint64, len(ix.g.docs))
	for d := range ix.g.docs {
		out[d] = tokenHash(ix.g.docs[d].hash, 0)
	}
	return out
}

// maxSampled is the most reports a token may be held by and still be
// sampled: held by more, it is a name or figure of the times (a country,
// a big company), not of one story, however big. A story held by more than
// this is still linked through its other tokens.
func maxSampled(n int) int { return max(1024, n/64) }

// mix is the splitmix64 finaliser: a cheap, well-spread hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}
