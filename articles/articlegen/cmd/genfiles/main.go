// Command genfiles writes generated article files for measuring the reader
// end to end (.ci/measure): n articles of realistic event sizes
// (articlegen.GenerateRealistic), in folders of at most 20,000 files
// (OUT/part0, OUT/part1, ...), and -extra more reports of the same events,
// articles not among the n, in OUT/new.
//
//	go run ./articles/articlegen/cmd/genfiles -n 100000 -extra 2000 -out DIR
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"reader/articles/articlegen"
)

// partSize is how many files one folder holds.
const partSize = 20000

func main() {
	n := flag.Int("n", 10000, "how many articles")
	extra := flag.Int("extra", 0, "how many more articles to write to OUT/new")
	seed := flag.Int64("seed", 13, "the generator's seed")
	out := flag.String("out", "", "the folder to write (created)")
	flag.Parse()
	if *out == "" || *n < 1 || *extra < 0 {
		fmt.Fprintln(os.Stderr, "usage: genfiles [-n N] [-extra K] [-seed S] -out DIR")
		os.Exit(2)
	}
	if err := write(*out, *seed, *n, *extra); err != nil {
		fmt.Fprintln(os.Stderr, "genfiles:", err)
		os.Exit(1)
	}
}

// write generates n+extra articles, shuffled over their events, and writes
// the first n into parts and the last extra into OUT/new.
func write(out string, seed int64, n, extra int) error {
	files, _ := articlegen.GenerateRealistic(seed, n+extra)
	for i, f := range files {
		folder := fmt.Sprintf("part%d", i/partSize)
		if i >= n {
			folder = "new"
		}
		path := filepath.Join(out, folder, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			return err
		}
		files[i].Data = nil
	}
	return nil
}
