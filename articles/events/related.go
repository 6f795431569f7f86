package events

import "slices"

// Related events are linked by their pairs of related reports, and also by
// a defining name they share: a name held by at least half the reports of
// each and by most of one, two of them at least on one side, and by few
// reports besides. (Two single pages sharing a name linked 4,589 pairs of
// WCXB's 790 unrelated dev pages; their events are linked no longer.) The same company's two stories on one day, or a
// follow-up told in other words, share their company's or their place's
// name while their reports differ too much to pair.
const (
	// maxNameEvents is the most events one name may link: a name that
	// defines more (a country, a news agency) is no sign of relation.
	maxNameEvents = 4
	// nameConcentration is the least share of a name's reports that the
	// events it links must hold.
	nameConcentration = 0.67
	// namedDays is how far apart two dated events linked by a name may
	// be: a follow-up, not an anniversary.
	namedDays = 31
)

// namedLinks returns the pairs of events (indexes into members, whose
// items are positions in order) that share a defining name, each pair
// once, smaller index first; df[t] is how many reports hold vocabulary
// ID t.
func namedLinks(gr *Grouper, order []int32, members [][]int, df []int32) [][2]int32 {
	var buf []int32
	count := make([]int32, len(gr.vocab)) // reports of the current event holding each name
	var touched []int32
	// An event is defined by a name half its reports hold; two events are
	// linked by it only when it is held by most reports of one of them.
	type defining struct {
		event, held int32
		most        bool
	}
	byName := map[int32][]defining{}
	for e, idx := range members {
		touched = touched[:0]
		for _, i := range idx {
			buf = gr.docs[order[i]].appendTokens(buf[:0])
			for _, t := range buf {
				if gr.kindOf[t] != kindName || df[t] < 2 {
					continue
				}
				if count[t] == 0 {
					touched = append(touched, t)
				}
				count[t]++
			}
		}
		for _, t := range touched {
			if int(count[t])*2 >= len(idx) && len(byName[t]) <= maxNameEvents {
				byName[t] = append(byName[t], defining{int32(e), count[t], int(count[t])*2 > len(idx)})
			}
			count[t] = 0
		}
	}
	var links [][2]int32
	for t, evs := range byName {
		if len(evs) < 2 || len(evs) > maxNameEvents {
			continue
		}
		held := int32(0)
		for _, d := range evs {
			held += d.held
		}
		if float64(held) < nameConcentration*float64(df[t]) {
			continue
		}
		for x := range evs {
			for y := x + 1; y < len(evs); y++ {
				if !evs[x].most && !evs[y].most {
					continue
				}
				if evs[x].held < 2 && evs[y].held < 2 {
					continue // one report each: a name two pages share defines neither
				}
				a, b := evs[x].event, evs[y].event
				links = append(links, [2]int32{min(a, b), max(a, b)})
			}
		}
	}
	sortLinks(links)
	return slices.Compact(links)
}

// sortLinks orders pairs of events by their first, then second index.
func sortLinks(links [][2]int32) {
	slices.SortFunc(links, func(p, q [2]int32) int {
		if p[0] != q[0] {
			return int(p[0] - q[0])
		}
		return int(p[1] - q[1])
	})
}
