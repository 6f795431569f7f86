package feeds

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
)

// errNotWeb refuses an address that is not http(s): a feed's item links are
// fetched over the web only, never read from the disk.
var errNotWeb = errors.New("not an http(s) address")

// IsWebURL reports whether s is an absolute http or https URL with a host.
func IsWebURL(s string) bool {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return false
	}
	scheme := strings.ToLower(u.Scheme)
	return scheme == "http" || scheme == "https"
}

// LocalPath returns the file a subscription names when it is not a web
// address: a path, or a file:// URL.
func LocalPath(sub string) string {
	if rest, ok := strings.CutPrefix(sub, "file://"); ok {
		if u, err := url.Parse(sub); err == nil && u.Path != "" {
			return u.Path
		}
		return rest
	}
	return sub
}

// readLocal reads a local feed file the user subscribed to. Only regular
// files are read, and no more than max bytes: a device (/dev/zero), a FIFO
// or a huge file is a clear error, never a hang or an exhausted memory.
func readLocal(path string, max int64) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file")
	}
	if info.Size() > max {
		return nil, fmt.Errorf("%w (%d bytes, limit %d)", errTooLarge, info.Size(), max)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w (over %d bytes)", errTooLarge, max)
	}
	return data, nil
}
