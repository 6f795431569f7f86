package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"reader/articles/internal/textutil"
)

// promoRe finds the words of a site speaking for itself inside the text:
// a call to sign up, subscribe, get in touch or buy ("Sign up for our
// newsletter", "Contact us today", "Book a demo", "Get 20% off your
// order"), a paywall's or a sign-up form's small print, a plea to support
// the outlet, or a notice that it earns from the links on the page. A story reports such words in quotes or about someone else ("the
// firm asked customers to contact it"); a site addresses its reader with
// them, in the first person plural and the second person. It is matched
// against the lower-cased line, which is faster than folding case.
var promoRe = lazyRE(`(?:^|[^\pL])(?:` +
	// newsletters and subscriptions
	`sign[ -]?up (?:for|to) (?:our|the|my)\b[^.!?]{0,40}\b(?:newsletters?|updates|emails?|list)|subscribe to (?:our|my) (?:newsletters?|channel|podcast|updates)|` +
	`(?:our|my) (?:free |weekly |daily )?newsletters?\b[^.!?]{0,60}\b(?:inbox|sign up|subscribe)|(?:delivered|straight|directly|direct|sent) to (?:your|their) inbox(?:es)?|join (?:the )?(?:hundreds|thousands|millions|\d[\d,.]*k?\+?) (?:of )?(?:other )?[\w-]+ (?:who|that) (?:get|receive|read|subscribe)|enter your e-?mail\b|` +
	`abonnieren sie\b|(?:unseren|unserem|den) [^.!?]{0,20}newsletter|newsletter (?:abonnieren|bestellen)|melden sie sich (?:jetzt |hier )?(?:für|zu)m? [^.!?]{0,20}newsletter|` +
	`abonnez-vous|inscrivez-vous (?:à|a) (?:notre|la) newsletter|(?:notre|la) newsletter (?:gratuite|quotidienne|hebdomadaire)|` +
	`suscr[ií]b[ea]te|(?:nuestro|nuestra) (?:bolet[ií]n|newsletter)|iscriviti (?:alla|alla nostra) newsletter|assine (?:a nossa|nossa) newsletter|` +
	// getting in touch, buying
	`(?:contact|call) us (?:today|now|anytime)|get in touch (?:today|now|with us)|reach out to (?:us|our)\b|don[’']?t hesitate to (?:contact|reach|call|get in touch)|do not hesitate to (?:contact|reach|call|get in touch)|` +
	`give us a call|book (?:a|your) (?:free )?(?:demo|call|consultation|session)|request (?:a|your) (?:free )?(?:quote|demo|consultation)|get (?:a|your) free (?:quote|trial|consultation|demo|estimate)|` +
	`start (?:your|a) free trial|(?:sign[ -]?up|get started|try it) (?:for )?free\b|sign(?:ing)?[ -]?up for a free trial|use (?:the )?(?:coupon |promo |discount )code [a-z0-9]+|use (?:the )?code [a-z]*\d[a-z0-9]*|use (?:the )?code [a-z0-9]+ (?:for|at checkout|to (?:save|get))\b|in free credits|` +
	`fill (?:out |in )?(?:this|the) form|kontaktieren sie uns|nehmen sie kontakt mit uns auf|contactez-nous|cont[áa]ctanos|cont[áa]ctenos|contattaci|entre em contato conosco|` +
	// support the outlet
	`please (?:share|support|consider supporting)|spread the word|support us (?:by|with|on)|by donating|make a donation|donate (?:now|today)|(?:funded|supported|powered) by readers|your support (?:is|means|helps|keeps)|` +
	// a firm's offers to its reader
	`(?:check out|explore|browse) our (?:latest|other|full|free|range|collection|guides?|blogs?|shop|store|products?|services?|courses?)|use our (?:free |easy |simple |online )?[\w-]+ (?:calculator|tool|quiz|planner)|` +
	`(?:see|learn|find out|discover) how we can help|we can help you|we(?:['’]d| would) (?:be happy|love) to (?:help|support|hear)|talk to (?:our|an?) (?:[\w-]+ ){0,4}(?:experts?|team|specialists?|advisors?|sales)|we want to hear (?:about|from) you|make sure to grab|` +
	`(?:our|my) (?:youtube|whatsapp|telegram) channel|(?:news|stories|updates|alerts) (?:straight|directly|delivered) to your (?:phone|device|smartphone)|(?:submit|send) (?:a|your) letter to the editor|^want more (?:like this|stories like this|posts like this|content like this|of this)\?|^thank(?:s| you)[!,.]? (?:for (?:subscribing|signing up)|please check your (?:inbox|e-?mail))|please check your (?:inbox|e-?mail)(?: now)? (?:for|to confirm)|` +
	// a comment form's login note
	`you must be (?:logged in|signed in) to (?:post|leave|write|add) a comment|sie müssen (?:sich )?(?:angemeldet|eingeloggt) sein,? um|sie müssen sich (?:einloggen|anmelden),? um (?:sich|einen|zu)|` +
	`vous devez (?:être connecté|vous connecter) pour|debes (?:estar registrado|iniciar sesión) para|devi (?:essere connesso|effettuare il login) per|` +
	`never miss (?:a|an|another) (?:story|post|article|update|issue)|` +
	`jetzt (?:kostenlos )?(?:bestellen|abonnieren|anmelden|registrieren)|hier geht['’]s zur anmeldung|melde dich (?:hier |jetzt )?(?:an|für)|in (?:deinen|ihren) posteingang|nichts mehr verpassen|(?:keine|nie mehr|nie wieder) [^.!?]{0,50}verpassen|unseren? (?:youtube|whatsapp|telegram)[- ]kanal|` +
	`ne manquez (?:rien|plus)|pour ne rien manquer|recevez (?:notre|nos) |notre chaîne (?:youtube|whatsapp|telegram)|` +
	`debes registrarte|reg[ií]strate (?:gratis|aquí|ahora)|(?:nuestro |nuestra |tenemos (?:un )?)canal de (?:youtube|whatsapp|telegram)|s[ií]guenos en|` +
	`support (?:our|independent) (?:journalism|work|reporting)|consider (?:becoming a (?:member|subscriber|supporter|patron)|supporting us|subscribing)|become a (?:member|patron|subscriber|supporter) (?:today|now|and|to)|` +
	`unterstütze[n]? (?:sie )?(?:uns|unsere arbeit) (?:bitte )?mit|soutenez (?:notre|nous)|apoya (?:nuestro|el) periodismo|` +
	// sign-up forms' small print, a story's own credit line
	`your (?:information|data|personal data|e-?mail(?: address)?) will (?:be|only be) (?:processed|used|handled|shared)|by (?:signing up|subscribing|submitting|clicking)[^.!?]{0,40}you agree|by (?:using|utili[sz]ing|accessing|visiting|browsing|continuing to (?:use|browse))\b[^.!?]{0,80}\byou (?:agree|are agreeing|accept|consent)\b|we respect your privacy|(?:you can|you may|and) unsubscribe at any time|jederzeit (?:wieder )?abmelden|(?:vous )?désinscrire à tout moment|darte de baja en cualquier momento|` +
	`this (?:story|article|report)(?: about [^.!?]{0,60})? was (?:written|produced|reported) by|` +
	// paywalls and registration walls
	`^(?:jetzt |hier )?(?:kostenlos|gratis) (?:registrieren|anmelden)|registrieren und weiterlesen|hier (?:kostenlos )?anmelden|` +
	`to (?:view|read|continue reading) (?:the full|this|the rest of (?:the|this)) (?:story|article|post)\b[^.!?]{0,30}\b(?:subscribe|sign in|log in|register)|` +
	`(?:instant|immediate|unlimited) (?:online |digital )?access to (?:the full|this|all|our)\b|already a subscriber|cancel (?:at )?any ?time|cancela cuando quieras|jederzeit kündbar|résiliable à tout moment|` +
	// consent small print under a sign-up form
	`ich bin mit der verarbeitung meiner|willige ich\b[^.!?]{0,60}\bein\b|mit (?:dem )?absenden\b[^.!?]{0,60}\b(?:willige|stimme|erkläre)|` +
	// pleas for support, shops, offers
	`buy (?:me|us) a coffee|ko-fi\.com/|(?:jede|jeder) (?:noch so )?(?:kleine |kleiner )?(?:spende|beitrag|euro) (?:hilft|zählt)|every (?:little |small )?(?:donation|contribution|gift) (?:helps|counts|matters)|chaque don (?:compte|aide)|` +
	`unterstütze[n]? [^.!?]{0,30}\b(?:mit|ab) (?:nur )?\d|ihr beitrag hilft|(?:would|will) you consider supporting|supporting our (?:work|journalism)|` +
	`besuchen sie unseren [^.!?]{0,20}shop|visit our (?:online )?(?:shop|store)|^(?:buch|jetzt|hier) (?:bestellen|kaufen)$|oder bestellen sie (?:es|ihn|sie|das)\b|` +
	`\d+ ?% off (?:your|sitewide)\b|off your (?:first )?(?:order|purchase|subscription)|^(?:get |enjoy |score )?free (?:standard |express |two-day |next-day |uk |us )?shipping on (?:all |qualifying |your |eligible )?orders?\b|` +
	// a plea that opens on the reader's liking the outlet, a call to follow it
	`^(?:sie lesen gerne?|du liest gerne?|lesen sie gerne?)|^gefällt (?:dir|ihnen|euch) (?:unser|unsere|dieser|der|das) [^.!?]{0,30}\?|^wenn (?:ihnen|dir) (?:unser|dieser|der) (?:artikel|beitrag|text) gefallen hat\b|` +
	`^(?:like|love|liked|loved|enjoyed) (?:this|the) (?:article|post|story)\?|^if you (?:liked|enjoyed) this (?:article|post|story)\b[^.!?]{0,40}\b(?:support|subscrib\pL*|donat\pL*|buy me)|` +
	`^(?:follow (?:us|me) (?:on|at)|folgen sie uns (?:auf|bei)|folge (?:uns|mir) (?:auf|bei)|suivez-(?:nous|moi) sur|seguici su)\b|` +
	// a recipe's rating prompt
	`leave a (?:star )?rating\b|rate this recipe|bewerte(?:n sie)? (?:dieses|das) rezept|` +
	// a newsletter's pitch
	`^(?:keep up|stay up)(?: to date)? with (?:the latest|our|news|all)\b|^stay (?:in the know|informed|updated|connected)\b|^bleib(?:en sie)? (?:immer )?(?:auf dem laufenden|informiert)\b|^restez (?:informés?|connectés?)\b|` +
	// the outlet's apps, a button's "click here"
	`(?:download|get|install) (?:the|our) [^.!?]{0,40}\bapps? (?:for|on) (?:ios|iphone|android)|(?:laden sie|lade dir|holen sie sich) (?:jetzt )?unsere [^.!?]{0,20}\bapp\b|für ios und android|` +
	`(?:click|tap) here to (?:sign[ -]?up|subscribe|register|get started|order|join|donate)\b|hier klicken\b[^.!?]{0,40}\b(?:registrieren|anmelden|abonnieren|bestellen)|` +
	`why (?:thousands|millions|hundreds) of [^.!?]{0,60}\b(?:trust|love|choose) (?:our|us)\b|join (?:my|our) (?:free |weekly |live )?(?:workshop|webinar|course|class|masterclass|community|challenge|mailing list|newsletter)|` +
	`^(?:the|a|our|my) (?:free )?(?:daily|weekly|monthly) newsletter\b|tell your friends and (?:get|earn)|never miss (?:the latest|out on)|` +
	`\bnetiquette\b|wir informieren (?:sie|dich|euch) (?:regelmäßig|laufend|wöchentlich|täglich)|read the rest of (?:the|this|my|our) [^.!?]{0,40}(?:guide|series|article|post|story)|` +
	`send me (?:an )?e-?mails? (?:for |with |on |about )?(?:every|each) new (?:post|article|story)|you are using (?:a|an) (?:outdated |old |unsupported )?browser|(?:please )?(?:update|upgrade) your browser\b|ihr browser ist (?:veraltet|nicht aktuell)` +
	`)(?:[^\pL]|$)`)

