package clean

import (
	"strings"
	"sync"
	"unicode"

	"reader/articles/internal/textutil"
)

// navLabels are lines that are a site's buttons and menu entries, never a
// story's words, whatever stands around them: a line that is one of them
// and nothing else goes, even where the line model, swayed by the story
// paragraphs around it, would keep it. Lower case, without the trailing
// punctuation navLabelKey cuts.
var navLabels = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(
		"about|about us|contact|contact us|get in touch|privacy|privacy policy|cookie policy|cookies|terms|terms of use|terms of service|terms and conditions|advertising policy|advertise|advertise with us|"+
			"subscribe|subscribe now|sign up|sign up for free|sign in|log in|login|register|newsletter|newsletters|"+
			"share|share this|share this article|share on facebook|share on twitter|share on linkedin|copy|copy link|print|email|reply|reply by email|"+
			"more|read more|see more|load more|show more|related|related articles|related posts|related stories|"+
			"like this|search|search for|table of contents|why trust us|read the review|read review|read full review|downloads|loading|"+
			"expand all|collapse all|back to top|back to blog|back to news|apply now|request a quote|request a demo|book a demo|powered by|skip to content|skip to main content|"+
			"impressum|datenschutz|datenschutzerklärung|kontakt|teilen|mehr lesen|weiterlesen|suche|inhaltsverzeichnis|"+
			"mentions légales|politique de confidentialité|partager|lire la suite|s'abonner|nous contacter|rechercher|sommaire|"+
			"aviso legal|política de privacidad|contacto|compartir|leer más|suscríbete|buscar|tabla de contenidos|"+
			"privacy policy and cookie policy|note legali|condividi|leggi di più|contatti|"+
			"like loading|loading paragraph|loading image|loading video|loading comments|leave a comment|post a comment|add a comment|show comments|view all posts|"+
			"share this post|share this story|share article|print article|next article|previous article|next post|previous post|"+
			"kommentieren sie hier|jetzt kommentieren|externer inhalt|externe inhalte|empfohlener redaktioneller inhalt|artikel teilen|artikel drucken|"+
			"partager l'article|deja un comentario|compartir artículo|lascia un commento|deixe um comentário|quick links|useful links|"+
			// the home page's link
			"home|startseite|accueil|click to enlarge|"+
			// a sponsor's and a review's labels
			"in partnership with|presented by|sponsored by|brought to you by|präsentiert von|in zusammenarbeit mit|en partenariat avec|"+
			"fact checked|fact checked by|how we reviewed this article|medically reviewed|medically reviewed by|expert reviewed|reviewed by|written by|edited by|"+
			// the labels of a box of links to further reading
			"further reading|more information|more resources|related reading|weitere informationen|weiterführende links|weiterführende informationen|"+
			"weiterführende artikel|mehr zum thema|mehr themen|more topics|zum weiterlesen|pour en savoir plus|en savoir plus|más información|para saber más|per saperne di più|saiba mais|"+
			// the labels of a box of other stories
			"schon gelesen|auch interessant|auch interessant für dich|das könnte dich auch interessieren|das könnte sie auch interessieren|"+
			"neueste artikel|neueste beiträge|weitere artikel|weitere beiträge|weitere nachrichten|ähnliche artikel|ähnliche beiträge|verwandte artikel|beliebte beiträge|"+
			"latest articles|latest posts|latest stories|latest news|recent posts|recent articles|popular posts|popular articles|you might also like|you may also like|"+
			"dans la même rubrique|otras noticias|más noticias|"+
			"notas relacionadas|noticias relacionadas|artículos relacionados|entradas relacionadas|publicaciones relacionadas|artigos relacionados|posts relacionados|"+
			"articles similaires|articles liés|articoli correlati|articoli simili|weitere beiträge zu diesem artikel|weitere artikel zum thema|"+
			// a disclosure's label
			"advertising disclosure|advertiser disclosure|affiliate disclosure|editorial disclosure|"+
			// a like button, a share label, an empty shopping cart
			"gefällt mir|j'aime|me gusta|mi piace|diese geschichte teilen|diesen artikel teilen|diesen beitrag teilen|beitrag teilen|seite teilen|"+
			"your cart is empty|your basket is empty|ihr warenkorb ist leer|dein warenkorb ist leer|votre panier est vide|tu carrito está vacío|il tuo carrello è vuoto|"+
			"be sociable, share|zurück zur übersicht|back to overview|retour à la liste|volver al listado|zobacz również|zobacz także|czytaj też|czytaj także|"+
			// a recipe card's buttons
			"print recipe|pin recipe|jump to recipe|save recipe|rate this recipe|rezept drucken|rezept speichern|zum rezept|imprimer la recette|imprimir receta|"+
			// a see-also label in more languages, a pin button
			"lees ook|bekijk ook|zie ook|gerelateerde artikelen|zobacz też|przeczytaj także|przeczytaj też|powiązane artykuły|ezek is érdekelhetnek|kapcsolódó cikkek|"+
			"läs också|relaterade artiklar|læs også|relaterede artikler|les også|relaterte artikler|související články|čtěte také|leia também|veja também|"+
			"lee también|lea también|ver también|leggi anche|vedi anche|lire aussi|à lire aussi|voir aussi|lesen sie auch|siehe auch|auch lesenswert|"+
			"pin it|pin this|pin for later|save to pinterest|bei pinterest speichern|auf pinterest merken|"+
			// a date's label left alone on its line, the date on the next
			"release date|published|published on|last updated|veröffentlicht am|erschienen am|zuletzt aktualisiert|aktualisiert am|publié le|mis à jour le|publicado el|fecha de publicación|"+
			// a plea's button
			"donate|donate now|spenden|jetzt spenden|unterstützen sie uns|faire un don|je fais un don", "|") {
		m[l] = true
	}
	return m
})

