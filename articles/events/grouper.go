package events

import (
	"encoding/binary"
	"reader/articles"
	"strings"
	"time"
)

// The kinds of token a fingerprint holds, in the order grouping visits
// them; each kind has its own ID space, so a name and a term spelt alike
// are different tokens.
const (
	kindName uint8 = iota
	kindNumber
	kindTerm
	kindLead
	kindCount // a small count, from the numbers: weaker than other figures
	numKinds
)

// kindWeights is the weight of each kind of token, by kind.
var kindWeights = [numKinds]float64{weightName, weightNumber, weightTerm, weightLead, weightCount}

// entityKind reports whether a kind says the same in every language:
// names and figures, not words.
func entityKind(k uint8) bool { return k != kindTerm }

// tokenKind is the kind of a token of fingerprint list k (names,
// numbers, terms or lead): a small count or a duration ("three days") is a
// kind of its own, weaker than other figures, and no evidence in the
// lead. ok is false for a token grouping leaves out: a year.
func tokenKind(k uint8, t string) (kind uint8, ok bool) {
	if strings.HasPrefix(t, "y:") { // a year, as fingerprints stored before years were dropped give
		return 0, false
	}
	if !strings.HasPrefix(t, "c:") && !strings.HasPrefix(t, "d:") {
		return k, true
	}
	return kindCount, k == kindNumber
}

// tokenChunk is how many bytes one block of a Grouper's token store holds;
// a document's tokens never straddle two blocks.
const tokenChunk = 1 << 18

// groupDoc is what grouping keeps of one fingerprint: the fields events
// are built from, and its tokens as vocabulary IDs.
type groupDoc struct {
	hash, title, source string
	lang                string // ISO 639-1, "" when unknown
	published           time.Time
	titleDerived        bool
	// tokens are the IDs of the distinct tokens in the order grouping
	// visits them (names, numbers, terms, then lead, each list in its own
	// order), as uvarints: tokens seen early, the common ones, take a byte
	// or two.
	tokens []byte
}

// Grouper collects fingerprints one at a time, keeping only what grouping
// needs: each token is turned into an int32 ID from a shared vocabulary as
// it arrives, so the fingerprint's string slices are not retained. Events
// then groups everything added, exactly as GroupEvents would.
//
// The zero Grouper is ready to use; a Grouper is not safe for concurrent
// use.
type Grouper struct {
	ids     [numKinds]map[string]int32 // token -> ID, per kind
	vocab   []string                   // ID -> token
	kindOf  []uint8                    // ID -> kind
	lastDoc []int32                    // ID -> 1 + the last document that held it
	docs    []groupDoc
	// repeats holds, for documents whose names or terms list one token
	// more than once, the IDs of those extra occurrences: event titles
	// count every occurrence.
	repeats map[int32][]int32
	sources map[string]string // each outlet's name and language stored once
	chunk   []byte            // the block new documents' tokens go into
	scratch []int32
	corpus  *corpus // the whole set these documents are part of; nil: they are all of it
}

// NewGrouper returns an empty Grouper.
func NewGrouper() *Grouper {
	g := &Grouper{}
	g.init()
	return g
}

// init makes the maps Add needs; Events lets go of the token maps, and
// they are rebuilt from the vocabulary here if more is added.
func (g *Grouper) init() {
	if g.ids[0] == nil {
		for k := range g.ids {
			g.ids[k] = map[string]int32{}
		}
		for id, t := range g.vocab {
			g.ids[g.kindOf[id]][t] = int32(id)
		}
	}
	if g.sources == nil {
		g.sources = map[string]string{}
	}
}

// Len is the number of fingerprints added.
func (g *Grouper) Len() int { return len(g.docs) }

// Add adds one fingerprint. Its token lists are not retained: only their
// IDs, and copies of the hash, title and outlet, are kept.
func (g *Grouper) Add(fp Fingerprint) {
	g.init()
	doc := int32(len(g.docs))
	lists := [...][]string{fp.Names, fp.Numbers, fp.Terms, fp.Lead}
	toks := g.scratch[:0]
	for l, list := range lists {
		for _, t := range list {
			k, ok := tokenKind(uint8(l), t)
			if !ok {
				continue
			}
			id, ok := g.ids[k][t]
			if !ok {
				t = strings.Clone(t)
				id = int32(len(g.vocab))
				g.ids[k][t] = id
				g.vocab = append(g.vocab, t)
				g.kindOf = append(g.kindOf, k)
				g.lastDoc = append(g.lastDoc, 0)
			}
			if g.lastDoc[id] == doc+1 { // listed twice
				if k == kindName || k == kindTerm {
					if g.repeats == nil {
						g.repeats = map[int32][]int32{}
					}
					g.repeats[doc] = append(g.repeats[doc], id)
				}
				continue
			}
			g.lastDoc[id] = doc + 1
			toks = append(toks, id)
		}
	}
	g.scratch = toks
	lang, ok := g.sources[fp.Lang]
	if !ok {
		lang = strings.Clone(fp.Lang)
		g.sources[lang] = lang
	}
	source, ok := g.sources[fp.Source]
	if !ok {
		source = strings.Clone(fp.Source)
		g.sources[source] = source
	}
	g.docs = append(g.docs, groupDoc{
		hash:         strings.Clone(fp.Hash),
		title:        strings.Clone(fp.Title),
		source:       source,
		lang:         lang,
		published:    fp.Published,
		titleDerived: fp.TitleDerived,
		tokens:       g.store(toks),
	})
}

// store encodes a document's tokens into the current block, starting a
// new block when they may not fit, so documents share few large
// allocations.
func (g *Grouper) store(toks []int32) []byte {
	if len(toks) == 0 {
		return nil
	}
	if need := len(toks) * binary.MaxVarintLen32; cap(g.chunk)-len(g.chunk) < need {
		g.chunk = make([]byte, 0, max(tokenChunk, need))
	}
	n := len(g.chunk)
	for _, t := range toks {
		g.chunk = binary.AppendUvarint(g.chunk, uint64(t))
	}
	return g.chunk[n:len(g.chunk):len(g.chunk)]
}

// appendTokens appends the document's token IDs to buf, in the order they
// were stored.
func (d *groupDoc) appendTokens(buf []int32) []int32 {
	for p := d.tokens; len(p) > 0; {
		v, n := binary.Uvarint(p)
		buf = append(buf, int32(v))
		p = p[n:]
	}
	return buf
}

// Events groups every fingerprint added so far into events: exactly what
// GroupEvents returns for them, whatever order they were added in (short
// of two fingerprints with the same hash, which are taken in the order
// added). The Grouper is left as it was, so more can be added afterwards.
func (g *Grouper) Events() []articles.Event {
	g.ids = [numKinds]map[string]int32{} // Events needs only the vocabulary
	order := g.sortedByHash()
	ix := g.index(order)
	pairs := scorePairs(ix)
	clusters := cluster(ix, pairs)
	df := ix.vocabDF()
	ix = nil // the index is large; what follows needs only the pairs
	return buildEvents(g, order, clusters, pairs, df)
}
