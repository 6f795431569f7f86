package facts

import (
	"strings"
	"sync"

	"reader/articles/internal/textutil"
)

// countries maps country names and common aliases, in several languages,
// to one canonical English name. General knowledge, not tied to any story.
var countries = sync.OnceValue(func() map[string]string {
	table := map[string]string{
		"United States":  "US|U.S.|U.S|USA|U.S.A.|America|United States of America|États-Unis|Etats-Unis|Vereinigte Staaten|Estados Unidos|Stati Uniti|Verenigde Staten",
		"United Kingdom": "UK|U.K.|U.K|Britain|Great Britain|Royaume-Uni|Großbritannien|Vereinigtes Königreich|Reino Unido|Regno Unito|Verenigd Koninkrijk|Groot-Brittannië",
		"China":          "Chine|Cina|People's Republic of China",
		"Japan":          "Japon|Japón|Giappone|Japão",
		"Germany":        "Allemagne|Deutschland|Alemania|Germania|Alemanha|Duitsland",
		"France":         "Frankreich|Francia|França|Frankrijk",
		"Italy":          "Italie|Italien|Italia|Itália|Italië",
		"Spain":          "Espagne|Spanien|España|Spagna|Espanha|Spanje",
		"Canada":         "Kanada|Canadá",
		"Australia":      "Australie|Australien|Austrália",
		"New Zealand":    "Nouvelle-Zélande|Neuseeland|Nueva Zelanda|Nuova Zelanda|Nova Zelândia",
		"India":          "Inde|Indien|Índia",
		"Russia":         "Russie|Russland|Rusia|Rússia|Rusland",
		"Taiwan":         "Taïwan|Taiwán",
		"South Korea":    "Korea|Corée du Sud|Südkorea|Corea del Sur|Corea del Sud",
		"North Korea":    "Corée du Nord|Nordkorea|Corea del Norte|Corea del Nord",
		"Brazil":         "Brésil|Brasilien|Brasil|Brasile|Brazilië",
		"Mexico":         "Mexique|Mexiko|México|Messico",
		"Netherlands":    "Pays-Bas|Niederlande|Países Bajos|Paesi Bassi|Holland|Nederland",
		"Belgium":        "Belgique|Belgien|Bélgica|Belgio|België",
		"Switzerland":    "Suisse|Schweiz|Suiza|Svizzera|Zwitserland",
		"Austria":        "Autriche|Österreich|Oostenrijk",
		"Poland":         "Pologne|Polen|Polonia|Polska",
		"Sweden":         "Suède|Schweden|Suecia|Svezia|Zweden",
		"Norway":         "Norvège|Norwegen|Noruega|Norvegia|Noorwegen",
		"Denmark":        "Danemark|Dänemark|Dinamarca|Danimarca|Denemarken",
		"Finland":        "Finlande|Finnland|Finlandia|Finland",
		"Ireland":        "Irlande|Irland|Irlanda|Ierland",
		"Portugal":       "",
		"Greece":         "Grèce|Griechenland|Grecia",
		"Turkey":         "Turquie|Türkei|Turquía|Turchia|Türkiye",
		"Iran":           "",
		"Iraq":           "Irak",
		"Israel":         "Israël",
		"Egypt":          "Égypte|Ägypten|Egipto|Egitto",
		"Saudi Arabia":   "Arabie saoudite|Saudi-Arabien|Arabia Saudita",
		"Ukraine":        "Ucrania|Ucraina",
		"South Africa":   "Afrique du Sud|Südafrika|Sudáfrica",
		"Nigeria":        "",
		"Kenya":          "",
		"Argentina":      "Argentine|Argentinien",
		"Chile":          "Chili",
		"Colombia":       "Colombie|Kolumbien",
		"Indonesia":      "Indonésie|Indonesien",
		"Vietnam":        "Viêt Nam",
		"Thailand":       "Thaïlande|Tailandia",
		"Malaysia":       "Malaisie",
		"Singapore":      "Singapour|Singapur",
		"Philippines":    "Philippinen|Filipinas|Filippine",
		"Pakistan":       "",
		"Afghanistan":    "",
		"Syria":          "Syrie|Syrien|Siria",
		"Venezuela":      "",
		"Cuba":           "",
		"Hungary":        "Hongrie|Ungarn|Hungría|Ungheria",
		"Czech Republic": "Czechia|République tchèque|Tschechien|República Checa",
		"Romania":        "Roumanie|Rumänien|Rumania",
	}
	m := map[string]string{}
	for canon, aliases := range table {
		m[canon] = canon
		for _, a := range strings.Split(aliases, "|") {
			if a != "" {
				m[a] = canon
			}
		}
	}
	return m
})

