package store

import (
	"context"
	"fmt"
)

// Event reads one event of the story list by its id, as Events lists it
// (all its articles, newest first), without reading the others: an "a<ID>"
// id is an article that belongs to no stored event. An id the list would
// not show is ErrNotFound.
func (s *Store) Event(ctx context.Context, id string) (EventSummary, error) {
	var sums []Summary
	var err error
	meta := map[string]EventSummary{}
	if articleID, single := singletonID(id); single {
		sums, err = s.querySummaries(ctx, `SELECT `+summaryColumns("articles")+` FROM articles
			WHERE id = ? AND event_id IS NULL`, articleID)
	} else {
		sums, err = s.querySummaries(ctx, `SELECT `+summaryColumns("articles")+` FROM articles
			WHERE event_id = ? ORDER BY published IS NULL, published DESC, id`, id)
		if err == nil && len(sums) > 0 {
			meta, err = s.eventMeta(ctx, `SELECT id, title, date_from, date_to, sources, related FROM events WHERE id = ?`, id)
		}
	}
	if err != nil {
		return EventSummary{}, fmt.Errorf("event %s: %w", id, err)
	}
	evs := assembleEvents(sums, meta)
	if len(evs) != 1 {
		return EventSummary{}, fmt.Errorf("event %s: %w", id, ErrNotFound)
	}
	return evs[0], nil
}
