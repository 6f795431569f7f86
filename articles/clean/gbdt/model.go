// Package gbdt is a small gradient-boosted decision tree classifier: trained
// deterministically in pure Go, stored as JSON, and evaluated with a few
// comparisons per tree, so a model can judge every line of every imported
// page at the speed of arithmetic.
package gbdt

import (
	"encoding/json"
	"fmt"
	"math"
)

// Model is a sum of regression trees whose output is a log-odds score.
type Model struct {
	Features []string `json:"features"` // the name of each input, for explanations and checks
	Bias     float64  `json:"bias"`
	Trees    []Tree   `json:"trees"`

	packed []node         // the trees packed for Score, built by Unmarshal or on first use
	roots  []int          // where each tree starts in packed
	full   []completeTree // the trees laid out complete (complete.go), nil when too deep
	depth  int            // the complete trees' depth
}

// Tree is one regression tree in flat arrays. Node 0 is the root; a node with
// Left < 0 is a leaf. An input goes left when x[Feature] <= Threshold.
// Value holds every node's output (the leaf's, or what the subtree averages
// to), so a prediction can be explained feature by feature.
type Tree struct {
	Feature   []int32   `json:"f"`
	Threshold []float32 `json:"t"`
	Left      []int32   `json:"l"`
	Right     []int32   `json:"r"`
	Value     []float32 `json:"v"`
}

// node is one node of a tree packed for prediction: a split, or a leaf
// (left < 0) whose output is value.
type node struct {
	feature     int32
	threshold   float32
	left, right int32
	value       float32
}

// Score is the model's log-odds for x.
func (m *Model) Score(x []float32) float64 {
	if m.packed == nil {
		m.pack()
	}
	if m.full != nil {
		return m.scoreComplete(x)
	}
	return m.scorePacked(x)
}

// scorePacked is Score walking the packed trees node by node, for models
// too deep to lay out complete.
func (m *Model) scorePacked(x []float32) float64 {
	s := m.Bias
	for _, root := range m.roots {
		nodes := m.packed[root:]
		n := int32(0)
		for nodes[n].left >= 0 {
			if x[nodes[n].feature] <= nodes[n].threshold {
				n = nodes[n].left
			} else {
				n = nodes[n].right
			}
		}
		s += float64(nodes[n].value)
	}
	return s
}

// pack lays every tree's nodes out side by side in one slice, so a
// prediction reads one cache line a node instead of five arrays.
func (m *Model) pack() {
	var packed []node
	roots := make([]int, len(m.Trees))
	for i, t := range m.Trees {
		roots[i] = len(packed)
		for j := range t.Left {
			packed = append(packed, node{t.Feature[j], t.Threshold[j], t.Left[j], t.Right[j], t.Value[j]})
		}
	}
	m.packed, m.roots = packed, roots
	m.full, m.depth = m.complete()
}

// Prob is the model's probability for x.
func (m *Model) Prob(x []float32) float64 { return Sigmoid(m.Score(x)) }

// Explain splits the score of x among the features: each split on a path
// credits its feature with how much the output moved (Saabas' method). The
// contributions and the trees' root values sum to Score(x).
func (m *Model) Explain(x []float32) []float64 {
	if m.packed == nil {
		m.pack()
	}
	out := make([]float64, len(m.Features))
	// The packed nodes, one cache line a node rather than five arrays:
	// the cleaner explains every line it removes.
	for _, root := range m.roots {
		nodes := m.packed[root:]
		n := int32(0)
		for nodes[n].left >= 0 {
			nd := &nodes[n]
			next := nd.right
			if x[nd.feature] <= nd.threshold {
				next = nd.left
			}
			out[nd.feature] += float64(nodes[next].value - nd.value)
			n = next
		}
	}
	return out
}

// Sigmoid maps a log-odds to a probability.
func Sigmoid(s float64) float64 { return 1 / (1 + math.Exp(-s)) }

// Unmarshal reads a model and checks that its trees are well formed, so a
// damaged file is an error instead of a panic at the first prediction.
func Unmarshal(data []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	for ti, t := range m.Trees {
		n := len(t.Left)
		if n == 0 || len(t.Right) != n || len(t.Feature) != n || len(t.Threshold) != n || len(t.Value) != n {
			return nil, fmt.Errorf("read model: tree %d: arrays of different lengths", ti)
		}
		for i := 0; i < n; i++ {
			if t.Left[i] < 0 {
				continue
			}
			if t.Left[i] <= int32(i) || t.Right[i] <= int32(i) || int(t.Left[i]) >= n || int(t.Right[i]) >= n ||
				t.Feature[i] < 0 || int(t.Feature[i]) >= len(m.Features) {
				return nil, fmt.Errorf("read model: tree %d: bad node %d", ti, i)
			}
		}
	}
	m.pack()
	return &m, nil
}

// Marshal writes the model compactly, one tree a line, so that retraining on
// the same data gives the same bytes and a diff shows what changed.
func (m *Model) Marshal() ([]byte, error) {
	head, err := json.Marshal(struct {
		Features []string `json:"features"`
		Bias     float64  `json:"bias"`
	}{m.Features, m.Bias})
	if err != nil {
		return nil, err
	}
	out := append(head[:len(head)-1:len(head)-1], `,"trees":[`...)
	for i, t := range m.Trees {
		b, err := json.Marshal(t)
		if err != nil {
			return nil, err
		}
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, '\n')
		out = append(out, b...)
	}
	return append(out, "\n]}\n"...), nil
}
