package textutil

//go:generate go run ./genprofiles -out langprofiles.go

import (
	"cmp"
	"slices"
	"sync"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// detectWhitelisted is whatlanggo.DetectWithOptions with languageWhitelist
// as its whitelist, giving the same language and confidence (of languages
// equally near, whatlanggo names any, at a confidence of 0), but faster
// where whatlanggo ranks trigrams (the scripts several languages share):
// trigrams are counted as numbers rather than strings, and each is looked
// up once in an index of the profiles rather than each profile's 300
// trigrams once in the text's.
func detectWhitelisted(text string) (whatlanggo.Lang, float64) {
	s := detectScript(text)
	if s < 0 {
		return -1, 0
	}
	ix := profileIndexes()[scriptTables[s]]
	if ix == nil {
		info := whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: languageWhitelist()})
		return info.Lang, info.Confidence
	}
	switch len(ix.langs) {
	case 0:
		return -1, 0
	case 1:
		return ix.langs[0], 1
	}
	ranked := rankTrigrams(text)
	dist := make([]int, len(ix.langs))
	copy(dist, ix.total)
	for pos, tg := range ranked {
		for _, lr := range ix.at[tg] {
			d := pos - int(lr.rank)
			if d < 0 {
				d = -d
			}
			dist[lr.lang] += d - maxTrigramDistance
		}
	}
	return confidence(ix.langs, dist, len(ranked))
}

// whatlanggo's constants.
const (
	maxTrigramDistance = 300
	maxTotalDistance   = 90000
)

// confidence is whatlanggo's calculateConfidence: the nearest language,
// and how much nearer it is than the next. Languages equally near share
// a confidence of 0, whichever whatlanggo would name.
func confidence(langs []whatlanggo.Lang, dist []int, trigrams int) (whatlanggo.Lang, float64) {
	first, second := -1, -1
	for i, d := range dist {
		switch {
		case first < 0 || d < dist[first]:
			first, second = i, first
		case second < 0 || d < dist[second]:
			second = i
		}
	}
	score1 := maxTotalDistance - dist[first]
	score2 := maxTotalDistance - dist[second]
	if score1 == 0 {
		return -1, 0
	} else if score2 == 0 {
		c := float64(score1 / 500) // whatlanggo divides integers here
		if c > 1.0 {
			c = 1.0
		}
		return langs[first], c
	}
	rate := float64(score1-score2) / float64(score2)
	confidentRate := float64(12.0/float64(trigrams)) + 0.05
	if rate > confidentRate {
		return langs[first], 1.0
	}
	return langs[first], rate / confidentRate
}

// trigramKey packs three runes (21 bits each) into one number whose order
// is the order of the trigrams' strings.
func trigramKey(r1, r2, r3 rune) uint64 {
	return uint64(r1)<<42 | uint64(r2)<<21 | uint64(r3)
}

// trigramCounter is the map rankTrigrams counts in, kept for reuse.
var trigramCounter = sync.Pool{New: func() any { return map[uint64]int32{} }}

// rankTrigrams lists the text's trigrams as whatlanggo ranks them: most
// frequent first, ties in reverse order of their strings. Like whatlanggo,
// it lower-cases the text, reads punctuation, symbols, spaces and digits
// as spaces, and skips the trigrams that are a space between spaces or at
// a word's edge.
func rankTrigrams(text string) []uint64 {
	counts := trigramCounter.Get().(map[uint64]int32)
	defer func() {
		clear(counts)
		trigramCounter.Put(counts)
	}()
	r1, r2, started := ' ', ' ', false
	add := func(r3 rune) {
		if !(r2 == ' ' && (r1 == ' ' || r3 == ' ')) {
			counts[trigramKey(r1, r2, r3)]++
		}
		r1, r2 = r2, r3
	}
	for _, r := range text {
		if isStopChar(r) {
			r = ' '
		}
		r = unicode.ToLower(r)
		if !started {
			r2, started = r, true
			continue
		}
		add(r)
	}
	if !started {
		return nil
	}
	add(' ')
	type counted struct {
		key   uint64
		count int32
	}
	list := make([]counted, 0, len(counts))
	for k, n := range counts {
		list = append(list, counted{k, n})
	}
	slices.SortFunc(list, func(a, b counted) int {
		if a.count != b.count {
			return cmp.Compare(b.count, a.count)
		}
		return cmp.Compare(b.key, a.key)
	})
	out := make([]uint64, len(list))
	for i, c := range list {
		out[i] = c.key
	}
	return out
}

// isStopChar is whatlanggo's: a space, punctuation or a digit.
func isStopChar(r rune) bool {
	return unicode.IsSymbol(r) || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsDigit(r)
}

// profileIndex holds the whitelisted profiles of one script.
type profileIndex struct {
	langs []whatlanggo.Lang
	total []int                 // each language's distance from a text sharing none of its trigrams
	at    map[uint64][]langRank // a trigram's ranks in the profiles that have it
}

type langRank struct {
	lang, rank int32
}

// profileIndexes are the profile indexes by script, built on first use.
var profileIndexes = sync.OnceValue(func() map[*unicode.RangeTable]*profileIndex {
	out := map[*unicode.RangeTable]*profileIndex{}
	for script, profiles := range langProfiles {
		ix := &profileIndex{at: map[uint64][]langRank{}}
		for lang := range profiles {
			ix.langs = append(ix.langs, lang)
		}
		slices.Sort(ix.langs)
		for i, lang := range ix.langs {
			var rank int32
			var tri [3]rune
			n := 0
			for _, r := range profiles[lang] {
				tri[n] = r
				if n++; n < 3 {
					continue
				}
				k := trigramKey(tri[0], tri[1], tri[2])
				ix.at[k] = append(ix.at[k], langRank{int32(i), rank})
				rank, n = rank+1, 0
			}
			ix.total = append(ix.total, int(rank)*maxTrigramDistance)
		}
		out[script] = ix
	}
	return out
})