// capitals are capital cities and the largest other world cities, with
// their names in other languages, mapped to one English name: places a
// sentence may name without a preposition.
var capitals = sync.OnceValue(func() map[string]string {
	table := map[string]string{
		"Washington": "", "London": "Londres|Londra|Londen", "Paris": "Parigi", "Berlin": "Berlino|Berlín",
		"Madrid": "", "Rome": "Rom|Roma", "Lisbon": "Lisbonne|Lissabon|Lisboa|Lisbona", "Brussels": "Bruxelles|Brüssel|Bruselas",
		"Amsterdam": "", "Vienna": "Wien|Vienne|Viena", "Bern": "Berne|Berna", "Warsaw": "Varsovie|Warschau|Varsovia|Varsavia|Warszawa",
		"Prague": "Prag|Praga|Praha", "Budapest": "", "Bucharest": "Bucarest|Bukarest", "Athens": "Athènes|Athen|Atenas|Atene",
		"Stockholm": "Estocolmo|Stoccolma", "Oslo": "", "Copenhagen": "Copenhague|Kopenhagen|Copenaghen", "Helsinki": "Helsinky",
		"Dublin": "Dublino", "Reykjavik": "Reykjavík", "Moscow": "Moscou|Moskau|Moscú|Mosca", "Kyiv": "Kiev|Kiew|Kyïv",
		"Ankara": "", "Istanbul": "Estambul", "Tehran": "Téhéran|Teheran|Teherán", "Baghdad": "Bagdad", "Jerusalem": "Jérusalem|Jerusalén|Gerusalemme",
		"Cairo": "Le Caire|Kairo|El Cairo|Il Cairo", "Riyadh": "Riyad|Riad", "Beijing": "Pékin|Peking|Pekín|Pechino",
		"Tokyo": "Tokio|Tōkyō", "Seoul": "Séoul|Seúl", "New Delhi": "Delhi|New Dehli", "Islamabad": "", "Kabul": "Kaboul",
		"Bangkok": "", "Hanoi": "", "Jakarta": "Djakarta|Yakarta|Giacarta", "Manila": "Manille", "Kuala Lumpur": "",
		"Canberra": "", "Wellington": "", "Ottawa": "", "Mexico City": "Mexico|Ciudad de México", "Brasília": "Brasilia",
		"Buenos Aires": "", "Santiago": "", "Bogotá": "Bogota", "Lima": "", "Caracas": "", "Havana": "La Havane|La Habana|L'Avana",
		"Pretoria": "", "Nairobi": "", "Abuja": "", "Lagos": "", "Addis Ababa": "Addis-Abeba", "Dakar": "",
		"New York": "New York City|Nueva York", "Los Angeles": "", "Chicago": "", "San Francisco": "", "Toronto": "", "Montreal": "Montréal",
		"Sydney": "", "Melbourne": "", "Mumbai": "Bombay", "Shanghai": "Shanghaï|Schanghai", "Hong Kong": "Hongkong",
		"Geneva": "Genève|Genf|Ginebra|Ginevra", "Munich": "München|Múnich|Monaco di Baviera",
	}
	m := map[string]string{}
	for canon, aliases := range table {
		m[canon] = canon
		for _, a := range strings.Split(aliases, "|") {
			if a != "" {
				m[a] = canon
			}
		}
	}
	return m
})

