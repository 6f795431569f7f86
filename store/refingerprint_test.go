package store

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"reader/articles/events"
)

// Refreshing works out from the stored articles the fingerprints their
// import stored, to the byte, and regrouping after it gives the events a
// fresh import does; a stale fingerprint (as an older reader stored it)
// is replaced.
func TestRefreshFingerprintsRebuildsWhatImportStored(t *testing.T) {
	ctx := context.Background()
	arts := loadLabelledSet(t)
	s, _ := openTemp(t)
	if _, err := importArticles(ctx, s, arts); err != nil {
		t.Fatal(err)
	}
	want := groupingOf(t, s)
	stored := fingerprintColumn(t, s)
	// An older reader's fingerprint: no figures, no lead.
	if _, err := s.db.Exec(`UPDATE articles SET fingerprint = ? WHERE id = (SELECT min(id) FROM articles)`,
		encodeFingerprint(events.Fingerprint{Hash: arts[0].Hash, Title: "stale"})); err != nil {
		t.Fatal(err)
	}
	n, err := s.RefreshFingerprints(ctx, events.Fingerprints)
	if err != nil {
		t.Fatal(err)
	}
	if n != len(arts) {
		t.Errorf("refreshed %d articles, want %d", n, len(arts))
	}
	got := fingerprintColumn(t, s)
	if !slices.EqualFunc(got, stored, bytes.Equal) {
		t.Error("the refreshed fingerprints differ from those the import stored")
	}
	if _, err := s.RegroupIfPending(ctx, testGrouper); err != nil {
		t.Fatal(err)
	}
	if g := groupingOf(t, s); !slices.Equal(g, want) {
		t.Errorf("events after refreshing differ from the import's:\n got %q\nwant %q", g, want)
	}
}

// fingerprintColumn is every stored fingerprint, in id order.
func fingerprintColumn(t *testing.T, s *Store) [][]byte {
	t.Helper()
	rows, err := s.db.Query(`SELECT fingerprint FROM articles ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out [][]byte
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}
