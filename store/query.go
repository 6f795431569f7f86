package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"reader/articles"
)

// Summary is what the story list shows of an article: no body, so the list
// stays cheap however large the store grows.
type Summary struct {
	ID           int64
	Hash         string
	File         string
	Title        string
	TitleDerived bool
	Source       string
	Lang         string
	Published    time.Time
	Words        int
	Read         bool
	Starred      bool
	EventID      string
}

// Filter narrows the story list. The zero Filter lists everything.
type Filter struct {
	UnreadOnly  bool
	StarredOnly bool
	Source      string // exact outlet name, "" for all
}

// summaryColumns lists, qualified by a table alias, what scanSummary reads.
func summaryColumns(alias string) string {
	cols := []string{"id", "hash", "file", "title", "title_derived", "source", "lang", "published", "words", "read", "starred"}
	for i, c := range cols {
		cols[i] = alias + "." + c
	}
	return strings.Join(cols, ", ") + ", coalesce(" + alias + ".event_id, '')"
}

func scanSummary(row interface{ Scan(...any) error }) (Summary, error) {
	var s Summary
	var pub sql.NullString
	err := row.Scan(&s.ID, &s.Hash, &s.File, &s.Title, &s.TitleDerived, &s.Source, &s.Lang, &pub,
		&s.Words, &s.Read, &s.Starred, &s.EventID)
	s.Published = parseTime(pub)
	return s, err
}

// Summaries lists the stored articles that pass the filter, newest first
// (articles with no known date last, in import order).
func (s *Store) Summaries(ctx context.Context, f Filter) ([]Summary, error) {
	var where []string
	var args []any
	if f.UnreadOnly {
		where = append(where, "read = 0")
	}
	if f.StarredOnly {
		where = append(where, "starred = 1")
	}
	if f.Source != "" {
		where = append(where, "source = ?")
		args = append(args, f.Source)
	}
	q := `SELECT ` + summaryColumns("articles") + ` FROM articles`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	q += ` ORDER BY published IS NULL, published DESC, id`
	return s.querySummaries(ctx, q, args...)
}

func (s *Store) querySummaries(ctx context.Context, q string, args ...any) ([]Summary, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	defer rows.Close()
	var out []Summary
	for rows.Next() {
		sum, err := scanSummary(rows)
		if err != nil {
			return nil, fmt.Errorf("list articles: %w", err)
		}
		out = append(out, sum)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	return out, nil
}

// Article loads one whole article, body and removed lines included.
func (s *Store) Article(ctx context.Context, id int64) (articles.Article, error) {
	row := s.db.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = ?`, id)
	a, err := scanArticle(row)
	if err == sql.ErrNoRows {
		return articles.Article{}, fmt.Errorf("article %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return articles.Article{}, fmt.Errorf("article %d: %w", id, err)
	}
	return a, nil
}

const articleColumns = `hash, file, raw, title, title_derived, source, author, url, lang, published, body, removed`

func scanArticle(row interface{ Scan(...any) error }) (articles.Article, error) {
	var a articles.Article
	var pub sql.NullString
	var body, removed string
	if err := row.Scan(&a.Hash, &a.File, &a.Raw, &a.Title, &a.TitleDerived, &a.Source, &a.Author,
		&a.URL, &a.Lang, &pub, &body, &removed); err != nil {
		return a, err
	}
	a.Published = parseTime(pub)
	var err error
	if a.Body, err = decodeBody(body); err != nil {
		return a, err
	}
	a.Removed, err = decodeRemoved(removed)
	return a, err
}

// AllArticles loads every stored article in list order, for export.
func (s *Store) AllArticles(ctx context.Context) ([]articles.Article, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+articleColumns+` FROM articles
		ORDER BY published IS NULL, published DESC, id`)
	if err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	defer rows.Close()
	var out []articles.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("load articles: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Sources lists the distinct known outlets, for the source filter.
func (s *Store) Sources(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT source FROM articles WHERE source <> '' ORDER BY source`)
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var src string
		if err := rows.Scan(&src); err != nil {
			return nil, fmt.Errorf("list sources: %w", err)
		}
		out = append(out, src)
	}
	return out, rows.Err()
}

// SetRead marks an article read or unread.
func (s *Store) SetRead(ctx context.Context, id int64, read bool) error {
	return s.setFlag(ctx, "read", id, read)
}

// SetStarred stars or unstars an article.
func (s *Store) SetStarred(ctx context.Context, id int64, starred bool) error {
	return s.setFlag(ctx, "starred", id, starred)
}

func (s *Store) setFlag(ctx context.Context, column string, id int64, on bool) error {
	if err := s.CanWrite("set " + column); err != nil {
		return err
	}
	r, err := s.db.ExecContext(ctx, `UPDATE articles SET `+column+` = ? WHERE id = ?`, on, id)
	if err != nil {
		return fmt.Errorf("set %s on article %d: %w", column, id, err)
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return fmt.Errorf("set %s on article %d: %w", column, id, ErrNotFound)
	}
	return nil
}
