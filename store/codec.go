package store

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"reader/articles"
)

// blockJSON is how a body block is kept in the articles.body column.
type blockJSON struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
}

func encodeBody(blocks []articles.Block) (string, error) {
	out := make([]blockJSON, len(blocks))
	for i, b := range blocks {
		out[i] = blockJSON{Kind: b.Kind.String(), Text: b.Text}
	}
	data, err := json.Marshal(out)
	return string(data), err
}

func decodeBody(s string) ([]articles.Block, error) {
	var in []blockJSON
	if err := json.Unmarshal([]byte(s), &in); err != nil {
		return nil, fmt.Errorf("decode body: %w", err)
	}
	out := make([]articles.Block, len(in))
	for i, b := range in {
		out[i] = articles.Block{Kind: kindOf(b.Kind), Text: b.Text}
	}
	return out, nil
}

func kindOf(name string) articles.BlockKind {
	for _, k := range []articles.BlockKind{articles.Heading, articles.Bullet, articles.Numbered} {
		if k.String() == name {
			return k
		}
	}
	return articles.Paragraph
}

// removedJSON is how a removed line is kept in the articles.removed column.
type removedJSON struct {
	At     int    `json:"at"`
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

func encodeRemoved(rs []articles.Removed) (string, error) {
	out := make([]removedJSON, len(rs))
	for i, r := range rs {
		out[i] = removedJSON(r)
	}
	data, err := json.Marshal(out)
	return string(data), err
}

func decodeRemoved(s string) ([]articles.Removed, error) {
	var in []removedJSON
	if err := json.Unmarshal([]byte(s), &in); err != nil {
		return nil, fmt.Errorf("decode removed lines: %w", err)
	}
	out := make([]articles.Removed, len(in))
	for i, r := range in {
		out[i] = articles.Removed(r)
	}
	return out, nil
}

// timeValue stores a known time as RFC 3339 in UTC and an unknown one as NULL.
func timeValue(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(time.RFC3339)
}

func parseTime(ns sql.NullString) time.Time {
	if !ns.Valid {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339, ns.String)
	if err != nil {
		return time.Time{}
	}
	return t
}
