package facts

import (
	"os"
	"path/filepath"
	"reader/articles"
	"testing"
)

// benchArticles are the built-in sample and the labelled multi-source set:
// 69 articles in four languages, with page furniture.
func benchArticles(b *testing.B) []articles.Article {
	b.Helper()
	arts, _ := articles.ParseBatch(articles.Builtin())
	files, _ := filepath.Glob("../events/testdata/multisource/*.txt")
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		if a, err := articles.Parse(articles.RawFile{Name: filepath.Base(p), Data: raw}); err == nil {
			arts = append(arts, a)
		}
	}
	return arts
}

// BenchmarkExtract measures fact extraction, one article an operation.
func BenchmarkExtract(b *testing.B) {
	arts := benchArticles(b)
	words := 0
	for _, a := range arts {
		words += a.Words()
	}
	b.ResetTimer()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Extract(arts[i%len(arts)])
	}
	b.ReportMetric(float64(words)/float64(len(arts)), "words/article")
}
