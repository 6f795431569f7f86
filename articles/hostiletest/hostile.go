// Package hostiletest holds the hostile text the reliability tests push through
// every output path, and the check that nothing a terminal could act on came
// out the other end. It is test support: no command or library imports it.
package hostiletest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Payload is one piece of hostile text.
type Payload struct {
	Name, Text string
}

// Payloads are escape sequences, controls and bidirectional overrides of
// every kind a terminal acts on.
var Payloads = []Payload{
	{"csi colour", "\x1b[31m"},
	{"csi clear", "\x1b[2J\x1b[H"},
	{"osc 52 clipboard", "\x1b]52;c;ZXZpbA==\x07"},
	{"osc 8 hyperlink", "\x1b]8;;http://evil.example/x\x1b\\click\x1b]8;;\x1b\\"},
	{"osc bel", "\x1b]0;window title\x07"},
	{"osc st", "\x1b]2;window title\x1b\\"},
	{"dcs", "\x1bPq#0;2;0;0;0#0~~\x1b\\"},
	{"bare esc", "\x1bc\x1b7\x1b"},
	{"c1 utf8 nel", "\u0085"},
	{"c1 utf8 csi", "\u009b2J"},
	{"c1 utf8 osc", "\u009d0;title\u009c"},
	{"c1 raw csi", "\x9b2J"},
	{"c1 raw nel", "\x85"},
	{"bel", "\x07\x07"},
	{"backspace", "safe\b\b\b\bevil"},
	{"carriage return", "safe\rEVIL"},
	{"del", "a\x7fb"},
	{"bidi embed", "\u202ax\u202by\u202c"},
	{"bidi override", "\u202dabc\u202ecba\u202c"},
	{"bidi isolates", "\u2066x\u2067y\u2068z\u2069"},
	{"mixed", "\x1b[1m\u202e\u009b5m\x07\x08\x7f\x1b]52;c;AAAA\x1b\\"},
}

// Check returns an error describing the first thing in s a terminal could
// act on: ESC, a C0 control other than newline and tab, DEL, a C1 control
// (as UTF-8 or as a raw byte), invalid UTF-8, or a bidirectional override
// or isolate.
func Check(s string) error {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		bad := ""
		switch {
		case r == utf8.RuneError && size == 1:
			bad = fmt.Sprintf("invalid UTF-8 byte %#x", s[i])
		case r == 0x1b:
			bad = "ESC"
		case r < 0x20 && r != '\n' && r != '\t':
			bad = fmt.Sprintf("C0 control %U", r)
		case r == 0x7f:
			bad = "DEL"
		case r >= 0x80 && r < 0xa0:
			bad = fmt.Sprintf("C1 control %U", r)
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			bad = fmt.Sprintf("bidi control %U", r)
		}
		if bad != "" {
			from, to := max(0, i-40), min(len(s), i+40)
			return fmt.Errorf("%s at byte %d: %q", bad, i, s[from:to])
		}
		i += size
	}
	return nil
}

// FileName makes a payload usable in a file name (no slash, no NUL).
func FileName(i int, p Payload) string {
	t := strings.NewReplacer("/", "_", "\x00", "_").Replace(p.Text)
	return fmt.Sprintf("h%02d %s.txt", i, t)
}

