package articles

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// page is a small saved web page whose head holds decl.
func page(decl, headline, para string) string {
	return "<html><head>" + decl + "<title>" + headline + "</title></head><body><article><h1>" + headline +
		"</h1><p>" + para + "</p><p>" + para + " " + para + "</p></article></body></html>"
}

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

// A saved page in the legacy encoding it declares reads as that encoding,
// wherever in its head the declaration stands.
func TestDeclaredEncodings(t *testing.T) {
	const ru, ruBody = "В городе открылся новый мост", "Новый мост через реку открылся в понедельник после трёх лет строительства, сообщили власти."
	const zh, zhBody = "城市新桥通车", "新桥周一通车，市政府表示，建设历时三年，每天将为四万名司机节省时间。"
	const ja, jaBody = "新しい橋が開通", "新しい橋は月曜日に開通した。建設には三年かかったと市当局が発表した。"
	long := "<!-- " + strings.Repeat("a saved page's long comment ", 60) + "-->"
	cases := []struct {
		name     string
		data     []byte
		headline string
		body     string
	}{
		{"meta-charset.html", encode(t, charmap.Windows1251, page(`<meta charset="windows-1251">`, ru, ruBody)), ru, ruBody},
		{"http-equiv.html", encode(t, simplifiedchinese.GBK, page(`<meta http-equiv="Content-Type" content="text/html; charset=GBK">`, zh, zhBody)), zh, zhBody},
		{"unquoted-late.html", encode(t, japanese.ShiftJIS, page(long+"<meta charset=shift_jis>", ja, jaBody)), ja, jaBody},
		{"koi8.html", encode(t, charmap.KOI8R, page(`<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=koi8-r'>`, ru, ruBody)), ru, ruBody},
	}
	for _, c := range cases {
		a, err := Parse(RawFile{Name: c.name, Data: c.data})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if a.Title != c.headline || !strings.Contains(strings.Join(a.Paragraphs(), "\n"), c.body) {
			t.Errorf("%s: title %q, body %q; want %q and %q", c.name, a.Title, a.Paragraphs(), c.headline, c.body)
		}
	}
}

// What a page declares does not overrule what its bytes show: UTF-8 (even
// with a stray byte) stays UTF-8, a declared UTF-8 that the bytes are not
// is read as Windows-1252, and so is an unknown label or a declaration in
// the body's text.
func TestDeclarationsThatDoNotDecide(t *testing.T) {
	cases := []struct {
		name, decl string
		data       []byte
		want       string
	}{
		{"utf8-says-latin1", `<meta charset="iso-8859-1">`, []byte("Caf\xc3\xa9 owners protest, \xc3\xa9t\xc3\xa9\xff"), "Café owners protest"},
		{"latin1-says-utf8", `<meta charset="utf-8">`, []byte("Caf\xe9 owners protest"), "Café owners protest"},
		{"unknown-label", `<meta charset="x-no-such-set">`, []byte("Caf\xe9 owners protest"), "Café owners protest"},
		{"utf16-label", `<meta charset="utf-16">`, []byte("Caf\xe9 owners protest"), "Café owners protest"},
	}
	for _, c := range cases {
		data := []byte(page(c.decl, string(c.data), "Owners in the old town protested on Monday against new opening hours."))
		text, err := decode(c.name, data)
		if err != nil || !strings.Contains(text, c.want) {
			t.Errorf("%s: %q %v, want %q", c.name, text[:min(len(text), 120)], err, c.want)
		}
	}
	body := []byte("<html><head><title>Caf\xe9</title></head><body><p>Write &lt;meta charset=\"koi8-r\"&gt; or <meta charset=koi8-r> in caf\xe9s.</p></body></html>")
	if text, _ := decode("in-body.html", body); !strings.Contains(text, "cafés") {
		t.Errorf("a declaration in the body decided: %q", text)
	}
}

func TestXMLDeclaredEncoding(t *testing.T) {
	data := encode(t, charmap.Windows1251, `<?xml version="1.0" encoding="windows-1251"?><html><head><title>Мост</title></head><body><p>Новый мост</p></body></html>`)
	if text, err := decode("page.xhtml", data); err != nil || !strings.Contains(text, "Новый мост") {
		t.Errorf("xml declaration: %q %v", text, err)
	}
}

// A text that is neither UTF-8 nor declared is read in the encoding the
// detector is sure of when Windows-1252 would make mojibake of it, and as
// Windows-1252 when it is Latin text.
func TestUndeclaredEncodings(t *testing.T) {
	cases := []struct {
		e    encoding.Encoding
		text string
	}{
		{japanese.ShiftJIS, "新しい橋は月曜日に開通した。建設には三年かかったと市当局が発表した。市長によると、橋の費用は120億円で、毎日4万人の運転手の移動時間を短縮する。"},
		{simplifiedchinese.GBK, "新桥周一通车，市政府表示，建设历时三年，每天将为四万名司机节省时间。市长说，这座桥耗资十二亿元。"},
		{charmap.Windows1251, "Новый мост через реку открылся в понедельник после трёх лет строительства, сообщили городские власти."},
		{charmap.KOI8R, "Новый мост через реку открылся в понедельник после трёх лет строительства, сообщили городские власти."},
		{charmap.Windows1252, "Les propriétaires de cafés de la vieille ville ont manifesté lundi contre les nouveaux horaires d'ouverture décidés par la mairie."},
		{charmap.Windows1252, "I proprietari dei caffè del centro storico hanno protestato lunedì contro i nuovi orari di apertura, che entreranno in vigore in estate."},
		{charmap.Windows1252, "Die Besitzer der Cafés in der Altstadt protestierten am Montag gegen die neuen Öffnungszeiten."},
		{charmap.Windows1252, "Naïve café — résumé €5"},
	}
	for _, c := range cases {
		text, err := decode("story.txt", encode(t, c.e, c.text))
		if err != nil || text != c.text {
			t.Errorf("%v: read %q (%v), want %q", c.e, text, err, c.text)
		}
	}
}
