package gbdt

import (
	"bytes"
	"math"
	"math/rand"
	"testing"
)

// xorData is a problem no single split solves: the label is whether two
// features are on the same side of zero, with a third feature of noise.
func xorData(n int, seed int64) ([][]float32, []float64) {
	rng := rand.New(rand.NewSource(seed))
	X := make([][]float32, n)
	y := make([]float64, n)
	for i := range X {
		a, b := rng.Float64()*2-1, rng.Float64()*2-1
		X[i] = []float32{float32(a), float32(b), float32(rng.Float64())}
		if a*b > 0 {
			y[i] = 1
		}
	}
	return X, y
}

func TestTrainLearnsAnInteraction(t *testing.T) {
	X, y := xorData(4000, 1)
	p := DefaultParams()
	p.Trees, p.Depth = 60, 3
	m := Train(X, y, nil, []string{"a", "b", "noise"}, p)
	tx, ty := xorData(1000, 2)
	right := 0
	for i, x := range tx {
		if (m.Prob(x) >= 0.5) == (ty[i] == 1) {
			right++
		}
	}
	if right < 950 {
		t.Fatalf("%d of 1000 held-out rows right, want at least 950", right)
	}
}

func TestTrainingIsDeterministicAndRoundTrips(t *testing.T) {
	X, y := xorData(1500, 3)
	p := DefaultParams()
	p.Trees = 20
	a, err := Train(X, y, nil, []string{"a", "b", "noise"}, p).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Train(X, y, nil, []string{"a", "b", "noise"}, p).Marshal()
	if !bytes.Equal(a, b) {
		t.Fatal("the same data and parameters gave two different models")
	}
	m, err := Unmarshal(a)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := m.Marshal()
	if !bytes.Equal(a, again) {
		t.Fatal("a model read back writes different bytes")
	}
}

func TestExplainSumsToTheScore(t *testing.T) {
	X, y := xorData(1500, 4)
	p := DefaultParams()
	p.Trees = 30
	m := Train(X, y, nil, []string{"a", "b", "noise"}, p)
	roots := m.Bias
	for _, tr := range m.Trees {
		roots += float64(tr.Value[0])
	}
	for _, x := range X[:50] {
		sum := roots
		for _, c := range m.Explain(x) {
			sum += c
		}
		if math.Abs(sum-m.Score(x)) > 1e-4 {
			t.Fatalf("contributions sum to %v, score is %v", sum, m.Score(x))
		}
	}
}

func TestUnmarshalRefusesBrokenTrees(t *testing.T) {
	for name, data := range map[string]string{
		"not json":         `{`,
		"uneven arrays":    `{"features":["a"],"trees":[{"f":[0],"t":[0],"l":[1],"r":[2],"v":[0,0,0]}]}`,
		"child points up":  `{"features":["a"],"trees":[{"f":[0,0,0],"t":[0,0,0],"l":[0,-1,-1],"r":[2,-1,-1],"v":[0,0,0]}]}`,
		"unknown feature":  `{"features":["a"],"trees":[{"f":[3,0,0],"t":[0,0,0],"l":[1,-1,-1],"r":[2,-1,-1],"v":[0,0,0]}]}`,
		"child past array": `{"features":["a"],"trees":[{"f":[0,0,0],"t":[0,0,0],"l":[1,-1,-1],"r":[7,-1,-1],"v":[0,0,0]}]}`,
	} {
		if _, err := Unmarshal([]byte(data)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestColsampleLimitsEachTreesFeatures(t *testing.T) {
	X, y := xorData(1500, 5)
	p := DefaultParams()
	p.Trees, p.Depth, p.Colsample = 40, 2, 0.5
	names := []string{"a", "b", "noise"}
	a, _ := Train(X, y, nil, names, p).Marshal()
	b, _ := Train(X, y, nil, names, p).Marshal()
	if !bytes.Equal(a, b) {
		t.Fatal("the same data and parameters gave two different models")
	}
	p.Colsample = 0
	c, _ := Train(X, y, nil, names, p).Marshal()
	if bytes.Equal(a, c) {
		t.Fatal("Colsample 0.5 gave the model of all features")
	}
}
