package articlegen

var (
	outlets         = []string{"daily-courier", "morning-ledger", "le-quotidien", "tageszeitung", "el-diario", "wire-service", "metro-times", "evening-post"}
	entityKinds     = []string{"Motors", "Energy", "Bank", "Airlines", "Telecom", "Group", "Pharma", "Foods"}
	roles           = []string{"chief executive", "chairman", "president", "spokesperson", "finance director"}
	verbs           = []string{"announced", "unveiled", "confirmed", "outlined"}
	objects         = []string{"a new factory", "a takeover bid", "a restructuring plan", "a research centre", "a bond issue", "job cuts"}
	quoteStarts     = []string{"This is a decisive moment for", "We have listened carefully to", "Nothing will change for the customers of", "The numbers speak clearly for"}
	quoteEnds       = []string{"and we will deliver", "and the whole region", "in the coming years", "whatever the critics say"}
	monthNames      = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	syllableList    = []string{"ka", "lo", "mi", "ren", "tas", "vo", "dri", "sel", "mar", "gun", "pe", "zo", "lin", "bra", "ust", "ner", "fi", "ho", "qua", "del", "ost", "vi", "ran", "te"}
	furnitureTop    = []string{"Business › Companies", "News, Economy", "View gallery", "Advertisement"}
	furnitureBottom = []string{"Leave a comment", "This website uses cookies to improve your experience. Learn more", "Share on Facebook Share on Twitter", "Sign up for our newsletter", "Ajouter un commentaire", "Kommentar schreiben"}
)

type langTemplates struct {
	headline, lead, detail []string
	quote                  string
}

var templates = map[string]langTemplates{
	"en": {
		headline: []string{"{entity} {verb} {object} in {place}", "{entity} to spend ${amount} {unit} on {object}", "{place} welcomes {entity} plan worth ${amount} {unit}"},
		lead:     []string{"{entity} {verb} {object} in {place} worth ${amount} {unit} over the next {years} years, {role} {person} said on {day} {month}.", "The company {entity} said on {day} {month} it would invest ${amount} {unit} in {place} over {years} years."},
		detail:   []string{"The plan for {place} was presented by {person}, the company's {role}, to analysts and journalists.", "Analysts said the ${amount} {unit} commitment was larger than expected for {entity}."},
		quote:    "\"{quote}\", said {person}.",
	},
	"fr": {
		headline: []string{"{entity} investit {amount} {unit}s de dollars à {place}"},
		lead:     []string{"Le groupe {entity} va investir {amount} {unit}s de dollars à {place} sur {years} ans, a annoncé le {day} {month} {person}, son {role}."},
		detail:   []string{"Le projet de {place} a été présenté par {person} aux analystes."},
		quote:    "« {quote} », a déclaré {person}.",
	},
	"de": {
		headline: []string{"{entity} investiert {amount} Milliarden Dollar in {place}"},
		lead:     []string{"Der Konzern {entity} will in {place} {amount} {unit} Dollar über {years} Jahre investieren, sagte {person} am {day}. {month}."},
		detail:   []string{"Das Projekt in {place} wurde von {person} vorgestellt."},
		quote:    "„{quote}“, sagte {person}.",
	},
	"es": {
		headline: []string{"{entity} invertirá {amount} millones de dólares en {place}"},
		lead:     []string{"La empresa {entity} invertirá {amount} {unit} de dólares en {place} durante {years} años, anunció {person} el {day} de {month}."},
		detail:   []string{"El proyecto de {place} fue presentado por {person} a los analistas."},
		quote:    "\"{quote}\", dijo {person}.",
	},
}

var fillerWords = map[string][]string{
	"en": []string{"the", "market", "investors", "said", "growth", "company", "shares", "rose", "after", "report", "government", "policy", "economy", "quarter", "demand", "prices", "sector", "workers", "union", "plans", "analysts", "expected", "year", "new", "rules", "costs", "energy", "customers", "in", "of", "and", "to", "with", "for", "on", "regional", "national", "industry", "supply"},
	"fr": []string{"le", "marché", "les", "investisseurs", "croissance", "entreprise", "actions", "après", "rapport", "gouvernement", "politique", "économie", "trimestre", "demande", "prix", "secteur", "salariés", "syndicat", "et", "de", "la", "des", "pour", "avec", "nouvelles", "règles"},
	"de": []string{"der", "die", "das", "Markt", "Anleger", "Wachstum", "Unternehmen", "Aktien", "nach", "Bericht", "Regierung", "Politik", "Wirtschaft", "Quartal", "Nachfrage", "Preise", "Branche", "und", "mit", "für", "neue", "Regeln"},
	"es": []string{"el", "mercado", "los", "inversores", "crecimiento", "empresa", "acciones", "después", "informe", "gobierno", "política", "economía", "trimestre", "demanda", "precios", "sector", "y", "de", "la", "con", "para", "nuevas", "reglas"},
}