// demonyms name peoples and regions as adjectives: "Canadian", "Western".
// They are never places.
var demonyms = lazyWordSet(`American British English Scottish Welsh Irish French German Italian Spanish Portuguese Dutch Belgian Swiss
Austrian Polish Czech Slovak Hungarian Romanian Bulgarian Greek Turkish Russian Ukrainian Swedish Norwegian Danish Finnish Icelandic
Canadian Mexican Brazilian Argentine Argentinian Chilean Colombian Peruvian Venezuelan Cuban Chinese Japanese Korean Taiwanese
Vietnamese Thai Indonesian Malaysian Filipino Singaporean Indian Pakistani Afghan Iranian Iraqi Israeli Palestinian Syrian Lebanese
Saudi Egyptian Moroccan Algerian Tunisian Nigerian Kenyan Ethiopian African Australian Zealander European Asian Arab Latin Nordic
Scandinavian Western Eastern Northern Southern Central Middle Global International National Federal Continental Atlantic Pacific
Européen Européenne Américain Américaine Français Française Allemand Allemande Chinois Chinoise Britannique Deutsche Europäische`)

// wordSet makes a set of the space-separated words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// roleGroups map a title, one to three lower-case words in one of several
// languages, to the office it names: translations and synonyms share one
// ("head" and "chief", "président" and "chairman").
var roleGroups = sync.OnceValue(func() map[string]string {
	table := map[string]string{
		"chair":                    "chairman|chairwoman|chairperson|chair|vorsitzende|vorsitzender|board chairman|chairman of the board|président du conseil d'administration|presidente del consejo de administración",
		"president":                "president|présidente|président|presidente|presidenta|präsident|präsidentin",
		"chief executive":          "ceo|chief executive|chief executive officer|managing director|pdg|président-directeur général|président du directoire|présidente du directoire|directeur général|directrice générale|geschäftsführer|geschäftsführerin|vorstandschef|vorstandschefin|vorstandsvorsitzende|vorstandsvorsitzender|konzernchef|konzernchefin|consejero delegado|consejera delegada|director ejecutivo|directora ejecutiva|amministratore delegato|diretor executivo|diretora executiva",
		"chief financial officer":  "cfo|chief financial officer|finance director|finance chief|directeur financier|directrice financière|finanzchef|finanzchefin|finanzvorstand|director financiero|directora financiera|direttore finanziario|diretor financeiro",
		"chief operating officer":  "coo|chief operating officer|directeur des opérations",
		"chief technology officer": "cto|chief technology officer|directeur technique|technikchef",
		"head":                     "head|chief|leader|boss|chef|chefin|patron|patronne|jefe|jefa|capo|líder|leiter|leiterin|dirigeant|dirigeante",
		"spokesperson":             "spokesman|spokeswoman|spokesperson|press officer|porte-parole|sprecher|sprecherin|portavoz|portavoce|porta-voz|woordvoerder|woordvoerster",
		"mayor":                    "mayor|maire|bürgermeister|bürgermeisterin|oberbürgermeister|oberbürgermeisterin|stadtpräsident|stadtpräsidentin|burgemeester|alcalde|alcaldesa|sindaco|sindaca|prefeito|prefeita|presidente da câmara|presidente da câmara municipal|gemeindepräsident|gemeindepräsidentin|président de la commune|présidente de la commune|syndic|syndique",
		"minister":                 "minister|ministre|ministro|ministra|ministerin",
		"prime minister":           "prime minister|premier|premier ministre|première ministre|premierminister|premierministerin|primer ministro|primera ministra|primo ministro|primeiro-ministro",
		"founder":                  "founder|co-founder|cofounder|fondateur|fondatrice|cofondateur|gründer|gründerin|mitgründer|fundador|fundadora|fondatore|fondatrice",
		"director":                 "director|directeur|directrice|direktor|direktorin|direttore|direttrice|diretor|diretora|directora",
		"governor":                 "governor|gouverneur|gouverneure|gouverneurin|gobernador|gobernadora|governatore",
		"senator":                  "senator|sénateur|sénatrice|senatorin|senador|senadora|senatore",
		"secretary":                "secretary|secrétaire|sekretär|sekretärin|secretario|secretaria|segretario",
		"secretary general":        "secretary general|secretary-general|secrétaire général|secrétaire générale|generalsekretär|generalsekretärin|secretario general|segretario generale",
		"chancellor":               "chancellor|chancelier|chancelière|kanzler|kanzlerin|canciller|cancelliere",
		"ambassador":               "ambassador|ambassadeur|ambassadrice|botschafter|botschafterin|embajador|embajadora|ambasciatore",
		"judge":                    "judge|juge|richter|richterin|juez|jueza|giudice",
		"prosecutor":               "prosecutor|procureur|procureure|staatsanwalt|staatsanwältin|fiscal|procuratore",
		"commissioner":             "commissioner|commissaire|kommissar|kommissarin|comisario|comisaria|commissario",
		"professor":                "professor|professeur|professeure|professorin|profesor|profesora|professore|professoressa",
		"analyst":                  "analyst|analyste|analystin|analista",
		"doctor":                   "doctor|physician|surgeon|médecin|chirurgien|arzt|ärztin|chirurg|médico|médica|medico|cirujano",
		"editor":                   "editor|rédacteur|rédactrice|redakteur|redakteurin|redactor|redactora|redattore",
		"manager":                  "manager|gérant|gérante|responsable",
		"officer":                  "officer|official|executive|officier|funcionario|funzionario|beamter|beamtin",
		"engineer":                 "engineer|ingénieur|ingénieure|ingenieur|ingenieurin|ingeniero|ingeniera|ingegnere",
		"researcher":               "researcher|scientist|chercheur|chercheuse|forscher|forscherin|investigador|investigadora|ricercatore",
		"coach":                    "coach|manager of the team|entraîneur|entraîneuse|trainer|trainerin|entrenador|entrenadora|allenatore",
		"captain":                  "captain|capitaine|kapitän|kapitänin|capitán|capitana|capitano",
		"pilot":                    "pilot|pilote|pilotin|piloto|pilota",
		"general":                  "general|général|générale|generalin",
		"daughter":                 "daughter|fille|tochter|hija|figlia|filha",
		"son":                      "son|fils|sohn|hijo|figlio|filho",
		"wife":                     "wife|épouse|ehefrau|esposa|moglie",
		"husband":                  "husband|époux|ehemann|esposo|marito|marido",
	}
	m := map[string]string{}
	for group, names := range table {
		for _, n := range strings.Split(names, "|") {
			m[n] = group
		}
	}
	return m
})

