package textutil

import "unicode"

// cjkLanguage tells Japanese, Chinese and Korean by their scripts, which
// the word-based detector cannot: their text has no spaces between words,
// so a paragraph reads as a few long "words". Kana is only Japanese (whose
// text mixes it with Han characters), Hangul only Korean, and Han without
// kana is Chinese. A text where these scripts are under a third of the
// letters (a Latin text quoting a name) is left to the word-based detector.
func cjkLanguage(text string) string {
	var letters, han, kana, hangul int
	for _, r := range text {
		switch {
		case r < 0x1100: // below Hangul Jamo: no CJK script
			if r < 0x80 && ('a' <= r|0x20 && r|0x20 <= 'z') || r >= 0x80 && unicode.IsLetter(r) {
				letters++
			}
			continue
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.In(r, unicode.Hiragana, unicode.Katakana):
			kana++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case !unicode.IsLetter(r):
			continue
		}
		letters++
	}
	cjk := han + kana + hangul
	if cjk < 10 || 3*cjk < letters {
		return ""
	}
	switch {
	case 2*hangul >= cjk:
		return "ko"
	case 20*kana >= cjk:
		return "ja"
	case 2*han >= cjk:
		return "zh"
	}
	return ""
}

// CharIsWord reports whether r is a Chinese or Japanese character (Han,
// hiragana, katakana): those scripts write no spaces, and for reading time
// and for weighing a title's parts a character stands for about a word.
func CharIsWord(r rune) bool {
	return r >= 0x2E80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}