// disclosureRe finds a site's notice that it earns from the links or the
// offers on the page ("we may earn a commission", "supported by
// commissions", "Affiliate-Links"). Such a notice runs longer than a call
// to action, to maxDisclosureWords.
var disclosureRe = lazyRE(`(?i)(?:^|[^\pL])(?:` +
	`(?:we|i) (?:may |might |will |could )?(?:earn|receive|get|make) (?:a |an )?(?:small |affiliate |financial )?(?:commission|compensation|share of (?:the )?sales?)|` +
	`(?:we|i) may be compensated|supported by (?:commissions|affiliate)|(?:this|the|some(?: of (?:my|our|the))?|our|my) (?:posts?|pages?|articles?|site|website|content) (?:may |might |can )?(?:contains?|includes?) (?:some )?affiliate links|affiliate (?:disclosure|marketer)|qualifying purchases|advertiser disclosure|(?:independently (?:selected|chosen|picked|reviewed)|(?:selected|chosen|picked) independently) by (?:our|the) editors|` +
	`(?:erhalten|bekommen) wir (?:eine )?provision|affiliate-links?|(?:dieser|der) (?:beitrag|artikel|post) enthält (?:unbezahlte )?(?:werbung|anzeigen)|product advertising api|handelt es sich um affiliate[- ]links|(?:nous )?(?:percevons|touchons) une commission|(?:recibimos|podemos recibir) una comisi[oó]n` +
	`)(?:[^\pL]|$)`)

