package articles

import "testing"

func TestDeclaredDateReadsStructuredDataMetaAndTime(t *testing.T) {
	cases := map[string]string{
		`<script type="application/ld+json">{"@graph":[{"@type":"Article","datePublished":"2024-03-17T19:47:39+00:00"}]}</script>`:            "2024-03-17",
		`<meta name="citation_date" content="2019-06-25">`:                                                                                    "2019-06-25",
		`<meta content="2022-10-05" property="article:published_time">`:                                                                       "2022-10-05",
		`<p>Posted <time class="x" datetime="2021-06-06">June 6</time></p>`:                                                                   "2021-06-06",
		`<meta name="description" content="2020-01-01 was a year"><p>No date</p>`:                                                             "",
		`<meta itemprop="dateModified" content="2022-06-30T08:00:00-0700"><meta itemprop="datePublished" content="2021-03-04T23:10:00-0800">`: "2021-03-04",
		`<meta name="citation_publication_date" content="2021 Mar 4">`:                                                                        "2021-03-04",
		`<meta name="published" content="March 5, 2021">`:                                                                                     "2021-03-05",
		`<meta name="x-published-date" content="2021-03-06T06:00:00.000Z">`:                                                                   "2021-03-06",
		`<meta property="article:modified_time" content="2022-06-30T08:00:00+00:00">`:                                                         "",
	}
	for page, want := range cases {
		got := ""
		if d := declaredDate(page); !d.IsZero() {
			got = d.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("declaredDate(%q) = %q, want %q", page, got, want)
		}
	}
}

func TestSavedPageDateFromStructuredData(t *testing.T) {
	page := stormPage(`<title>Storm closes the harbour</title>
<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-03-17T08:00:00+01:00"}]}</script>`, "", "")
	a, err := Parse(RawFile{Name: "storm.html", Data: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published.Format("2006-01-02"); got != "2024-03-17" {
		t.Errorf("published %s, want 2024-03-17 from the page's structured data", got)
	}
}
