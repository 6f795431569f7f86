package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"reader/articles"
)

// EventSummary is one entry of the story list: an event with the summaries
// of its articles. An article that belongs to no stored event is an event of
// one, with ID "a" + its article ID.
type EventSummary struct {
	ID       string
	Title    string
	From, To time.Time
	Sources  []string
	Related  []string
	Articles []Summary
}

// Mentions reports whether the event's headline, or one of its articles'
// titles or outlets, contains needle, which must be lower case.
func (e EventSummary) Mentions(needle string) bool {
	return strings.Contains(e.SearchText(), needle)
}

// SearchText is what Mentions looks in: the headline, titles and outlets,
// lower case, NUL-separated (so no match of typed text spans two of them). A list that
// filters as the user types keeps it rather than rebuilding it per key.
func (e EventSummary) SearchText() string {
	var b strings.Builder
	b.WriteString(strings.ToLower(e.Title))
	for _, a := range e.Articles {
		b.WriteString("\x00" + strings.ToLower(a.Title) + "\x00" + strings.ToLower(a.Source))
	}
	return b.String()
}

// Events lists the events whose articles pass the filter (an event shows
// only its matching articles), newest first.
func (s *Store) Events(ctx context.Context, f Filter) ([]EventSummary, error) {
	sums, err := s.Summaries(ctx, f)
	if err != nil {
		return nil, err
	}
	meta, err := s.eventMeta(ctx, `SELECT id, title, date_from, date_to, sources, related FROM events`)
	if err != nil {
		return nil, err
	}
	return assembleEvents(sums, meta), nil
}

// FirstEvents lists the n newest events of the unfiltered list, exactly as
// Events begins it, reading only their articles, so a large store can
// show its first screen at once while Events reads the rest. complete is
// true when the result is the whole list.
func (s *Store) FirstEvents(ctx context.Context, n int) (events []EventSummary, complete bool, err error) {
	keys, more, err := s.newestEventKeys(ctx, n)
	if err != nil {
		return nil, false, err
	}
	var eventIDs []any
	var articleIDs []any
	for _, k := range keys {
		if id, single := singletonID(k); single {
			articleIDs = append(articleIDs, id)
		} else {
			eventIDs = append(eventIDs, k)
		}
	}
	q := `SELECT ` + summaryColumns("articles") + ` FROM articles WHERE event_id IN (` + placeholders(len(eventIDs)) + `)
		OR (event_id IS NULL AND id IN (` + placeholders(len(articleIDs)) + `))
		ORDER BY published IS NULL, published DESC, id`
	sums, err := s.querySummaries(ctx, q, append(eventIDs, articleIDs...)...)
	if err != nil {
		return nil, false, err
	}
	meta, err := s.eventMeta(ctx, `SELECT id, title, date_from, date_to, sources, related FROM events WHERE id IN (`+placeholders(len(eventIDs))+`)`, eventIDs...)
	if err != nil {
		return nil, false, err
	}
	return assembleEvents(sums, meta), !more, nil
}

// newestEventKeys walks the articles in list order (the dated ones newest
// first along the articles_order index, then the undated ones) until it
// has met n distinct events, and says whether any article was left unread.
func (s *Store) newestEventKeys(ctx context.Context, n int) ([]string, bool, error) {
	seen := map[string]bool{}
	var keys []string
	for _, q := range []string{
		`SELECT id, coalesce(event_id, '') FROM articles WHERE published IS NOT NULL ORDER BY published DESC, id`,
		`SELECT id, coalesce(event_id, '') FROM articles WHERE published IS NULL ORDER BY id`,
	} {
		more, err := s.walkEventKeys(ctx, q, n, seen, &keys)
		if err != nil || more {
			return keys, more, err
		}
	}
	return keys, false, nil
}

func (s *Store) walkEventKeys(ctx context.Context, q string, n int, seen map[string]bool, keys *[]string) (bool, error) {
	rows, err := s.db.QueryContext(ctx, q)
	if err != nil {
		return false, fmt.Errorf("list events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var eventID string
		if err := rows.Scan(&id, &eventID); err != nil {
			return false, fmt.Errorf("list events: %w", err)
		}
		if eventID == "" {
			eventID = "a" + strconv.FormatInt(id, 10)
		}
		if seen[eventID] {
			continue
		}
		if len(*keys) == n {
			return true, nil
		}
		seen[eventID] = true
		*keys = append(*keys, eventID)
	}
	return false, rows.Err()
}

func placeholders(n int) string {
	if n == 0 {
		return "NULL"
	}
	return "?" + strings.Repeat(", ?", n-1)
}

// assembleEvents groups summaries (in list order) into their events, with
// the stored headline, dates and sources of each, newest event first.
func assembleEvents(sums []Summary, meta map[string]EventSummary) []EventSummary {
	byID := map[string]*EventSummary{}
	var order []string
	for _, sum := range sums {
		id := sum.EventID
		if id == "" {
			id = "a" + strconv.FormatInt(sum.ID, 10)
		}
		ev, ok := byID[id]
		if !ok {
			ev = &EventSummary{ID: id, Title: sum.Title, From: sum.Published, To: sum.Published}
			if sum.Source != "" {
				ev.Sources = []string{sum.Source}
			}
			if m, ok := meta[id]; ok {
				ev.Title, ev.From, ev.To, ev.Sources, ev.Related = m.Title, m.From, m.To, m.Sources, m.Related
			}
			byID[id] = ev
			order = append(order, id)
		}
		ev.Articles = append(ev.Articles, sum)
	}
	out := make([]EventSummary, 0, len(order))
	for _, id := range order {
		out = append(out, *byID[id])
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].To, out[j].To
		if a.IsZero() != b.IsZero() {
			return !a.IsZero()
		}
		return a.After(b)
	})
	return out
}

func (s *Store) eventMeta(ctx context.Context, q string, args ...any) (map[string]EventSummary, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	defer rows.Close()
	out := map[string]EventSummary{}
	for rows.Next() {
		var e EventSummary
		var from, to sql.NullString
		var sources, related string
		if err := rows.Scan(&e.ID, &e.Title, &from, &to, &sources, &related); err != nil {
			return nil, fmt.Errorf("list events: %w", err)
		}
		e.From, e.To = parseTime(from), parseTime(to)
		_ = json.Unmarshal([]byte(sources), &e.Sources)
		_ = json.Unmarshal([]byte(related), &e.Related)
		out[e.ID] = e
	}
	return out, rows.Err()
}

// EventArticles loads the whole articles of one event (an "a<ID>" event is
// the single article), for the comparison.
func (s *Store) EventArticles(ctx context.Context, eventID string) ([]articles.Article, error) {
	var rows *sql.Rows
	var err error
	if id, ok := singletonID(eventID); ok {
		rows, err = s.db.QueryContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = ?`, id)
	} else {
		rows, err = s.db.QueryContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE event_id = ? ORDER BY id`, eventID)
	}
	if err != nil {
		return nil, fmt.Errorf("event %s: %w", eventID, err)
	}
	defer rows.Close()
	var out []articles.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("event %s: %w", eventID, err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("event %s: %w", eventID, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("event %s: %w", eventID, ErrNotFound)
	}
	return out, nil
}

func singletonID(eventID string) (int64, bool) {
	if len(eventID) < 2 || eventID[0] != 'a' {
		return 0, false
	}
	id, err := strconv.ParseInt(eventID[1:], 10, 64)
	return id, err == nil
}