// maxDisclosureWords is the longest line dropPromotions judges a
// disclosure in.
const maxDisclosureWords = 90

// maxLabelledDisclosureWords is the longest disclosure dropPromotions
// judges right under a label that names it ("Advertiser Disclosure").
const maxLabelledDisclosureWords = 250

// disclosureLabelWords name a disclosure's label in the languages of the
// patterns.
var disclosureLabels = lazyPhraseSet([]string{"disclosure", "disclaimer", "offenlegung", "hinweis", "divulgation", "avertissement", "divulgación", "aviso"})

// underDisclosureLabel: the line above line i is a label of at most four
// words that names a disclosure ("Advertiser Disclosure", "Affiliate
// disclaimer", "Transparenz-Hinweis").
func (c *cleaning) underDisclosureLabel(i int) bool {
	return i > 0 && !textutil.WordsOver(c.units[i-1].text, 4) && disclosureLabels().in(c.lower[i-1])
}

// promoCues and promoCueWords are the pieces of text and the words one
// of which a line must hold before promoRe runs: a cheap filter, not a
// rule. Every branch of the pattern holds one of them, so the filter
// drops no match. Words as common as "our" and "we" made the pattern run
// on nearly every paragraph (8% of an import's CPU); pieces such as
// "form" or "demo" still did, inside "information" and "democracy".
var promoCues = []string{
	"newsletter", "inbox", "subscri", "abonn", "inscri", "suscr", "bolet", "iscriv", "assine", "sign up", "sign-up",
	"signup", "signing up", "contact us", "call us", "in touch", "reach out", "hesitate", "us a call", "consultation",
	"contactez", "ctanos", "ctenos", "contatt", "contato", "kontakt", "donat", "calculator", "youtube", "whatsapp",
	"telegram", "anmeld", "posteingang", "verpassen", "manq", "recevez", "registr", "regístr", "guenos", "unterstütz",
	"soutenez", "periodismo", "will be processed", "will be used", "will be handled", "will be shared", "will only be",
	"you agree", "privacy", "abmelden", "désinscri", "de baja", "written by", "produced by", "reported by",
	"kostenlos", "gratis", "weiterlesen", "access to", "cancel any", "cancel at any", "cancela", "kündbar", "résiliable",
	"verarbeitung meiner", "willige", "absenden", "beitrag hilft", "supporting our", "besuchen sie", "visit our", "bestellen", "% off", "off your", "trust our",
	"your phone", "your device", "your smartphone", "letter to the editor", "want more", "spende", "beitrag hilft", "beitrag zählt", "euro hilft", "euro zählt", "donation", "contribution", "gift helps", "gift counts", "gift matters", "chaque don", "check your inbox", "check your e", "for subscribing", "for signing up", "logged in", "signed in", "angemeldet sein", "eingeloggt", "einloggen", "anmelden, um", "anmelden um", "connecté pour", "vous connecter", "registrado para", "iniciar sesión", "connesso per", "login per", "online access", "digital access", "trust us", "choose us", "join my", "join our", "join the ", "agreeing", "you accept", "you consent", "tell your friends", "never miss", "netiquette",
	"wir informieren", "read the rest", "send me", "browser", "shipping", "for ios", "on ios", "für ios", "for iphone", "for android", "on android", "unsere app", "click here", "tap here", "hier klicken",
	"keep up", "stay up", "stay in the know", "stay informed", "stay updated", "stay connected", "laufenden", "informiert", "restez",
	"lesen gern", "liest gern", "gefällt", "gefallen hat", "this article?", "this post?", "this story?", "the article?", "the post?", "the story?",
	"if you liked", "if you enjoyed", "follow us", "follow me", "folgen sie uns", "folge uns", "folge mir", "suivez-", "seguici",
	"rating", "rate this", "bewerte", "a coffee", "ko-fi",
}

