package clean

import (
	"reader/articles/internal/textutil"
	"strings"
	"sync"
)

// boilerplateRule recognises one kind of page furniture by its vocabulary in
// the major European languages. Rules only apply to lines short enough to be
// furniture (maxWords), so prose that merely mentions cookies or comments
// stays in the article.
type boilerplateRule struct {
	reason   string
	maxWords int
	re       *lazyRegexp
	// labelOnly rules match only lines that do not end like a sentence:
	// their vocabulary ("share", "find", "subscribe") is common in prose too.
	labelOnly bool
}

// ruleHints are substrings one of which a lower-cased line must contain
// before a costly rule's expression runs: a cheap filter, not a rule.
var ruleHints = map[int][]string{}

// ruleNeeds are, for a rule whose hints let through much prose, a second
// list of substrings one of which the line must contain too: every match
// of the rule's expression holds one. A phrase set holds them at bit
// ruleNeedShift+i for rule i.
var ruleNeeds = map[int][]string{}

// ruleNeedShift is where the bits of ruleNeeds start in a phrase set of
// rule hints; the rules' own bits lie below it.
const ruleNeedShift = 30

// ruleHintSet finds in one pass which rules' hints a line holds (bit i
// for rule i); unhinted has the bits of the rules without hints. They are
// made with ruleHints on first use (ruleHintsOnce), not at start-up.
var (
	ruleHintSet   *phraseSet
	unhinted      uint64
	ruleHintsOnce sync.Once
)

