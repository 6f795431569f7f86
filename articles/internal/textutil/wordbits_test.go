package textutil

import "testing"

// TestWordBitsJoinsBothLookups: WordBits is StoplistBits with StopwordBit
// for exactly the words of Stopwords.
func TestWordBitsJoinsBothLookups(t *testing.T) {
	var words []string
	for w := range Stopwords() {
		words = append(words, w)
	}
	words = append(words, "the", "und", "zürich", "council", "", "selon", "quando", "xyzzy")
	got := WordBits(nil, words)
	want := StoplistBits(nil, words)
	for i, w := range words {
		if got[i]&^StopwordBit != want[i] {
			t.Errorf("%q: list bits %x, want %x", w, got[i]&^StopwordBit, want[i])
		}
		if (got[i]&StopwordBit != 0) != Stopwords()[w] {
			t.Errorf("%q: stop-word bit %v, Stopwords says %v", w, got[i]&StopwordBit != 0, Stopwords()[w])
		}
	}
}
