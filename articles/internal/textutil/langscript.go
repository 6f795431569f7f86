package textutil

import (
	"unicode"
	"unicode/utf8"
)

// hiraganaKatakana is whatlanggo's table of the Japanese kana, built as
// whatlanggo builds it, so that runes are found in it alike.
var hiraganaKatakana = &unicode.RangeTable{
	R16: append(append([]unicode.Range16(nil), unicode.Hiragana.R16...), unicode.Katakana.R16...),
	R32: append(append([]unicode.Range32(nil), unicode.Hiragana.R32...), unicode.Katakana.R32...),
}

// scriptTables are the scripts whatlanggo.DetectScript counts, in the
// order it starts with.
var scriptTables = [...]*unicode.RangeTable{
	unicode.Latin, unicode.Cyrillic, unicode.Arabic, unicode.Devanagari, hiraganaKatakana,
	unicode.Ethiopic, unicode.Hebrew, unicode.Bengali, unicode.Georgian, unicode.Han,
	unicode.Hangul, unicode.Greek, unicode.Kannada, unicode.Tamil, unicode.Thai,
	unicode.Gujarati, unicode.Gurmukhi, unicode.Telugu, unicode.Malayalam, unicode.Oriya,
	unicode.Myanmar, unicode.Sinhala, unicode.Khmer,
}

// Indexes of scriptTables.
const (
	scriptLatin = 0
	scriptKana  = 4
	scriptHan   = 9
)

// detectScript is whatlanggo.DetectScript, giving the same script (its
// index in scriptTables, -1 for none), faster: DetectScript looks every
// rune up in all 23 tables, where one is enough (they share no rune) and
// an ASCII letter needs none. Like DetectScript, it stops at a script
// that has more runes than half the text's bytes, moves a script found
// one place nearer the front of the order, and breaks ties by that order.
func detectScript(text string) int {
	half := len(text) / 2
	var counts [len(scriptTables)]int
	var order [len(scriptTables)]int8 // script indexes, in the order they are tried
	for i := range order {
		order[i] = int8(i)
	}
	for _, r := range text {
		if isStopChar(r) {
			continue
		}
		s := scriptOf(r)
		if s < 0 {
			continue
		}
		if counts[s]++; counts[s] > half {
			return s
		}
		for p := 1; p < len(order); p++ {
			if int(order[p]) == s {
				order[p], order[p-1] = order[p-1], order[p]
				break
			}
		}
	}
	best, most, kana := -1, 0, 0
	for _, s := range order {
		if c := counts[s]; c > most {
			best, most = int(s), c
			if s == scriptKana {
				kana = most
			}
		}
	}
	if best == scriptHan && kana > 0 {
		return scriptKana // kanji beside kana: Japanese
	}
	return best
}

// scriptOf is the index in scriptTables of r's script, or -1.
func scriptOf(r rune) int {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return scriptLatin
		}
		return -1
	}
	for i, t := range scriptTables {
		if unicode.Is(t, r) {
			return i
		}
	}
	return -1
}
