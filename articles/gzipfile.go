package articles

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
)

// isGzip: data is gzip-compressed (its magic number and the deflate
// method), as saved pages and benchmark corpora are often kept.
func isGzip(data []byte) bool {
	return len(data) >= 3 && data[0] == 0x1f && data[1] == 0x8b && data[2] == 8
}

// gunzip unpacks a compressed file, refusing one that unpacks to more than
// MaxFileSize: a small file can unpack to gigabytes.
func gunzip(data []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("broken gzip data (%v)", err)
	}
	var out bytes.Buffer
	if _, err := out.ReadFrom(io.LimitReader(zr, MaxFileSize+1)); err != nil {
		return nil, fmt.Errorf("broken gzip data (%v)", err)
	}
	if out.Len() > MaxFileSize {
		return nil, fmt.Errorf("file too large unpacked (over %d bytes)", MaxFileSize)
	}
	return out.Bytes(), nil
}

// contentName is a file's name without a ".gz" ending: the name that says
// what the unpacked file is ("page.html.gz" is a saved page).
func contentName(name string) string {
	if n := len(name) - len(".gz"); n > 0 && strings.EqualFold(name[n:], ".gz") {
		return name[:n]
	}
	return name
}
