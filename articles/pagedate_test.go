package articles

import "testing"

func TestDeclaredDateReadsStructuredDataMetaAndTime(t *testing.T) {
	cases := map[string]string{
		`<script type="application/ld+json">{"@graph":[{"@type":"Article","datePublished":"2024-03-17T19:47:39+00:00"}]}</script>`:            "2024-03-17",
		`<meta name="citation_date" content="2019-06-25">`:                                                                                    "2019-06-25",
		`<meta content="2022-10-05" property="article:published_time">`:                                                                       "2022-10-05",
		`<p>Posted <time class="x" datetime="2021-06-06">June 6</time></p>`:                                                                   "2021-06-06",
		`<meta name="description" content="2020-01-01 was a year"><p>No date</p>`:                                                             "",
		`<meta itemprop="dateModified" content="2025-05-23T07:33:38-0700"><meta itemprop="datePublished" content="2020-12-23T23:48:54-0800">`: "2020-12-23",
		`<meta name="citation_publication_date" content="2023 Jan 7">`:                                                                        "2023-01-07",
		`<meta name="published" content="July 17, 2025">`:                                                                                     "2025-07-17",
		`<meta name="w-published-date" content="2025-05-27T06:03:43.274Z">`:                                                                   "2025-05-27",
		`<meta property="article:modified_time" content="2024-03-19T14:01:40+00:00">`:                                                         "",
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
