package ui

import "reader/store"

// Moving through the list by story: keeping the cursor on a story when
// the list is read again, and stepping to the next article or unread one.

// findRow is the row showing the article (on its own row when onArticle),
// else the event row of the event holding it, else the event's row, else
// the cursor's row number.
func (l listPane) findRow(eventID string, articleID int64, onArticle bool) int {
	best, bestScore := min(l.cursor, max(0, len(l.rows)-1)), 0
	for i, r := range l.rows {
		if r.related > 0 {
			continue // the related event has a row of its own
		}
		ev := l.events[r.event]
		score := 0
		switch {
		case articleID != 0 && r.article >= 0 && ev.Articles[r.article].ID == articleID:
			score = 3
			if onArticle {
				score = 4
			}
		case articleID != 0 && r.article < 0 && indexOfArticle(ev, articleID) >= 0:
			score = 3
		case r.article < 0 && ev.ID == eventID:
			score = 1
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

func indexOfArticle(ev store.EventSummary, id int64) int {
	for j, a := range ev.Articles {
		if a.ID == id {
			return j
		}
	}
	return -1
}

// OnArticleRow reports whether the cursor is on an article's own row
// (an expanded event's article, or a one-article event).
func (l listPane) OnArticleRow() bool {
	if l.cursor < 0 || l.cursor >= len(l.rows) {
		return false
	}
	r := l.rows[l.cursor]
	if r.related > 0 {
		return len(l.events[r.related-1].Articles) == 1
	}
	return r.article >= 0 || len(l.events[r.event].Articles) == 1
}

// Top puts the cursor on the first row.
func (l *listPane) Top() { l.cursor, l.offset = 0, 0 }

// SelectArticle moves to the next (dir 1) or previous (dir -1) article,
// going through the articles of an event one by one (opening it).
func (l *listPane) SelectArticle(dir int) {
	if len(l.rows) == 0 {
		return
	}
	r := l.rows[l.cursor]
	ev := l.events[r.event]
	at := max(0, r.article)
	if len(ev.Articles) > 1 && at+dir >= 0 && at+dir < len(ev.Articles) && (r.article >= 0 || dir > 0) {
		l.selectArticleOf(r.event, at+dir)
		return
	}
	next := l.cursor + dir
	for next >= 0 && next < len(l.rows) && l.rows[next].event == r.event {
		next += dir
	}
	if next < 0 || next >= len(l.rows) {
		return
	}
	nr := l.rows[next]
	if nev := l.events[nr.event]; dir < 0 && len(nev.Articles) > 1 {
		l.selectArticleOf(nr.event, len(nev.Articles)-1)
		return
	}
	l.cursor = next
	l.scrollToCursor()
}

// SelectUnread moves to the next (dir 1) or previous (dir -1) unread
// article in list order, opening its event when it is not the event's
// first; false when there is none that way.
func (l *listPane) SelectUnread(dir int) bool {
	if len(l.rows) == 0 {
		return false
	}
	type pos struct{ event, article int }
	var order []pos // every article of the listed events, in list order
	seen := map[int]bool{}
	for _, r := range l.rows {
		if seen[r.event] {
			continue
		}
		seen[r.event] = true
		for j := range l.events[r.event].Articles {
			order = append(order, pos{r.event, j})
		}
	}
	cur := l.rows[l.cursor]
	at := 0
	for i, p := range order {
		if p.event == cur.event && p.article == max(0, cur.article) {
			at = i
		}
	}
	for i := at + dir; i >= 0 && i < len(order); i += dir {
		p := order[i]
		if !l.events[p.event].Articles[p.article].Read {
			l.selectArticleOf(p.event, p.article)
			return true
		}
	}
	return false
}

// selectArticleOf puts the cursor on an article of an event: the event's
// row for a one-article event, else the article's row in the open event.
func (l *listPane) selectArticleOf(event, article int) {
	ev := l.events[event]
	if len(ev.Articles) > 1 && !l.expanded[ev.ID] {
		l.expanded[ev.ID] = true
		l.rebuild()
	}
	for i, r := range l.rows {
		if r.event == event && r.related == 0 && (r.article == article || len(ev.Articles) == 1 && r.article < 0) {
			l.cursor = i
			break
		}
	}
	l.scrollToCursor()
}
