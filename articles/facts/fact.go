package facts

import (
	"reader/articles/internal/textutil"
	"strings"
	"sync"
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
		if c := subjectSynonyms()[ws[i]]; c != "" {
			ws[i] = c
		}
	}
	return strings.Join(ws, " ")
}

// subjectSynonyms fold the words news uses for the things it counts and
// the happenings it measures, in several languages, into one: "jobs",
// "postes" and "Arbeitsplätze" are one subject.
var subjectSynonyms = sync.OnceValue(func() map[string]string {
	table := map[string]string{
		"job":         "jobs posts positions roles postes emplois arbeitsplätze stellen empleos puestos posti lavoro empregos banen arbeidsplaatsen",
		"worker":      "workers employees staff staffers salariés employés travailleurs agents beschäftigte mitarbeiter mitarbeitende arbeiter arbeitnehmer trabajadores empleados lavoratori dipendenti funcionários werknemers medewerkers personeel arbeiders trabalhadores",
		"people":      "people persons personnes menschen personen leute personas gente persone pessoas mensen",
		"resident":    "residents inhabitants locals habitants riverains einwohner bewohner anwohner vecinos habitantes residentes abitanti moradores moradora morador vecina vecino inwoners bewoners omwonenden",
		"injured":     "injured injuring hurt wounded wounding blessés verletzte heridos feriti feridos gewonden verletzt gewond blessé blessée blessées herido heridas ferito ferite ferida feridas",
		"dead":        "dead killed deaths victims fatalities morts tués décès tote todesopfer muertos fallecidos víctimas morti vittime mortos doden getötet omgekomen doden tuées muertas morte mortas killing uccidendo uccise tuant matando mató matou tötete",
		"evacuated":   "evacuated évacués evakuierte evacuados evacuati geëvacueerden evacuados",
		"pack":        "packs packets boxes packages boîtes paquets packungen schachteln envases cajas confezioni embalagens",
		"passenger":   "passengers travellers travelers passagers voyageurs fahrgäste passagiere pasajeros viajeros passeggeri passagiers reizigers passageiros viajantes",
		"home":        "homes houses buildings dwellings maisons logements bâtiments häuser gebäude wohnungen viviendas casas edificios case edifici woningen huizen gebouwen",
		"painting":    "paintings pictures works tableaux toiles oeuvres gemälde bilder werke cuadros pinturas obras dipinti quadri",
		"firefighter": "firefighters firemen pompiers feuerwehrleute einsatzkräfte bomberos vigili brandweerlieden bombeiros",
		"turbine":     "turbines éoliennes turbinen windräder turbinas",
		"car":         "cars vehicles voitures véhicules autos fahrzeuge wagen coches vehículos auto veicoli voertuigen",
		"flight":      "flights vols flüge vuelos voli vluchten voos",
		"student":     "students pupils élèves étudiants schüler schülerinnen studentinnen studenten estudiantes alumnos studenti studenten leerlingen scholieren alunos",
		"child":       "children kids enfants kinder niños niñas bambini crianças kinderen",
		"earthquake":  "earthquake quake tremor séisme tremblement erdbeben beben terremoto sismo",
		"strike":      "strike walkout stoppage grève arrêt streik warnstreik ausstand huelga paro sciopero greve",
		"price":       "price cost prix coût preis kosten precio coste prezzo preço",
		"rate":        "rate taux zins leitzins zinssatz tasa tipo tasso",
		"arrest":      "arrests arrested interpellés arrestations festnahmen festgenommene detenidos arrestati arrestaties",
		"train":       "train trains zug züge tren trenes treno treinen",
		"wagon":       "wagons cars waggons wagen waggon vagones vagoni wagons wagens",
		"spectator":   "spectators fans crowd attendance spectateurs zuschauer zuschauern zuschauerinnen besucher besuchern toeschouwers bezoekers espectadores aficionados spettatori tifosi adeptos torcedores",
		"profit":      "profit profits earnings bénéfice bénéfices gewinn nettogewinn überschuss winst nettowinst beneficio beneficios ganancias utile utili lucro lucros",
		"case":        "cases infections cas fälle infektionen gevallen besmettingen casos contagios casi contagi",
		"treated":     "treated hospitalised hospitalized behandeld behandelt soignés soignées hospitalisés atendidos atendidas tratados curati medicati ricoverati",
		"crew":        "crew crewmen sailors seamen fishermen équipage marins pêcheurs besatzung besatzungsmitglieder seeleute matrosen fischer bemanning bemanningsleden zeelieden vissers tripulación tripulantes marineros pescadores equipaggio marinai pescatori tripulação marinheiros",
		"missing":     "missing disparus disparues disparu disparue vermisst vermissten vermisste vermiste desaparecidos desaparecidas desaparecido desaparecida dispersi disperse disperso dispersa",
		"rescued":     "rescued saved secourus secourues sauvés sauvées gerettet geborgen rescatados rescatadas salvados soccorsi salvati tratti resgatados resgatadas salvos gered geredde",
		"school":      "schools écoles escuelas colegios scuole escolas scholen schulen",
		"room":        "rooms pièces chambres habitaciones stanze camere quartos divisões kamers vertrekken zimmer räume",
		"pedestrian":  "pedestrians piétons peatones pedoni peões voetgangers fußgänger fussgänger",
		"guest":       "guests invités convives invitados huéspedes ospiti invitati convidados hóspedes gasten gäste",
		"goal":        "goals buts goles gol doelpunten tore treffer golos",
		"patient":     "patients pacientes pazienti doentes patiënten patienten",
		"tree":        "trees arbres árboles alberi árvores bomen bäume",
		"animal":      "animals animaux animales animali animais dieren tiere",
		"tourist":     "tourists touristes turistas turisti toeristen touristen",
		"volunteer":   "volunteers bénévoles voluntarios volontari voluntários vrijwilligers freiwillige",
		"member":      "members membres miembros membri membros leden mitglieder",
		"soldier":     "soldiers soldats soldados soldati militari soldaten",
		"doctor":      "doctors médecins médicos medici artsen ärzte",
		"shop":        "shops stores magasins boutiques tiendas negozi lojas winkels geschäfte läden",
		"bed":         "beds lits camas letti leitos bedden betten",
		"woman":       "woman femme frau mujer donna mulher vrouw",
		"man":         "man homme mann hombre uomo homem",
		"vote":        "votes voters ballots voix électeurs suffrages stimmen ja-stimmen wähler wählerinnen stimmberechtigten votos votantes electores voti elettori eleitores kiezers stemmen",
		"turnout":     "turnout participation participación partecipazione affluenza afluência comparecimento wahlbeteiligung beteiligung opkomst",
		"built":       "built constructed erected construit construite construits bâti bâtie gebaut errichtet erbaut construido construida construído construída costruito costruita edificato gebouwd",
	}
	m := map[string]string{}
	for canon, ws := range table {
		for _, w := range strings.Fields(ws) {
			m[textutil.Stem(textutil.Fold(w))] = canon
		}
	}
	return m
})

// GenericSubject reports whether a subject key says too little to tie
// two figures on its own: "people" are counted for many things in one
// story (dead, hurt, evacuated).
func GenericSubject(key string) bool { return key == "people" }

// KnownSubject reports whether the subject's words are ones the synonym
// table knows, so that two of them in different languages can be told
// apart and not only found unlike.
func KnownSubject(s string) bool {
	ws := strings.Fields(textutil.Fold(s))
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if subjectSynonyms()[textutil.Stem(w)] == "" {
			return false
		}
	}
	return true
}
