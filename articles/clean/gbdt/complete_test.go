package gbdt

import (
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"testing"
)

// realModels reads the cleaner's committed models, the ones whose speed
// matters; nil when the folder is not beside this package.
func realModels(tb testing.TB) map[string]*Model {
	files, _ := filepath.Glob("../models/*.json")
	out := map[string]*Model{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		m, err := Unmarshal(data)
		if err != nil {
			tb.Fatal(err)
		}
		out[filepath.Base(f)] = m
	}
	return out
}

// inputsNear draws inputs whose values sit on, just beside and far from the
// model's own thresholds, with some NaN and infinities, so every side of
// every split is taken, ties included.
func inputsNear(m *Model, n int, seed int64) [][]float32 {
	rng := rand.New(rand.NewSource(seed))
	thr := make([][]float32, len(m.Features))
	for _, t := range m.Trees {
		for i, f := range t.Feature {
			if t.Left[i] >= 0 {
				thr[f] = append(thr[f], t.Threshold[i])
			}
		}
	}
	out := make([][]float32, n)
	for i := range out {
		x := make([]float32, len(m.Features))
		for f := range x {
			switch r := rng.Intn(20); {
			case r == 0:
				x[f] = float32(math.NaN())
			case r == 1:
				x[f] = float32(math.Inf(2*rng.Intn(2) - 1))
			case len(thr[f]) > 0 && r < 18:
				t := thr[f][rng.Intn(len(thr[f]))]
				switch rng.Intn(3) {
				case 0:
					x[f] = t
				case 1:
					x[f] = math.Nextafter32(t, float32(math.Inf(1)))
				default:
					x[f] = math.Nextafter32(t, float32(math.Inf(-1)))
				}
			default:
				x[f] = float32(rng.NormFloat64() * 10)
			}
		}
		out[i] = x
	}
	return out
}

// TestCompleteTreesScoreTheSameBits holds the complete layout to the
// node-by-node walk, bit for bit, on trained and committed models.
func TestCompleteTreesScoreTheSameBits(t *testing.T) {
	models := realModels(t)
	X, y := xorData(1500, 6)
	for _, depth := range []int{1, 3, 5, 6} {
		p := DefaultParams()
		p.Trees, p.Depth = 40, depth
		p.MinLeaf = 5
		models["xor depth "+string(rune('0'+depth))] = Train(X, y, nil, []string{"a", "b", "noise"}, p)
	}
	for name, m := range models {
		m.pack()
		if m.full == nil {
			t.Fatalf("%s: not laid out complete", name)
		}
		for i, x := range inputsNear(m, 3000, 7) {
			got, want := m.Score(x), m.scorePacked(x)
			if math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("%s: input %d: complete trees score %v, the node walk %v", name, i, got, want)
			}
		}
	}
}

// TestDeepTreesWalkNodeByNode: a model deeper than the complete layout
// allows still scores.
func TestDeepTreesWalkNodeByNode(t *testing.T) {
	X, y := xorData(3000, 8)
	p := DefaultParams()
	p.Trees, p.Depth, p.MinLeaf = 10, maxCompleteDepth+3, 1
	m := Train(X, y, nil, []string{"a", "b", "noise"}, p)
	m.pack()
	if m.full != nil {
		t.Skip("the trees did not grow deeper than the complete layout")
	}
	if got, want := m.Score(X[0]), m.scorePacked(X[0]); got != want {
		t.Fatalf("score %v, want %v", got, want)
	}
}

// BenchmarkScore times a row's score by the complete trees' walk and by
// the packed nodes' walk it replaced.
func BenchmarkScore(b *testing.B) {
	models := realModels(b)
	m := models["line2.json"]
	if m == nil {
		b.Skip("no committed models")
	}
	xs := inputsNear(m, 1000, 9)
	for _, c := range []struct {
		name  string
		score func([]float32) float64
	}{{"complete", m.Score}, {"packed", m.scorePacked}} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				for _, x := range xs {
					c.score(x)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(xs)), "ns/row")
		})
	}
}

// TestExplainOverPackedNodes holds Explain, which walks the packed
// nodes, to the walk over the trees' own arrays, bit for bit.
func TestExplainOverPackedNodes(t *testing.T) {
	for name, m := range realModels(t) {
		for i, x := range inputsNear(m, 500, 11) {
			want := make([]float64, len(m.Features))
			for k := range m.Trees {
				tr := &m.Trees[k]
				n := int32(0)
				for tr.Left[n] >= 0 {
					next := tr.Right[n]
					if x[tr.Feature[n]] <= tr.Threshold[n] {
						next = tr.Left[n]
					}
					want[tr.Feature[n]] += float64(tr.Value[next] - tr.Value[n])
					n = next
				}
			}
			for f, got := range m.Explain(x) {
				if math.Float64bits(got) != math.Float64bits(want[f]) {
					t.Fatalf("%s: input %d: feature %d: %v, want %v", name, i, f, got, want[f])
				}
			}
		}
	}
}
