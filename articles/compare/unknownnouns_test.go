package compare

import (
	"testing"

	"reader/articles"
)

// TestUnknownNounsOfUntabledLanguagesCountNothingAlike: in a language the
// synonym table does not cover, every noun is unknown to it, so a Czech
// count of wolves is not taken for the count of sheep a Swedish and an
// English report give because neither noun is known.
func TestUnknownNounsOfUntabledLanguagesCountNothingAlike(t *testing.T) {
	c := Compare("e", []articles.Article{
		story(t, "en.txt", "en", "Sweden approves wolf cull\n\nTwo Swedish counties approved the culling of 24 wolves on Thursday. Wolves killed 146 sheep in the county last year."),
		story(t, "sv.txt", "sv", "Licensjakt på 24 vargar\n\nTvå län beslutade i torsdags att tillåta licensjakt på 24 vargar. I fjol dödade varg 146 får i länet."),
		story(t, "cs.txt", "cs", "Švédsko povolilo odstřel 24 vlků\n\nDva švédské kraje ve čtvrtek povolily odstřel 24 vlků. V Česku podle letošního monitoringu žije asi 180 vlků."),
	})
	for _, f := range c.Facts {
		if f.Disagree {
			t.Errorf("disagreement %q: %s", f.Label, f.Note)
		}
	}
}