const promoCueWordList = `email e-mail call demo session quote free code form please spread support readers check explore
browse tool quiz planner help hear talk grab miss jetzt melde consider become`

var promoCueWords = lazyWordSet(promoCueWordList)

// disclosureCues are the same for disclosureRe.
var disclosureCues = []string{"independently", "commission", "compensat", "share of", "affiliate", "qualifying", "advertiser", "provision", "comisi", "enthält", "advertising api"}

// cookieConsentRe is a cookie banner's text, matched against the
// lower-cased line: the site's use of cookies and the reader's consent by
// a click. Its button names stand in quotes, so quotes do not save it.
var cookieConsentRe = lazyRE(`(?:we|this (?:site|website)) uses? cookies (?:on|to|and)\b[^.!?]{0,160}[.!?]\s+by (?:clicking|continuing|using)\b[^.!?]{0,60}\byou (?:consent|agree|accept)|by clicking [“"']?accept(?: all)?[”"']?,? you (?:consent|agree)`)

// followRe is a call to follow a named outlet or person on a social
// network ("Follow The Gleaner on Twitter and Instagram", "Follow @name on
// X"), matched against the line as written: the name is capitalised or a
// handle, where a story's "Follow these steps shared on Twitter" is not.
// (promoRe's "Follow us on" needs no name.)
var followRe = lazyRE(`^(?:Follow|FOLLOW|Folgen Sie|Folge|Suivez) (?:@[\w.]+|(?:[Tt]he |[Dd]ie |[Dd]er |[Dd]as |[Ll]e |[Ll]a |[Ll]es )?\p{Lu}[\pL\pN'’.&-]*(?: \p{Lu}[\pL\pN'’.&-]*){0,3}) (?:on|auf|bei|sur) (?i:twitter|facebook|instagram|x|linkedin|tiktok|youtube|threads|bluesky|mastodon|pinterest)\b`)