// navLabelKey is a short line lower-cased without the punctuation a
// button or menu entry opens or ends with ("More...", "Related:", "Share
// »", "Why trust us?", "✉️ Reply by email").
func navLabelKey(t string) string {
	if len(t) > 48 {
		return ""
	}
	t = strings.TrimLeftFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	t = trimIconName(t)
	return strings.TrimRight(strings.ToLower(strings.TrimSpace(t)), " .:…»›>|-–—?!")
}

// trimIconName cuts off the name of an icon font's glyph that opens a
// line ("filter_none Further reading", "arrow_forward Next post"): a
// scraper keeps the glyph's name, which is text in the markup, as a word.
func trimIconName(t string) string {
	name, rest, ok := strings.Cut(t, " ")
	if !ok || !strings.Contains(name, "_") {
		return t
	}
	for _, r := range name {
		if (r < 'a' || r > 'z') && r != '_' {
			return t
		}
	}
	return strings.TrimSpace(rest)
}

// onlineCountRe is a forum's or a blog's widget counting who is on the
// site: "12 Besucher sind online", "3 users online", "5 guests online".
var onlineCountRe = lazyRE(`^\d+\s+(?:besucher|gäste|benutzer|mitglieder|nutzer|users?|visitors?|guests?|members?|visiteurs?|usuarios|utenti)\s+(?:sind\s+|are\s+|now\s+|currently\s+|en\s+|sont\s+)?(?:online|en ligne|en línea|connectés)$`)

// onlineCount: a navigation key that is such a widget.
func onlineCount(key string) bool {
	if key == "" || key[0] < '0' || key[0] > '9' {
		return false
	}
	for _, end := range []string{"online", "en ligne", "en línea", "connectés"} {
		if strings.HasSuffix(key, end) {
			return onlineCountRe.MatchString(key)
		}
	}
	return false
}

// loadingLine: a navigation key of at most eight words that opens on
// "loading" and a line that ends on an ellipsis: the placeholder of a
// widget that never loaded for the scraper ("Loading comments...",
// "Loading the ... Player...", "Chargement…").
func loadingLine(key, text string) bool {
	if !(strings.HasPrefix(key, "loading") || strings.HasPrefix(key, "lädt") || strings.HasPrefix(key, "wird geladen") ||
		strings.HasPrefix(key, "chargement") || strings.HasPrefix(key, "cargando") || strings.HasPrefix(key, "caricamento")) ||
		strings.Count(key, " ") > 7 {
		return false
	}
	t := strings.TrimSpace(text)
	return strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…")
}

