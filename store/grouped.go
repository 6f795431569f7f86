package store

import (
	"context"
	"fmt"
)

// GroupingMarks count the groupings a store has written: full regroupings,
// which move any article, and incremental ones, which rewrite only the
// events they touch. A reader that remembers the marks its list was read
// at can take only what changed since (EventsGroupedSince), unless a full
// regrouping came between.
type GroupingMarks struct {
	Full, Local int64
}

// GroupingMarks reads the store's grouping marks.
func (s *Store) GroupingMarks(ctx context.Context) (GroupingMarks, error) {
	var m GroupingMarks
	err := s.db.QueryRowContext(ctx, `SELECT
		coalesce((SELECT CAST(value AS INTEGER) FROM state WHERE key = 'groupings'), 0),
		coalesce((SELECT CAST(value AS INTEGER) FROM state WHERE key = 'local_groupings'), 0)`).Scan(&m.Full, &m.Local)
	if err != nil {
		return m, fmt.Errorf("read grouping marks: %w", err)
	}
	return m, nil
}

// EventsGroupedSince lists, as Events would show them, the events that
// incremental groupings after local (a GroupingMarks.Local) wrote, with
// all their articles. Events they retired are not listed: their articles
// are in the ones that are.
func (s *Store) EventsGroupedSince(ctx context.Context, local int64) ([]EventSummary, error) {
	sums, err := s.querySummaries(ctx, `SELECT `+summaryColumns("articles")+` FROM articles
		WHERE event_id IN (SELECT id FROM events WHERE grouped > ?)
		ORDER BY published IS NULL, published DESC, id`, local)
	if err != nil {
		return nil, err
	}
	meta, err := s.eventMeta(ctx, `SELECT id, title, date_from, date_to, sources, related FROM events WHERE grouped > ?`, local)
	if err != nil {
		return nil, err
	}
	return assembleEvents(sums, meta), nil
}