// smallPrintRe is a site's small print that runs longer than a call to
// action, to maxDisclosureWords, with its thanks, advice and terms around
// it: a notice that the reader's browser is too old, a sign-up form's
// consent ("By signing up, you agree to receive ...", "Mit Absenden meiner
// E-Mail-Adresse willige ich ... ein") and a site's terms of use ("By
// continuing to use this website you consent ..."). Matched against the
// lower-cased line.
var smallPrintRe = lazyRE(`you are using (?:a|an) (?:outdated |old |unsupported )?browser|(?:please )?(?:update|upgrade) your browser\b|ihr browser ist (?:veraltet|nicht aktuell)|` +
	`(?:^|[^\pL])(?:by (?:signing up|subscribing|submitting|clicking)[^.!?]{0,40}you agree|by (?:using|utili[sz]ing|accessing|visiting|browsing|continuing to (?:use|browse))\b[^.!?]{0,80}\byou (?:agree|are agreeing|accept|consent)\b|` +
	`mit (?:dem )?absenden\b[^.!?]{0,60}\b(?:willige|stimme|erkläre)|willige ich\b[^.!?]{0,60}\bein\b|ich bin mit der verarbeitung meiner)`)

// smallPrint: a lower-cased line that holds a site's small print.
func smallPrint(lower string) bool {
	return smallPrintRe.MatchString(lower)
}

