package facts

import (
	"reader/articles/internal/textutil"
	"strings"
)

// Fact is one statement of one source: a subject, an attribute and a value
// in the source's own words ("strike · length · 48 hours", "strikers ·
// count · 4,500", "Jane Roe · title · rotating chairman").
type Fact struct {
	Kind      Kind
	Subject   string // what the statement is about, as the source names it; "" when the sentence does not say
	Attribute string // what is said of it: "length", "count", "title", "place", "date", "amount", "quote"…
	Value     string // the value as the source writes it: "48 hours", "4,500", "rotating chairman"
	Norm      string // the value in one canonical form: "$2 billion", "chair", "Monday", "2027"
	Wording   string // the source's words around the statement, within its sentence
	Block     int    // index of the body block holding it
	Num       *Number
	Context   map[string]bool // stems of the content words of its sentence
	Names     []string        // folded names of people, organisations and places in its sentence
	Quote     map[string]bool // stems of a quote's content words
	Lang      string
	Slip      string // an inconsistency inside this source: a conversion off by a factor
}

// Label is how a reader reads the fact's subject and attribute: "strike ·
// length", "Jane Roe · title".
func (f Fact) Label() string {
	if f.Subject == "" {
		return f.Attribute
	}
	return f.Subject + " · " + f.Attribute
}

// SubjectKey is the subject folded for matching: lower case, no accents,
// plural and possessive endings stripped word by word.
func SubjectKey(s string) string {
	ws := strings.Fields(textutil.Fold(s))
	for i, w := range ws {
		ws[i] = textutil.Stem(w)
	}
	return strings.Join(ws, " ")
}
