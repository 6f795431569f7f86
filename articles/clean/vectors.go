package clean

import (
	"strings"
	"sync"

	"reader/articles/internal/textutil"
)

// The line model sees each line as a vector: its own shape, its place on the
// page, the shapes of the two lines before and after it, and how far it is
// from the page's prose. featureNames names the entries in order.
var featureNames = sync.OnceValue(func() []string {
	own := []string{"words", "chars", "sentence", "colon", "stop", "stop count", "caps", "acronyms",
		"digits", "punct", "cjk", "separators", "commas", "list", "year", "date", "clock", "url", "quote",
		"byline", "date line", "headline", "label", "starts upper", "copies before", "copies after", "indent", "blank before",
		"call to action", "disclosure", "overlap previous", "overlap next"}
	for _, v := range vocabReasons {
		own = append(own, "vocab "+v)
	}
	names := append([]string(nil), own...)
	names = append(names, "position", "from top", "from bottom", "char position", "page lines", "page max words",
		"words of max", "short run", "prose above", "prose below", "inside prose", "prose near",
		"prose words above", "window words", "since furniture heading", "to furniture heading")
	for _, off := range []string{"-2", "-1", "+1", "+2"} {
		for _, f := range neighbourFeatures {
			names = append(names, f+" "+off)
		}
	}
	return names
})

var neighbourFeatures = []string{"words", "sentence", "stop", "list", "vocab", "prose", "digits"}

// pageVectors computes the line model's input for every unit of a page.
func pageVectors(c *cleaning) [][]float32 {
	n := len(c.units)
	// Each line is split into words once; every feature reads these.
	// Each word's stop-word lists (and whether it is a stop-word at all)
	// are looked up once, into one backing array.
	words, lowers, size := c.splitWords()
	bitsAll := make([]uint64, 0, size)
	bits := make([][]uint64, n)
	for i, ws := range lowers {
		start := len(bitsAll)
		bitsAll = textutil.WordBits(bitsAll, ws)
		bits[i] = bitsAll[start:len(bitsAll):len(bitsAll)]
	}
	stop := pageStoplist(bits)
	shapes := make([]lineShape, n)
	keys := map[string]int{}
	c.folded = make([]string, n)
	folded := c.folded
	c.own = make([]wordSet, n)
	own := c.own
	for i, u := range c.units {
		shapes[i] = shapeOf(u, c.phrases[i], words[i], lowers[i], bits[i], stop, c.vocab[i])
		folded[i] = strings.Join(lowers[i], " ")
		shapes[i].before = float64(keys[folded[i]])
		keys[folded[i]]++
		own[i] = contentOfBits(lowers[i], bits[i])
	}
	for i := range shapes {
		if i > 0 {
			shapes[i].overPrev = overlap(own[i], own[i-1])
		}
		if i+1 < n {
			shapes[i].overNext = overlap(own[i], own[i+1])
		}
	}
	var total, maxWords, proseWords float64
	firstProse, lastProse := -1, -1
	for i, s := range shapes {
		shapes[i].after = float64(keys[folded[i]]) - shapes[i].before - 1
		total += s.chars
		maxWords = max(maxWords, s.words)
		if s.prose {
			if firstProse < 0 {
				firstProse = i
			}
			lastProse = i
			proseWords += s.words
		}
	}
	// Distances to the nearest prose line above and below.
	above, below := make([]int, n), make([]int, n)
	last := -1
	for i := 0; i < n; i++ {
		above[i] = 1000
		if last >= 0 {
			above[i] = i - last
		}
		if shapes[i].prose {
			last = i
		}
	}
	last = -1
	for i := n - 1; i >= 0; i-- {
		below[i] = 1000
		if last >= 0 {
			below[i] = last - i
		}
		if shapes[i].prose {
			last = i
		}
	}
	// Distances to the nearest line above and below whose vocabulary opens
	// a block of furniture (related links, comments).
	sinceHead, toHead := make([]int, n), make([]int, n)
	last = -1
	for i := 0; i < n; i++ {
		sinceHead[i] = 1000
		if last >= 0 {
			sinceHead[i] = i - last
		}
		if opensFurniture(c.vocab[i]) {
			last = i
		}
	}
	last = -1
	for i := n - 1; i >= 0; i-- {
		toHead[i] = 1000
		if last >= 0 {
			toHead[i] = last - i
		}
		if opensFurniture(c.vocab[i]) {
			last = i
		}
	}
	out := make([][]float32, n)
	width := len(featureNames())
	flat := make([]float32, n*width) // one allocation for the page's vectors
	var chars, prosAbove float64
	for i, s := range shapes {
		v := flat[i*width : i*width : (i+1)*width]
		v = appendOwn(v, s)
		run := 0
		if s.words <= 6 {
			for j := i; j >= 0 && shapes[j].words <= 6; j-- {
				run++
			}
			for j := i + 1; j < n && shapes[j].words <= 6; j++ {
				run++
			}
		}
		near, window := 0, 0.0
		for j := max(0, i-5); j <= min(n-1, i+5); j++ {
			if shapes[j].prose && j != i {
				near++
			}
			if j >= i-3 && j <= i+3 {
				window += shapes[j].words
			}
		}
		inside := firstProse >= 0 && i >= firstProse && i <= lastProse
		v = append(v, f32(float64(i)/float64(max(n-1, 1))), f32(logp(float64(i))), f32(logp(float64(n-1-i))),
			f32(chars/max(total, 1)), f32(logp(float64(n))), f32(logp(maxWords)), f32(s.words/max(maxWords, 1)),
			f32(logp(float64(run))), f32(logp(float64(above[i]))), f32(logp(float64(below[i]))), f32(b2f(inside)),
			f32(float64(near)), f32(prosAbove/max(proseWords, 1)), f32(logp(window)),
			f32(logp(float64(sinceHead[i]))), f32(logp(float64(toHead[i]))))
		for _, off := range []int{-2, -1, 1, 2} {
			j := i + off
			if j < 0 || j >= n {
				v = append(v, -1, -1, -1, -1, -1, -1, -1)
				continue
			}
			t := shapes[j]
			v = append(v, f32(logp(t.words)), f32(t.sentence), f32(t.stop), f32(t.list), f32(b2f(t.vocab != "")),
				f32(b2f(t.prose)), f32(t.digits))
		}
		out[i] = v
		chars += s.chars
		if s.prose {
			prosAbove += s.words
		}
	}
	return out
}