// exclusiveOffices are offices one person rarely holds two of at once:
// two sources giving one person two different ones disagree. A president
// is none: "président" and "presidente" name a firm's chair or its chief
// executive, a region's governor or a club's head.
var exclusiveOffices = lazyWordSet("chair chief_executive chief_financial_officer chief_operating_officer chief_technology_officer mayor minister prime_minister governor senator chancellor ambassador judge prosecutor commissioner spokesperson coach captain")

// kinship roles say whom a person is related to, not what office they hold.
var kinship = map[string]bool{"daughter": true, "son": true, "wife": true, "husband": true}

// roleModifiers change which office a title names ("deputy mayor" is not
// the mayor); others ("senior", "current") do not, and are left out.
var roleModifiers = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"deputy": "deputy", "vice": "deputy", "vice-": "deputy", "loco-": "deputy", "adjoint": "deputy", "adjointe": "deputy", "stellvertretende": "deputy",
		"stellvertretender": "deputy", "adjunto": "deputy", "adjunta": "deputy", "vicepresidente": "deputy",
		"former": "former", "ex": "former", "ex-": "former", "ancien": "former", "ancienne": "former", "ehemalige": "former",
		"ehemaliger": "former", "ehemaligen": "former", "früheren": "former", "früherer": "former", "frühere": "former", "einstige": "former",
		"einstigen": "former", "einstiger": "former", "voormalig": "former", "voormalige": "former", "antiguo": "former", "antigua": "former",
		"antigo": "former", "antiga": "former", "ex-president": "former", "oud-": "former",
		"acting": "acting", "interim": "acting", "intérimaire": "acting", "kommissarische": "acting", "interino": "acting", "interina": "acting",
		"assistant": "assistant", "associate": "assistant",
	}
})