// Article is an article file carrying p in its front matter (title, source,
// author, url), its headline line, its paragraphs, a list item and a line the
// cleaner removes. Every article tells of the same event, so they group.
func Article(i int, p Payload) string {
	x := p.Text
	return fmt.Sprintf(`---
title: Harbour bridge %[2]s reopens after repair, report %[1]d
source: Coastal %[2]s Times %[1]d
author: Jane %[2]s Doe
url: https://example.com/%[2]s/bridge-%[1]d
---

Harbour bridge %[2]s reopens after the two-year repair

The harbour bridge reopened to traffic on Monday %[2]s after a two-year repair that cost 40 million euros, the city council said.

Engineers replaced the deck %[2]s and strengthened the towers. "The bridge is safe for the next fifty years," said chief engineer Maria %[2]s Lopes.

- traffic returns %[2]s by Friday
- the ferry %[2]s stops on Sunday

Share this article on Facebook %[2]s

Traffic is expected %[2]s to return to normal by the end of the week, the council %[1]d said.

The repair closed the main road between the old town and the port for two years, and commuters had to take the ferry or a long detour through the hills. Shop owners near the bridge said their trade fell by a third while it was shut, and several asked the council for help with their rents. The council said it would review the cost of the project at its next meeting.

Walkers and cyclists may use the new path on the east side from the first day, and the old lamps were restored and put back along the railings. The engineers will inspect the cables again in the spring, when the water is low and the divers can reach the foundations without risk.
`, i, x)
}

// Plain is an article without front matter, so its headline and outlet are
// derived from hostile lines.
func Plain(p Payload) string {
	x := p.Text
	return "Home " + x + " › News\n\nHarbour ferry " + x + " resumes service after the storm\n\n" +
		"The harbour ferry " + x + " resumed service on Tuesday after three days of storms, the operator said.\n\n" +
		"Passengers " + x + " were told to expect delays on the first crossings of the morning.\n\n" +
		"Read more on Harbour " + x + " Gazette\n"
}

// Files writes the hostile articles into dir, plus two bad files with
// hostile names (one empty, one binary). It returns the paths of the good
// and the bad files.
func Files(dir string) (good, bad []string, err error) {
	write := func(name, text string) (string, error) {
		p := filepath.Join(dir, name)
		return p, os.WriteFile(p, []byte(text), 0o644)
	}
	for i, p := range Payloads {
		path, err := write(FileName(i, p), Article(i, p))
		if err != nil {
			return nil, nil, err
		}
		good = append(good, path)
	}
	path, err := write("plain "+FileName(0, Payloads[len(Payloads)-1]), Plain(Payloads[len(Payloads)-1]))
	if err != nil {
		return nil, nil, err
	}
	good = append(good, path)
	for _, f := range []struct{ name, text string }{
		{"empty \x1b]52;c;ZXZpbA==\x07\u202e.txt", ""},
		{"binary \x1b[2J\u009b5m.txt", "\x00\x01\x02\x03\x00\x00binary"},
	} {
		path, err := write(f.name, f.text)
		if err != nil {
			return nil, nil, err
		}
		bad = append(bad, path)
	}
	return good, bad, nil
}

// FeedJSON is a JSON Feed whose outlet, titles, links, authors and texts
// carry every payload; links point under base.
func FeedJSON(base string) string {
	var items []string
	long := strings.Repeat("The valley dam reopened after repairs, the water board said on Monday. ", 10)
	for i, p := range Payloads {
		x := jsonString(p.Text)
		items = append(items, fmt.Sprintf(`{"id": "%d%s", "url": "%s/item/%d%s", "title": "Valley dam %s reopens, item %d",
 "authors": [{"name": "Feed %s Writer"}], "date_published": "2024-06-03T09:30:00Z",
 "content_text": "Valley dam %s reopens\n\n%s %s\n\nThe reservoir %s will be refilled over the summer, item %d."}`,
			i, x, base, i, x, x, i, x, x, long, x, x, i))
	}
	return fmt.Sprintf(`{"version": "https://jsonfeed.org/version/1.1", "title": "Valley %s Post",
 "home_page_url": "%s", "items": [%s]}`, jsonString(Payloads[len(Payloads)-1].Text), base, strings.Join(items, ",\n"))
}

// jsonString escapes s for a JSON string literal, keeping every control
// character (and raw bytes, as their Windows-1252 reading) in the data.
func jsonString(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\u%04x`, s[i]) // a raw C1 byte, as the C1 character
		case r < 0x20 || r == '"' || r == '\\' || r == 0x7f || (r >= 0x80 && r < 0xa0):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}
