package articles

import "testing"

func TestWordsCountsReadingUnits(t *testing.T) {
	cases := []struct {
		text string
		want int
	}{
		{"Three short words", 3},
		{"  spaced\tout\nwords ", 3},
		{"新桥周一通车", 6},               // six characters, read as six words
		{"新しい橋が開通", 7},              // kana and kanji alike
		{"The 深圳 bridge opened", 5}, // two words, two characters, one word
		{"새 다리가 개통되었다", 3},          // Korean spaces its words
	}
	for _, c := range cases {
		a := Article{Body: []Block{{Kind: Paragraph, Text: c.text}}}
		if got := a.Words(); got != c.want {
			t.Errorf("Words(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
