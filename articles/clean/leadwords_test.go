package clean

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// leadWordLines are lines the byline, bio and author-box expressions
// match, and some they do not.
var leadWordLines = []string{
	"By Jane Doe", "BY JANE DOE | Reuters", "by Jane Doe and John Roe", "Par Marie Curie", "von Hans Meier",
	"Por Ana García, Madrid", "Di Marco Rossi", "door Jan de Vries", "Av Ola Nordmann", "Przez Jan Kowalski", "De Pedro Alves",
	"Jane Doe is a senior reporter at The Daily Planet.", "Jane van der Doe was a columnist for Le Monde.",
	"Marie Curie est journaliste au Monde.", "Hans Peter Meier ist Redakteur bei der Zeit.", "Ana García Pérez es periodista.",
	"Marco Rossi è giornalista del Corriere.", "Jan Kowalski jest dziennikarz.", "Pedro Alves foi jornalista do Público.",
	"Jane Doe has been a writer for ten years and she lives in Leeds.", "Hi, I'm Jane Doe, and I write about travel for a living.",
	"Hello! My name is Jane.", "Hey I am Jane Doe and I run this blog about hiking.", "Jane is a nutritionist who writes about food.",
	"Jane Mary Doe war Autorin des Buches.", "Anna Maria Luisa Rossi era una scrittrice.", "Jean est un auteur célèbre.",
	"More articles by Jane Doe", "View all posts by Jane Doe", "See more stories from Jane", "ALL ARTICLES BY JANE", "Read more from Jane Doe",
	"News by: Jane", "About the author", "About the writer: Jane Doe", "Über den Autor", "über die Autorin Jane", "À propos de l'auteur",
	"Sobre la autora", "Sull'autore: Marco Rossi", "sull'autore:", "Over de auteur", "Meer van Jan", "Mehr von Hans", "Plus de Marie", "Content from Acme",
	"The council met on Monday.", "Is this the end?", "  By Jane Doe", "Jane\u00a0Doe is a reporter.", "",
}

// TestLeadWordsTellEveryMatch checks that each cheap test is true of
// every line its expression matches: of the lines above and, when the
// corpus is there (READER_CORPUS), of every line of its files.
func TestLeadWordsTellEveryMatch(t *testing.T) {
	lines := append([]string(nil), leadWordLines...)
	if root := os.Getenv("READER_CORPUS"); root != "" {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			if data, err := os.ReadFile(p); err == nil {
				lines = append(lines, strings.Split(string(data), "\n")...)
			}
			return nil
		})
	}
	matched := 0
	for _, l := range lines {
		for _, c := range []struct {
			name string
			re   *lazyRegexp
			may  func(string) bool
		}{{"bylineRe", bylineRe, mayBeByline}, {"bioRe", bioRe, mayBeAuthorBio}, {"bioOpenRe", bioOpenRe, mayOpenBio}, {"authorBoxRe", authorBoxRe, mayOpenAuthorBox}} {
			if c.re.MatchString(l) {
				matched++
				if !c.may(l) {
					t.Errorf("%s matches %q, its cheap test says it cannot", c.name, l)
				}
			}
		}
	}
	if matched < 40 {
		t.Errorf("only %d matches: the lines no longer try the expressions", matched)
	}
}
