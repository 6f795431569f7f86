package articles

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// MaxFileSize is the largest article file the reader accepts. News articles
// are a few kilobytes; anything this large is a mistake or an attack.
const MaxFileSize = 5 << 20

// FileError is a one-line, user-facing error naming the file and the reason,
// so one bad file can be reported while the others go on.
type FileError struct {
	File   string
	Reason string
}

// Error reads "FILE: REASON", with the file name made safe for a terminal.
func (e *FileError) Error() string { return Sanitize(e.File, false) + ": " + e.Reason }

// decode turns raw bytes into text: UTF-8 (BOM stripped; a few invalid
// bytes become U+FFFD), UTF-16 with a BOM, the legacy encoding a web page
// declares for itself, one the detector is sure of (detectedEncoding), or
// else Windows-1252, the usual encoding of "Latin-1" web text. Empty,
// oversized and binary files are refused with the reason.
func decode(name string, data []byte) (string, error) {
	if len(data) > MaxFileSize {
		return "", &FileError{File: name, Reason: fmt.Sprintf("file too large (%d bytes, limit %d)", len(data), MaxFileSize)}
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(name, data)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", &FileError{File: name, Reason: "empty file"}
	}
	if looksBinary(data) {
		return "", &FileError{File: name, Reason: "binary file, not text"}
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	if mostlyUTF8(data) {
		return strings.ToValidUTF8(string(data), "\uFFFD"), nil
	}
	for _, find := range []func([]byte) encoding.Encoding{declaredEncoding, detectedEncoding} {
		if e := find(data); e != nil {
			if text, err := e.NewDecoder().Bytes(data); err == nil {
				return string(text), nil
			}
		}
	}
	text, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", &FileError{File: name, Reason: "text is neither UTF-8 nor Windows-1252"}
	}
	return string(text), nil
}

// mostlyUTF8 tells UTF-8 text with a few broken bytes (a truncated copy, one
// stray Latin-1 character) from text in another encoding: UTF-8's
// multi-byte sequences are outnumbered by invalid bytes only in text that
// is not UTF-8 at all.
func mostlyUTF8(data []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return valid > invalid
}

// looksBinary spots files that are not text: any NUL byte, or more than one
// control byte in twenty-five in the first kilobytes.
func looksBinary(data []byte) bool {
	sample := data
	if len(sample) > 8192 {
		sample = sample[:8192]
	}
	if bytes.IndexByte(sample, 0) >= 0 {
		return true
	}
	controls := 0
	for _, c := range sample {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x1b && c != '\f' {
			controls++
		}
	}
	return controls*25 > len(sample)
}

func decodeUTF16(name string, data []byte) (string, error) {
	bigEndian := data[0] == 0xFE
	data = data[2:]
	if len(data)%2 != 0 {
		return "", &FileError{File: name, Reason: "broken UTF-16 text (odd length)"}
	}
	units := make([]uint16, len(data)/2)
	for i := range units {
		if bigEndian {
			units[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			units[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	text := string(utf16.Decode(units))
	if len(bytes.TrimSpace([]byte(text))) == 0 {
		return "", &FileError{File: name, Reason: "empty file"}
	}
	return text, nil
}
