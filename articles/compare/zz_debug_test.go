package compare

import (
	"os"
	"reader/articles"
	"reader/articles/facts"
	"strings"
	"testing"
)

func TestZZDump(t *testing.T) {
	set, evid, kind := os.Getenv("ZZ_SET"), os.Getenv("ZZ_EVENT"), os.Getenv("ZZ_KIND")
	for _, s := range heldOutSets {
		if s.name != set {
			continue
		}
		for _, ev := range s.events {
			if !strings.Contains(ev.id, evid) {
				continue
			}
			var arts []articles.Article
			for file, text := range ev.reports {
				lang, body, _ := cut(text)
				arts = append(arts, story(t, file, lang, body))
			}
			for _, a := range arts {
				for _, f := range facts.Extract(a) {
					if kind != "" && string(f.Kind) != kind {
						continue
					}
					h := -1
					if f.Num != nil {
						h = int(f.Num.Hedge)
					}
					t.Logf("%s %s key=%q attr=%s norm=%q h=%d | %s", a.File, f.Kind, f.Key, f.Attribute, f.Norm, h, f.Wording)
				}
			}
			c := Compare(ev.id, arts)
			for _, f := range c.Facts {
				if kind != "" && string(f.Kind) != kind {
					continue
				}
				var vs []string
				for k, v := range f.Values {
					if v.Said() {
						vs = append(vs, c.Columns[k].File+"="+v.Norm)
					}
				}
				t.Logf("FACT %v %q %v", f.Disagree, f.Label, vs)
			}
		}
	}
}
