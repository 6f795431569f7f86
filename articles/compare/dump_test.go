package compare

import (
	"os"
	"reader/articles"
	"testing"
)

func TestDumpCompare(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	arts, _ := articles.ParseBatch(articles.Builtin())
	c := Compare("e", arts[:4])
	dumpComparison(t, c)
}

func dumpComparison(t *testing.T, c Comparison) {
	t.Logf("shared %d single %d disagree %d", c.SharedByAll, c.SingleSource, c.Disagreements)
	for _, f := range c.Facts {
		line := ""
		for _, v := range f.Values {
			if v.Said() {
				line += " | " + v.Value
				if v.Slip != "" {
					line += " (SLIP)"
				}
			} else {
				line += " | —"
			}
		}
		d := " "
		if f.Disagree {
			d = "≠"
		}
		t.Logf("%s %-8s %-45.45s%s  [%s]", d, f.Kind, f.Label, line, f.Note)
	}
}

func TestDumpMultisource(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	for _, ev := range loadMultisource(t) {
		if ev.id != os.Getenv("DUMP") && os.Getenv("DUMP") != "all" {
			continue
		}
		t.Logf("##### %s", ev.id)
		dumpComparison(t, Compare(ev.id, ev.arts))
	}
}
