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
// library and citation metadata, and the first <time datetime> of the page.
// Compiled on the first saved page, not at every start of the reader.
var dateExprs = sync.OnceValue(func() [4]*regexp.Regexp {
	return [4]*regexp.Regexp{
		regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{8,40})"`),
		regexp.MustCompile(`(?i)<meta\s[^>]*(?:name|property|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|datepublished|dc\.date|dc\.date\.issued|dcterms\.date|citation_date|citation_publication_date|pubdate|publishdate|publish-date|published-date|sailthru\.date|parsely-pub-date)["'][^>]*>`),
		regexp.MustCompile(`(?i)\scontent\s*=\s*["']([^"']{8,40})["']`),
		regexp.MustCompile(`(?i)<time\s[^>]*datetime\s*=\s*["']([^"']{8,40})["']`),
	}
})

// declaredDate is the publication date a saved page declares in its markup,
// read in that order, or the zero time.
func declaredDate(page string) time.Time {
	re := dateExprs()
	jsonLDDateRe, metaDateRe, metaContentRe, timeDatetimeRe := re[0], re[1], re[2], re[3]
	var cands []string
	if m := jsonLDDateRe.FindStringSubmatch(page); m != nil {
		cands = append(cands, m[1])
	}
	for _, tag := range metaDateRe.FindAllString(page, 4) {
		if m := metaContentRe.FindStringSubmatch(tag); m != nil {
			cands = append(cands, m[1])
		}
	}
	if m := timeDatetimeRe.FindStringSubmatch(page); m != nil {
		cands = append(cands, m[1])
	}
	for _, c := range cands {
		if t := textutil.ParsePublished(strings.TrimSpace(c)); !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}