// opensFurniture: vocabulary that heads the furniture after a story
// (related links, comments). Share and sign-up bars also stand above
// stories, so they do not count.
func opensFurniture(vocab string) bool {
	switch vocab {
	case "related link", "comment form":
		return true
	}
	return false
}

func appendOwn(v []float32, s lineShape) []float32 {
	v = append(v, f32(logp(s.words)), f32(logp(s.chars)), f32(s.sentence), f32(s.colon), f32(s.stop), f32(logp(s.stopCount)),
		f32(s.caps), f32(s.acronyms), f32(s.digits), f32(s.punct), f32(s.cjk), f32(s.seps), f32(s.commas), f32(s.list),
		f32(s.year), f32(s.date), f32(s.clock), f32(s.url), f32(s.quote), f32(s.byline), f32(s.dateLine),
		f32(s.headline), f32(s.label), f32(s.startsUpper), f32(logp(s.before)), f32(logp(s.after)), f32(s.indent), f32(s.blank),
		f32(s.cta), f32(s.disclosure), f32(s.overPrev), f32(s.overNext))
	for _, r := range vocabReasons {
		v = append(v, f32(b2f(s.vocab == r)))
	}
	return v
}

func f32(x float64) float32 { return float32(x) }

// pageStoplist picks the page's language by the stop-words of its
// sentences: the first lines of prose length tell it as well as the whole
// page, and menus' words would only blur it.
// bits are the lines' words' StoplistBits.
func pageStoplist(bits [][]uint64) *textutil.Stoplist {
	var prose [][]uint64
	n := 0
	for _, l := range bits {
		if len(l) >= 8 {
			prose = append(prose, l)
			n += len(l)
		}
		if n > 600 {
			break
		}
	}
	if n == 0 {
		return textutil.StoplistForBits(bits)
	}
	return textutil.StoplistForBits(prose)
}

// The second pass sees what the first pass thought of the line and of its
// neighbours: furniture comes in blocks, and so does the story.
var secondNames = []string{"p1", "p1 -1", "p1 -2", "p1 +1", "p1 +2", "p1 mean 5", "p1 max 3", "p1 page mean",
	"p1 mass above", "p1 mass below", "p1 dist high above", "p1 dist high below",
	"story vocabulary", "story vocabulary depth", "p1 high above", "p1 high below",
	"in story span", "past story span", "before story span"}

