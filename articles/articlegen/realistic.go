package articlegen

import (
	"fmt"
	"math/rand"
	"strings"

	"reader/articles"
)

// MaxEventSize is the most reports GenerateRealistic gives one event.
const MaxEventSize = 300

// GenerateRealistic returns n articles whose events are sized as news is:
// most stories have one to a few reports, a few have hundreds (sizes drawn
// with a probability falling as 1/size², from 1 to MaxEventSize, about four
// reports per event on average, the first event the largest possible). The
// reports of all events are interleaved, each from one of some 400 outlets,
// and their background prose draws on a vocabulary of tens of thousands of
// words per language with a natural (Zipf) spread, so fingerprints and
// candidate lists are as large as real ones. It is deterministic for a seed.
func GenerateRealistic(seed int64, n int) ([]articles.RawFile, Truth) {
	r := rand.New(rand.NewSource(seed))
	sizes := eventSizes(r, n)
	evs := make([]event, len(sizes))
	for i := range evs {
		evs[i] = newEvent(r, i)
		if i%4 == 3 {
			evs[i].entity = evs[i-1].entity // related: same actor, another happening
		}
	}
	order := make([]int, 0, n) // the event of each article, in the order they appear
	for e, size := range sizes {
		for k := 0; k < size; k++ {
			order = append(order, e)
		}
	}
	r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	outlets := realisticOutlets(r)
	vocab := newVocabulary(r)
	files := make([]articles.RawFile, 0, n)
	truth := Truth{}
	for i, e := range order {
		name := fmt.Sprintf("gen/%s/%06d.txt", outlets[r.Intn(len(outlets))], i)
		files = append(files, articles.RawFile{Name: name, Data: []byte(evs[e].writeWith(r, vocab.filler))})
		truth[name] = e
	}
	return files, truth
}

// eventSizes draws event sizes summing to n: the first MaxEventSize (or
// n), the others with P(size) ∝ 1/size² on 1..MaxEventSize.
func eventSizes(r *rand.Rand, n int) []int {
	cum := make([]float64, MaxEventSize+1)
	for s := 1; s <= MaxEventSize; s++ {
		cum[s] = cum[s-1] + 1/float64(s*s)
	}
	var sizes []int
	left := n
	for left > 0 {
		size := MaxEventSize
		if len(sizes) > 0 {
			x := r.Float64() * cum[MaxEventSize]
			size = 1
			for cum[size] < x {
				size++
			}
		}
		size = min(size, left)
		sizes = append(sizes, size)
		left -= size
	}
	return sizes
}

// realisticOutlets names the outlets: the usual few and some 400 made-up
// ones, as a large aggregator sees.
func realisticOutlets(r *rand.Rand) []string {
	list := append([]string(nil), outlets...)
	kinds := []string{"times", "post", "herald", "news", "daily", "journal", "courier", "tribune", "zeitung", "diario"}
	seen := map[string]bool{}
	for len(list) < 408 {
		name := strings.ToLower(properName(r, 2+r.Intn(2))) + "-" + pick(r, kinds)
		if !seen[name] {
			seen[name] = true
			list = append(list, name)
		}
	}
	return list
}

// vocabulary is each language's words, the common ones first, for a Zipf draw.
type vocabulary struct {
	words map[string][]string
	zipf  map[string]*rand.Zipf
}

// vocabularySize is how many words each language's prose draws from.
const vocabularySize = 40000

func newVocabulary(r *rand.Rand) vocabulary {
	v := vocabulary{words: map[string][]string{}, zipf: map[string]*rand.Zipf{}}
	for _, lang := range []string{"en", "fr", "de", "es"} {
		words := append([]string(nil), fillerWords[lang]...)
		seen := map[string]bool{}
		for _, w := range words {
			seen[w] = true
		}
		for len(words) < vocabularySize {
			w := strings.ToLower(properName(r, 2+r.Intn(3)))
			if !seen[w] {
				seen[w] = true
				words = append(words, w)
			}
		}
		v.words[lang] = words
		v.zipf[lang] = rand.NewZipf(r, 1.1, 2, uint64(len(words)-1))
	}
	return v
}

// filler is a sentence or three of background prose in the language, its
// words drawn from the whole vocabulary.
func (v vocabulary) filler(r *rand.Rand, lang string) string {
	words, z := v.words[lang], v.zipf[lang]
	var sentences []string
	for s := 0; s < 1+r.Intn(3); s++ {
		n := 10 + r.Intn(15)
		ws := make([]string, n)
		for i := range ws {
			ws[i] = words[z.Uint64()]
		}
		ws[0] = capitalise(ws[0])
		sentences = append(sentences, strings.Join(ws, " ")+".")
	}
	return strings.Join(sentences, " ")
}

// capitalise upper-cases the first letter, whatever its length in bytes.
func capitalise(w string) string {
	for i := range w {
		if i > 0 {
			return strings.ToUpper(w[:i]) + w[i:]
		}
	}
	return strings.ToUpper(w)
}
