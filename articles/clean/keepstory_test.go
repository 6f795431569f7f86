package clean

import (
	"os"
	"strings"
	"testing"
)

// A brief of one paragraph (the body of a file whose front matter holds
// the headline) keeps its paragraph; a lone cookie notice is still no
// story.
func TestABriefOfOneParagraphKeepsIt(t *testing.T) {
	brief := "The harbour footbridge will stay closed until March after inspectors found corroded cables on Friday, the town council said. Its 400 daily users will be carried by a free shuttle boat from Monday."
	r := Prepare(brief).Finish()
	kept := 0
	for _, l := range r.Lines {
		if l.Reason == "" {
			kept++
		}
	}
	if kept != 1 {
		t.Errorf("the brief's one paragraph was removed: %+v", r.Lines)
	}
	notice := "We use cookies to improve your experience on our website. By continuing you accept our use of cookies."
	if r := Prepare(notice).Finish(); r.Lines[0].Reason == "" {
		t.Errorf("a lone cookie notice is kept as the story")
	}
}

func TestAPageOpeningWithItsStoryKeepsItsFirstParagraph(t *testing.T) {
	// A report of the labelled set, as its file gives it: front matter,
	// then the story from its first line, no menu above. The line model
	// took its first paragraph for a menu's line.
	data, err := os.ReadFile("../events/testdata/multisource/002.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, body, ok := strings.Cut(string(data), "\n---\n")
	if !ok {
		t.Fatal("no front matter")
	}
	r := Prepare(body).Finish()
	if r.Lines[0].Reason != "" {
		t.Errorf("the story's first paragraph dropped (%s): %q", r.Lines[0].Reason, r.Lines[0].Text)
	}
}

// keepStoryEnd gives back prose under the story's last paragraph that the
// model doubted, but not a sentence the model all but rules out: an
// outlet's tagline under the story is no sign-off.
func TestKeepStoryEndLeavesWhatTheModelRulesOut(t *testing.T) {
	story := "The council approved the new budget on Tuesday after a long debate about road repairs and school funding."
	for _, tc := range []struct {
		prob float64
		kept bool
	}{{0.3, true}, {0.05, false}} {
		c := newCleaning(splitUnits(story + "\n" + "Local News - Reports for the city and the whole surrounding region."))
		c.prob = []float64{0.95, tc.prob}
		c.reason[1] = "page furniture"
		c.keepStoryEnd()
		if got := c.reason[1] == ""; got != tc.kept {
			t.Errorf("line with story probability %.2f kept = %v, want %v", tc.prob, got, tc.kept)
		}
	}
}

// keepSomeStory gives back a page's prose when the model kept none, but
// not a sentence a furniture rule would have removed had the model kept
// it: a blog's filing note under the story stays out.
func TestKeepSomeStoryLeavesFurnitureSentencesOut(t *testing.T) {
	story := "The harbour footbridge will stay closed until March after inspectors found corroded cables on Friday, the town council said."
	note := "This entry was posted in Town News and tagged bridges, harbour, council meetings by Jane Doe. Bookmark the permalink."
	c := newCleaning(splitUnits(story + "\n" + note))
	for i := range c.reason {
		c.reason[i] = "far from the story"
	}
	c.keepSomeStory()
	if c.reason[0] != "" {
		t.Errorf("the story was not given back: %q", c.reason[0])
	}
	if c.reason[1] != tagLineReason {
		t.Errorf("the filing note was given back (reason %q), want %q", c.reason[1], tagLineReason)
	}
}
