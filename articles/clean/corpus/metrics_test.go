package corpus

import (
	"math"
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	got := Tokens("Hello, World! It's 2024_x — Ünïcode café नमस्ते")
	want := []string{"hello", "world", "it", "s", "2024_x", "ünïcode", "café", "नमस्ते"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if Tokens(" .,; ") != nil {
		t.Error("no tokens expected")
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestTokenF1(t *testing.T) {
	p, r, f := TokenF1("the cat the dog", "The cat sat on the mat")
	// common bag: the x2, cat = 3; got 4 tokens, want 6.
	if !near(p, 0.75) || !near(r, 0.5) || !near(f, 0.6) {
		t.Errorf("got %v %v %v", p, r, f)
	}
	if p, r, f := TokenF1("", ""); p != 1 || r != 1 || f != 1 {
		t.Errorf("empty/empty: %v %v %v", p, r, f)
	}
	if _, _, f := TokenF1("x", ""); f != 0 {
		t.Errorf("x/empty: %v", f)
	}
	if _, _, f := TokenF1("a b", "c d"); f != 0 {
		t.Errorf("disjoint: %v", f)
	}
}

func TestLeaksAndKept(t *testing.T) {
	got := "Read more: Sign up for our NEWSLETTER today. The mayor said yes."
	leaked, total := Leaks(got, []string{"Sign up for our newsletter", "newsletter sign up", "Cookie policy", "—"})
	if leaked != 1 || total != 3 {
		t.Errorf("Leaks = %d/%d, want 1/3", leaked, total)
	}
	kept, total := Kept(got, []string{"the mayor said", "mayor said no"})
	if kept != 1 || total != 2 {
		t.Errorf("Kept = %d/%d, want 1/2", kept, total)
	}
}

func TestSameTitle(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"It’s a “Big” Day — Really", "it's a \"big\" day - really", true},
		{"  Title  with   spaces. ", "title with spaces", true},
		{"«Titre»", "titre", true},
		{"Title one", "Title two", false},
		{"", "", true},
	}
	for _, c := range cases {
		if got := SameTitle(c.a, c.b); got != c.want {
			t.Errorf("SameTitle(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

func TestGuessLang(t *testing.T) {
	lists := map[string]map[string]bool{
		"English": {"the": true, "and": true, "of": true, "is": true},
		"French":  {"le": true, "la": true, "et": true, "est": true, "de": true},
	}
	if got := GuessLang("The cat is out of the house and away", lists); got != "English" {
		t.Errorf("got %q", got)
	}
	if got := GuessLang("Le chat est sorti de la maison", lists); got != "French" {
		t.Errorf("got %q", got)
	}
	if got := GuessLang("zzz qqq", lists); got != "" {
		t.Errorf("got %q", got)
	}
}

// WCXB cuts its snippets at 80 characters, sometimes inside a word: the
// last word of such a snippet matches a word it begins; a snippet of
// another length, or cut after a space, still needs whole words.
func TestSnippetCutInsideAWord(t *testing.T) {
	body := "Choosing a laptop doesn't have to be a long, arduous process. But with so many models, price points and features it can be hard."
	cut := "Choosing a laptop doesn't have to be a long, arduous process. But with so many m"
	if len([]rune(cut)) != snippetCut {
		t.Fatalf("the test snippet is %d characters, want %d", len([]rune(cut)), snippetCut)
	}
	if kept, _ := Kept(body, []string{cut}); kept != 1 {
		t.Errorf("a snippet cut inside its last word is not found")
	}
	if kept, _ := Kept(body, []string{"But with so many m"}); kept != 0 {
		t.Errorf("a short snippet's last word matched as a prefix")
	}
}
