package clean

import (
	"reader/articles/htmltext"
)

// The line model of saved web pages also weighs what the page's markup
// says of each line (see htmltext.Evidence): the share of it inside links,
// whether it stands inside the page's article and under classes that name
// furniture or content, its heading level, how many siblings repeat its
// block's structure, and the share of links of the lines on either side.
// domNames names these entries, appended to the first pass's own.
var domNames = []string{"dom link share", "dom block link share", "dom outer link share", "dom in main",
	"dom page has main", "dom in header", "dom in form", "dom furniture class up", "dom content class up",
	"dom furniture inside content", "dom heading", "dom alike", "dom parent alike", "dom depth",
	"dom link share -1", "dom link share +1"}

// domVectors turns the evidence of the text's raw lines into each unit's
// markup features.
func domVectors(units []unit, ev []htmltext.Evidence) [][]float32 {
	n := len(units)
	hasMain := false
	for _, u := range units {
		hasMain = hasMain || ev[u.line].InMain
	}
	out := make([][]float32, n)
	width := len(domNames)
	flat := make([]float32, n*width)
	for i, u := range units {
		e := ev[u.line]
		inside := e.FurnitureUp > 0 && (e.ContentUp == 0 || e.FurnitureUp < e.ContentUp)
		v := flat[i*width : i*width : (i+1)*width]
		v = append(v, f32(e.LinkShare), f32(e.BlockLinkShare), f32(e.OuterLinkShare), f32(b2f(e.InMain)),
			f32(b2f(hasMain)), f32(b2f(e.InHeader)), f32(b2f(e.InForm)), f32(float64(min(e.FurnitureUp, 30))),
			f32(float64(min(e.ContentUp, 30))), f32(b2f(inside)), f32(float64(e.Heading)),
			f32(logp(float64(e.Alike))), f32(logp(float64(e.ParentAlike))), f32(logp(float64(e.Depth))))
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= n {
				v = append(v, -1)
				continue
			}
			v = append(v, f32(ev[units[j].line].LinkShare))
		}
		out[i] = v
	}
	return out
}

// withDOM appends each line's markup features to its first-pass vector.
func withDOM(base, dom [][]float32) [][]float32 {
	if len(base) == 0 {
		return base
	}
	width := len(base[0]) + len(domNames)
	flat := make([]float32, len(base)*width)
	out := make([][]float32, len(base))
	for i := range base {
		v := flat[i*width : i*width : (i+1)*width]
		v = append(append(v, base[i]...), dom[i]...)
		out[i] = v
	}
	return out
}

// htmlFeatureNames names the first pass's inputs on a saved page.
func htmlFeatureNames() []string {
	return append(append([]string(nil), featureNames()...), domNames...)
}
