package articles

import (
	"bytes"
	"strings"

	"github.com/gogs/chardet"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// charsetScan is how far into a file the reader looks for a declared
// character set. HTML asks for the declaration in the first 1,024 bytes,
// but saved pages often carry long comments, scripts or styles before it.
const charsetScan = 8192

// declaredEncoding is the legacy encoding a saved web page or XML file
// declares for itself (<meta charset>, <meta http-equiv="Content-Type">,
// <?xml encoding?>), nil when it declares none, one the reader does not know
// or a Unicode one: a page from Moscow, Tokyo or Shanghai is often in
// windows-1251, Shift_JIS or GBK, and read as Windows-1252 it would be
// mojibake.
func declaredEncoding(data []byte) encoding.Encoding {
	head := data[:min(len(data), charsetScan)]
	lower := bytes.ToLower(head)
	if end := bytes.Index(lower, []byte("<body")); end >= 0 {
		lower = lower[:end]
	}
	var label []byte
	if bytes.HasPrefix(bytes.TrimSpace(lower), []byte("<?xml")) {
		decl, _, _ := bytes.Cut(lower, []byte("?>"))
		label = attrValue(decl, "encoding")
	}
	for rest := lower; label == nil; {
		i := bytes.Index(rest, []byte("<meta"))
		if i < 0 {
			break
		}
		tag, after, _ := bytes.Cut(rest[i:], []byte(">"))
		label, rest = attrValue(tag, "charset"), after
	}
	if len(label) == 0 {
		return nil
	}
	e, err := htmlindex.Get(string(label))
	if err != nil || e == encoding.Nop || e == unicode.UTF8 {
		return nil
	}
	if name, _ := htmlindex.Name(e); name == "utf-16le" || name == "utf-16be" || name == "replacement" {
		// A page saved as bytes is never UTF-16 without a BOM (which decode
		// reads first); HTML reads such a declaration as UTF-8.
		return nil
	}
	return e
}

// attrValue is the value after `name=` in a tag or declaration (quoted or
// not), as in charset="gbk" or content="text/html; charset=windows-1251";
// nil when the name is not there.
func attrValue(tag []byte, name string) []byte {
	for rest := tag; ; {
		i := bytes.Index(rest, []byte(name))
		if i < 0 {
			return nil
		}
		rest = bytes.TrimLeft(rest[i+len(name):], " \t\r\n")
		if len(rest) == 0 || rest[0] != '=' {
			continue
		}
		rest = bytes.TrimLeft(rest[1:], " \t\r\n\"'")
		end := 0
		for end < len(rest) && isLabelByte(rest[end]) {
			end++
		}
		if end > 0 {
			return rest[:end]
		}
	}
}

// isLabelByte: a byte an encoding's label may hold ("windows-1251",
// "iso_8859-5", "x-sjis", "cp936").
func isLabelByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.'
}

// detectScan is how much of an undeclared legacy text the detector reads.
const detectScan = 64 << 10

// detectedEncoding is the encoding a text that is neither UTF-8 nor
// declared is most likely in, when the statistical detector is sure of
// one that Windows-1252 would turn into mojibake: the multi-byte encodings
// of Chinese, Japanese and Korean (found with near certainty), and the
// single-byte ones of Cyrillic, Greek, Arabic and Hebrew text. Latin text
// (which the detector reads as ISO-8859-1, or doubts) is left to
// Windows-1252; so are the Central European encodings, which the detector
// confuses with it.
func detectedEncoding(data []byte) encoding.Encoding {
	r, err := chardet.NewTextDetector().DetectBest(data[:min(len(data), detectScan)])
	if err != nil {
		return nil
	}
	least, ok := detectable[strings.ToLower(r.Charset)]
	if !ok || r.Confidence < least {
		return nil
	}
	e, err := htmlindex.Get(r.Charset)
	if err != nil {
		return nil
	}
	return e
}

// detectable are the encodings detectedEncoding trusts, with the least
// confidence (0-100) it needs for each.
var detectable = map[string]int{
	"shift_jis": 90, "euc-jp": 90, "iso-2022-jp": 90, "gb18030": 90, "big5": 90, "euc-kr": 90, "iso-2022-kr": 90,
	"windows-1251": 50, "koi8-r": 50, "iso-8859-5": 50, "ibm866": 50,
	"iso-8859-7": 50, "windows-1253": 50, "iso-8859-6": 50, "windows-1256": 50, "iso-8859-8": 50, "windows-1255": 50,
}