// boxLabelRe is a short line that heads or is one of the page's own
// boxes, in several languages: a share box's label ending on a colon
// ("Share this:", "Den Artikel mit anderen teilen/diskutieren:"), a
// comment box's heading ("Ihre Meinung zu diesem Thema", "Your opinion"),
// a disclaimer's heading ("Haftungsausschluss", "Haftungsbeschränkung für
// externe Links") and a button to download the page as a PDF ("PDF
// version", "Dieses Skript als PDF herunterladen"). Matched against the
// lower-cased line.
var boxLabelRe = lazyRE(`^(?:` +
	`[^.!?]{0,40}\b(?:teilen|share|partager|compartir|condividi|compartilhe)\b[^.!?]{0,30}:|` +
	`(?:ihre|deine|eure|your|votre|ton|tu|su) (?:meinung|opinion|avis|opinión|opinione)\b[^.!?]{0,30}|` +
	`[^.!?]{0,30}\b(?:haftungsausschluss|haftungsbeschränkung)\b[^.!?]{0,30}|` +
	`(?:[^.!?]{0,25} )?(?:pdf[- ]version|download (?:the |as )?pdf|pdf (?:herunterladen|download)|als pdf herunterladen|télécharger (?:le |en )?pdf|descargar (?:el |en )?pdf)` +
	`)$`)

// listingCountRe is a listing's count of what it shows ("Showing 1–10 of
// 19 results", "Es werden die Weine 1 bis 10 von insgesamt 19
// angezeigt!"), matched against the lower-cased line.
var listingCountRe = lazyRE(`^(?:showing|es werden|zeige|affichage|mostrando)\b[^.!?]{0,30}\b\d+\s*(?:-|–|bis|to|à|a)\s*\d+\s*(?:of|von|sur|de)\s*(?:insgesamt )?\d+[^.!?]{0,30}[.!]?$`)

// maxBoxLabelWords is the longest line boxLabel judges by boxLabelRe,
// maxListingCountWords by listingCountRe.
const (
	maxBoxLabelWords     = 6
	maxListingCountWords = 12
)

// boxLabel: a lower-cased line of words words that is a box's label or a
// listing's count.
func boxLabel(lower string, words int) bool {
	lower = strings.TrimSpace(lower)
	return words <= maxBoxLabelWords && boxLabelRe.MatchString(lower) ||
		words <= maxListingCountWords && listingCountRe.MatchString(lower)
}

// dropNavLabels removes the kept lines that are a navigation label alone.
func (c *cleaning) dropNavLabels() {
	for i, u := range c.units {
		if c.reason[i] != "" || i == c.title {
			continue
		}
		key := navLabelKey(u.text)
		if navLabels()[key] || footerLink(key) || loadingLine(key, u.text) || boxLabel(c.lower[i], u.words) || onlineCount(key) || newWindowLink(key) || labelPair(key) || buttonRow(c.lower[i]) || searchPrompt(c.lower[i]) ||
			actionButton(c.lower[i]) || c.pagerLink(i) {
			c.reason[i] = "navigation"
		}
	}
}

// buttonWords are the words of a picture viewer's or a player's controls
// ("Foto öffnen | Foto schließen", "Open gallery | Close", "Agrandir la
// photo"); buttonVerbs those of them that act.
var (
	buttonWords = lazyWordSet(`show hide close open expand collapse enlarge zoom in out image images photo photos picture pictures gallery fullscreen full screen
next previous prev back play pause mute unmute the
bild bilder foto fotos anzeigen schließen öffnen vergrößern ausblenden einblenden galerie vollbild weiter zurück
afficher masquer fermer ouvrir agrandir la le l les plein écran suivant précédent suivante précédente
mostrar ocultar cerrar abrir ampliar imagen imágenes galería siguiente anterior
mostra nascondi chiudi apri ingrandisci immagine immagini galleria successivo precedente`)
	buttonVerbs = lazyWordSet(`show hide close open expand collapse enlarge zoom play pause mute unmute
anzeigen schließen öffnen vergrößern ausblenden einblenden afficher masquer fermer ouvrir agrandir
mostrar ocultar cerrar abrir ampliar mostra nascondi chiudi apri ingrandisci`)
)

