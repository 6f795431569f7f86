package compare

import (
	"testing"

	"reader/articles"
	"reader/articles/facts"
)

// TestADayGivenElsewhereIsNoRival: a report that has the fire burning
// "depuis lundi" and fought "mardi" gives the others' Monday too; its
// Tuesday is another happening's day, not a slip.
func TestADayGivenElsewhereIsNoRival(t *testing.T) {
	dateDisagreements := func(third string) int {
		arts := []articles.Article{
			story(t, "a.txt", "pt", "Incêndio na serra\n\nO incêndio começou na segunda-feira à tarde na serra, segundo a Proteção Civil."),
			story(t, "b.txt", "pt", "Fogo na serra\n\nO incêndio, que começou na segunda-feira, mobilizava mais de 300 operacionais na serra."),
			story(t, "c.txt", "fr", "Incendie au Portugal\n\n"+third),
		}
		n := 0
		for _, f := range Compare("e", arts).Facts {
			if f.Kind == facts.KindDate && f.Disagree {
				n++
			}
		}
		return n
	}
	if n := dateDisagreements("Un violent incendie ravage depuis lundi la serra. Selon la Protection civile, quelque 530 pompiers luttaient mardi contre les flammes."); n != 0 {
		t.Errorf("a report giving the others' day elsewhere: %d date disagreements", n)
	}
	if n := dateDisagreements("Selon la Protection civile, l'incendie a éclaté mardi après-midi dans la serra."); n != 1 {
		t.Errorf("another day alone: %d date disagreements, want 1", n)
	}
}
