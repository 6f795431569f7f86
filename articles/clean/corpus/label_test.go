package corpus

import (
	"strings"
	"testing"
)

const labelTruth = `The council approved the new budget on Tuesday after a long debate.

Funding

Schools will receive an extra four million pounds next year, the mayor said.

Critics argued that the plan leaves roads and parks without enough money.`

func TestLabel(t *testing.T) {
	lines := []string{
		"Home",                    // menu
		"News Sport Weather",      // menu
		"Council approves budget", // headline, not in the truth
		"",                        // blank
		"The council approved the new budget on Tuesday after a long debate.",
		"Advertisement",
		"Funding", // short subhead in the gap
		"Schools will receive an extra four million pounds next year, the mayor said.",
		"Share this story",
		"Critics argued that the plan leaves roads and parks without enough money.",
		"Related stories",
		"Schools will receive an extra four million pounds next year", // repeated
		"Funding", // repeated short line
		"© 2024 Example News",
	}
	want := []bool{false, false, false, false, true, false, true, true, false, true, false, false, false, false}
	got := Label(lines, labelTruth)
	for i := range lines {
		if got[i] != want[i] {
			t.Errorf("line %d %q: got %v, want %v", i, lines[i], got[i], want[i])
		}
	}
}

func TestLabelMergedAndSplitLines(t *testing.T) {
	// One line holding two truth paragraphs, and a paragraph split by <br>.
	lines := []string{
		"Menu",
		"The council approved the new budget on Tuesday after a long debate. Funding",
		"Schools will receive an extra four million pounds",
		"next year, the mayor said.",
		"Critics argued that the plan leaves roads and parks without enough money. Read more about money in parks here",
	}
	want := []bool{false, true, true, true, true}
	got := Label(lines, labelTruth)
	for i := range lines {
		if got[i] != want[i] {
			t.Errorf("line %d %q: got %v, want %v", i, lines[i], got[i], want[i])
		}
	}
}

func TestLabelEmpty(t *testing.T) {
	if got := Label([]string{"a b c", ""}, ""); got[0] || got[1] {
		t.Errorf("empty truth labelled body: %v", got)
	}
	if got := Label(nil, labelTruth); len(got) != 0 {
		t.Errorf("no lines gave %v", got)
	}
}

func TestLabelCJK(t *testing.T) {
	truth := "今日は晴れです。明日は雨が降るでしょう。"
	lines := []string{"ホーム", "今日は晴れです。", "明日は雨が降るでしょう。", "関連記事"}
	got := Label(lines, truth)
	want := []bool{false, true, true, false}
	for i := range lines {
		if got[i] != want[i] {
			t.Errorf("line %d %q: got %v, want %v", i, lines[i], got[i], want[i])
		}
	}
}

func BenchmarkLabelLongPage(b *testing.B) {
	var truth, page []string
	for i := 0; i < 300; i++ {
		s := strings.Repeat("word ", i%7) + "paragraph number " + strings.Repeat("x", i%5+1) + " about the story of the day and more"
		truth = append(truth, s)
		page = append(page, "menu item", s, "share")
	}
	for i := 0; i < 4000; i++ {
		page = append(page, "link to another story of the day")
	}
	main := strings.Join(truth, "\n\n")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Label(page, main)
	}
}

func TestLabelTableOutOfOrder(t *testing.T) {
	// The truth reads a two-column table column by column; the page row
	// by row.
	truth := "Pros\n\nFast service for every single customer\n\nCheap prices on all the items\n\nCons\n\nLong queues at the main door\n\nNo parking spaces near the shop"
	lines := []string{
		"Pros", "Cons",
		"Fast service for every single customer", "Long queues at the main door",
		"Cheap prices on all the items", "No parking spaces near the shop",
		"Related: Long queues at the main door",
	}
	got := Label(lines, truth)
	for i, want := range []bool{true, false, true, true, true, true, false} {
		// "Cons" (line 1) is a one-word line out of order: either label
		// is acceptable.
		if got[i] != want && i != 1 {
			t.Errorf("line %d %q: got %v, want %v", i, lines[i], got[i], want)
		}
	}
}

func TestTitleLines(t *testing.T) {
	lines := []string{"Home", "News › Council approves budget", "Council approves budget!", "", "Council Approves Budget"}
	got := TitleLines(lines, "Council approves  budget")
	if len(got) != 2 || got[0] != 2 || got[1] != 4 {
		t.Errorf("TitleLines = %v", got)
	}
	if TitleLines(lines, "—") != nil {
		t.Error("a title without tokens matched")
	}
}