// buttonRow: a lower-cased line of two to eight words, every one a
// control's, one of them a verb: the labels of a viewer's buttons, which
// a scraper sets as a line of text between the story's paragraphs.
func buttonRow(lower string) bool {
	if len(lower) > 80 {
		return false
	}
	words := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) < 2 || len(words) > 8 {
		return false
	}
	verb := false
	for _, w := range words {
		if !buttonWords()[w] {
			return false
		}
		verb = verb || buttonVerbs()[w]
	}
	return verb
}

// searchPromptRe is a search box's prompt: "Search for articles and topics
// on ...", "Search our site", "Suche nach Artikeln", "Rechercher un
// article", "Buscar noticias".
var searchPromptRe = lazyRE(`^(?:search (?:for |all |our |the )?(?:articles|topics|posts|stories|news|site|website|blog)|suche (?:nach )?(?:artikeln|beiträgen|themen|nachrichten)|rechercher (?:un |des )?(?:articles?|sujets?)|buscar (?:artículos|noticias|temas))\b`)

// searchPrompt: a lower-cased line of at most eight words, no sentence,
// that is a search box's prompt.
func searchPrompt(lower string) bool {
	if len(lower) > 80 || !(strings.HasPrefix(lower, "search ") || strings.HasPrefix(lower, "suche ") ||
		strings.HasPrefix(lower, "rechercher ") || strings.HasPrefix(lower, "buscar ")) {
		return false
	}
	return len(strings.Fields(lower)) <= 8 && !textutil.EndsSentence(lower) && searchPromptRe.MatchString(lower)
}

// footerLinkEnds end the links of a site's footer to its policies and
// accounts ("Children's Online Privacy Policy", "Your State Privacy
// Rights", "Website Sign In").
var footerLinkEnds = []string{" privacy policy", " privacy notice", " privacy rights", " privacy statement", " cookie policy",
	" terms of use", " terms of service", " sign in", " log in", " datenschutzerklärung", " datenschutzhinweise",
	" politique de confidentialité", " política de privacidad"}

// footerLink: a navigation key of at most five words that ends like a
// footer's link to a policy or an account.
func footerLink(key string) bool {
	if key == "" || strings.Count(key, " ") > 4 {
		return false
	}
	for _, e := range footerLinkEnds {
		if strings.HasSuffix(key, e) {
			return true
		}
	}
	return false
}

// newWindowMarks end a link's accessible label ("Click to share on
// Twitter (Opens in new window)").
var newWindowMarks = []string{"(opens in new window)", "(opens in a new window)", "(opens in new tab)", "(opens in a new tab)",
	"(öffnet in neuem fenster)", "(öffnet in einem neuen fenster)", "(s'ouvre dans une nouvelle fenêtre)", "(se abre en una nueva ventana)"}

// newWindowLink: a navigation key of at most ten words that ends with a
// link's new-window mark.
func newWindowLink(key string) bool {
	if key == "" || key[len(key)-1] != ')' || strings.Count(key, " ") > 9 {
		return false
	}
	for _, m := range newWindowMarks {
		if strings.HasSuffix(key, m) {
			return true
		}
	}
	return false
}

// labelPair: a navigation key that is two labels joined ("Impressum &
// Datenschutz", "Privacy and Terms") or set side by side, as a scraper
// writes two buttons ("Rezept drucken Bei Pinterest speichern").
func labelPair(key string) bool {
	for _, sep := range []string{" & ", " and ", " und ", " et ", " y ", " | ", " / "} {
		if a, b, ok := strings.Cut(key, sep); ok {
			return navLabels()[a] && navLabels()[b]
		}
	}
	if strings.Count(key, " ") > 5 {
		return false
	}
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' && navLabels()[key[:i]] && navLabels()[key[i+1:]] {
			return true
		}
	}
	return false
}
