package facts

import (
	"reader/articles/internal/textutil"
	"strings"
)

// Fact is one statement of one source: a subject, an attribute and a value
// in the source's own words ("strike · length · 48 hours", "strikers ·
// count · 4,500", "Jane Roe · title · board chairman").
type Fact struct {
	Kind      Kind
	Subject   string // what the statement is about, as the source names it; "" when the sentence does not say
	Key       string // the subject folded for matching (SubjectKey)
	Attribute string // what is said of it: "length", "count", "title", "place", "date", "amount", "quote"…
	Value     string // the value as the source writes it: "48 hours", "4,500", "board chairman"
	Norm      string // the value in one canonical form: "$5 billion", "chair", "Monday", "2027"
	Wording   string // the source's words around the statement, within its sentence
	Block     int    // index of the body block holding it
	Num       *Number
	Context   map[string]bool // stems of the content words of its sentence
	Names     []string        // folded names of people, organisations and places in its sentence
	Anchors   []string        // the canonical values of the figures and dates of its sentence, its own among them
	Echoes    []float64       // every plain number its paragraph writes, in digits or words, read as a statement or not
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
		if c := subjectCanon(ws[i]); c != "" {
			ws[i] = c
		}
	}
	return strings.Join(ws, " ")
}

// GenericSubject reports whether a subject key says too little to tie
// two figures on its own: "people" are counted for many things in one
// story (dead, hurt, evacuated), "units" for every kind of thing sold.
func GenericSubject(key string) bool { return key == PeopleKey || key == "unit" }

// PeopleKey is the subject key of people counted as such, whom a story
// also counts by what they are.
const PeopleKey = "people"

// PeopleSubject reports whether a subject key names people counted by
// what they are (workers, passengers, residents), whom a story may also
// count as "people".
func PeopleSubject(key string) bool { return peopleNouns()[key] }

// ThingSubject reports whether an age's subject is a thing, not a person
// ("the 16-year-old plant", "the 50-year-old bridge"): a word that is
// neither a name nor a noun for people, whose age is never a person's.
func ThingSubject(s string) bool {
	w := strings.ToLower(strings.TrimSpace(s))
	if w == "" || strings.Contains(w, " ") || s != w {
		return false
	}
	return !personNouns()[w] && !roleSuffix(w) && !peopleNouns()[SubjectKey(w)] && !PeopleSubject(SubjectKey(w)) && SubjectKey(w) != PeopleKey
}

// EarlierOne reports whether a subject is a word for the one before
// ("la anterior", "the previous holder", "il precedente"): another person
// or thing than the story's, whose figures are theirs.
func EarlierOne(s string) bool { return previousWords()[strings.ToLower(strings.TrimSpace(s))] }

// SynonymLanguage reports whether the synonym table covers the subject
// words of a language: only there does a word the table does not know
// say something (that it is no common subject); in another language every
// word is unknown to it.
func SynonymLanguage(lang string) bool {
	switch lang {
	case "en", "fr", "de", "es", "it", "pt", "nl":
		return true
	}
	return false
}

// KnownSubject reports whether the subject's words are ones the synonym
// table knows, so that two of them in different languages can be told
// apart and not only found unlike.
func KnownSubject(s string) bool {
	ws := strings.Fields(textutil.Fold(s))
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if subjectCanon(textutil.Stem(w)) == "" {
			return false
		}
	}
	return true
}
