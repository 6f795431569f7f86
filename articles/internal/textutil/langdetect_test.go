package textutil

import (
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/abadojack/whatlanggo"
)

// TestDetectWhitelistedMatchesWhatlanggo checks the faster detector against
// the library on the articles' test files, whole and cut short, and on
// made-up mixtures of languages and scripts.
func TestDetectWhitelistedMatchesWhatlanggo(t *testing.T) {
	var texts []string
	for _, root := range []string{"../../testdata", "../../seeds", "testdata"} {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			data, err := os.ReadFile(p)
			if err == nil && len(data) < 1<<20 {
				texts = append(texts, string(data))
			}
			return nil
		})
	}
	if len(texts) < 20 {
		t.Fatalf("only %d test files found", len(texts))
	}
	rng := rand.New(rand.NewSource(1))
	words := strings.Fields(strings.Join([]string{
		"the of and to in said government minister reported on Tuesday",
		"le la les et dans une selon le gouvernement a déclaré mardi",
		"der die das und mit einem nach Angaben der Regierung am Dienstag",
		"el la los y en según el gobierno informó el martes",
		"правительство заявило во вторник что в городе",
		"уряд повідомив у вівторок що в місті",
		"قالت الحكومة يوم الثلاثاء إن في المدينة",
		"הממשלה אמרה ביום שלישי כי בעיר",
		"सरकार ने मंगलवार को कहा कि शहर में",
		"政府 周二 表示 城市", "東京 で 月曜日 に", "ሰላም ለዓለም",
		"12 345 2024 $5 « » — ! ? ... (a) [b] x_y @ # %",
	}, " "))
	for range 400 {
		n := 8 + rng.Intn(200)
		ws := make([]string, n)
		for i := range ws {
			ws[i] = words[rng.Intn(len(words))]
		}
		texts = append(texts, strings.Join(ws, " "))
	}
	for _, text := range texts {
		for _, cut := range []int{40, 300, 1200, len(text)} {
			s := text[:min(cut, len(text))]
			want := whatlanggo.DetectWithOptions(s, whatlanggo.Options{Whitelist: languageWhitelist()})
			lang, conf := detectWhitelisted(s)
			if conf != want.Confidence || conf > 0 && lang != want.Lang {
				t.Fatalf("%q: got %v %v, whatlanggo %v %v", s, lang, conf, want.Lang, want.Confidence)
			}
		}
	}
}

// BenchmarkDetectLanguage detects the language of a few paragraphs that
// the function words leave undecided, as the detector sees them.
func BenchmarkDetectLanguage(b *testing.B) {
	text := strings.Repeat("Delvo Bank investit 750 billions de dollars à Viviran, « this is a decisive moment for Ustlin », a déclaré Visel Ranfiren. ", 10)
	for b.Loop() {
		DetectLanguage(text)
	}
}

// TestDetectScriptMatchesWhatlanggo checks the script detector against the
// library's on texts of one script, of several, and of none.
func TestDetectScriptMatchesWhatlanggo(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	pieces := []string{"word", "Ünïcödé", "слово", "كلمة", "शब्द", "ひらがな", "カタカナ", "漢字", "ሰላም", "שלום",
		"শব্দ", "სიტყვა", "단어", "λέξη", "ಪದ", "சொல்", "คำ", "શબ્દ", "ਸ਼ਬਦ", "పదం", "വാക്ക്", "ଶବ୍ଦ", "စကား", "වචනය", "ពាក្យ",
		" ", "12", ".", "\u0301", "\xff", "\U0001b001", "\U0001b120", "\U0001f200", "\U0001aff0", "𠀀"}
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(12) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		want := whatlanggo.DetectScript(s)
		got := detectScript(s)
		switch {
		case got < 0:
			if want != nil {
				t.Fatalf("%q: no script, whatlanggo %v", s, whatlanggo.Scripts[want])
			}
		case got == scriptKana:
			if want == nil || whatlanggo.Scripts[want] != "" {
				t.Fatalf("%q: kana, whatlanggo %v", s, whatlanggo.Scripts[want])
			}
		case scriptTables[got] != want:
			t.Fatalf("%q: %v, whatlanggo %v", s, whatlanggo.Scripts[scriptTables[got]], whatlanggo.Scripts[want])
		}
	}
}
