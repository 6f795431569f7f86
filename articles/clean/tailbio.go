package clean

import (
	"strings"

	"reader/articles/internal/textutil"
)

// personName is a name of one to three capitalised words.
const personName = `\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}`

// bioOpenRe opens a paragraph about a person: "Jane Doe is a writer who
// ...", "Hi, I'm Jane Doe, and I ...", "Jane ist Redakteurin ...".
var bioOpenRe = lazyRE(`^(?:(?:Hi|Hello|Hey)[,!]?\s+(?:I['’]m|I am|my name is)\s+(` + personName + `)|(` + personName + `)\s+(?:is|was|has been|ist|war|est|était|es|era|è|é|foi)\s+(?:a|an|the|one of|our|ein|eine|un|une|uno|una|der|die|le|la|el|il|o|seit)?\s*\S)`)

// bioRoleRe is what a bio says its person is: a trade, a title or a
// passion, in the languages of the stop-lists the package reads most.
var bioRoleRe = lazyRE(`(?i)(?:^|[^\pL])(?:co-?founder|founder|ceo|cto|director|editor|writer|author|journalist|reporter|contributor|columnist|expert|consultant|instructor|specialist|coach|photographer|blogger|researcher|professor|lecturer|designer|developer|engineer|manager|strategist|marketer|nutritionist|dietitian|advis[oe]r|planner|attorney|lawyer|physician|enthusiast|hiker|travell?er|freelancer?|oversee|covering|covers|writes about|` +
	`gründer(?:in)?|redakteur(?:in)?|autor(?:in)?|journalistin|expert(?:e|in)|berater(?:in)?|fondat(?:eur|rice)|rédact(?:eur|rice)|journaliste|auteur|fundador(?:a)?|periodista|redactor(?:a)?|escritor(?:a)?|fondatore|fondatrice|giornalista|redattore|redattrice|scrittrice|scrittore|jornalista|escritora?)(?:[^\pL]|$)`)

// bioFollowRe opens a bio's next sentence when the site sets it on a line
// of its own: "He's a ...", "She has ...".
var bioFollowRe = lazyRE(`^(?:He|She|They|His|Her|Their|Er|Sie|Il|Elle|Él|Ella|Lui|Lei)(?:['’]s|\s)`)

// bioReason is the reason dropBios gives.
const bioReason = "author bio"

// dropBios removes the kept paragraphs about a person whom the rest of
// the story never names: the author's or a sponsor's bio, which sites set
// under or beside the story. A story's own paragraph about someone ("Jane
// Doe is the founder of ...") names its person again elsewhere, by the
// surname at least, and stays. With a bio go the short line above it that
// names the person ("About Jane Doe") and the one or two lines under it
// that go on about them ("She has ...").
func (c *cleaning) dropBios() {
	for i, u := range c.units {
		if c.reason[i] != "" || i == c.title || u.list != Paragraph {
			continue
		}
		n := u.words
		if n < 6 || n > 120 || !startsCapitalised(u.text) || !mayOpenBio(u.text) {
			continue
		}
		m := bioOpenRe.FindStringSubmatch(u.text)
		if m == nil {
			continue
		}
		name := m[1] + m[2]
		rest := u.text[strings.Index(u.text, name)+len(name):] // the role is not the name's title ("Editor Jane Doe")
		if !bioRoleRe.MatchString(firstWords(rest, 12)) || !c.speaksOfAPerson(i) || c.namedElsewhere(i, name) {
			continue
		}
		c.reason[i] = bioReason
		last := lastWord(name)
		if j := c.prevKept(i); j >= 0 && j != c.title && c.units[j].words <= 5 && hasWord(c.units[j].text, last) {
			c.reason[j] = bioReason
		}
		for k, j := 0, c.nextKept(i); k < 2 && j >= 0 && bioFollowRe.MatchString(c.units[j].text) && c.units[j].words <= 60; k, j = k+1, c.nextKept(j) {
			c.reason[j] = bioReason
		}
	}
}

// personWords are the pronouns that only a person takes.
var personWords = lazyWordSet(`he she he's she's he’s she’s his her him himself herself i i'm i’m my er seine seiner seinen il elle él ella lui lei`)

// speaksOfAPerson: line i, or the kept line under it, calls its subject
// he, she or I, as a bio does and a product's or a firm's description
// ("X is a platform that ...") does not.
func (c *cleaning) speaksOfAPerson(i int) bool {
	if hasAnyWord(c.lower[i], personWords()) {
		return true
	}
	j := c.nextKept(i)
	return j >= 0 && hasAnyWord(c.lower[j], personWords())
}

// namedElsewhere: another kept line of some length (not the headline)
// holds the last word of the name.
func (c *cleaning) namedElsewhere(i int, name string) bool {
	last := lastWord(name)
	for j, u := range c.units {
		if j == i || j == c.title || c.reason[j] != "" || u.words < 8 {
			continue
		}
		if hasWord(u.text, last) {
			return true
		}
	}
	return false
}

func startsCapitalised(t string) bool {
	return t != "" && textutil.IsCapitalised(t)
}

// firstWords is the text up to its n-th word.
func firstWords(t string, n int) string {
	f := strings.Fields(t)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

func lastWord(name string) string {
	f := strings.Fields(name)
	return strings.Trim(f[len(f)-1], ".,'’")
}

// hasWord reports whether t holds w as a whole word (a possessive counts).
func hasWord(t, w string) bool {
	for _, x := range textutil.Words(t) {
		x = strings.TrimSuffix(strings.TrimSuffix(x, "'s"), "’s")
		if x == w {
			return true
		}
	}
	return false
}
