package ui

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// Whole screens at fixed sizes; refresh with `go test ./ui -update`.
func TestGoldenScreens(t *testing.T) {
	cases := []struct {
		name string
		w, h int
		keys []string
	}{
		{"list_80x24", 80, 24, nil},
		{"list_200x50", 200, 50, nil},
		{"list_expanded_120x40", 120, 40, []string{"l", "j", "j", "j", "r"}},
		{"list_alone_80x24", 80, 24, []string{"l", "z"}},
		{"article_80x24", 80, 24, []string{"enter"}},
		{"article_200x50", 200, 50, []string{"enter"}},
		{"article_alone_200x50", 200, 50, []string{"z", "enter"}},
		{"help_80x24", 80, 24, []string{"?"}},
		{"help_200x50", 200, 50, []string{"?"}},
		{"compare_sides_80x24", 80, 24, []string{"c"}},
		{"compare_sides_200x50", 200, 50, []string{"c", "n"}},
		{"compare_facts_80x24", 80, 24, []string{"c", "f"}},
		{"compare_facts_200x50", 200, 50, []string{"c", "f", "j"}},
		{"compare_fact_open_80x24", 80, 24, []string{"c", "f", "enter"}},
		{"compare_facts_120x40", 120, 40, []string{"c", "f"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, _ := newTestModel(t, c.w, c.h)
			m = keys(t, m, c.keys...)
			golden.RequireEqual(t, []byte(m.View()))
		})
	}
}
