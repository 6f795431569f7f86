package events

import (
	"encoding/binary"
	"math"
	"slices"
	"sort"

	"reader/articles"
)

// Grouping thresholds on the similarity of two reports (a weighted cosine
// of their rare names, figures and terms, 0..1, lowered by the days
// between them).
const (
	sameEventScore = 0.37 // at or above: the same happening
	relatedScore   = 0.20 // at or above: the same broad topic
	// mergeScore is the least mean similarity of the cross pairs of two
	// groups that merge: most of them must agree, not one link.
	mergeScore = 0.37
	// sameEventDays is how far apart two dated reports of one happening can
	// be; closer than that, each day apart after the first still lowers
	// their similarity.
	sameEventDays = 6
	// postingCap is how many reports a token pairs up in full: a token
	// held by more (a big story's names, or a common word) is sampled
	// instead (sampled.go): reports holding alike sets of such tokens
	// meet sampleWidth others in each of their MinHash buckets, so the
	// work stays near-linear and a story covered by hundreds of outlets
	// still has its reports linked.
	postingCap  = 48
	sampleWidth = 2
	// figureMismatch weighs two reports that each give figures but share
	// none of them: two happenings, more likely than one told twice.
	figureMismatch = 0.8
	// nameMismatch weighs two reports that each name people, places or
	// organisations but share none of them: one figure and a few words in
	// common do not make two companies' or two towns' stories one. On 10k
	// generated reports of realistic event sizes, 0.6 leaves 478 found
	// events mixing unrelated stories where 1 left 847, and the labelled
	// set's B-cubed F1 stays 1.0 (0.4: 0.989).
	nameMismatch = 0.6
	// uniqueWeight is the share of its squared weight a token held by one
	// report alone counts for in that report's norm.
	uniqueWeight = 0.1
	// minShared is the fewest names, figures and lead words two reports
	// must share to be scored on them: one number or one capitalised word
	// in common ties nothing, unless their words alone make them alike.
	// In the labelled sets every pair of reports of one event shares 3 or
	// more; of the 1,226 pairs of WCXB's dev pages (unrelated web
	// articles) that scored as related, 549 shared one or two. Nor is a
	// pair scored whose similarity rests on one token: without its
	// heaviest shared token it must keep half of relatedScore. That took a
	// living-room guide and a house-plant guide sharing "4 ft" apart, and
	// raised the generated sets' B-cubed F1 at 1k / 10k / 100k from 0.994
	// / 0.969 / 0.923 to 0.998 / 0.996 / 0.995.
	minShared = 3
	// crossSample bounds how many cross pairs a merge of two groups checks;
	// larger groups are checked on a sample.
	crossSample = 64
)

// token weights by kind: a shared name or figure says more than a word.
const (
	weightName   = 0.5
	weightNumber = 3.0
	weightCount  = 1.0
	weightTerm   = 0.1
	weightLead   = 1.5 // on top of its kind: shared in the leads, it is what happened
)

// GroupEvents groups fingerprints into events. Candidate pairs come from
// shared rare tokens (an inverted index; a token held by many reports is
// sampled instead of paired in full, so the work grows near-linearly with
// the number of reports), each candidate is scored on all it shares, and
// groups merge by average linkage: only when most of their cross pairs
// agree, which stops one report chaining two events together. The result
// does not depend on input order or file names. It is a Grouper fed the
// whole slice; callers that read fingerprints one at a time should use a
// Grouper.
func GroupEvents(fps []Fingerprint) []articles.Event {
	g := NewGrouper()
	g.docs = make([]groupDoc, 0, len(fps)) // grown by append, they were copied five times over
	for i := range fps {
		g.Add(fps[i])
	}
	return g.Events()
}

// sortedByHash lists the documents in order of hash. sort.Slice on an index
// in order of Add takes the same steps as on the fingerprints themselves.
// Hashes are compared on their first eight bytes, kept in one slice, and
// in full only when those are alike: the answer is the same, without
// reading two documents and their hashes, far apart at 100k documents,
// for every comparison.
func (g *Grouper) sortedByHash() []int32 {
	order := make([]int32, len(g.docs))
	prefix := make([]uint64, len(g.docs))
	for i := range order {
		order[i] = int32(i)
		prefix[i] = hashPrefix(g.docs[i].hash)
	}
	sort.Slice(order, func(i, j int) bool {
		x, y := order[i], order[j]
		if prefix[x] != prefix[y] {
			return prefix[x] < prefix[y]
		}
		return g.docs[x].hash < g.docs[y].hash
	})
	return order
}

// hashPrefix is the first eight bytes of s as a big-endian number, padded
// with zeros: when two strings' prefixes differ, they order the strings.
func hashPrefix(s string) uint64 {
	var b [8]byte
	copy(b[:], s)
	return binary.BigEndian.Uint64(b[:])
}

// groupIndex is the documents in hash order with their tokens renumbered
// in order of first appearance along that order, weighted by kind and
// rarity (IDF). Grouping IDs, not vocabulary IDs, fix the order in which
// scores are summed, so results do not depend on the order of Add.
type groupIndex struct {
	g      *Grouper
	order  []int32   // document of each position
	newID  []int32   // vocabulary ID -> grouping ID
	weight []float64 // grouping ID -> weight, the same in every article
	kind   []uint8   // grouping ID -> kind
	df     []int32   // grouping ID -> how many documents hold it
	// vocabID is each grouping ID's vocabulary ID: the token itself, the
	// same whichever documents are grouped together.
	vocabID []int32
	// The tokens of position i that another document shares, ascending,
	// are toks[tokStart[i]:tokStart[i+1]].
	toks, tokStart []int32
	stats          []reportStats // what scoring reads of each position
	rank           []rankStats   // what ranking candidates reads of each position
}