// secondVectors appends the neighbours' first-pass probabilities to each
// line's vector.
// own are the lines' content words: how much of a line's vocabulary the
// rest of the story (as the first pass sees it) uses tells the story's
// lines from furniture that reads like prose (calls to action, an outlet's
// boilerplate, other stories' titles).
func secondVectors(base [][]float32, p []float64, words []float64, own []wordSet) [][]float32 {
	n := len(p)
	at := func(j int) float32 {
		if j < 0 || j >= n {
			return -1
		}
		return f32(p[j])
	}
	var mean, mass float64
	for i := range p {
		mean += p[i]
		mass += p[i] * words[i]
	}
	mean /= max(float64(n), 1)
	out := make([][]float32, n)
	width := len(featureNames()) + len(secondNames)
	if n > 0 {
		width = len(base[0]) + len(secondNames) // a saved page's vectors carry its markup's features too
	}
	flat := make([]float32, n*width)
	var massAbove float64
	lastHigh := -1000
	distAbove := make([]int, n)
	for i := range p {
		distAbove[i] = i - lastHigh
		if p[i] > 0.8 && words[i] >= 8 {
			lastHigh = i
		}
	}
	nextHigh := 1000 + n
	distBelow := make([]int, n)
	highAbove, highBelow := make([]int, n), make([]int, n)
	for i, high := n-1, 0; i >= 0; i-- {
		distBelow[i] = nextHigh - i
		highBelow[i] = high
		if p[i] > 0.8 && words[i] >= 8 {
			nextHigh = i
			high++
		}
	}
	for i, high := 0, 0; i < n; i++ {
		highAbove[i] = high
		if p[i] > 0.8 && words[i] >= 8 {
			high++
		}
	}
	// The story's span: the run of lines whose first-pass verdicts,
	// weighed by their words, add up to the most story. Furniture after
	// its end (calls to action, comment prompts, an outlet's boilerplate)
	// reads as prose often enough to fool the first pass line by line.
	spanFrom, spanTo := storySpan(p, words)
	size := 0
	for _, ws := range own {
		size += len(ws)
	}
	storyDF := make(map[string]float64, size) // sized once: growing it cost more than filling it
	for i, ws := range own {
		for _, w := range ws {
			storyDF[w] += p[i]
		}
	}
	for i := range p {
		var m5, mx3 float64
		cnt := 0
		for j := max(0, i-2); j <= min(n-1, i+2); j++ {
			m5 += p[j]
			cnt++
			if j >= i-1 && j <= i+1 && j != i {
				mx3 = max(mx3, p[j])
			}
		}
		v := flat[i*width : i*width : (i+1)*width]
		v = append(v, base[i]...)
		v = append(v, at(i), at(i-1), at(i-2), at(i+1), at(i+2), f32(m5/float64(cnt)), f32(mx3), f32(mean),
			f32(massAbove/max(mass, 1)), f32((mass-massAbove-p[i]*words[i])/max(mass, 1)),
			f32(logp(float64(min(distAbove[i], 1000)))), f32(logp(float64(min(distBelow[i], 1000)))))
		share, depth := float32(-1), float32(-1)
		if len(own[i]) > 0 {
			found, d := 0, 0.0
			for _, w := range own[i] {
				df := storyDF[w] - p[i]
				if df >= 0.5 {
					found++
				}
				d += logp(max(df, 0))
			}
			share, depth = f32(float64(found)/float64(len(own[i]))), f32(d/float64(len(own[i])))
		}
		v = append(v, share, depth, f32(logp(float64(highAbove[i]))), f32(logp(float64(highBelow[i]))),
			f32(b2f(i >= spanFrom && i <= spanTo)), f32(logp(float64(max(0, i-spanTo)))), f32(logp(float64(max(0, spanFrom-i)))))
		out[i] = v
		massAbove += p[i] * words[i]
	}
	return out
}

// storySpan is the run of lines [from, to] with the greatest sum of
// (p - 0.5) weighed by each line's words: the story's extent as the first
// pass sees it. A page with no line above one half gives an empty span
// (from > to).
func storySpan(p, words []float64) (from, to int) {
	best, cur, start := 0.0, 0.0, 0
	from, to = 0, -1
	for i := range p {
		if cur <= 0 {
			cur, start = 0, i
		}
		cur += (p[i] - 0.5) * max(words[i], 1)
		if cur > best {
			best, from, to = cur, start, i
		}
	}
	return from, to
}