// honorifics stand before a person's name: they type it as a person and
// are not part of the name.
var honorifics = lazyWordSet("Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Mme Mme. Madame Monsieur M. Herr Frau Sr. Sra. Señor Señora Don Doña Dott. Dottor Signor Signora Rev. Reverend Father Sister Pope King Queen Prince Princess President Chancellor Senator Governor Mayor Minister Judge General Captain Sheikh Rabbi Imam Justice Inspector Sergeant Detective Officer Coach Cardinal Bishop Archbishop")

// honorificOrBeforeDot holds the honorifics and those written with a
// full stop without it ("Dott" for "Dott."): whether a word is one, or is
// one with a stop after it, in one lookup and without joining the stop
// on, as every word of every sentence is tried. Every one opens with a
// capital from A to Z, which entities tests first (TestHonorificsOpenAZ).
var honorificOrBeforeDot = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for w := range honorifics() {
		m[w] = true
		if s, ok := strings.CutSuffix(w, "."); ok {
			m[s] = true
		}
	}
	return m
})

// speechVerbs attribute words to a speaker ("Jane Roe said", "said Roe").
var speechVerbs = lazyWordSet(`said says told added explained stated noted warned claimed insisted announced confirmed wrote argued asked
replied recalled acknowledged admitted estimated stressed urged declared according
déclaré dit affirmé expliqué annoncé indiqué précisé ajouté souligné estimé assuré selon déclare dit affirme explique annonce indique précise ajoute souligne estime assure
sagte sagt erklärte erklärt betonte betont teilte sagten laut so berichtete warnte kündigte
dijo afirmó declaró explicó señaló aseguró indicó añadió anunció según dice afirma relató contó
raconte raconté témoigne témoigné erzählte erzählt zei zegt verklaarde vertelde
raccontato racconta
contou relatou
detto dichiarato spiegato affermato annunciato secondo dice afferma
disse afirmou declarou explicou anunciou segundo diz afirma`)

// orgSuffixes end the names of organisations and institutions.
var orgSuffixes = lazyWordSet(`Hospital Hospitals Clinic Infirmary University Universität Université Universidad Università Universidade College School Academy
Institute Institut Instituto Istituto Corp Corp. Corporation Inc Inc. Ltd Ltd. LLC plc PLC AG GmbH SA S.A. SE NV BV SpA Group Groupe Gruppe Grupo Gruppo Holdings
Company Co Co. Bank Banque Banco Ministry Ministère Ministerium Ministerio Ministero Agency Agence Agentur Agencia Agenzia Council Conseil Rat Consejo Consiglio
Commission Kommission Comisión Commissione Committee Comité Ausschuss Authority Autorité Behörde Office Bureau Department Département Police Polizei Policía Polizia
Service Services Airlines Airways Motors Technologies Technology Systems Partners Fund Foundation Fondation Stiftung Fundación Fondazione Association Verband
Union Party Partei Partido Partito Parliament Parlement Parlament Parlamento Court Cour Gericht Tribunal Board Federation Fédération League Club Network News
Times Post Journal Herald Tribune Gazette Centre Center Zentrum Centro Library Bibliothèque Bibliothek Biblioteca Museum Musée Museo Airport Aéroport Flughafen
Aeropuerto Aeroporto Trust Society Laboratory Laboratories Labs Energy Pharmaceuticals Pharma Industries Enterprises Solutions Media Studios Entertainment
Brigade Army Navy Forces Guard Agency Institution Observatory Reserve Exchange Assembly Senate Congress Cabinet Government Gouvernement Regierung Gobierno Governo`)

// placeSuffixes end the names of places.
var placeSuffixes = lazyWordSet(`Peninsula Island Islands Isles Mountain Mountains Mount Mt Lake River Valley Bay Coast Street St Road Avenue Boulevard Square
Plaza County Province Region District Prefecture Oblast Canton Sea Ocean Gulf Strait Canyon Desert Forest Harbour Harbor Lagoon Beach Volcano Glacier Fjord
Heights Hills Falls Springs Village Town City Township Borough Quarter Strasse Straße Platz Rue Calle Via Piazza`)

