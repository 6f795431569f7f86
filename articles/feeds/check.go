package feeds

import (
	"context"
	"fmt"
	"net/http"
)

// Check fetches and parses a feed without fetching its items' pages, so a
// subscription can be refused before it is made: a page that is not a
// feed, a missing file, an address that does not answer.
func (f Fetcher) Check(ctx context.Context, address string) (Feed, error) {
	var body []byte
	var err error
	if IsWebURL(address) {
		var status int
		body, status, _, err = f.get(ctx, address, "", "")
		if err == nil && status != http.StatusOK {
			err = fmt.Errorf("HTTP %d", status)
		}
	} else {
		body, err = readLocal(LocalPath(address), f.MaxBytes)
	}
	if err != nil {
		return Feed{}, fmt.Errorf("feed %s: %w", address, err)
	}
	feed, err := Parse(body, address)
	if err != nil {
		return Feed{}, fmt.Errorf("feed %s: %w", address, err)
	}
	return feed, nil
}
