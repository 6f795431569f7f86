package clean

import (
	"strings"
	"testing"
)

// A short line between a story's paragraphs that names a thing the story
// never mentions again is a picture's caption and goes; subheads that
// announce what follows, in its words, stay, and so does a subhead in
// plain words.
func TestOrphanCaptionsGo(t *testing.T) {
	text := strings.Join([]string{
		"Harbour authority approves new ferry terminal",
		"",
		"The harbour authority approved plans for a new ferry terminal on Monday, ending a two-year dispute over the site.",
		"Rowing boats moored at Kestrel Quay last summer",
		"The terminal will handle up to 40 sailings a day and is due to open in 2028, the authority said in a statement.",
		"Opponents had argued that the terminal would bring heavy traffic through the old town.",
		"Traffic fears in the old town",
		"Residents said the traffic plan still left the narrow streets of the old town exposed to lorries.",
		"What happens now",
		"Construction is expected to start in the spring, once the final contracts are signed.",
		"The authority said it would publish the contracts once they were signed.",
	}, "\n")
	r := Prepare(text).Finish()
	reasons := map[string]string{}
	for _, l := range r.Lines {
		reasons[l.Text] = l.Reason
	}
	if got := reasons["Rowing boats moored at Kestrel Quay last summer"]; got != "caption" {
		t.Errorf("the caption's reason is %q, want caption", got)
	}
	for _, keep := range []string{"Traffic fears in the old town", "What happens now"} {
		if got := reasons[keep]; got != "" {
			t.Errorf("subhead %q removed: %s", keep, got)
		}
	}
}
