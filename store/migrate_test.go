package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"reader/articles"
)

// A store written with the old column order (schema 5) keeps every
// article, mark, event and search entry through the table rebuild.
func TestRebuildKeepsEverything(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	for v := 0; v < 5; v++ {
		if _, err := db.Exec(migrations[v]); err != nil {
			t.Fatalf("migration %d: %v", v+1, err)
		}
	}
	// Today's import writes an article's origin, a column of schema 7; the
	// rebuild of schema 6 copies the columns it knows and drops this one.
	// So do the grouping tables of schema 8, dropped again below.
	if _, err := db.Exec(`ALTER TABLE articles ADD COLUMN origin TEXT; CREATE TABLE group_pending (article INTEGER PRIMARY KEY, indexed INTEGER NOT NULL DEFAULT 0); CREATE TABLE group_tokens (token INTEGER PRIMARY KEY, df INTEGER NOT NULL, articles BLOB)`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`PRAGMA user_version = 5`); err != nil {
		t.Fatal(err)
	}
	old := &Store{db: db, path: path}
	importFiles(t, old, articles.Builtin())
	before, err := old.Events(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	starred := before[0].Articles[0].ID
	if err := old.SetStarred(ctx, starred, true); err != nil {
		t.Fatal(err)
	}
	if err := old.SetRead(ctx, starred, true); err != nil {
		t.Fatal(err)
	}
	before, _ = old.Events(ctx, Filter{})
	wantArticle, err := old.Article(ctx, starred)
	if err != nil {
		t.Fatal(err)
	}
	wantHits, err := old.Search(ctx, "billion", 0)
	if err != nil || len(wantHits) == 0 {
		t.Fatalf("search before: %d hits, %v", len(wantHits), err)
	}
	if _, err := db.Exec(`DROP TABLE group_pending; DROP TABLE group_tokens`); err != nil {
		t.Fatal(err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var version int
	s.db.QueryRow(`PRAGMA user_version`).Scan(&version)
	if version != SchemaVersion() {
		t.Fatalf("version %d after opening, want %d", version, SchemaVersion())
	}
	after, err := s.Events(ctx, Filter{})
	if err != nil || !reflect.DeepEqual(before, after) {
		t.Errorf("events changed in the rebuild (%v)", err)
	}
	got, err := s.Article(ctx, starred)
	if err != nil || !reflect.DeepEqual(got, wantArticle) {
		t.Errorf("article %d changed in the rebuild (%v)", starred, err)
	}
	hits, err := s.Search(ctx, "billion", 0)
	if err != nil || fmt.Sprint(hits) != fmt.Sprint(wantHits) {
		t.Errorf("search changed in the rebuild: %d hits, want %d (%v)", len(hits), len(wantHits), err)
	}
	var integrity string
	s.db.QueryRow(`PRAGMA integrity_check`).Scan(&integrity)
	rows, _ := s.db.Query(`PRAGMA foreign_key_check`)
	dangling := rows.Next()
	rows.Close()
	if integrity != "ok" || dangling {
		t.Errorf("integrity %q, dangling references %v", integrity, dangling)
	}
	var plan string
	s.db.QueryRow(`SELECT group_concat(name) FROM (SELECT name FROM sqlite_schema WHERE tbl_name = 'articles' AND type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name)`).Scan(&plan)
	if plan != "articles_event,articles_order,articles_origin" {
		t.Errorf("indexes after the rebuild: %s", plan)
	}
}
