package corpus

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

func TestSnippetLabels(t *testing.T) {
	long := "Ein Beitrag von Anna Beispielfrau, die seit vielen Jahren über die Stadt und ihre Menschen schreibt."
	lines := []string{
		"Startseite Politik Wirtschaft", // furniture snippet
		"",                              // blank
		"Der Gemeinderat hat am Dienstag den Haushalt beschlossen.", // story snippet, other case and punctuation
		"Die Schulen bekommen mehr Geld.",                           // only a snippet's beginning, not cut at 80
		"Teilen: Der Gemeinderat hat am Dienstag",                   // both kinds
		"Kommentare lesen",                                          // a snippet spread over two lines
		"und schreiben",
		long, // holds a snippet cut at 80 characters inside a word
	}
	cut := string([]rune(long)[:snippetCut])
	if utf8.RuneCountInString(cut) != snippetCut || !cutInWord(cut) {
		t.Fatalf("test snippet %q is not cut inside a word", cut)
	}
	with := []string{"der Gemeinderat hat am Dienstag", "Die Schulen bekommen mehr Ge", cut}
	without := []string{"Startseite Politik", "Teilen:", "Kommentare lesen und schreiben", "—"}
	got := SnippetLabels(lines, with, without)
	want := []int{Furniture, Unlabelled, Story, Unlabelled, Unlabelled, Unlabelled, Unlabelled, Story}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SnippetLabels = %v, want %v", got, want)
	}
}
