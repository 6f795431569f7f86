package events

// candidateTable adds up what the report eachCandidate walks shares with
// each report it meets: a small hash table keyed by position, sized to
// the postings walked, so that it stays in the first-level cache. A slice
// of one slot a report, read at random, missed the cache for most of the
// 15M postings walked at 100k reports.
type candidateTable struct {
	slots   []candidateSum
	mask    uint32
	shift   uint32
	touched []int32 // the slots in use, in order of first use
}

// candidateSum is what eachCandidate adds up for a candidate pos of the
// report a it walks: the squared weight of the tokens they share (ent of
// it in names and figures, name in names), and then the lower bound of
// their similarity. used marks a slot in use.
type candidateSum struct {
	acc, ent, name, lower float64
	pos                   int32
	used                  bool
}

// reset empties the table for a report that walks at most n postings.
func (c *candidateTable) reset(n int) {
	for _, k := range c.touched {
		c.slots[k] = candidateSum{}
	}
	c.touched = c.touched[:0]
	size, bits := 16, uint32(4)
	for size < 2*n {
		size, bits = size*2, bits+1
	}
	if len(c.slots) < size {
		c.slots = make([]candidateSum, size)
	}
	c.mask, c.shift = uint32(size-1), 32-bits
}

// slot returns pos's slot, taking a free one the first time.
func (c *candidateTable) slot(pos int32) *candidateSum {
	k := (uint32(pos) * 0x9e3779b1) >> c.shift
	for {
		s := &c.slots[k]
		if !s.used {
			*s = candidateSum{pos: pos, used: true}
			c.touched = append(c.touched, int32(k))
			return s
		}
		if s.pos == pos {
			return s
		}
		k = (k + 1) & c.mask
	}
}

// has reports whether pos has a slot.
func (c *candidateTable) has(pos int32) bool {
	k := (uint32(pos) * 0x9e3779b1) >> c.shift
	for {
		s := &c.slots[k]
		if !s.used {
			return false
		}
		if s.pos == pos {
			return true
		}
		k = (k + 1) & c.mask
	}
}
