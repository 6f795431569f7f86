package clean_test

import (
	"testing"

	"reader/articles/articlegen"
	"reader/articles/clean"
)

// BenchmarkClean cleans generated articles one after another on one
// goroutine: the line model's passes and the rules, without the reading
// of files, the cross-document pass or the parallelism BenchmarkParse
// (articlegen) includes.
func BenchmarkClean(b *testing.B) {
	files, _ := articlegen.Generate(3, 500, 125)
	b.SetBytes(int64(articlegen.Size(files)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, f := range files {
			clean.Prepare(string(f.Data)).Finish()
		}
	}
}
