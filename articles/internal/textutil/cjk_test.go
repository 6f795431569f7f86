package textutil

import (
	"strings"
	"testing"
)

func TestDetectLanguageReadsCJKScripts(t *testing.T) {
	cases := []struct{ text, want string }{
		{"新しい橋は月曜日に開通した。建設には三年かかったと市当局が発表した。", "ja"},
		{"新桥周一通车，市政府表示，建设历时三年，每天将为四万名司机节省时间。", "zh"},
		{"新橋週一通車，市政府表示，建設歷時三年，每天將為四萬名司機節省時間。", "zh"},
		{"새 다리가 월요일에 개통되었다. 시 당국은 건설에 3년이 걸렸다고 발표했다.", "ko"},
		// A Latin text naming a place in its own script stays with the word-based detector.
		{"The new bridge in Shenzhen (深圳市) opened on Monday after three years of work, the city said.", "en"},
		{"宇航员", ""}, // too short to tell
	}
	for _, c := range cases {
		if got := DetectLanguage(c.text); got != c.want {
			t.Errorf("DetectLanguage(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func BenchmarkCJKLanguageOnLatin(b *testing.B) {
	text := strings.Repeat("The new bridge over the river opened on Monday after three years of work, the city said. ", 14)
	for b.Loop() {
		cjkLanguage(text)
	}
}