// rankStats is what eachCandidate reads of each report it meets, copied
// from reportStats: at 100k reports it meets 6.9M, and more of them stay
// in the cache at a third of the size.
type rankStats struct {
	norm, entNorm float64
	common        float64 // reportStats.common[0]
}

// reportStats is what scoring reads of one position, in one cache line:
// at 100k reports, kept in a slice each, they were a cache miss each for
// every pair scored.
type reportStats struct {
	// norm and entNorm are the vector length over all the shared tokens
	// and over the names and figures alone; crossNorm is the length of
	// the names and figures with the names weighed as crossNameBoost
	// says.
	norm, entNorm, crossNorm float64
	day                      float64 // publication day, NaN when unknown
	// common is the squared weight of the tokens held by more than
	// postingCap reports, over all of them, over names and figures alone
	// and over names alone: what the postings walk does not add up.
	common [3]float64
	lang   uint16 // language, numbered; 0 when unknown
	// figures counts the figures (amounts, percentages, measures and
	// large counts), those no other report has included; names the
	// names, alike.
	figures, names uint8
}

// index builds the groupIndex of the documents in the given order.
func (g *Grouper) index(order []int32) *groupIndex {
	ix := &groupIndex{g: g, order: order, newID: make([]int32, len(g.vocab))}
	for i := range ix.newID {
		ix.newID[i] = -1
	}
	var buf, vocabID []int32
	for _, d := range order {
		buf = g.docs[d].appendTokens(buf[:0])
		for _, t := range buf { // distinct within a document
			id := ix.newID[t]
			if id < 0 {
				id = int32(len(ix.df))
				ix.newID[t] = id
				ix.df = append(ix.df, 0)
				ix.kind = append(ix.kind, g.kindOf[t])
				vocabID = append(vocabID, t)
			}
			ix.df[id]++
		}
	}
	ix.vocabID = vocabID
	// Rarity is weighed over the whole set the documents are part of (see
	// UseCorpus); which tokens can pair two of them is the documents' own
	// matter.
	n := float64(g.corpusSize(len(order)))
	gdf := ix.df
	if g.corpus != nil {
		gdf = make([]int32, len(ix.df))
		for t, c := range ix.df {
			gdf[t] = g.globalDF(vocabID[t], c)
		}
	}
	ix.weight = make([]float64, len(ix.df))
	shared := 0 // token occurrences another report shares
	for t, c := range ix.df {
		ix.weight[t] = kindWeights[ix.kind[t]] * math.Log(1+n/float64(gdf[t]))
		if c >= 2 {
			shared += int(c)
		}
	}
	ix.toks = make([]int32, 0, shared)
	ix.tokStart = make([]int32, 1, len(order)+1)
	ix.stats = make([]reportStats, len(order))
	ix.rank = make([]rankStats, len(order))
	langs := map[string]uint16{"": 0}
	for i, d := range order {
		st := &ix.stats[i]
		l, ok := langs[g.docs[d].lang]
		if !ok {
			l = uint16(min(len(langs), math.MaxUint16))
			langs[g.docs[d].lang] = l
		}
		st.lang = l
		buf = g.docs[d].appendTokens(buf[:0])
		norm, ent, name := 0.0, 0.0, 0.0
		for _, t := range buf {
			id := ix.newID[t]
			if (ix.kind[id] == kindNumber || ix.kind[id] == kindCount) && st.figures < 255 {
				st.figures++
			}
			if ix.kind[id] == kindName && st.names < 255 {
				st.names++
			}
			w2 := ix.weight[id] * ix.weight[id]
			if ix.df[id] >= 2 {
				ix.toks = append(ix.toks, id)
			}
			if gdf[id] < 2 {
				// A token no other report has cannot match: it counts
				// in the norm, at uniqueWeight, so that what two reports
				// share is weighed against all they say, but the rare
				// words of a long report do not drown what it shares.
				// A small count of its own ("item 12") says nothing of
				// what a report is about and does not count.
				w2 *= uniqueWeight
				if ix.kind[id] == kindCount {
					w2 = 0
				}
			}
			norm += w2
			if entityKind(ix.kind[id]) {
				ent += w2
			}
			if ix.kind[id] == kindName {
				name += w2
			}
		}
		list := ix.toks[ix.tokStart[i]:]
		slices.Sort(list)
		ix.tokStart = append(ix.tokStart, int32(len(ix.toks)))
		st.common = ix.commonMass(list)
		st.norm, st.entNorm = math.Sqrt(norm), math.Sqrt(ent)
		st.crossNorm = math.Sqrt(st.entNorm*st.entNorm + crossNameBoost*name)
		ix.rank[i] = rankStats{st.norm, st.entNorm, st.common[0]}
		st.day = math.NaN()
		if p := g.docs[d].published; !p.IsZero() {
			st.day = float64(p.Unix()) / 86400
		}
	}
	return ix
}

// tokens returns the shared grouping IDs of the document at position i,
// ascending.
func (ix *groupIndex) tokens(i int32) []int32 {
	return ix.toks[ix.tokStart[i]:ix.tokStart[i+1]]
}

// vocabDF is how many documents hold each vocabulary ID.
func (ix *groupIndex) vocabDF() []int32 {
	df := make([]int32, len(ix.newID))
	for t, id := range ix.newID {
		if id >= 0 {
			df[t] = ix.df[id]
		}
	}
	return df
}
