package articles

import (
	"regexp"
	"strings"
	"sync"
	"time"

	"reader/articles/internal/textutil"
)

// Where a saved page declares its publication date beyond the tags the
// readability port reads: structured data (JSON-LD "datePublished"),
// library and citation metadata, any meta tag named for the publication's
// date or time (not its update), and the first <time datetime> of the
// page. Compiled on the first saved page, not at every start of the reader.
var dateExprs = sync.OnceValue(func() [5]*regexp.Regexp {
	return [5]*regexp.Regexp{
		regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{8,40})"`),
		regexp.MustCompile(`(?i)<meta\s[^>]*(?:name|property|itemprop)\s*=\s*["']([\w.:-]{4,40})["'][^>]*>`),
		regexp.MustCompile(`(?i)\scontent\s*=\s*["']([^"']{8,40})["']`),
		regexp.MustCompile(`(?i)<time\s[^>]*datetime\s*=\s*["']([^"']{8,40})["']`),
		regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])`),
	}
})

// publishedMeta: a meta tag's name that declares when the page was
// published (article:published_time, datePublished, citation_date,
// dc.date.issued, pubdate, publish-date, og:publish_date...).
func publishedMeta(name string) bool {
	n := strings.ToLower(name)
	if strings.Contains(n, "modif") || strings.Contains(n, "updat") || strings.Contains(n, "expir") {
		return false
	}
	switch n {
	case "date", "dc.date", "dcterms.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "citation_date":
		return true
	}
	return strings.Contains(n, "publi") || strings.Contains(n, "pubdate") || strings.Contains(n, "pub-date") || strings.Contains(n, "pub_date") ||
		strings.HasPrefix(n, "citation_") && strings.HasSuffix(n, "date") || strings.HasSuffix(n, ".date")
}

// declaredDate is the publication date a saved page declares in its markup,
// read in that order, or the zero time.
func declaredDate(page string) time.Time {
	re := dateExprs()
	jsonLDDateRe, metaRe, metaContentRe, timeDatetimeRe := re[0], re[1], re[2], re[3]
	var cands []string
	if m := jsonLDDateRe.FindStringSubmatch(page); m != nil {
		cands = append(cands, m[1])
	}
	cands = append(cands, metaDates(page, metaRe, metaContentRe)...)
	if m := timeDatetimeRe.FindStringSubmatch(page); m != nil {
		cands = append(cands, m[1])
	}
	return firstDate(cands)
}

// metaDates are the contents of the first four meta tags named for the
// page's publication.
func metaDates(page string, metaRe, contentRe *regexp.Regexp) []string {
	var out []string
	for _, m := range metaRe.FindAllStringSubmatch(page, -1) {
		if !publishedMeta(m[1]) {
			continue
		}
		if c := contentRe.FindStringSubmatch(m[0]); c != nil {
			out = append(out, c[1])
		}
		if len(out) == 4 {
			break
		}
	}
	return out
}

// firstDate reads the first of the values that is a date.
func firstDate(cands []string) time.Time {
	for _, c := range cands {
		if t := parseDeclared(strings.TrimSpace(c)); !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// parseDeclared reads a declared date: RFC 3339 and its looser kin (an
// offset without a colon, a space for the T) by the day they name, in the
// page's own offset; else a date as people write it ("2021 Mar 4",
// "March 4, 2021").
func parseDeclared(v string) time.Time {
	if t := textutil.ParsePublished(v); !t.IsZero() {
		return t
	}
	if m := dateExprs()[4].FindStringSubmatch(v); m != nil {
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			return t
		}
	}
	for _, layout := range []string{"2006 Jan 2", "2006 January 2", "2006/01/02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t
		}
	}
	return time.Time{}
}