// maxPromoWords is the longest line dropPromotions judges: a call to
// action is a sentence or two, a longer paragraph is the story's.
const maxPromoWords = 45

// promoReason is the reason dropPromotions gives.
const promoReason = "promotion"

// dropPromotions removes the kept lines in which the site addresses its
// reader: calls to sign up, subscribe, get in touch or buy, pleas for
// support and affiliate disclosures, which commercial pages set between
// or under the story's paragraphs and which read as prose to the line
// model. Quoted speech stays: a story may report such words. A bulleted
// line is judged too (a box's "Sign up for our newsletter" comes as a
// list item from a saved page), a numbered one not: it is a step of the
// story's instructions.
func (c *cleaning) dropPromotions() {
	var promos []int
	for i, u := range c.units {
		if c.reason[i] != "" || i == c.title || u.list == Numbered {
			continue
		}
		if strings.Contains(c.lower[i], "cookies") && u.words <= maxDisclosureWords && cookieConsentRe.MatchString(c.lower[i]) {
			c.reason[i] = promoReason
			continue
		}
		disclosure := c.phrases[i]&disclosureCueList != 0
		// A line holding a cue word holds it as a piece of text too
		// (promoWordList): only such lines are read word by word.
		promo := c.phrases[i]&promoCueList != 0 || c.phrases[i]&promoWordList != 0 && hasAnyWord(c.lower[i], promoCueWords()) ||
			strings.HasPrefix(u.text, "Follow ") || strings.HasPrefix(u.text, "FOLLOW ") || strings.HasPrefix(u.text, "Folg") || strings.HasPrefix(u.text, "Suivez ")
		if !disclosure && !promo {
			continue
		}
		n := u.words
		if n > maxDisclosureWords && !(n <= maxLabelledDisclosureWords && disclosure && c.underDisclosureLabel(i)) || n < 2 || quoted(u.text) {
			continue
		}
		if !(n <= maxPromoWords && promo && promoRe.MatchString(c.lower[i])) && !(disclosure && disclosureRe.MatchString(u.text)) &&
			!(n <= maxPromoWords && followRe.MatchString(u.text)) && !(promo && smallPrint(c.lower[i])) {
			continue
		}
		c.reason[i] = promoReason
		promos = append(promos, i)
	}
	c.dropPromoBoxes(promos)
}

// promoBoxReach: how many lines above and below a promotion its box's
// heading and button may stand.
const promoBoxReach = 2

// maxPromoBoxWords is the longest line dropPromoBoxes takes for a box's
// heading or button.
const maxPromoBoxWords = 12

// dropPromoBoxes removes, around each promotion (indices in page order),
// the short kept lines that open with a pictograph, an arrow or a bracket
// ("🍞 Struggling with ...?", "👉 Save your spot", "[Sign up]"): the
// heading and the button of the box the promotion stands in, which the
// line model keeps as a subhead. Each line taken reaches as far again.
func (c *cleaning) dropPromoBoxes(promos []int) {
	for len(promos) > 0 {
		p := promos[len(promos)-1]
		promos = promos[:len(promos)-1]
		for j := max(0, p-promoBoxReach); j <= min(len(c.units)-1, p+promoBoxReach); j++ {
			if c.reason[j] != "" || j == c.title || c.units[j].words > maxPromoBoxWords {
				continue
			}
			if opensWithSymbol(c.units[j].text) {
				c.reason[j] = promoReason
				promos = append(promos, j) // the box goes on around it
			}
		}
	}
}

// opensWithSymbol: the line's first character is a pictograph, an arrow
// or another symbol, or an opening bracket.
func opensWithSymbol(t string) bool {
	t = strings.TrimSpace(t)
	r, _ := utf8.DecodeRuneInString(t)
	return r == '[' || unicode.IsSymbol(r) && r != '$' && r != '€' && r != '£'
}

// quoted: the line holds quoted speech.
func quoted(t string) bool {
	return strings.ContainsAny(t, "\"“”«»„")
}
