package clean

import "testing"

// A site's own call to action, plea or disclosure between the story's
// paragraphs goes; the story's sentences that use the same words about
// others, or quote them, stay, and so does a subheading.
func TestPromotionsGo(t *testing.T) {
	lines := []struct {
		text string
		gone bool
	}{
		{"The council voted on Tuesday to close the library for six months while its roof is repaired.", false},
		{"Sign up for our newsletter to get the week's stories delivered to your inbox.", true},
		{"What the repairs will cost", false},
		{"The firm asked its customers to contact the branch before visiting.", false},
		{"If you have questions, don't hesitate to contact our team.", true},
		{"\"Contact us today and we will help,\" the advert read.", false},
		{"When you buy through links on this page, we may earn a commission.", true},
		{"Abonnieren Sie unseren kostenlosen Newsletter und bleiben Sie auf dem Laufenden.", true},
		{"Le maire a présenté le budget de la ville aux habitants jeudi soir.", false},
		{"Contactez-nous pour recevoir un devis.", true},
		{"Streamers earn a commission when viewers buy games through affiliate links.", false},
	}
	units := make([]unit, len(lines))
	for i, l := range lines {
		units[i] = unit{text: l.text}
	}
	c := newCleaning(units)
	c.readVocabulary()
	for i := range c.reason {
		c.reason[i] = ""
	}
	c.dropPromotions()
	for i, l := range lines {
		if gone := c.reason[i] != ""; gone != l.gone {
			t.Errorf("%q removed: %v, want %v", l.text, gone, l.gone)
		}
	}
}