// buildRuleHints fills ruleHints, ruleNeeds, ruleHintSet, unhinted and
// needing; hintedRules runs it once, before the first line is tested.
func buildRuleHints() {
	hints := map[string][]string{
		"cookie notice": {"cookie"},
		"ad notice":     {"ad", "anzeige", "werbung", "publi", "pub", "anunci", "annunci", "reklam", "sponsor"},
		"video player":  {"video", "vidéo", "vídeo", "browser", "javascript", "playing", "up next", "autoplay", "loading"},
		"share prompt":  {"share", "print", "mail", "tweet", "pin", "send", "copy", "partag", "imprim", "envoy", "teilen", "druck", "versend", "compart", "enviar", "condivid", "stampa", "invia", "delen", "deel", "udost", "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "telegram"},
		"copyright":     {"©", "(c)", "copyright", "rights", "droits", "rechte", "derechos", "diritti", "iva", "idnr", "kvk", "siret", "siren", "vat", "cif"},
		"link":          {"http", "www."},
	}
	for i, r := range boilerplateRules {
		if h, ok := hints[r.reason]; ok {
			ruleHints[i] = h
		}
	}
	// The comment-form rule about e-mail addresses and the long related-link
	// vocabularies need words of their own.
	for i, r := range boilerplateRules {
		src := r.re.String()
		switch {
		case strings.Contains(src, "not be published"):
			ruleHints[i] = []string{"mail", "messagerie", "courriel", "correo", "posta", "e-mailadres"}
		case strings.Contains(src, `\b(subscribe|sign up`):
			ruleHints[i] = []string{"subscri", "sign up", "signup", "newsletter", "abonn", "inscri", "suscr", "iscriv", "abbona", "assine", "inscreva", "zapisz", "get our", "get the", "follow", "suivez", "folgen", "síguenos", "seguici", "siga", "inbox", "boîte", "postfach"}
		case strings.Contains(src, "getty images"):
			ruleHints[i] = []string{"photo", "image", "picture", "foto", "bild", "imagen", "immagine", "imagem", "credit", "crédit", "getty", "afp", "ap ", "epa", "shutterstock", "istock", "dpa", "illustration", "composite"}
		case strings.Contains(src, "you (might|may)"):
			ruleHints[i] = []string{"you ", "other ", "more ", "recent ", "popular ", "latest ", "similar ", "previous ", "next ",
				"older ", "newer ", "what do", "don", "why trust", "related", "article", "billet", "hnliche", "weitere", "verwandte",
				"vorherig", "nächst", "artículo", "noticias", "entrada", "articol", "post ", "artigo", "notícias"}
		case strings.Contains(src, "^(leave|post|add"), strings.Contains(src, "^(comments?|commentaires?"), strings.Contains(src, "^(ein(en)? )?(comments?"):
			ruleHints[i] = []string{"comment", "kommentar", "comentario", "comentári", "reacti", "komentarz", "reply", "réponse", "antwort", "respuesta", "risposta", "resposta"}
		case strings.Contains(src, "^(privacy (policy"):
			ruleHints[i] = []string{"privacy", "terms of", "confidentialit", "mentions l", "datenschutz", "impressum", "privacidad", "aviso legal", "privacidade"}
		case strings.Contains(src, "^(show|view|see|enlarge"):
			ruleHints[i] = []string{"image", "photo", "picture", "galler", "galerie", "bild", "foto", "imagen", "imágenes", "immagin", "imagem", "afbeelding"}
		case strings.Contains(src, "^(sign up|subscribe"):
			ruleHints[i] = []string{"sign up", "subscribe", "abonn", "inscri", "suscr", "iscriv", "assine", "inscreva"}
		case strings.Contains(src, "^(read (more|also|next)"):
			ruleHints[i] = []string{"read", "see ", "related", "more on", "more from", "further reading", "recommended", "you may", "most ", "lire", "voir aussi",
				"sur le même sujet", "lesen", "mehr zum", "das könnte", "lee ", "leer", "te puede", "leggi", "potrebbe", "leia", "veja", "lees", "zie ook", "czytaj"}
		case strings.Contains(src, "^(read|continue reading"):
			ruleHints[i] = []string{"read", "lire", "lisez", "retrouvez", "lesen", "leer", "leggi", "leia"}
		case strings.Contains(src, "^(find|discover"):
			ruleHints[i] = []string{"find", "discover", "explore", "watch", "listen to", "découvrez", "trouvez", "entdecken", "finden", "descubr", "encuentra",
				"scopri", "trova", "encontre", "ontdek", "vind"}
		case strings.Contains(src, "^(posted|written"):
			ruleHints[i] = []string{"posted", "written", "published", "updated", "publié", "mis à jour", "veröffentlicht", "aktualisiert", "publicado",
				"actualizado", "pubblicato", "aggiornato", "atualizado", "gepubliceerd"}
		case strings.Contains(src, "(skip|close|seconds?"):
			// "Ad · skip in 5 seconds": the hint "ad" is in half the
			// paragraphs of a page, the skip or countdown word is not.
			ruleHints[i] = hints["ad notice"]
			ruleNeeds[i] = withLongS([]string{"skip", "close", "second", "sekund", "segund", "passer", "überspringen", "salta", "pular"})
		case strings.Contains(src, "required fields"):
			ruleHints[i] = []string{"required", "obligatoire", "pflicht", "obligatorio", "obbligatori", "obrigatório", "verplicht", "logged", "notify", "log in", "login", "sign in", "register"}
		}
	}
	if len(boilerplateRules) > ruleNeedShift {
		panic("clean: more vocabulary rules than a hint mask holds")
	}
	ruleHintSet = newPhraseLists()
	addRuleHints(ruleHintSet)
	for i := range boilerplateRules {
		if _, ok := ruleHints[i]; !ok {
			unhinted |= 1 << i
		}
		if _, ok := ruleNeeds[i]; ok {
			needing |= 1 << i
		}
	}
}

// needing has the bits of the rules with ruleNeeds.
var needing uint64

// addRuleHints puts the rules' hints and needs in p, at the bits
// rulesFrom reads.
func addRuleHints(p *phraseSet) {
	for i, h := range ruleHints {
		p.add(h, 1<<i)
	}
	for i, h := range ruleNeeds {
		p.add(h, 1<<(ruleNeedShift+i))
	}
}

// rulesFrom are the rules whose expressions may match a line, given the
// bits its phrase lists (addRuleHints') hold.
func rulesFrom(lists uint64) uint64 {
	hinted := unhinted | lists&(1<<ruleNeedShift-1)
	met := lists >> ruleNeedShift & needing
	return hinted &^ (needing &^ met)
}

// withLongS adds to words their spellings with the long s (ſ) for any of
// their s: a case-insensitive expression takes ſ for s, and lower-casing
// a line leaves it as it is.
func withLongS(words []string) []string {
	var out []string
	for _, w := range words {
		forms := []string{""}
		for _, r := range w {
			var next []string
			for _, f := range forms {
				next = append(next, f+string(r))
				if r == 's' {
					next = append(next, f+"ſ")
				}
			}
			forms = next
		}
		out = append(out, forms...)
	}
	return out
}

// hintedRules are the bits of the rules whose expressions may match the
// lower-cased line.
func hintedRules(lower string) uint64 {
	ruleHintsOnce.Do(buildRuleHints)
	return rulesFrom(ruleHintSet.lists(lower))
}

// boilerplateRules are general vocabulary of web pages (call-to-action
// verbs, widget labels, legal notices), not phrases of any one site.
var boilerplateRules = []boilerplateRule{
	{"comment form", 25, lazyRE(`(?i)^(leave|post|add|write|submit|laisser|laissez|poster|ajouter|écrire|ecrire|donnez|schreiben|hinterlassen|verfassen|deja|dejar|escribe|escribir|añadir|lascia|lasciare|scrivi|aggiungi|deixe|deixar|escreva|adicione|plaats|laat|schrijf|dodaj|napisz|zostaw)\b.{0,30}\b(comments?|commentaires?|kommentare?|comentarios?|commenti|commento|comentários?|reacties?|reactie|komentarz\w*|reply|réponse|antwort|respuesta|risposta|resposta)\b`), false},
	{"comment form", 25, lazyRE(`(?i)^(comments?|commentaires?|kommentare?|comentarios?|commenti|comentários?|reacties|komentarze)(\s*\(\d+\))?\s*:?$`), false},
	{"comment form", 6, lazyRE(`(?i)^(ein(en)? )?(comments?|commentaires?|kommentare?|comentarios?|commenti|commento|comentários?|reacties?|komentarz)\s+(schreiben|verfassen|hinzufügen|abgeben|posten|écrire|ajouter|escribir|añadir|scrivere|aggiungere|escrever|adicionar|plaatsen|schrijven|dodaj|napisz)\b`), false},
	{"comment form", 30, lazyRE(`(?i)(e-?mail|adresse de messagerie|adresse (e-)?mail|courriel|e-mail-adresse|correo( electrónico)?|indirizzo (e-?mail|di posta)|endereço de e-?mail|e-mailadres|adres e-mail).{0,40}(not be published|never be published|ne sera pas publiée|ne sera jamais publiée|nicht veröffentlicht|no (será|se) publica|non (sarà|verrà) pubblicat|não será publicad|niet gepubliceerd|nie zostanie opublikowany)`), false},
	{"comment form", 20, lazyRE(`(?i)(required fields are marked|champs obligatoires sont indiqués|pflichtfelder sind (mit|markiert)|campos obligatorios están marcados|campi obbligatori sono contrassegnati|campos obrigatórios são marcados|verplichte velden zijn gemarkeerd|you must be logged in to post|notify me of (new|follow-up) comments|^(log ?in|sign in|register) to (comment|reply|post a comment)\b)`), false},
	{"cookie notice", 60, lazyRE(`(?i)\bcookies?\b.{0,120}\b(use|uses|using|utilise|utilisons|utilisation|verwendet|verwenden|nutzt|utiliza|usamos|utilizza|utilizziamo|gebruikt|używa|experience|expérience|accept|accepter|akzeptieren|aceptar|accetta|aceitar|consent|consentement|einwilligung|policy|politique|richtlinie|política|informativa|learn more|en savoir plus|mehr erfahren|más información|scopri di più|saiba mais)(?:[^\pL\pN_]|$)`), false},
	{"privacy notice", 40, lazyRE(`(?i)^(privacy (policy|notice)|terms of (use|service)|politique de confidentialité|mentions légales|datenschutz(erklärung)?|impressum|política de privacidad|aviso legal|informativa sulla privacy|política de privacidade)(?:[^\pL\pN_]|$)`), false},
	{"ad notice", 12, lazyRE(`(?i)^(advertisement|advertising|sponsored( content)?|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|reklama|ad)\s*[:.\-–]?\s*$`), false},
	{"ad notice", 16, lazyRE(`(?i)\b(ads?|advert|advertisement|anzeige|werbung|publicité|pub|publicidad|anuncio|pubblicità|annuncio|publicidade|anúncio|advertentie|reklama)(?:[^\pL\pN_]|$).{0,40}(?:^|[^\pL\pN_])(skip|close|seconds?|secondes?|sekunden|segundos?|secondi|seconden|sekund\w*|passer|überspringen|saltar|salta|pular)\b|(?:^|[^\pL\pN_])(skip|close|passer|überspringen|saltar|salta|pular)\b.{0,20}\b(ads?|advert\w*|anzeige|werbung|publicité|pub|publicidad|anuncio|pubblicità|publicidade|advertentie)(?:[^\pL\pN_]|$)`), false},
	{"video player", 20, lazyRE(`(?i)(video player|your browser does not support|javascript (is )?(required|disabled)|enable javascript|(lecteur|player) vidéo|videoplayer|reproductor de vídeo|lettore video|now playing|up next|autoplay|loading (video|player))`), false},
	{"image caption", 8, lazyRE(`(?i)^(show|view|see|enlarge|expand|open|zoom|afficher|voir|agrandir|bild|foto|anzeigen|vergrößern|ver|ampliar|mostra|vedi|mostrar)?\s*(the |l'|l’|das |la |a )?(image|images|photo|photos|picture|pictures|gallery|galerie|bild|bilder|foto|fotos|imagen|imágenes|immagine|immagini|imagem|imagens|afbeelding)\s*(gallery|galerie|\d+\s*(/|of|sur|von|de|di)\s*\d+)?$`), true},
	{"image caption", 25, lazyRE(`(?i)^(photo|image|picture|foto|bild|imagen|immagine|imagem|credit|crédit|crédito|bildquelle|photograph)\s*(credit)?\s*:|(\(|\b)(getty images|afp photo|ap photo|epa|shutterstock|istock|dpa|photo:|foto:|bild:)\b|[.!?)]\s+(photograph|photography|photo|picture|image|illustration|composite|foto|bild)s?\s*:\s*\S`), false},
	{"subscribe prompt", 25, lazyRE(`(?i)\b(subscribe|sign up|signup|newsletter|s'abonner|abonnez-vous|inscrivez-vous|abonnieren|anmelden|suscríbete|suscribirse|iscriviti|abbonati|assine|inscreva-se|abonneer|zapisz się|get (our|the) (latest|daily|free)|follow us|suivez-nous|folgen sie uns|síguenos|seguici|siga-nos|(straight|delivered|direct(ly)?) to your inbox|dans votre boîte (mail|de réception)|in ihr(em)? postfach)\b`), true},
	{"subscribe prompt", 20, lazyRE(`(?i)^(sign up|subscribe|abonnez-vous|inscrivez-vous|abonnieren sie|suscríbete|iscriviti|assine|inscreva-se|abonneer)\b`), false},
	{"share prompt", 12, lazyRE(`(?i)^(share|print|email|e-mail|tweet|pin|send|copy link|partager|imprimer|envoyer|teilen|drucken|versenden|compartir|imprimir|enviar|condividi|stampa|invia|compartilhe|compartilhar|delen|udostępnij)\b.{0,60}$|^(share|partager|teilen|compartir|condividi|partilhar|delen|deel)\s+(this|on|sur|auf|en|su|no|op|dit|deze|via)\b|\b(facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram)\b.{0,20}\b(facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|e-?mail)\b`), true},
	{"related link", 12, lazyRE(`(?i)^(you (might|may) (also )?(like|enjoy|be interested)|other (related )?(posts|articles|stories)|more (posts|articles|stories)( from| by| like)?|(recent|popular|latest|similar) (posts|articles|stories|comments)|(previous|next|older|newer) (post|article|story|entry)|what do you think|don'?t miss|why trust us|related\s*:|articles? (similaires|connexes)|(article|billet) (précédent|suivant)|(ähnliche|weitere|verwandte) (artikel|beiträge)|(vorheriger|nächster) (artikel|beitrag)|(artículos|noticias|entradas) relacionad[oa]s|(artículo|entrada) (anterior|siguiente)|articoli (correlati|simili)|(articolo|post) (precedente|successivo)|(artigos|posts|notícias) relacionad[oa]s|(artigo|post) (anterior|seguinte))`), true},
	{"related link", 25, lazyRE(`(?i)^(read (more|also|next)|see (also|more)|more from( the| our)? \pL+$|related( articles?| stories| content| coverage)?|more on (this|that)( story| topic)?|further reading|recommended|you may (also )?like|most (read|popular)|lire (aussi|également|la suite)|à lire (aussi|également)|voir aussi|sur le même sujet|lesen sie (auch|mehr)|mehr zum thema|weiterlesen|das könnte sie auch interessieren|lee (también|más)|leer más|te puede interesar|leggi (anche|di più)|potrebbe interessarti|leia (também|mais)|veja também|lees ook|lees meer|zie ook|czytaj (też|także|więcej))(?:[^\pL\pN_]|$)`), false},
	{"related link", 25, lazyRE(`(?i)^(read|continue reading|lire|lisez|retrouvez|lesen|leer|leggi|leia)\s+(it |this |the rest |more |la suite |)?(on|at|in|sur|chez|auf|bei|en|su|no|em)\s+[^:]{2,40}:`), false},
	{"related link", 10, lazyRE(`(?i)^(find|discover|explore|watch|listen to|découvrez|retrouvez|trouvez|entdecken|finden sie|descubre|encuentra|scopri|trova|descubra|encontre|ontdek|vind)\s+(all |more |the |our |toute?s? |les |alle |mehr |todas? |las |los |tutte? |le |gli |mais |as |os )?`), true},
	{"byline", 8, lazyRE(`(?i)^(posted|written|published|updated|last updated|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato|atualizado|gepubliceerd)\s+(by|par|von|por|da|door)\s`), false},
	{"copyright", 20, lazyRE(`(?i)^(©|\(c\)|copyright\b)|\ball rights reserved\b|\btous droits réservés\b|\balle rechte vorbehalten\b|\btodos los derechos reservados\b|\btutti i diritti riservati\b|\b(p\.\s?iva|partita iva|ust-?idnr\.?|kvk(-nummer)?|siret|siren|cif|vat (no\.?|number|reg(istration)?( no\.?)?))\s*:?\s*[A-Z]{0,2}[\d ]{6,}`), false},
	{"link", 60, lazyRE(`(?i)^(https?://|www\.)\S+$`), false},
}

// boilerplateReason names the kind of furniture a line is, or "".
func boilerplateReason(text string) string {
	return boilerplateReasonLower(text, strings.ToLower(text))
}

// boilerplateReasonLower is boilerplateReason given the line lower-cased
// too.
func boilerplateReasonLower(text, lower string) string {
	return boilerplateReasonWords(text, lower, textutil.CountWordsUpTo(text, maxRuleWords())) // exact up to the longest rule
}

// boilerplateReasonWords is boilerplateReasonLower given the line's word
// count too (exact up to maxRuleWords).
func boilerplateReasonWords(text, lower string, n int) string {
	if n > maxRuleWords() {
		return ""
	}
	return boilerplateReasonHinted(text, n, hintedRules(lower))
}

// boilerplateReasonHinted is boilerplateReasonWords given the rules the
// line's hints let through (hintedRules), which readLines found already.
func boilerplateReasonHinted(text string, n int, rules uint64) string {
	if n > maxRuleWords() {
		return ""
	}
	sentence := textutil.EndsSentence(text)
	for i, r := range boilerplateRules {
		if n <= r.maxWords && !(r.labelOnly && sentence) && rules&(1<<i) != 0 && r.re.MatchString(text) {
			return r.reason
		}
	}
	return ""
}

// maxRuleWords is the longest line any rule applies to.
var maxRuleWords = sync.OnceValue(func() int {
	m := 0
	for _, r := range boilerplateRules {
		m = max(m, r.maxWords)
	}
	return m
})

// readOnSource pulls the outlet out of a "Read on OUTLET: headline" line.
var readOnRe = lazyRE(`(?i)^(?:read|continue reading|lire|lisez|retrouvez|lesen|leer|leggi|leia)\s+(?:it |this |the rest |more |la suite |)?(?:on|at|sur|chez|auf|bei|en|su|no|em)\s+([^:]{2,40}):`)

func readOnSource(text string) string {
	m := readOnRe.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1])
}