// notOrgAcronyms are capitals that name no organisation: titles, time
// zones, units and common abbreviations.
var notOrgAcronyms = lazyWordSet(`CEO CFO COO CTO CIO CMO CSO PDG DG MD VP SVP EVP GM GMT UTC BST CET CEST EST EDT PST PDT CST CDT IST JST MSK AM PM TV PC
GDP GNP VAT OK ID PS FAQ PDF URL IT AI VR AR IoT HQ OMG LOL USB PIN SMS DNA RNA HIV ICU ER PR HR IPO M&A Q1 Q2 Q3 Q4 FY KM KG MW GW KW MPH`)

// weekdays maps weekday names in several languages to English.
var weekdays = sync.OnceValue(func() map[string]string {
	en := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	lists := []string{
		"monday tuesday wednesday thursday friday saturday sunday",
		"lundi mardi mercredi jeudi vendredi samedi dimanche",
		"montag dienstag mittwoch donnerstag freitag samstag sonntag",
		"lunes martes miércoles jueves viernes sábado domingo",
		"lunedì martedì mercoledì giovedì venerdì sabato domenica",
		"segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
		"maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
		// Polish (and its other cases: "w sobotę", "od poniedziałku"), Czech,
		// Swedish, Danish and Norwegian ("i lördags", "lørdagen"),
		// Romanian, Catalan, Finnish ("lauantaina") and Hungarian ("szombaton")
		"poniedziałek wtorek środa czwartek piątek sobota niedziela",
		"poniedziałek wtorek środę czwartek piątek sobotę niedzielę",
		"poniedziałku wtorku środy czwartku piątku soboty niedzieli",
		"pondělí úterý středa čtvrtek pátek sobota neděle",
		"pondělí úterý středu čtvrtek pátek sobotu neděli",
		"måndag tisdag onsdag torsdag fredag lördag söndag",
		"måndags tisdags onsdags torsdags fredags lördags söndags",
		"måndagen tisdagen onsdagen torsdagen fredagen lördagen söndagen",
		"mandag tirsdag onsdag torsdag fredag lørdag søndag",
		"mandags tirsdags onsdags torsdags fredags lørdags søndags",
		"mandagen tirsdagen onsdagen torsdagen fredagen lørdagen søndagen",
		"luni marți miercuri joi vineri sâmbătă duminică",
		"luni marti miercuri joi vineri sambata duminica",
		"dilluns dimarts dimecres dijous divendres dissabte diumenge",
		"maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
		"maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
		"hétfő kedd szerda csütörtök péntek szombat vasárnap",
		"hétfőn kedden szerdán csütörtökön pénteken szombaton vasárnap",
	}
	m := map[string]string{}
	for _, l := range lists {
		for i, w := range strings.Fields(l) {
			m[w] = en[i]
		}
	}
	return m
})

// ExclusiveOffice reports whether one person rarely holds office (a
// canonical office, as a Fact's Norm names it) together with another
// exclusive one: a chair is not a mayor.
func ExclusiveOffice(office string) bool {
	return exclusiveOffices()[strings.ReplaceAll(office, " ", "_")]
}

// FunctionWord reports whether a subject is a function word ("w", "på",
// "în", "the"): what a statement was tied to when no content word stood
// near it, which names nothing a reader could read as a label.
func FunctionWord(subject string) bool {
	w := strings.ToLower(subject)
	return textutil.Stopwords()[w] || moreFunctionWords()[w]
}

// moreFunctionWords are the commonest prepositions, conjunctions and
// auxiliaries of Polish, Czech, Swedish, Danish and Norwegian, Romanian
// and Catalan, which the text helpers' lists (textutil.Stopwords) lack.
var moreFunctionWords = lazyWordSet(`w we z ze na do od po przez dla się nie oraz jest są był była było byli które który która że jak tym tego też już tylko przy pod nad przed za
	v ve pro se je jsou byl byla bylo který které také jako při před
	och att det som på är av för med till har inte ett var vid från efter också enligt kan ska skulle hade blev när där
	og af ikke fra etter ifølge skal havde hadde ble hvor
	și în la cu din pe pentru că este sunt au fost un al ale lui fiind după între spre prin sau iar dar
	i el els les del dels al en amb per que va van és són una segons també però`)

// lazyWordSet is wordSet(s) made on first use: the tables of this package
// cost nothing at start-up to a program that never extracts facts.
func lazyWordSet(s string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool { return wordSet(s) })
}
