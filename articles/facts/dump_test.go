package facts

import (
	"os"
	"reader/articles"
	"testing"
)

func TestDumpSeeds(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	arts, _ := articles.ParseBatch(articles.Builtin())
	for _, a := range arts {
		t.Logf("=== %s (%s)", a.File, a.Lang)
		for _, f := range Extract(a) {
			t.Logf("%-8s %-40q %-22q norm=%q slip=%q | %s", f.Kind, f.Subject+" · "+f.Attribute, f.Value, f.Norm, f.Slip, f.Wording)
		}
	}
}
