package ui

import (
	"fmt"
	"net/url"
	"strings"

	"reader/articles"
)

// checkBrowserURL lets only an absolute http(s) link with a host reach the
// browser. Links come from front matter and feeds, which anyone can write:
// one starting with "-" would be an option of the browser, and file: or
// javascript: links would open what was not asked for. A link that starts
// with "http" can never be read as an option.
func checkBrowserURL(link string) error {
	u, err := url.Parse(link)
	scheme := ""
	if err == nil {
		scheme = strings.ToLower(u.Scheme)
	}
	if err != nil || (scheme != "http" && scheme != "https") || u.Host == "" || strings.ContainsAny(link, " \t\r\n") {
		return fmt.Errorf("open link: %q is not a web (http or https) address; not opened", articles.Sanitize(link, false))
	}
	return nil
}
