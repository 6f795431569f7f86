package corpus

import (
	"hash/fnv"
	"net/url"
	"strings"
)

// HostFold returns the pages whose site falls in the fold-th fifth: each
// site (Host of the page's address) goes whole into one fold, chosen by a
// hash of its name, so that models trained without a fold measure it on
// sites they never saw, as WCXB test's pages mostly are. A page without
// an address is placed by a hash of its ID. The five folds part the pages,
// though not into equal fifths.
func HostFold(pages []Page, fold int) []Page {
	var out []Page
	for _, p := range pages {
		if FoldOf(p) == fold {
			out = append(out, p)
		}
	}
	return out
}

// FoldOf is the fold (0 to Folds-1) HostFold puts page p in.
func FoldOf(p Page) int {
	key := Host(p.URL)
	if key == "" {
		key = p.Set + "/" + p.ID
	}
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % Folds)
}

// HeldOut returns the fold-th fifth of pages: by site (HostFold) when
// byHost is set, else every fifth page by position (HoldoutFold).
func HeldOut(pages []Page, fold int, byHost bool) []Page {
	if byHost {
		return HostFold(pages, fold)
	}
	return HoldoutFold(pages, fold)
}

// Host returns the site of a page's address, lower-cased and without a
// leading "www.": "https://www.Example.com/a" gives "example.com". An
// archived copy's address (web.archive.org/web/TIME/ORIGINAL) gives the
// original's site. It returns "" for an address without a host.
func Host(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	if host == "web.archive.org" {
		// /web/20200101000000/https://example.com/page
		parts := strings.SplitN(strings.TrimPrefix(u.Path, "/"), "/", 3)
		if len(parts) == 3 && parts[0] == "web" {
			orig := parts[2]
			for _, scheme := range []string{"https:/", "http:/"} {
				if strings.HasPrefix(orig, scheme) && !strings.HasPrefix(orig, scheme+"/") {
					orig = scheme + "/" + orig[len(scheme):] // a path cleaner's "https:/example.com"
				}
			}
			if !strings.Contains(orig, "://") {
				orig = "http://" + orig
			}
			if inner := Host(orig); inner != "" {
				return inner
			}
		}
	}
	return strings.TrimPrefix(host, "www.")
}
