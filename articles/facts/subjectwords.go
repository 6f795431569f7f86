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
		"depth":        "depth deep tiefe tief tiefen profondeur profond profundidad profundidade fundo profondità diepte diep głębokość głębokości głęboki hloubka hloubky hluboký djup dybde adâncime adâncimea adânc profunditat fondària syvyys syvä mélység",
		"length":       "length long lang lange langen langer langes länge longueur longitud comprimento lunghezza lengte długość długości długi délka délky dlouhý längd længde lengde lungime lungimea llarg llargada pituus pitkä hossz hosszú",
		"height":       "height high tall hoch hohe hohen höhe hauteur haut altura altezza hoogte hoog hoge wysokość wysokości wysoki výška výšky vysoký höjd højde høyde înălțime înălțimea înalt alçada korkeus korkea magasság magasságú",
		"width":        "width wide breit breite breiten largeur ancho anchura largura larghezza breedte breed brede szerokość szerokości szeroki šířka široký bredd bredde lățime lățimea amplada leveys leveä szélesség",
		"raise":        "raised raises raising encaixou arrecadou captou angariou recaudó captó levé récolté eingesammelt erlöst raccolto incassato opgehaald zebrano vybrali vybráno samlade samlats indsamlet recaptat recaptats keräsi kerättiin gyűjtött összegyűlt",
		"unit":         "units unidades unités einheiten unità eenheden stück exemplares ejemplares exemplaires sztuk egzemplarzy kusů kusy enheter exemplar enheder eksemplarer unități exemplare unitats exemplars kappaletta darab egység példány",
		"inspection":   "inspection inspections inspected controllo controlli inspección inspecciones inspeção inspeções vistoria contrôle contrôles kontrolle kontrollen inspektion ispezione ispezioni inspectie kontroli kontrole inspekcji kontrol kontroly kontroller inspektioner controale inspecții inspeccions tarkastusta tarkastukset ellenőrzés ellenőrzést",
		"captain":      "captain skipper capitaine commandant kapitän capitán capitano comandante kapitein schipper kapitan kapitán kapten kaptajn kaptein căpitanul căpitan kapteeni kapitány",
		"fleet":        "fleet fleets flotte flotten flotta flota frota vloot flotila flotily flåde flåte flotei laivasto kalusto flottája",
		"tractor":      "tractors tracteurs traktoren trekkers tractores trattori tratores ciągników traktorów ciągniki traktorů traktory traktorer tractoare traktoria traktorit traktor traktorok",
		"rider":        "riders couriers repartidores fattorini rider coursiers livreurs kuriere fahrradkuriere bezorgers maaltijdbezorgers estafetas entregadores kurierów dostawców kurýrů kurýři budbärare curieri repartidors lähettiä futár futárok",
		"fine":         "fine fined fines amende amendes geldstrafe geldbuße bußgeld multa multas multó multado multada sanción sanciones sanzione sanzioni ammenda boete boetes beboet coima coimas grzywny grzywnę pokuta pokutu pokuty bøde bøder bøter amendă amenzi amendat sakko sakkoa sakot bírság bírságot megbírságolt",
		"actor":        "actors actresses acteurs actrices comédiens schauspieler schauspielerinnen actores actrices attori attrici atores atrizes toneelspelers aktorów aktorzy herců herci skådespelare skuespillere actori näyttelijää näyttelijät színész színészek",
		"show":         "shows performances spectacles représentations vorstellungen aufführungen espectáculos funciones spettacoli repliche espetáculos sessões voorstellingen spektakli przedstawień představení föreställningar forestillinger spectacole reprezentații espectacles funcions esitystä näytöstä előadást előadások",
		"job":          "jobs posts positions roles postes emplois arbeitsplätze stellen empleos puestos posti lavoro empregos banen arbeidsplaatsen etatów etaty stanowisk pracovních arbetstillfällen arbejdspladser arbeidsplasser joburi posturi työpaikkaa työpaikat työpaikkoja munkahely munkahelyet munkahelyek",
		"worker":       "workers employees staff staffers salariés employés travailleurs agents beschäftigte beschäftigten mitarbeiter mitarbeitern mitarbeitende arbeiter arbeitnehmer trabajadores empleados lavoratori dipendenti funcionários werknemers medewerkers personeel arbeiders trabalhadores pracowników pracownicy robotników zaměstnanců pracovníků dělníků anställda arbetare medarbetare ansatte medarbejdere arbejdere medarbeidere arbeidere angajați muncitori salariați lucrători treballadors empleats assalariats työntekijää työntekijät työntekijöitä dolgozó dolgozók alkalmazott alkalmazottak munkavállaló",
		"people":       "people persons personnes menschen personen leute personas gente persone pessoas mensen osób osoby ludzi ludzie lidí lidé osob personer människor mennesker persoane oameni persones ihmistä henkilöä ihmiset henkilöt ember emberek embert személy személyt",
		"resident":     "residents inhabitants locals habitants riverains einwohner bewohner anwohner vecinos habitantes residentes abitanti moradores moradora morador vecina vecino inwoners bewoners omwonenden mieszkańców mieszkańcy obyvatel obyvatelé obyvatelů invånare boende indbyggere beboere innbyggere locuitori rezidenți locuitorii asukasta asukkaat asukkaita lakos lakó lakosok lakók",
		"injured":      "injured injuring hurt wounded wounding blessés verletzte heridos feriti feridos gewonden verletzt gewond blessé blessée blessées herido heridas ferito ferite ferida feridas rannych ranni poszkodowanych zraněných zranění raněných skadade skadad sårede tilskadekomne kvæstede skadde răniți rănite rănit ferits ferides loukkaantunutta loukkaantuneet loukkaantui haavoittunutta sérült sérültek megsérült",
		"dead":         "dead killed deaths victims fatalities morts tués décès tote todesopfer todesfälle muertos muertes fallecidos fallecimientos víctimas morti decessi vittime mortos mortes óbitos doden sterfgevallen getötet omgekomen tuées muertas morte mortas killing uccidendo uccise tuant matando mató matou tötete zabitych zabici ofiar ofiary zmarłych zmarli zgonów mrtvých mrtví obětí oběti úmrtí zabitých döda dödade omkomna dödsoffer døde dræbte omkomne dødsfald drepte dødsfall morți victime decese decedați uciși víctimes difunts kuollutta kuolleet kuoli uhria uhrit kuolonuhria kuolonuhrit halott halottak áldozat áldozatok meghalt",
		"evacuated":    "evacuated évacués evakuierte evacuados evacuati geëvacueerden ewakuowanych ewakuowano ewakuowani evakuovaných evakuováno evakuovaní evakuerade evakuerats evakuerede evakueret evakuerte evakuert evacuați evacuate evacuats evacuades evakuoitua evakuoitiin evakuoidut kimenekített evakuált evakuáltak",
		"pack":         "packs packets boxes packages boîtes paquets packungen schachteln envases cajas confezioni embalagens paczek opakowań paczki balení krabic förpackningar paket pakker pakninger pachete cutii caixes pakkausta pakettia csomag doboz",
		"passenger":    "passengers travellers travelers passagers voyageurs fahrgäste passagiere pasajeros viajeros passeggeri passagiers reizigers passageiros viajantes pasażerów pasażerowie podróżnych cestujících cestující pasažérů passagerare resenärer passagerer rejsende passasjerer reisende pasageri călători passatgers viatgers matkustajaa matkustajat matkustajia utas utasok utast",
		"home":         "homes houses buildings dwellings apartments flats maisons logements appartements bâtiments häuser gebäude wohnungen viviendas casas edificios pisos apartamentos edifici appartamenti alloggi abitazioni woningen appartementen huizen gebouwen households foyers haushalte hogares huishoudens gospodarstw gospodarstwa domów domy mieszkań budynków budynki domácností domů bytů budov budovy hushåll bostäder byggnader lägenheter husstande husholdninger boliger bygninger lejligheder husstander leiligheter gospodării locuințe clădiri apartamente llars habitatges edificis kotitaloutta kotitaloudet taloa asuntoa rakennusta háztartás háztartások lakás lakások épület épületek",
		"painting":     "paintings pictures works tableaux toiles oeuvres gemälde bilder werke cuadros pinturas obras dipinti quadri obrazów obrazy obrazů målningar tavlor malerier tablouri picturi quadres pintures maalausta maalaukset festmény festményt festmények",
		"firefighter":  "firefighters firemen pompiers feuerwehrleute einsatzkräfte bomberos vigili brandweerlieden bombeiros strażaków strażacy hasičů hasiči brandmän brandfolk brandmænd brannmenn brannfolk pompieri palomiestä palomiehet tűzoltó tűzoltók",
		"turbine":      "turbines éoliennes turbinen windräder turbinas turbin turbiny wiatraków turbín vindkraftverk turbiner vindmøller vindturbiner eoliene aerogeneradors tuulivoimalaa turbina szélerőmű",
		"car":          "cars vehicles voitures véhicules autos fahrzeuge wagen coches vehículos auto veicoli voertuigen samochodów samochody automobilů vozidel vozidla bilar fordon biler køretøjer kjøretøy mașini autoturisme vehicule cotxes autoa autot ajoneuvoa autó gépkocsi jármű járművek",
		"flight":       "flights vols flüge vuelos voli vluchten voos lotów loty letů lety flygningar avgångar afgange avganger zboruri lentoa lennot lentoja járat járatok",
		"student":      "students pupils élèves étudiants schüler schülerinnen studentinnen studenten estudiantes alumnos studenti leerlingen scholieren alunos uczniów uczniowie studentów studenci studentů žáků žáci studenter studerende elevi studenți alumnes estudiants opiskelijaa oppilasta opiskelijat oppilaat diák diákok hallgató hallgatók tanuló tanulók",
		"child":        "children kids enfants kinder niños niñas bambini crianças kinderen dzieci dziecko dětí děti børn barnen copii copiii nens nenes lasta lapset lapsia gyerek gyermek gyereket gyermekek gyerekek",
		"girl":         "girl girls fille filles mädchen tochter chica ragazza ragazzina bambina menina rapariga meisje dochter dziewczynka dziewczyna córka dívka holčička dcera flicka dotter pige datter jente fată fetiță fiica nena filla tyttö tytär lány lánya kislány",
		"boy":          "boy boys garçon garçons junge jungen chico ragazzo ragazzino bambino menino rapaz jongen zoon chłopiec chłopca chlapec chlapce pojke sonen dreng søn sønn băiat băiatul fiul poika poikaa kisfiú",
		"brother":      "brother brothers frère frères bruder brüder hermano hermanos fratello fratelli irmão irmãos broer broers brat brata bracia bratr bratra bror bröder brødre fratele veli veljeä testvér öccse bátyja",
		"sister":       "sister sisters sœur sœurs soeur schwester schwestern hermana hermanas sorella sorelle irmã irmãs zus zussen siostra siostry sestra sestry syster systrar søster søstre soră surori sisko sisar nővér",
		"mother":       "mother mum mom mère maman mutter madre mamma mãe moeder mama máma mamă äiti anya anyja édesanya",
		"father":       "father dad père papa vater padre pai vader ojciec ojca otec otce pappa faderen tatăl isää apja édesapa",
		"husband":      "husband husbands mari ehemann ehemannes marido marito echtgenoot manžel soțul marit aviomies férj férje",
		"wife":         "wife épouse ehefrau esposa moglie echtgenote manželka hustru soția soție vaimo feleség felesége",
		"found":        "found discovered découvert découverte retrouvé retrouvée entdeckt entdeckte entdeckten gefunden encontrado encontrada hallado hallada trovato trovata ritrovato ritrovata rinvenuto rinvenuta gevonden ontdekt achado achada znaleziono odnaleziono znaleziony nalezen nalezeno nalezena nalezli hittades hittad hittats fundet fundne funnet găsit găsită trobat trobada löydettiin löytyi megtalált találtak",
		"earthquake":   "earthquake quake tremor séisme tremblement erdbeben beben terremoto sismo trzęsienie zemětřesení jordbävning jordbävningen jordskælv jordskjelv cutremur cutremurul terratrèmol maanjäristys földrengés",
		"strike":       "strike walkout stoppage grève arrêt streik warnstreik ausstand huelga paro sciopero greve strajk strajku stávka stávky strejk strejke streiken grevă lakko lakkoa sztrájk",
		"price":        "price cost costs costing prix coût coûté preis kosten kostete kostte precio coste costó prezzo costato preço custo custou ceny prețul costul kostade kostnad prisen kostede kostet preu hinta hinnan",
		"rate":         "rate taux zins leitzins zinssatz tasa tipo tasso sazba sazby sazbu styrräntan räntan styrerenten styringsrenten dobânda dobânzii korko korkoa ohjauskorko kamat kamatot alapkamat",
		"arrest":       "arrests arrested interpellés arrêtés arrestations festnahmen festgenommen festgenommene verhaftet detenidos detenciones arrestados arrestati arrestate arresti arrestaties aanhoudingen aangehouden opgepakt detenções detidos zatrzymanych aresztowanych zatrzymano zadržených zatčených gripna anhållna anholdte anholdelser arresterede pågrepne arresterte pågripelser arestați reținuți arestări detinguts detencions arrestats pidätettyä pidätettiin pidätetyt letartóztatott letartóztatás",
		"train":        "train trains zug züge tren trenes treno treinen pociągów pociągi vlaků vlaky togene trenuri trens junaa junat junia vonat vonatok",
		"wagon":        "wagons waggons waggon vagones vagoni wagonów wagony vagónů vagony vagnar vogne vogner vagoane vagons vaunua vagon vagonok",
		"spectator":    "spectators fans crowd attendance visitors spectateurs visiteurs zuschauer zuschauern zuschauerinnen besucher besuchern toeschouwers bezoekers espectadores aficionados visitantes visitatori spettatori tifosi adeptos torcedores widzów widzowie kibiców kibice diváků diváci fanoušků åskådare besökare tilskuere besøgende besøkende spectatori suporteri vizitatori espectadors aficionats visitants katsojaa katsojat kävijää néző nézők szurkoló szurkolók látogató látogatók",
		"profit":       "profit profits earnings bénéfice bénéfices gewinn nettogewinn überschuss winst nettowinst beneficio beneficios ganancias utile utili lucro lucros zysk zysku zyski zisk zisku vinst vinsten overskud overskuddet overskudd profitul profitului beneficis voitto voittoa nyereség nyereséget",
		"case":         "cases infections cas fälle infektionen gevallen besmettingen casos contagios casi contagi przypadków przypadki zakażeń zachorowań případů případy nákaz sjukdomsfall tilfælde smittede tilfeller cazuri infectări îmbolnăviri tapausta tapaukset tartuntaa eset esetet esetek",
		"treated":      "treated hospitalised hospitalized behandeld behandelt soignés soignées hospitalisés atendidos atendidas tratados curati medicati ricoverati hospitalizowanych hospitalizowano hospitalizovaných ošetřeno ošetřených behandlades inlagda indlagt indlagte behandlet innlagt innlagte spitalizați internați tratați atesos hospitalitzats hoidettiin",
		"crew":         "crew crewmen sailors seamen fishermen fisherman équipage marins pêcheurs besatzung besatzungsmitglieder seeleute matrosen fischer bemanning bemanningsleden zeelieden vissers tripulación tripulantes marineros pescadores equipaggio marinai pescatori tripulação marinheiros załogi załoga marynarzy rybaków posádka posádky námořníků besättning besætning besetning mannskap echipaj echipajul marinari tripulants tripulació miehistö miehistön legénység",
		"missing":      "missing disparus disparues disparu disparue vermisst vermissten vermisste vermiste desaparecidos desaparecidas desaparecido desaparecida dispersi disperse disperso dispersa zaginionych zaginieni pohřešovaných nezvěstných saknade försvunna savnede forsvundne savnet forsvunnet dispăruți desapareguts desaparegudes kadonnutta kadonneet kadoksissa eltűnt eltűntek",
		"rescued":      "rescued saved secourus secourues sauvés sauvées gerettet geborgen rescatados rescatadas salvados soccorsi salvati tratti resgatados resgatadas salvos gered geredde uratowanych uratowano zachráněných zachráněno räddade räddats reddede reddet salvate rescatats salvats pelastettua pelastettiin pelastetut kimentett megmentett kimentettek",
		"school":       "schools écoles escuelas colegios scuole escolas scholen schulen szkół szkoły škol školy skolor skoler școli escoles koulua koulut iskola iskolák",
		"room":         "rooms pièces chambres habitaciones stanze camere quartos divisões kamers vertrekken zimmer räume pokoi pokoje pokojů værelser habitacions huonetta huoneet szoba szobát szobák",
		"pedestrian":   "pedestrians piétons peatones pedoni peões voetgangers fußgänger fussgänger pieszych piesi chodců chodci fotgängare fodgængere fotgjengere pietoni vianants jalankulkijaa gyalogos gyalogosok",
		"guest":        "guests invités convives invitados huéspedes ospiti invitati convidados hóspedes gasten gäste gości goście hostů hosté gäster gæster gjester oaspeți convidats hostes vierasta vieraat vendég vendégek",
		"goal":         "goals buts goles gol doelpunten tore treffer golos goli bramek gólů góly goluri gols maalia maalit gólt",
		"patient":      "patients pacientes pazienti doentes patiënten patienten pacjentów pacjenci pacientů pacienti patienter pasienter pacienți pacients potilasta potilaat potilaita beteg betegek",
		"tree":         "trees arbres árboles alberi árvores bomen bäume drzew drzewa stromů stromy träd træer trær copaci arbori arbres",
		"animal":       "animals animaux animales animali animais dieren tiere zwierząt zwierzęta zvířat zvířata djur animale eläintä eläimet állat állatok",
		"tourist":      "tourists touristes turistas turisti toeristen touristen turystów turyści turistů turisté turister turiști turistes turistia matkailijaa turistit turista turisták",
		"volunteer":    "volunteers bénévoles voluntarios volontari voluntários vrijwilligers freiwillige wolontariuszy ochotników dobrovolníků dobrovolníci frivilliga volontärer frivillige voluntari voluntaris vapaaehtoista vapaaehtoiset önkéntes önkéntesek",
		"member":       "members membres miembros membri membros leden mitglieder członków członkowie členů členové medlemmar medlemmer membrii jäsentä jäsenet tagok",
		"soldier":      "soldiers troops soldats troupes soldados tropas soldati militari truppe soldaten truppen troepen żołnierzy żołnierze vojáků vojáci soldater soldați militars sotilasta sotilaat katona katonák",
		"doctor":       "doctors médecins médicos medici artsen ärzte lekarzy lekarze lékařů lékaři läkare læger doctori metges lääkäriä lääkärit orvos orvosok",
		"shop":         "shops stores magasins boutiques tiendas negozi lojas winkels geschäfte läden sklepów sklepy obchodů prodejen butiker butikker botigues kauppaa myymälää boltok üzlet üzletek",
		"bed":          "beds lits camas letti leitos bedden betten łóżek łóżka lůžek lůžka sängar vårdplatser senge senger paturi llits vuodepaikkaa",
		"woman":        "woman femme frau mujer donna mulher vrouw kobieta žena kvinna kvinde kvinne femeie nainen asszony",
		"man":          "man homme mann hombre uomo homem mężczyzna mand bărbat mies férfi",
		"vote":         "votes voters ballots voix électeurs suffrages stimmen ja-stimmen ja-anteil stimmenden abstimmenden votanti wähler wählerinnen stimmberechtigten votos votantes electores voti elettori eleitores kiezers stemmen głosów głosy wyborców hlasů hlasy voličů väljare vælgere velgere voturi alegători vots votants ääntä äänet ääniä äänestäjää szavazat szavazatot szavazó választó",
		"turnout":      "turnout participation participación partecipazione affluenza afluência comparecimento wahlbeteiligung beteiligung opkomst frekwencja frekwencji účast valdeltagande valdeltagandet valgdeltagelse valgdeltagelsen valgdeltakelse valgdeltakelsen prezența participació äänestysprosentti äänestysaktiivisuus részvétel",
		"runner":       "runners athletes coureurs athlètes läufer läuferinnen athleten corredores corredoras atletas corridori podisti atleti lopers hardlopers atleten biegaczy zawodników běžců závodníků löpare løbere løpere alergători sportivi corredors atletes juoksijaa juoksijat futó futók versenyző versenyzők",
		"bike":         "bikes bicycles vélos bicyclettes fahrräder räder bicicletas bicis biciclette fietsen rowerów rowery cyklar cykler sykler biciclete bicicletes polkupyörää pyörää kerékpár bicikli kerékpárok",
		"bus":          "bus buses coaches autobus autocars busse reisebusse autobuses pullman ônibus autocarros bussen touringcars autobusów autobusy autobusů bussar busser autobuze autobusos bussia busz buszok autóbusz",
		"ship":         "ships boats vessels navires bateaux schiffe boote barcos buques navi barche navios embarcações schepen boten statków statki łodzi fartyg båtar skibe båter vapoare ambarcațiuni vaixells laivaa laivat hajó hajók plavidel",
		"plane":        "planes aircraft airplanes avions flugzeuge aviones aerei velivoli aviões aeronaves vliegtuigen samolotów samoloty letadel letadla flygplan flyvemaskiner avioane lentokonetta lentokoneet repülőgép repülőgépek",
		"prisoner":     "prisoners inmates détenus prisonniers häftlinge gefangene insassen presos reclusos internos reclusi carcerati detenuti prigionieri gevangenen gedetineerden więźniów więźniowie osadzonych vězňů vězni fångar fanger indsatte innsatte deținuți prizonieri vankia vangit fogoly foglyok elítélt elítéltek",
		"migrant":      "migrants refugees réfugiés migranten flüchtlinge geflüchtete migrantes refugiados migranti rifugiati vluchtelingen asielzoekers migrantów uchodźców uchodźcy migrantů uprchlíků uprchlíci migranter flyktingar asylsökande flygtninge asylansøgere flyktninger asylsøkere refugiați refugiats siirtolaista pakolaista turvapaikanhakijaa migráns migránsok menekült menekültek",
		"protester":    "protesters demonstrators marchers manifestants demonstranten protestierende manifestantes manifestanti betogers protestujących demonstrantów manifestantów demonstrantů protestujících demonstranter protestatari manifestanți mielenosoittajaa mielenosoittajat tüntető tüntetők",
		"police":       "police policemen policewomen policiers gendarmes polizisten polizistinnen policías poliziotti carabinieri policiais polícias politieagenten agenten policjantów policjanci funkcjonariuszy policistů policisté poliser politifolk politibetjenter polițiști jandarmi mossos poliisia poliisit rendőr rendőrök rendőrt",
		"nurse":        "nurses infirmiers infirmières pflegekräfte krankenpfleger enfermeros enfermeras infermieri infermiere enfermeiros enfermeiras verpleegkundigen pielęgniarek pielęgniarki sjuksköterskor sygeplejersker sykepleiere infermeres infermers hoitajaa sairaanhoitajaa ápoló ápolók",
		"customer":     "customers clients kunden clientes clienti klanten klientów klienci odbiorców zákazníků zákazníci odběratelů kunder clienți consumatori asiakasta asiakkaat asiakkaita ügyfél ügyfelek fogyasztó fogyasztók",
		"user":         "users utilisateurs nutzer benutzer usuarios utenti utilizadores usuários gebruikers użytkowników użytkownicy uživatelů uživatelé användare brugere brukere utilizatori usuaris käyttäjää käyttäjät felhasználó felhasználók",
		"subscriber":   "subscribers abonnés abonnenten suscriptores abbonati assinantes abonnees",
		"company":      "companies firms businesses entreprises sociétés unternehmen firmen empresas compañías aziende imprese bedrijven ondernemingen firmy przedsiębiorstw spółek firem společností företag virksomheder selskaber bedrifter selskaper virksomheter companii empreses yritystä yritykset yhtiötä cégek vállalat vállalatok",
		"cow":          "cows cattle vaches bovins kühe rinder vacas vacche mucche bovini koeien runderen krów krowy bydła krávy skotu kossor køer kvæg kuer bovine vaques lehmää lehmät nautaa tehén tehenek szarvasmarha",
		"sheep":        "sheep moutons brebis schafe ovejas pecore ovelhas schapen owiec owce ovcí ovce ovine ovelles lammasta lampaat birka juhok",
		"pig":          "pigs porcs schweine cerdos maiali porcos varkens świń tuczników prasat prasata grisar griser porci sikaa sertés disznó",
		"bird":         "birds oiseaux vögel aves uccelli pássaros vogels ptaków ptaki ptáků ptáci fåglar fugle fugler păsări ocells lintua linnut madár madarak",
		"village":      "villages dörfer pueblos aldeas villaggi aldeias dorpen wiosek wioski vesnic vesnice byar landsbyer bygder sate satele pobles kylää kylät falu falvak",
		"municipality": "municipalities communes gemeinden municipios comuni municípios concelhos gemeenten gmin gminy obcí obce kommuner localități municipis kuntaa kunnat település települések önkormányzat",
		"hospital":     "hospitals hôpitaux krankenhäuser kliniken hospitales ospedali hospitais ziekenhuizen szpitale szpitala nemocnic nemocnice nemocnici sjukhus hospitaler sygehuse sykehus spitale spitalul spital sairaalaa sairaalat sairaalaan kórház kórházak kórházba",
		"dose":         "doses vaccines dosis dosen impfdosen dosi vaccins vacunas vaccini vacinas dawek dawki szczepionek dávek dávky vakcín doser vaccindoser vacciner vaksiner vaccinuri vacunes annosta rokotetta adag adagot vakcina oltóanyag",
		"species":      "species espèces arten especies specie espécies soorten gatunków gatunki arter specii espècies lajia lajit fajok",
		"station":      "stations gares bahnhöfe estaciones stazioni estações stacji stacje stanic stanice nádraží stationer stasjoner stații estacions asemaa asemat állomás",
		"truck":        "trucks lorries camions lastwagen lkw camiones camion camiões vrachtwagens ciężarówek ciężarówki kamionů kamiony lastbilar lastbiler camioane rekkaa kuorma-autoa kamion kamionok",
		"fire":         "fires blazes wildfires incendies feux brände waldbrände incendios incendi incêndios branden bosbranden pożarów pożary pożar požárů požáry požár bränder brande branner incendii incendiu incendis paloa tulipaloa metsäpaloa tűzeset tüzek",
		"driver":       "drivers chauffeurs conducteurs conductrices fahrer fahrerin lenker conductores conductoras autista autisti motorista motoristas bestuurder bestuurders kierowców kierowcy kierowca řidičů řidiči řidič förare chaufförer chauffører førere sjåfører șoferi șoferul șofer xofers kuljettajaa kuljettaja sofőr sofőrök",
		"pilot":        "pilots pilotes piloten pilotos piloti pilotów piloci pilotů piloti piloter piloți lentäjää lentäjät pilóta pilóták",
		"suspect":      "suspects suspect verdächtige verdächtiger tatverdächtige sospechosos sospechoso sospettati sospettato indagati suspeitos suspeito verdachten verdachte podejrzanych podejrzani podezřelých podezřelí misstänkta mistænkte mistenkte suspecți suspecții sospitosos epäiltyä epäillyt epäiltyjä gyanúsított gyanúsítottak",
		"farmer":       "farmers agriculteurs agricultrices éleveurs landwirte bauern agricultores ganaderos agricoltori allevatori boeren landbouwers veehouders rolników rolnicy zemědělců zemědělci farmářů bönder lantbrukare landmænd bønder gårdbrukere fermieri agricultori pagesos agricultors ramaders viljelijää maanviljelijää viljelijät gazdálkodó gazdák",
		"song":         "songs tracks chansons lieder canciones temas canzoni brani canções músicas nummers liedjes piosenek utworów písní písně låtar sange sanger cântece cançons laulua dalok",
		"built":        "built constructed erected construit construite construits bâti bâtie gebaut errichtet erbaut construido construida construído construída costruito costruita edificato gebouwd levantado levantada erigido erigida edificado edificada zbudowany zbudowano wybudowany wybudowano postaven postavený postavena byggd byggdes bygget construită construite construït construïda rakennettu rakennettiin épült épített",
	}
}

// subjectCanon is the synonym table's word for a folded, stemmed word, or
// for the head of a compound ("elektrofahrräder", "deelfietsen",
// "steelworkers"): the longest known ending of five letters or more after
// a beginning of four or more ("beifahrer", the co-driver, is no driver),
// unless the ending is a word read only whole.
func subjectCanon(w string) string {
	m := subjectSynonyms()
	if c := m[w]; c != "" {
		return c
	}
	for i := 4; len(w)-i >= 5; i++ {
		if c := m[w[i:]]; c != "" && !latinPrefix()[w[:i]] && !wholeOnly()[w[i:]] {
			return c
		}
	}
	return ""
}

// latinPrefix are the prefixes of Romance and English words that end
// where a table word begins without making a compound of it:
// "transferidos" holds "feridos" (wounded) but is no kind of wound.
var latinPrefix = lazyWordSet("trans inter intra super supra contra extra infra ultra sobre entre")

// wholeOnly are table words that end too many other words to be read as
// a compound's head: Hungarian "ember" (people) ends "September", Finnish
// "lasta" (children) ends every elative of a word in -la ("sairaalasta",
// from hospital).
var wholeOnly = lazyWordSet("ember lasta")
