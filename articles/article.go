// Package articles turns raw article text into clean, comparable articles:
// it decodes and parses files, strips page furniture, reads metadata, groups
// articles into events and compares the sources of an event. It knows nothing
// of storage or terminals.
package articles

import (
	"time"

	"reader/articles/internal/textutil"
)

// BlockKind says what a body block is, so lists and subheads survive cleaning.
type BlockKind int

const (
	// Paragraph is running text.
	Paragraph BlockKind = iota
	// Heading is a subhead inside the article.
	Heading
	// Bullet is one item of an unordered list.
	Bullet
	// Numbered is one item of an ordered list.
	Numbered
)

// String names the kind for JSON and debugging.
func (k BlockKind) String() string {
	switch k {
	case Heading:
		return "heading"
	case Bullet:
		return "bullet"
	case Numbered:
		return "numbered"
	default:
		return "paragraph"
	}
}

// Block is one unit of an article body: a paragraph, a subhead or a list item.
type Block struct {
	Kind BlockKind
	Text string
}

// Removed is a line the cleaner dropped, kept so a user can audit the cleaner.
// At is the index of the body block it stood before (len(Body) when it stood
// after the last one), so the UI can show it in place.
type Removed struct {
	At     int
	Text   string
	Reason string
}

// Article is one cleaned news article with the metadata the text revealed.
// Fields that the text does not tell stay empty: unknown stays unknown.
type Article struct {
	File         string // path as given, or the embedded name
	Hash         string // hex SHA-256 of the raw bytes, the identity for re-imports
	Raw          string // decoded raw text, kept so articles can be re-cleaned
	Title        string
	TitleDerived bool // true when the text had no headline and Title was built from the lead
	Source       string
	Author       string
	URL          string
	Lang         string    // ISO 639-1 code, "" when unknown
	Published    time.Time // zero when unknown
	Body         []Block
	Removed      []Removed
}

// Words counts the words of the body, for reading time (each Chinese or
// Japanese character counts as one).
func (a Article) Words() int {
	n := 0
	for _, b := range a.Body {
		inWord := false
		for _, r := range b.Text {
			if r == ' ' || r == '\n' || r == '\t' {
				inWord = false
			} else if textutil.CharIsWord(r) {
				// Chinese and Japanese write no spaces: a character is
				// read about as fast as a word (some 250 a minute).
				inWord = false
				n++
			} else if !inWord {
				inWord = true
				n++
			}
		}
	}
	return n
}

// Paragraphs returns the body as plain strings, one per block, with list
// items prefixed by a bullet or their number so lists read as lists.
func (a Article) Paragraphs() []string {
	out := make([]string, 0, len(a.Body))
	num := 0
	for _, b := range a.Body {
		switch b.Kind {
		case Bullet:
			num = 0
			out = append(out, "• "+b.Text)
		case Numbered:
			num++
			out = append(out, itoa(num)+". "+b.Text)
		default:
			num = 0
			out = append(out, b.Text)
		}
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return string(buf[i:])
}
