package compare

import (
	"fmt"
	"reader/articles"
	"reader/articles/facts"
	"testing"
)

func dbgEvent(t *testing.T, evs []heldOutEvent, id string, norms ...string) {
	for _, ev := range evs {
		if ev.id != id {
			continue
		}
		var all []facts.Fact
		for file, text := range ev.reports {
			lang, body, _ := cut(text)
			a := story(t, file, lang, body)
			for _, f := range facts.Extract(a) {
				for _, n := range norms {
					if f.Norm == n {
						fmt.Printf("%s %s %s subj=%q key=%q attr=%s anchors=%v names=%v block=%d wording=%q\n", file, f.Kind, f.Norm, f.Subject, f.Key, f.Attribute, f.Anchors, f.Names, f.Block, f.Wording)
						all = append(all, f)
					}
				}
			}
		}
		for i := range all {
			for j := i + 1; j < len(all); j++ {
				s, ok := match(all[i], all[j])
				fmt.Printf("  %s/%s vs %s/%s: match %.2f %v ctx %.2f anchors %d names %d\n", all[i].Lang, all[i].Norm, all[j].Lang, all[j].Norm, s, ok, overlap(all[i].Context, all[j].Context), sharedAnchors(all[i], all[j]), shared(all[i].Names, all[j].Names))
			}
		}
	}
	_ = articles.Article{}
}

func TestDbgGas(t *testing.T) {
	dbgEvent(t, heldOutEmber, "gas-tariff", "20%", "30%", "12%")
	dbgEvent(t, heldOutGale, "reading-study", "39%", "34%")
	dbgEvent(t, heldOutGale, "balloon-landing", "3", "11", "2")
}
