package corpus

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// LoadStoplists reads the jusText stop-word lists from root/stoplists:
// language name (the file name without .txt, e.g. "English") to the set
// of its lower-cased stop words.
func LoadStoplists(root string) (map[string]map[string]bool, error) {
	files, err := filepath.Glob(filepath.Join(root, "stoplists", "*.txt"))
	if err != nil {
		return nil, err
	}
	out := make(map[string]map[string]bool, len(files))
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, err
		}
		set := map[string]bool{}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			if w := strings.ToLower(strings.TrimSpace(sc.Text())); w != "" {
				set[w] = true
			}
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
		out[strings.TrimSuffix(filepath.Base(f), ".txt")] = set
	}
	return out, nil
}

// GuessLang returns the language whose stop words cover the largest share
// of the Tokens of text, or "" when no list covers at least 10% of them.
// Ties go to the alphabetically first language.
func GuessLang(text string, stoplists map[string]map[string]bool) string {
	toks := Tokens(text)
	if len(toks) == 0 {
		return ""
	}
	names := make([]string, 0, len(stoplists))
	for name := range stoplists {
		names = append(names, name)
	}
	sort.Strings(names)
	best, bestN := "", 0
	for _, name := range names {
		set := stoplists[name]
		n := 0
		for _, t := range toks {
			if set[t] {
				n++
			}
		}
		if n > bestN {
			best, bestN = name, n
		}
	}
	if bestN*10 < len(toks) {
		return ""
	}
	return best
}
