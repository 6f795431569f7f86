package clean

import (
	"strings"
	"testing"
)

// scraped is a page as a scraper stores it, one line per block and no
// blank lines, in Italian: a menu, the headline, a lower-case byline, a
// date, the story, then a related-stories box and a footer.
const scraped = `Home
Cronaca
Sport
Ravenna, chiude per lavori il ponte sul canale Candiano I
di Giulia Neri
17 novembre 2026
Il ponte mobile sul canale Candiano di Ravenna resterà chiuso al traffico per sei mesi a partire da lunedì per lavori di consolidamento, ha annunciato il Comune.
I lavori costeranno 3,8 milioni di euro e riguarderanno le travi e la pavimentazione. I pedoni potranno attraversare su una passerella provvisoria.
Leggi anche
Nuova linea di autobus elettrici tra il centro e il porto
Iscriviti alla newsletter
P.IVA 01234567890`

func TestTheTailOfAScrapedPageGoes(t *testing.T) {
	r := Prepare(scraped).Finish()
	if r.Title != "Ravenna, chiude per lavori il ponte sul canale Candiano I" || r.Author != "Giulia Neri" {
		t.Errorf("a lower-case byline was read into the headline: title %q, author %q", r.Title, r.Author)
	}
	reason := map[string]string{}
	for _, l := range r.Lines {
		reason[l.Text] = l.Reason
	}
	for _, gone := range []string{"Nuova linea di autobus elettrici tra il centro e il porto", "P.IVA 01234567890"} {
		if reason[gone] == "" {
			t.Errorf("%q kept", gone)
		}
	}
	for text, why := range reason {
		if strings.HasPrefix(text, "Il ponte") || strings.HasPrefix(text, "I lavori") {
			if why != "" {
				t.Errorf("story line removed (%s): %q", why, text)
			}
		}
	}
}

// Under a related-stories heading, a data table (one cell a line) is no
// list of other stories' headlines and stays.
func TestATableUnderARelatedHeadingStays(t *testing.T) {
	page := page(withStory("Harbour fees rise again", "Related resources", "1", "Lakeport", "$43.88", "2", "Bayview", "$45.57")...)
	for _, l := range page.Lines {
		if (l.Text == "Lakeport" || l.Text == "$45.57") && l.Reason != "" {
			t.Errorf("table cell %q removed (%s)", l.Text, l.Reason)
		}
	}
}

// Share prompts and company register lines in more languages.
func TestShareAndRegisterLines(t *testing.T) {
	for _, line := range []string{"Deel dit artikel", "Partita IVA 01234567890", "KvK-nummer 12345678", "USt-IdNr. DE123456789"} {
		if reason := boilerplateReason(line); reason == "" {
			t.Errorf("%q not known as page furniture", line)
		}
	}
	if reason := boilerplateReason("Deel 2 van de serie over de haven"); reason != "" {
		t.Errorf("a part of a series read as %s", reason)
	}
}

// A headline listed under a related-stories heading after the story goes,
// though the line model alone would keep it.
func TestARelatedHeadlineAfterTheStoryGoes(t *testing.T) {
	page := `Inicio
Nacional
Economía
El Ayuntamiento de Huesca aprueba un plan de 12 millones para renovar el autobús urbano
Por Elena Sanz
Huesca, 18 de noviembre de 2026
El pleno del Ayuntamiento de Huesca aprobó este miércoles un plan de inversión de 12 millones de euros para renovar la flota de autobuses urbanos, que cumple veinte años en servicio.
El proyecto incluye la compra de ocho nuevos vehículos eléctricos y la reforma de las 40 paradas, según explicó la concejala de Movilidad, Marta Gil.
Las obras comenzarán en otoño de 2027 y durarán unos dos años.
Compartir en Facebook
Noticias relacionadas
Las bicicletas públicas baten récord de uso en octubre
© 2026 Diario del Alto Aragón. Todos los derechos reservados.`
	r := Prepare(page).Finish()
	for _, l := range r.Lines {
		if strings.HasPrefix(l.Text, "Las bicicletas") && l.Reason == "" {
			t.Errorf("the related headline is kept")
		}
		if strings.HasPrefix(l.Text, "Las obras") && l.Reason != "" {
			t.Errorf("the story's last line removed (%s)", l.Reason)
		}
	}
}

// A rule's last word may end in an accented letter ("confidentialité",
// "di più"): it still ends the phrase.
func TestPhrasesEndingInAccentedLetters(t *testing.T) {
	for line, want := range map[string]string{
		"Politique de confidentialité": "privacy notice",
		"Leggi di più":                 "related link",
		"Czytaj też":                   "related link",
	} {
		if got := boilerplateReason(line); got != want {
			t.Errorf("%q = %q, want %q", line, got, want)
		}
	}
	if got := boilerplateReason("Politique de confidentialités"); got != "" {
		t.Errorf("a longer word matched: %q", got)
	}
}

// An ad notice in German: the word opening with an umlaut is found too.
func TestAdNoticeWithAnUmlaut(t *testing.T) {
	if got := boilerplateReason("Werbung überspringen in 5 Sekunden"); got != "ad notice" {
		t.Errorf("got %q", got)
	}
}

// A caption that ends with its photograph's credit is furniture.
func TestCaptionWithACreditAtItsEnd(t *testing.T) {
	for _, line := range []string{
		"A view of the flooded seafront at Lakeport last January. Photograph: Ann Hale/Coastal Press",
		"Firefighters at the scene on Sunday. Photo: Jan Berg/Harbour News",
	} {
		if got := boilerplateReason(line); got != "image caption" {
			t.Errorf("%q = %q", line, got)
		}
	}
	if got := boilerplateReason("The photograph: a study of light, opened at the gallery on Sunday."); got == "image caption" {
		t.Errorf("a sentence about a photograph read as a caption")
	}
}

// Lines the vocabulary names, each through the hints that let its rule
// run at all.
func TestVocabularyLinesReachTheirRules(t *testing.T) {
	for line, want := range map[string]string{
		"More from News":    "related link",
		"Log in to comment": "comment form",
		"Privacy Notice":    "privacy notice",
		"The harbour at dusk on Sunday. Illustration: Ann Hale": "image caption",
	} {
		if got := boilerplateReason(line); got != want {
			t.Errorf("%q = %q, want %q", line, got, want)
		}
	}
}
