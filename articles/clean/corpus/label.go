package corpus

import (
	"sort"
	"strings"
	"unicode"
)

// Label marks each line true when its words belong to the true text main
// at that place. See Labeler for the method; Label is
// NewLabeler(main).Label(lines).
func Label(lines []string, main string) []bool {
	return NewLabeler(main).Label(lines)
}

// Labeler labels page lines against one true text. Build it once per page
// and reuse it for several converter variants of the same page; Label is
// safe for concurrent use.
//
// Method: the tokens of the truth (lower-cased word runs; CJK text split
// into single characters) are indexed by trigram. Each line of three or
// more tokens votes on offsets (truth position minus line position) with
// its trigrams; its best few offsets become candidate matches, scored by
// the number of line tokens they cover. A dynamic programme then keeps
// the chain of candidates, in page order and in increasing truth order
// without overlap, that covers the most tokens (with a tiny penalty for
// page distance, so compact chains win ties). A chained line is body when
// it covers at least half of its tokens, so a sentence repeated in a
// "related stories" block is labelled body only once. A line out of truth
// order (table columns read row by row) is body too when it covers at
// least half of its tokens and at most a fifth of the truth span it
// matches is already claimed by body lines. Lines that are not
// chained (short subheads in particular) are body when their tokens equal
// the truth tokens exactly at the current position of the truth gap
// between the neighbouring chained lines. Blank lines are never body.
type Labeler struct {
	vocab map[string]int32
	truth []int32
	index map[uint64][]int32
}

// maxTrigramHits drops trigrams that occur too often in the truth to
// locate anything.
const maxTrigramHits = 64

// NewLabeler indexes the true text main.
func NewLabeler(main string) *Labeler {
	l := &Labeler{vocab: map[string]int32{}, index: map[uint64][]int32{}}
	l.truth = l.ids(main, true)
	for i := 0; i+3 <= len(l.truth); i++ {
		k := tri(l.truth[i:])
		l.index[k] = append(l.index[k], int32(i))
	}
	return l
}

func tri(t []int32) uint64 {
	return uint64(t[0])<<42 | uint64(t[1])<<21 | uint64(t[2])
}

// ids turns text into token ids. Unknown tokens get fresh ids only when
// add is true; otherwise they map to -1 (never matching the truth).
func (l *Labeler) ids(s string, add bool) []int32 {
	toks := labelTokens(s)
	out := make([]int32, len(toks))
	for i, t := range toks {
		id, ok := l.vocab[t]
		if !ok {
			if add {
				id = int32(len(l.vocab))
				l.vocab[t] = id
			} else {
				id = -1
			}
		}
		out[i] = id
	}
	return out
}

// labelTokens is Tokens with runs of CJK characters split into single
// characters, so that lines in scripts without spaces can be aligned.
func labelTokens(s string) []string {
	toks := Tokens(s)
	var out []string
	for _, t := range toks {
		if !hasCJK(t) {
			out = append(out, t)
			continue
		}
		start := 0
		for i, r := range t {
			if isCJK(r) {
				if start < i {
					out = append(out, t[start:i])
				}
				out = append(out, string(r))
				start = i + len(string(r))
			}
		}
		if start < len(t) {
			out = append(out, t[start:])
		}
	}
	return out
}

func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) ||
		unicode.Is(unicode.Thai, r)
}

func hasCJK(t string) bool {
	for _, r := range t {
		if r >= 0x0e00 && isCJK(r) {
			return true
		}
	}
	return false
}

// match is one candidate placement of a line in the truth.
type match struct {
	line       int
	start, end int // truth token range [start, end)
	covered    int
	score      float64
	prev       int // index of the previous match in the chain, -1 if none
}

// pageEps is the chain penalty per page line between chained lines.
const pageEps = 0.002

