package events

import (
	"slices"
)

// IndexVersion names the grouping method a store's token index and events
// were made with. A store whose index carries another version regroups in
// full once (and rebuilds its index) before it groups new reports one
// import at a time again; change it whenever grouping would place stored
// reports differently.
const IndexVersion = "11"

// TokenKey is one distinct token grouping weighs in a fingerprint, as a
// number a store can index: the store keeps how many reports hold each key
// (the rarity grouping weighs by) and, for candidate keys, which reports
// hold it, so a few new reports find the stored reports that may share
// their event without reading the others.
type TokenKey struct {
	Key int64
	// Candidate is set for names, figures and lead tokens: what two
	// reports of one event share. Words alone (terms) only weigh a pair
	// found through those.
	Candidate bool
	// Weight is what grouping weighs the token's kind by (a figure over
	// a name over a word), before its rarity.
	Weight float64
}

// TokenKeys appends fp's distinct tokens, as grouping sees them (years
// left out, small counts a kind of their own), to buf, sorted by key.
func TokenKeys(fp Fingerprint, buf []TokenKey) []TokenKey {
	start := len(buf)
	lists := [...][]string{fp.Names, fp.Numbers, fp.Terms, fp.Lead}
	for l, list := range lists {
		for _, t := range list {
			k, ok := tokenKind(uint8(l), t)
			if !ok {
				continue
			}
			buf = append(buf, TokenKey{Key: tokenKey(k, t), Candidate: candidateKind(k), Weight: kindWeights[k]})
		}
	}
	keys := buf[start:]
	slices.SortFunc(keys, func(a, b TokenKey) int {
		switch {
		case a.Key < b.Key:
			return -1
		case a.Key > b.Key:
			return 1
		}
		return 0
	})
	keys = slices.CompactFunc(keys, func(a, b TokenKey) bool { return a.Key == b.Key })
	return buf[:start+len(keys)]
}

// candidateKind: whether reports sharing a token of kind k are worth
// comparing: names, figures and the lead's, not words or small counts.
func candidateKind(k uint8) bool { return k != kindTerm && k != kindCount }

// tokenKey is the 63-bit FNV-1a hash of a token and its kind: among a
// store's few hundred thousand distinct tokens two collide about once in
// ten million stores.
func tokenKey(kind uint8, t string) int64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	h = (h ^ uint64(kind)) * prime
	for i := 0; i < len(t); i++ {
		h = (h ^ uint64(t[i])) * prime
	}
	return int64(h >> 1)
}

// corpus is what a Grouper knows of the reports it was not given: how many
// there are in all and how many hold each token, so that grouping a few
// reports with their neighbours weighs every token as grouping the whole
// store would.
type corpus struct {
	docs int
	df   map[int64]int32
}

// UseCorpus tells the Grouper it groups part of a larger set of docs
// reports, of which df[key] hold each token (keys as TokenKeys gives
// them; the added reports counted in). Rarity is then weighed over the
// whole set, so the part groups as it would among all of them. A token
// df does not list counts only the added reports holding it.
func (g *Grouper) UseCorpus(docs int, df map[int64]int32) {
	g.corpus = &corpus{docs: docs, df: df}
}

// globalDF is how many reports of the whole set hold vocabulary token id,
// at least local (those of the added reports holding it).
func (g *Grouper) globalDF(id int32, local int32) int32 {
	if g.corpus == nil {
		return local
	}
	return max(local, g.corpus.df[tokenKey(g.kindOf[id], g.vocab[id])])
}

// corpusSize is how many reports rarity is weighed over.
func (g *Grouper) corpusSize(local int) int {
	if g.corpus == nil {
		return local
	}
	return max(local, g.corpus.docs)
}
