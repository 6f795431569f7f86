package events_test

import (
	"math/rand"
	"reflect"
	"testing"

	"reader/articles"
	"reader/articles/articlegen"
	"reader/articles/events"
)

// TestGrouperMatchesGroupEvents: fingerprints added one at a time, in a
// shuffled order and in two rounds with Events called between them, group
// exactly as GroupEvents groups the whole slice.
func TestGrouperMatchesGroupEvents(t *testing.T) {
	files, _ := articlegen.Generate(21, 1500, 350)
	arts, _ := articles.ParseBatch(files)
	fps := events.Fingerprints(arts)
	want := events.GroupEvents(fps)
	if len(want) < 100 || len(want) >= len(fps) {
		t.Fatalf("%d events from %d articles: the set does not exercise grouping", len(want), len(fps))
	}
	g := events.NewGrouper()
	perm := rand.New(rand.NewSource(5)).Perm(len(fps))
	half := len(perm) / 2
	for _, i := range perm[:half] {
		g.Add(fps[i])
	}
	g.Events()
	for _, i := range perm[half:] {
		g.Add(fps[i])
	}
	if g.Len() != len(fps) {
		t.Fatalf("Len %d, want %d", g.Len(), len(fps))
	}
	got := g.Events()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Grouper gives %d events, GroupEvents %d, and they differ", len(got), len(want))
	}
	if again := g.Events(); !reflect.DeepEqual(again, want) {
		t.Fatal("a second Events differs")
	}
}

// TestGrouperRepeatedTokens: a token listed twice in one fingerprint
// changes nothing whatever the order of Add, and the Grouper does not
// keep the caller's token slices.
func TestGrouperRepeatedTokens(t *testing.T) {
	files, _ := articlegen.Generate(4, 300, 80)
	arts, _ := articles.ParseBatch(files)
	fps := events.Fingerprints(arts)
	for i := range fps {
		if i%3 == 0 && len(fps[i].Names) > 0 && len(fps[i].Terms) > 0 {
			fps[i].Names = append(fps[i].Names, fps[i].Names[0])
			fps[i].Terms = append(fps[i].Terms, fps[i].Terms[0], fps[i].Terms[0])
		}
	}
	want := events.GroupEvents(fps)
	g := events.NewGrouper()
	for _, i := range rand.New(rand.NewSource(8)).Perm(len(fps)) {
		fp := fps[i]
		fp.Names = append([]string(nil), fp.Names...)
		g.Add(fp)
		for k := range fp.Names {
			fp.Names[k] = "overwritten"
		}
	}
	if got := g.Events(); !reflect.DeepEqual(got, want) {
		t.Fatal("Grouper differs from GroupEvents")
	}
}