// Label returns one flag per line: true for article body.
func (l *Labeler) Label(lines []string) []bool {
	out := make([]bool, len(lines))
	n := len(l.truth)
	if n == 0 || len(lines) == 0 {
		return out
	}
	toks := make([][]int32, len(lines))
	for i, s := range lines {
		if strings.TrimSpace(s) != "" {
			toks[i] = l.ids(s, false)
		}
	}

	// Candidates and the chain, line by line, with a Fenwick tree of the
	// best chain value ending at or before each truth position.
	var ms []match
	top := -1
	tree := newMaxTree(n + 1)
	votes := map[int]int{}
	cover := []bool{}
	for li, t := range toks {
		if len(t) < 3 {
			continue
		}
		cands := l.candidates(t, votes, &cover, li)
		first := len(ms)
		for _, c := range cands {
			best, bi := tree.query(c.start + 3) // allow a small overlap
			c.prev = -1
			c.score = float64(c.covered)
			if link := best - pageEps*float64(li); bi >= 0 && link > 0 {
				c.score += link
				c.prev = bi
			}
			if top < 0 || c.score > ms[top].score {
				top = len(ms)
			}
			ms = append(ms, c)
		}
		for i := first; i < len(ms); i++ {
			tree.update(ms[i].end, ms[i].score+pageEps*float64(li), i)
		}
	}
	chain := []int{}
	if top >= 0 {
		for i := top; i >= 0; i = ms[i].prev {
			chain = append(chain, i)
		}
	}
	sort.Slice(chain, func(a, b int) bool { return ms[chain[a]].line < ms[chain[b]].line })
	chained := map[int]bool{}
	for _, i := range chain {
		out[ms[i].line] = true
		chained[ms[i].line] = true
	}

	// Lines out of truth order (table columns read row by row, boxes
	// placed elsewhere): accept a line's candidate when the truth it
	// covers is still mostly unclaimed by body lines.
	claimed := make([]bool, n)
	for _, i := range chain {
		for p := ms[i].start; p < ms[i].end; p++ {
			claimed[p] = true
		}
	}
	rest := make([]int, 0, len(ms))
	for i := range ms {
		if !chained[ms[i].line] {
			rest = append(rest, i)
		}
	}
	sort.SliceStable(rest, func(a, b int) bool { return ms[rest[a]].covered > ms[rest[b]].covered })
	for _, i := range rest {
		m := ms[i]
		if out[m.line] {
			continue
		}
		taken := 0
		for p := m.start; p < m.end; p++ {
			if claimed[p] {
				taken++
			}
		}
		if taken*5 > m.end-m.start {
			continue
		}
		out[m.line] = true
		for p := m.start; p < m.end; p++ {
			claimed[p] = true
		}
	}

	// Unchained lines in the gaps: exact continuation of the truth.
	prevLine, prevEnd := -1, 0
	for ci := 0; ci <= len(chain); ci++ {
		nextLine, nextStart := len(lines), n
		if ci < len(chain) {
			nextLine, nextStart = ms[chain[ci]].line, ms[chain[ci]].start
		}
		if prevLine < 0 {
			// Before the first chained line: walk backwards from it.
			cur := nextStart
			for k := nextLine - 1; k >= 0; k-- {
				t := toks[k]
				if len(t) == 0 || len(t) > cur || out[k] {
					continue
				}
				if equalIDs(l.truth[cur-len(t):cur], t) {
					out[k] = true
					cur -= len(t)
				}
			}
		} else {
			cur := prevEnd
			for k := prevLine + 1; k < nextLine; k++ {
				t := toks[k]
				if len(t) == 0 || out[k] {
					continue
				}
				for q := cur; q <= cur+3 && q+len(t) <= nextStart; q++ {
					if equalIDs(l.truth[q:q+len(t)], t) {
						out[k] = true
						cur = q + len(t)
						break
					}
				}
			}
		}
		if ci < len(chain) {
			prevLine, prevEnd = ms[chain[ci]].line, ms[chain[ci]].end
		}
	}
	return out
}

// candidates returns up to four placements of line tokens t that cover at
// least half of them.
func (l *Labeler) candidates(t []int32, votes map[int]int, cover *[]bool, li int) []match {
	clear(votes)
	for j := 0; j+3 <= len(t); j++ {
		if t[j] < 0 || t[j+1] < 0 || t[j+2] < 0 {
			continue
		}
		hits := l.index[tri(t[j:])]
		if len(hits) > maxTrigramHits {
			continue
		}
		for _, p := range hits {
			votes[int(p)-j]++
		}
	}
	if len(votes) == 0 {
		return nil
	}
	type ov struct{ off, n int }
	offs := make([]ov, 0, len(votes))
	for o, c := range votes {
		offs = append(offs, ov{o, c})
	}
	sort.Slice(offs, func(a, b int) bool {
		if offs[a].n != offs[b].n {
			return offs[a].n > offs[b].n
		}
		return offs[a].off < offs[b].off
	})
	w := 3 + len(t)/10
	var out []match
	for _, o := range offs {
		if len(out) == 4 || o.n*2 < offs[0].n {
			break
		}
		dup := false
		for _, m := range out {
			if abs(m.start-o.off) <= w && m.line == li {
				dup = true
			}
		}
		if dup {
			continue
		}
		// Cover the tokens of every trigram placed near this offset.
		if cap(*cover) < len(t) {
			*cover = make([]bool, len(t))
		}
		cv := (*cover)[:len(t)]
		clear(cv)
		start, end := -1, -1
		for j := 0; j+3 <= len(t); j++ {
			if t[j] < 0 || t[j+1] < 0 || t[j+2] < 0 {
				continue
			}
			hits := l.index[tri(t[j:])]
			if len(hits) > maxTrigramHits {
				continue
			}
			// The hit nearest to where the offset puts this trigram.
			bp, bd := -1, w+1
			for _, p := range hits {
				if d := abs(int(p) - j - o.off); d < bd {
					bp, bd = int(p), d
				}
			}
			if bp < 0 {
				continue
			}
			cv[j], cv[j+1], cv[j+2] = true, true, true
			if start < 0 || bp < start {
				start = bp
			}
			if bp+3 > end {
				end = bp + 3
			}
		}
		covered := 0
		for _, c := range cv {
			if c {
				covered++
			}
		}
		if covered*2 < len(t) || start < 0 {
			continue
		}
		out = append(out, match{line: li, start: start, end: end, covered: covered})
	}
	return out
}

func equalIDs(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// maxTree is a Fenwick tree of prefix maxima over truth end positions,
// remembering which match holds each maximum.
type maxTree struct {
	val []float64
	idx []int
}

func newMaxTree(n int) *maxTree {
	t := &maxTree{val: make([]float64, n+1), idx: make([]int, n+1)}
	for i := range t.idx {
		t.idx[i] = -1
	}
	return t
}

// update records value v for match i ending at truth position pos.
func (t *maxTree) update(pos int, v float64, i int) {
	for p := pos + 1; p < len(t.val); p += p & -p {
		if t.idx[p] < 0 || v > t.val[p] {
			t.val[p], t.idx[p] = v, i
		}
	}
}

// query returns the best value among matches ending at or before pos.
func (t *maxTree) query(pos int) (float64, int) {
	best, bi := 0.0, -1
	if pos >= len(t.val)-1 {
		pos = len(t.val) - 2
	}
	for p := pos + 1; p > 0; p -= p & -p {
		if t.idx[p] >= 0 && (bi < 0 || t.val[p] > best) {
			best, bi = t.val[p], t.idx[p]
		}
	}
	return best, bi
}
