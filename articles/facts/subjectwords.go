package facts

import (
	"strings"
	"sync"

	"reader/articles/internal/textutil"
)

// subjectSynonyms fold the words news uses for the things it counts and
// the happenings it measures, in several languages, into one: "jobs",
// "postes" and "Arbeitsplätze" are one subject.
var subjectSynonyms = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for canon, ws := range subjectGroups() {
		for _, w := range strings.Fields(ws) {
			m[subjectWordKey(w)] = canon
		}
	}
	return m
})

// subjectWordKey is a table word as SubjectKey reads it.
func subjectWordKey(w string) string { return textutil.Stem(textutil.Fold(w)) }

// subjectGroups are the synonym table's groups: a canonical word and the
// words of each language folded into it. No word may stand in two groups
// (a test holds it), or its canonical word would be the map's chance.
func subjectGroups() map[string]string {
	return map[string]string{
		"depth":        "depth deep tiefe tief tiefen profondeur profond profundidad profundidade fundo profondità diepte diep",
		"length":       "length long lang lange langen langer langes länge longueur longitud comprimento lunghezza lengte",
		"height":       "height high tall hoch hohe hohen höhe hauteur haut altura altezza hoogte hoog hoge",
		"width":        "width wide breit breite breiten largeur ancho anchura largura larghezza breedte breed brede",
		"raise":        "raised raises raising encaixou arrecadou captou angariou recaudó captó levé récolté eingesammelt erlöst raccolto incassato opgehaald",
		"unit":         "units unidades unités einheiten unità eenheden stück exemplares ejemplares exemplaires",
		"inspection":   "inspection inspections inspected controllo controlli inspección inspecciones inspeção inspeções vistoria contrôle contrôles kontrolle kontrollen inspektion ispezione ispezioni inspectie",
		"captain":      "captain skipper capitaine commandant kapitän capitán capitano comandante kapitein schipper",
		"fleet":        "fleet fleets flotte flotten flotta flota frota vloot",
		"tractor":      "tractors tracteurs traktoren trekkers tractores trattori tratores",
		"rider":        "riders couriers repartidores fattorini rider coursiers livreurs kuriere fahrradkuriere bezorgers maaltijdbezorgers estafetas entregadores",
		"fine":         "fine fined fines amende amendes geldstrafe geldbuße bußgeld multa multas multó multado multada sanción sanciones sanzione sanzioni ammenda boete boetes beboet coima coimas",
		"actor":        "actors actresses acteurs actrices comédiens schauspieler schauspielerinnen actores actrices attori attrici atores atrizes toneelspelers",
		"show":         "shows performances spectacles représentations vorstellungen aufführungen espectáculos funciones spettacoli repliche espetáculos sessões voorstellingen",
		"job":          "jobs posts positions roles postes emplois arbeitsplätze stellen empleos puestos posti lavoro empregos banen arbeidsplaatsen",
		"worker":       "workers employees staff staffers salariés employés travailleurs agents beschäftigte beschäftigten mitarbeiter mitarbeitern mitarbeitende arbeiter arbeitnehmer trabajadores empleados lavoratori dipendenti funcionários werknemers medewerkers personeel arbeiders trabalhadores",
		"people":       "people persons personnes menschen personen leute personas gente persone pessoas mensen",
		"resident":     "residents inhabitants locals habitants riverains einwohner bewohner anwohner vecinos habitantes residentes abitanti moradores moradora morador vecina vecino inwoners bewoners omwonenden",
		"injured":      "injured injuring hurt wounded wounding blessés verletzte heridos feriti feridos gewonden verletzt gewond blessé blessée blessées herido heridas ferito ferite ferida feridas",
		"dead":         "dead killed deaths victims fatalities morts tués décès tote todesopfer todesfälle muertos muertes fallecidos fallecimientos víctimas morti decessi vittime mortos mortes óbitos doden sterfgevallen getötet omgekomen tuées muertas morte mortas killing uccidendo uccise tuant matando mató matou tötete",
		"evacuated":    "evacuated évacués evakuierte evacuados evacuati geëvacueerden",
		"pack":         "packs packets boxes packages boîtes paquets packungen schachteln envases cajas confezioni embalagens",
		"passenger":    "passengers travellers travelers passagers voyageurs fahrgäste passagiere pasajeros viajeros passeggeri passagiers reizigers passageiros viajantes",
		"home":         "homes houses buildings dwellings apartments flats maisons logements appartements bâtiments häuser gebäude wohnungen viviendas casas edificios pisos apartamentos edifici appartamenti alloggi abitazioni woningen appartementen huizen gebouwen",
		"painting":     "paintings pictures works tableaux toiles oeuvres gemälde bilder werke cuadros pinturas obras dipinti quadri",
		"firefighter":  "firefighters firemen pompiers feuerwehrleute einsatzkräfte bomberos vigili brandweerlieden bombeiros",
		"turbine":      "turbines éoliennes turbinen windräder turbinas",
		"car":          "cars vehicles voitures véhicules autos fahrzeuge wagen coches vehículos auto veicoli voertuigen",
		"flight":       "flights vols flüge vuelos voli vluchten voos",
		"student":      "students pupils élèves étudiants schüler schülerinnen studentinnen studenten estudiantes alumnos studenti leerlingen scholieren alunos",
		"child":        "children kids enfants kinder niños niñas bambini crianças kinderen",
		"girl":         "girl girls fille filles mädchen tochter chica ragazza ragazzina bambina menina rapariga meisje dochter",
		"boy":          "boy boys garçon garçons junge jungen chico ragazzo ragazzino bambino menino rapaz jongen zoon",
		"brother":      "brother brothers frère frères bruder brüder hermano hermanos fratello fratelli irmão irmãos broer broers",
		"sister":       "sister sisters sœur sœurs soeur schwester schwestern hermana hermanas sorella sorelle irmã irmãs zus zussen",
		"mother":       "mother mum mom mère maman mutter madre mamma mãe moeder",
		"father":       "father dad père papa vater padre pai vader",
		"husband":      "husband husbands mari ehemann ehemannes marido marito echtgenoot",
		"wife":         "wife épouse ehefrau esposa moglie echtgenote",
		"found":        "found discovered découvert découverte retrouvé retrouvée entdeckt entdeckte entdeckten gefunden encontrado encontrada hallado hallada trovato trovata ritrovato ritrovata rinvenuto rinvenuta gevonden ontdekt achado achada",
		"earthquake":   "earthquake quake tremor séisme tremblement erdbeben beben terremoto sismo",
		"strike":       "strike walkout stoppage grève arrêt streik warnstreik ausstand huelga paro sciopero greve",
		"price":        "price cost costs costing prix coût coûté preis kosten kostete kostte precio coste costó prezzo costato preço custo custou",
		"rate":         "rate taux zins leitzins zinssatz tasa tipo tasso",
		"arrest":       "arrests arrested interpellés arrêtés arrestations festnahmen festgenommen festgenommene verhaftet detenidos detenciones arrestados arrestati arrestate arresti arrestaties aanhoudingen aangehouden opgepakt detenções detidos",
		"train":        "train trains zug züge tren trenes treno treinen",
		"wagon":        "wagons waggons waggon vagones vagoni",
		"spectator":    "spectators fans crowd attendance visitors spectateurs visiteurs zuschauer zuschauern zuschauerinnen besucher besuchern toeschouwers bezoekers espectadores aficionados visitantes visitatori spettatori tifosi adeptos torcedores",
		"profit":       "profit profits earnings bénéfice bénéfices gewinn nettogewinn überschuss winst nettowinst beneficio beneficios ganancias utile utili lucro lucros",
		"case":         "cases infections cas fälle infektionen gevallen besmettingen casos contagios casi contagi",
		"treated":      "treated hospitalised hospitalized behandeld behandelt soignés soignées hospitalisés atendidos atendidas tratados curati medicati ricoverati",
		"crew":         "crew crewmen sailors seamen fishermen fisherman équipage marins pêcheurs besatzung besatzungsmitglieder seeleute matrosen fischer bemanning bemanningsleden zeelieden vissers tripulación tripulantes marineros pescadores equipaggio marinai pescatori tripulação marinheiros",
		"missing":      "missing disparus disparues disparu disparue vermisst vermissten vermisste vermiste desaparecidos desaparecidas desaparecido desaparecida dispersi disperse disperso dispersa",
		"rescued":      "rescued saved secourus secourues sauvés sauvées gerettet geborgen rescatados rescatadas salvados soccorsi salvati tratti resgatados resgatadas salvos gered geredde",
		"school":       "schools écoles escuelas colegios scuole escolas scholen schulen",
		"room":         "rooms pièces chambres habitaciones stanze camere quartos divisões kamers vertrekken zimmer räume",
		"pedestrian":   "pedestrians piétons peatones pedoni peões voetgangers fußgänger fussgänger",
		"guest":        "guests invités convives invitados huéspedes ospiti invitati convidados hóspedes gasten gäste",
		"goal":         "goals buts goles gol doelpunten tore treffer golos",
		"patient":      "patients pacientes pazienti doentes patiënten patienten",
		"tree":         "trees arbres árboles alberi árvores bomen bäume",
		"animal":       "animals animaux animales animali animais dieren tiere",
		"tourist":      "tourists touristes turistas turisti toeristen touristen",
		"volunteer":    "volunteers bénévoles voluntarios volontari voluntários vrijwilligers freiwillige",
		"member":       "members membres miembros membri membros leden mitglieder",
		"soldier":      "soldiers troops soldats troupes soldados tropas soldati militari truppe soldaten truppen troepen",
		"doctor":       "doctors médecins médicos medici artsen ärzte",
		"shop":         "shops stores magasins boutiques tiendas negozi lojas winkels geschäfte läden",
		"bed":          "beds lits camas letti leitos bedden betten",
		"woman":        "woman femme frau mujer donna mulher vrouw",
		"man":          "man homme mann hombre uomo homem",
		"vote":         "votes voters ballots voix électeurs suffrages stimmen ja-stimmen wähler wählerinnen stimmberechtigten votos votantes electores voti elettori eleitores kiezers stemmen",
		"turnout":      "turnout participation participación partecipazione affluenza afluência comparecimento wahlbeteiligung beteiligung opkomst",
		"runner":       "runners athletes coureurs athlètes läufer läuferinnen athleten corredores corredoras atletas corridori podisti atleti lopers hardlopers atleten",
		"bike":         "bikes bicycles vélos bicyclettes fahrräder räder bicicletas bicis biciclette fietsen",
		"bus":          "bus buses coaches autobus autocars busse reisebusse autobuses pullman ônibus autocarros bussen touringcars",
		"ship":         "ships boats vessels navires bateaux schiffe boote barcos buques navi barche navios embarcações schepen boten",
		"plane":        "planes aircraft airplanes avions flugzeuge aviones aerei velivoli aviões aeronaves vliegtuigen",
		"prisoner":     "prisoners inmates détenus prisonniers häftlinge gefangene insassen presos reclusos internos reclusi carcerati detenuti prigionieri gevangenen gedetineerden",
		"migrant":      "migrants refugees réfugiés migranten flüchtlinge geflüchtete migrantes refugiados migranti rifugiati vluchtelingen asielzoekers",
		"protester":    "protesters demonstrators marchers manifestants demonstranten protestierende manifestantes manifestanti betogers",
		"police":       "police policemen policewomen policiers gendarmes polizisten polizistinnen policías poliziotti carabinieri policiais polícias politieagenten agenten",
		"nurse":        "nurses infirmiers infirmières pflegekräfte krankenpfleger enfermeros enfermeras infermieri infermiere enfermeiros enfermeiras verpleegkundigen",
		"customer":     "customers clients kunden clientes clienti klanten",
		"user":         "users utilisateurs nutzer benutzer usuarios utenti utilizadores usuários gebruikers",
		"subscriber":   "subscribers abonnés abonnenten suscriptores abbonati assinantes abonnees",
		"company":      "companies firms businesses entreprises sociétés unternehmen firmen empresas compañías aziende imprese bedrijven ondernemingen",
		"cow":          "cows cattle vaches bovins kühe rinder vacas vacche mucche bovini koeien runderen",
		"sheep":        "sheep moutons brebis schafe ovejas pecore ovelhas schapen",
		"pig":          "pigs porcs schweine cerdos maiali porcos varkens",
		"bird":         "birds oiseaux vögel aves uccelli pássaros vogels",
		"village":      "villages dörfer pueblos aldeas villaggi aldeias dorpen",
		"municipality": "municipalities communes gemeinden municipios comuni municípios concelhos gemeenten",
		"hospital":     "hospitals hôpitaux krankenhäuser kliniken hospitales ospedali hospitais ziekenhuizen",
		"dose":         "doses vaccines dosis dosen impfdosen dosi vaccins vacunas vaccini vacinas",
		"species":      "species espèces arten especies specie espécies soorten",
		"station":      "stations gares bahnhöfe estaciones stazioni estações",
		"truck":        "trucks lorries camions lastwagen lkw camiones camion camiões vrachtwagens",
		"fire":         "fires blazes wildfires incendies feux brände waldbrände incendios incendi incêndios branden bosbranden",
		"driver":       "drivers chauffeurs conducteurs conductrices fahrer fahrerin lenker conductores conductoras autista autisti motorista motoristas bestuurder bestuurders",
		"pilot":        "pilots pilotes piloten pilotos piloti",
		"suspect":      "suspects suspect verdächtige verdächtiger tatverdächtige sospechosos sospechoso sospettati sospettato indagati suspeitos suspeito verdachten verdachte",
		"farmer":       "farmers agriculteurs agricultrices éleveurs landwirte bauern agricultores ganaderos agricoltori allevatori boeren landbouwers veehouders",
		"song":         "songs tracks chansons lieder canciones temas canzoni brani canções músicas nummers liedjes",
		"built":        "built constructed erected construit construite construits bâti bâtie gebaut errichtet erbaut construido construida construído construída costruito costruita edificato gebouwd levantado levantada erigido erigida edificado edificada",
	}
}

// subjectCanon is the synonym table's word for a folded, stemmed word, or
// for the head of a compound ("elektrofahrräder", "deelfietsen",
// "steelworkers"): the longest known ending of five letters or more after
// a beginning of four or more ("beifahrer", the co-driver, is no driver).
func subjectCanon(w string) string {
	m := subjectSynonyms()
	if c := m[w]; c != "" {
		return c
	}
	for i := 4; len(w)-i >= 5; i++ {
		if c := m[w[i:]]; c != "" && !latinPrefix()[w[:i]] {
			return c
		}
	}
	return ""
}

// latinPrefix are the prefixes of Romance and English words that end
// where a table word begins without making a compound of it:
// "transferidos" holds "feridos" (wounded) but is no kind of wound.
var latinPrefix = lazyWordSet("trans inter intra super supra contra extra infra ultra sobre entre")
