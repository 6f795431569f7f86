package compare

// heldOutAutan is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of mixed national and
// regional news, each reported three or four times in English, French,
// Spanish and Italian (two Italian reports of the Ticino vote, two French
// of the Corbières fire). The topics: 62 skiers stranded in a broken-down
// gondola at Vallsanta in the Aragonese Pyrenees, a Savoy dairy
// cooperative buying a Novara gorgonzola maker, Ticino voting a levy on
// the pay of cross-border workers, a wildfire in the Corbières hills of
// the Aude, an Italian conductor named music director of the Lyon Opera,
// the trial date of a former Spanish football club president accused of
// transfer fraud, a Vuelta stage won on a summit finish, torrential rain
// and a red alert around Valencia, an Earth-mass planet found with a
// telescope on La Palma, and a Turin battery maker's gigafactory in
// Navarre.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (au1it: the skiers "rimasti
// bloccati nelle cabine per cinque ore", 5 hours against about three
// hours, "unas tres horas", "près de trois heures" and "three hours", in
// the only Italian report); an amount (au2es: the deal "valorada en 430
// millones de euros" against €340 million, in the only Spanish report); a
// percentage (au3fr: the yes "avec 67 % des voix" against 58% and the
// Ticino paper's 57.6%, in the only French report); a count (au4es: "Unos
// 750 bomberos" against some 450 firefighters, in the only Spanish
// report); an age (au5es: the conductor Chiara Bellandi "de 68 años"
// against 58, in the only Spanish report); a date (au6it: the trial to
// open "il 3 maggio" against 3 March, in the only Italian report). The
// last four events hold none.
//
// Traps that are no contradiction: 62 skiers as "une soixantaine", 21
// cabins, 40 metres and 130 feet, minus 8 degrees as "ocho grados bajo
// cero" and 18 Fahrenheit, a boy of 9 ("nine-year-old", "nove anni"),
// three treated, a lift of 2008 carrying 1,800 skiers an hour, about two
// hours' drive from Pau. €340 million and $370 million, sales of €285
// million, 610 staff, a firm of 1923, a 10% family stake, 2,300 farmers
// and €1.4 billion of revenue, 18,000 tonnes made beside 2,000 tonnes sold
// in Spain, 40 staff in Barcelona, 38 dairies of the consortium, a chief
// executive as "directeur général", "consejero delegado" and "chief
// executive" beside the seller's "amministratore delegato". A levy of 1.5%
// beside 57.6% and 58%, a turnout of 44%, 60 million francs and $66
// million, about 78,000 cross-border workers as "quasi 80.000" and
// "près d'un salarié sur trois", 32,000 from Varese alone, Geneva's
// 100,000 and a vote of 2029, a law not before 2035, a finance director
// as "ministre cantonal des Finances" and "finance chief". About 1,200
// hectares and 3,000 acres, four Canadair and two Dash ("two other
// aircraft") beside Spain's two water bombers, gusts of 70 km/h and 43
// mph, about 300 evacuated as "près de 300", two firefighters hurt, a
// holidaymaker of 34 and twenty minutes, Fontjoncouse's 600 hectares in
// July, 80 km from the border, 40 C and 104 F. A conductor of 58 beside
// her predecessor of 71 in one sentence, a baton taken up at 30, eleven
// seasons ("onze saisons", "undici stagioni"), 88 musicians, a five-year
// contract, 2027 and "seis años", September 2034 and October 2034. The
// trial's 3 March as "March 3" and "3 mars", €8.4 million, seven years
// sought, twelve sessions, about 40 witnesses, a defendant of 61 and a
// coach of 54, 2026 to 2029 and 2027 to 2029, six seasons.
//
// In the events without a contradiction: a stage of 178.4 km as "178
// kilomètres" and "111-mile", a climb of 12.5 km as "7.8-mile" beside its
// 7.8% average and 14% ramps, a winner of 24 and a runner-up of 31 in one
// sentence ("ventiquattrenne"), 18 and 25 seconds, 41 seconds, 1 minute
// 12 seconds as "1 min 12 s" and "1:12", 35 degrees and 95 F, the
// Thursday as "ieri" in a paper of Friday 2 September, the finish in
// Madrid on 18 September, no French winner since 1995, three seasons as
// a professional, "duodécima", "dodicesima", "12e" and "12th". 180 litres
// a square metre as 180 mm and "more than seven inches" in twelve hours,
// about 300 incidents as "nearly 300", "près de 300 fois" and "circa
// 300", two people rescued, 40 municipalities, more than 220 dead in
// October 2024, "until Friday", Wednesday as "ieri", 45 students from
// Parma, "una trentina di chilometri", four months' rain, the emergencies
// head as "consellera de Emergencias", "regional emergencies chief",
// "responsabile regionale della protezione civile" and "responsable
// régionale des secours". 31 light-years and 182 trillion miles, 1.1
// Earth masses as "about 10% more massive" and "poco più massiccio", 9.4
// days as "poco più di nove giorni", 40 degrees and 104 F, 180 nights over
// three years, 46 researchers of 12 institutions beside eleven Italians, a
// star of a quarter of the Sun's mass. €1.2 billion as "1.200 millones",
// "1,2 miliardi", "1,2 milliard" and $1.3 billion, 1,100 jobs as "circa
// 1.100", "about 1,100" and "près de 1 100" beside 2,500 indirect, 20 GWh,
// 300,000 cars as "nearly 300,000", €190 million of aid of which €40
// million from Navarre, 90 hectares, 2036, a firm of 2014 with €640
// million of sales, 850 staff at Settimo Torinese, power about 30%
// cheaper, three French gigafactories since 2030, the regional head as
// "presidenta del Gobierno de Navarra", "presidente della Navarra" and
// "regional president", the chief executive as "PDG".
//
// Frozen before its first run, which flagged 5 of the 6 contradictions
// and 1 false disagreement. It flagged the skiers' hours (duration
// "dangling": au1it's "cinque ore" against "three hours", "unas tres
// horas" and "près de trois heures"), the deal's price (amount "maker":
// au2es's "430 millones de euros" against €340 million in the three
// others), the yes vote (percent "voix": au3fr's "67 %" against 58% and
// the Ticino paper's 57.6%), the firefighters (count "bomberos": au4es's
// "Unos 750 bomberos" against 450 in the French and English reports) and
// the trial date (date "partir": au6it's "3 maggio" against "March 3",
// "3 de marzo" and "3 mars"). It missed one: the conductor's age
// ("missed au5es.txt's 68 years against 58 years"); no age row of the
// opera event shows among the flagged rows under another spelling, so
// the miss is not a matter of the wrong map's form, and the wrong value
// is as written before the run. The false one was a trap of the planet
// event: 'count "firmatari": au9en: 31 light-years; au9es, au9it: 46
// investigadores', the star's distance set against the study's 46
// authors. Grouped with the other sets, its 39 reports of 10 events came
// out in 10 events: the grouping test logs no line for Autan, so it is
// among the sets grouped exactly (all 159 sets, 5429 reports: B-cubed
// precision 1.000, recall 0.939, F1 0.968; 62 sets grouped exactly).
// With one false disagreement the table line keeps 1. Nothing changed
// after the run but this comment.
var heldOutAutan = []heldOutEvent{
	{"vallsanta-gondola-stranded-skiers", map[string]string{
		"au1es.txt": `es|Rescatados 62 esquiadores atrapados en la telecabina de Vallsanta

Aragón | Sucesos

Huesca, 16 ene 2033 (Agencia)

Un total de 62 esquiadores quedaron atrapados este domingo durante unas tres horas en la telecabina de la estación de Vallsanta, en el Pirineo oscense, después de que una avería eléctrica detuviera la instalación poco antes de las 11.00.

Los especialistas en rescate en montaña de la Guardia Civil y los bomberos de la Diputación de Huesca evacuaron a los pasajeros de las 21 cabinas descolgándolos con cuerdas, uno a uno. Algunas cabinas quedaron suspendidas a unos 40 metros del suelo, con temperaturas de ocho grados bajo cero.

Tres personas, entre ellas un niño de 9 años, fueron atendidas por hipotermia leve en el centro médico de la estación. Ninguna tuvo que ser trasladada al hospital.

"Falló el motor principal y el de emergencia no arrancó", explicó el director de la estación, Javier Oliván. La telecabina, inaugurada en 2008, permanecerá cerrada hasta que los técnicos del fabricante determinen la causa de la avería.

La empresa devolverá el importe del forfait a todos los afectados.`,
		"au1fr.txt": `fr|Pyrénées espagnoles : une soixantaine de skieurs bloqués dans une télécabine

Montagne | Loisirs

Pau, dimanche 16 janvier 2033

Une soixantaine de skieurs, dont plusieurs Béarnais et Bigourdans, sont restés bloqués dimanche matin dans la télécabine de la station espagnole de Vallsanta, en Aragon, à la suite d'une panne électrique.

Il a fallu près de trois heures aux secouristes de la Guardia Civil et aux pompiers pour évacuer les 62 passagers, descendus un par un à la corde depuis des cabines suspendues jusqu'à 40 mètres du sol. Il faisait -8 °C.

Parmi eux, une famille de Tarbes. « Les enfants avaient froid, mais les secouristes ont été formidables. On a chanté pour passer le temps », raconte le père, Laurent Cazaux, joint par téléphone.

Trois personnes ont été soignées sur place pour une légère hypothermie. Le moteur de secours n'a pas démarré, a reconnu le directeur de la station, Javier Oliván, qui attend les conclusions du constructeur.

Vallsanta se trouve à environ deux heures de route de Pau par le col du Somport.`,
		"au1en.txt": `en|Skiers lowered to safety after Spanish gondola lift breaks down

World | Europe

MADRID, Jan 16 - Rescuers lowered 62 skiers to the ground by rope on Sunday after a gondola lift at the Vallsanta resort in the Spanish Pyrenees broke down, leaving them dangling for three hours in sub-zero temperatures, officials said.

The gondola stopped shortly before 11 a.m. because of an electrical fault, and its back-up motor failed to start, said the resort's director, Javier Oliván. Some of the 21 cabins hung as high as 130 feet (40 metres) above the slope.

Three people, including a nine-year-old boy, were treated for mild hypothermia at the resort's medical centre. The temperature was around minus 8 Celsius (18 Fahrenheit).

The lift, which opened in 2008, can carry up to 1,800 skiers an hour. It will stay shut while engineers from its manufacturer look for the cause of the breakdown.`,
		"au1it.txt": `it|Pirenei, guasto alla cabinovia: 62 sciatori sospesi nel vuoto

Esteri

Madrid, 16 gennaio 2033

Momenti di paura domenica nella stazione sciistica di Vallsanta, nei Pirenei aragonesi: un guasto elettrico ha bloccato la cabinovia poco prima delle 11, lasciando 62 sciatori sospesi a decine di metri d'altezza.

Sono rimasti bloccati nelle cabine per cinque ore, con una temperatura di otto gradi sotto zero, prima che gli uomini della Guardia Civil e i vigili del fuoco riuscissero a calarli a terra uno per uno con le corde.

Tra i passeggeri c'era anche un gruppo di sciatori di Cuneo in vacanza. Tre persone, tra cui un bambino di nove anni, sono state curate per una lieve ipotermia.

"Si è guastato il motore principale e quello di emergenza non è partito", ha spiegato il direttore dell'impianto, Javier Oliván. La cabinovia resterà chiusa in attesa delle verifiche del costruttore.`,
	}, map[string][2]string{"au1it.txt": {"5 hours", "3 hours"}}},
	{"alpilait-buys-ferrandi-gorgonzola", map[string]string{
		"au2fr.txt": `fr|Alpilait s'offre le gorgonzola italien Ferrandi

Économie | Savoie

Chambéry, mardi 8 mars 2033

La coopérative laitière savoyarde Alpilait a annoncé mardi le rachat du fromager italien Ferrandi, spécialiste du gorgonzola installé près de Novare, dans le Piémont.

Le montant de l'opération s'élève à 340 millions d'euros, dette comprise. Fondé en 1923, Ferrandi emploie 610 salariés et a réalisé l'an dernier un chiffre d'affaires de 285 millions d'euros, dont la moitié à l'export.

« Avec Ferrandi, nous devenons un acteur majeur des fromages à pâte persillée en Europe », s'est félicité le directeur général d'Alpilait, Bruno Favre-Chamoux. La coopérative, qui réunit 2 300 producteurs de lait dans les Alpes, pèse 1,4 milliard d'euros de chiffre d'affaires.

La famille Ferrandi conservera 10 % du capital. La finalisation de l'opération, soumise au feu vert de la Commission européenne, est attendue d'ici à septembre.`,
		"au2it.txt": `it|Il gorgonzola Ferrandi passa ai francesi di Alpilait

Economia | Piemonte

Novara, 8 marzo 2033

La famiglia Ferrandi cede il caseificio di Cameri, nel Novarese, alla cooperativa lattiero-casearia francese Alpilait. L'accordo è stato annunciato martedì dalle due società.

L'operazione vale 340 milioni di euro. La Ferrandi, fondata nel 1923 dal bisnonno dell'attuale amministratore delegato, Marco Ferrandi, produce ogni anno circa 18.000 tonnellate di gorgonzola e ha 610 dipendenti. Il fatturato 2032 è stato di 285 milioni.

"Era il momento di dare al marchio le spalle di un grande gruppo europeo", ha spiegato Marco Ferrandi, che resterà alla guida dell'azienda per almeno tre anni. La famiglia manterrà una quota del 10%.

I sindacati chiedono garanzie: "Vogliamo un impegno scritto sul mantenimento dei posti di lavoro e della produzione a Cameri", ha detto Sergio Gambaro della Flai Cgil di Novara.

Il Consorzio del Gorgonzola conta 38 caseifici associati.`,
		"au2en.txt": `en|France's Alpilait to buy Italian gorgonzola maker Ferrandi

Business | Deals

PARIS, March 8 - French dairy cooperative Alpilait said on Tuesday it had agreed to buy Italian gorgonzola maker Ferrandi for €340 million ($370 million), including debt, expanding in blue cheese as demand for traditional cheeses grows outside Europe.

Ferrandi, based in Cameri near Novara in northern Italy, had sales of €285 million last year, about half of them abroad, and employs 610 people. The founding family will keep a 10% stake.

"With Ferrandi we become a leading player in blue cheese in Europe," Alpilait chief executive Bruno Favre-Chamoux said.

Alpilait, owned by some 2,300 dairy farmers in the French Alps, had revenue of €1.4 billion in 2032. The deal, which needs approval from the European Commission, is expected to close by September.`,
		"au2es.txt": `es|La francesa Alpilait compra el fabricante de gorgonzola Ferrandi

Economía | Alimentación

Madrid, 8 mar 2033 (Agencia)

La cooperativa láctea francesa Alpilait ha llegado a un acuerdo para comprar el fabricante italiano de gorgonzola Ferrandi, anunciaron este martes ambas empresas.

La operación, que incluye la deuda, está valorada en 430 millones de euros. Ferrandi, con sede en Cameri (Novara), facturó 285 millones de euros el año pasado y tiene 610 empleados.

España es el tercer mercado exterior de Ferrandi, que cuenta con una filial de distribución en Barcelona con 40 trabajadores. La compañía vende en España unas 2.000 toneladas de queso al año, sobre todo a cadenas de supermercados y a restaurantes italianos.

"Con Ferrandi nos convertimos en un actor de primer nivel en quesos azules en Europa", declaró el consejero delegado de Alpilait, Bruno Favre-Chamoux. La familia fundadora conservará un 10 % del capital.`,
	}, map[string][2]string{"au2es.txt": {"€430 million", "€340 million"}}},
	{"ticino-cross-border-workers-levy-vote", map[string]string{
		"au3it.txt": `it|Sì al contributo sui frontalieri: il Ticino approva con il 57,6%

Ticino | Politica

Bellinzona, domenica 13 marzo 2033

I ticinesi hanno approvato domenica l'iniziativa popolare "Lavoro ai residenti", che introduce un contributo dell'1,5% sulla massa salariale dei frontalieri a carico dei datori di lavoro. I sì sono stati il 57,6%, con un'affluenza del 44%.

Il contributo dovrebbe fruttare circa 60 milioni di franchi all'anno, destinati alla formazione e al reinserimento dei disoccupati residenti. Nel cantone lavorano circa 78.000 frontalieri, quasi tutti provenienti dalle province di Como e Varese.

Il Consiglio di Stato, che aveva raccomandato di respingere l'iniziativa, dovrà ora preparare la legge d'applicazione. "Rispettiamo il voto, ma dovremo verificarne la compatibilità con gli accordi bilaterali", ha detto il direttore del Dipartimento delle finanze, Michele Valsecchi.

Soddisfatto il comitato promotore. "È un segnale chiaro a chi sfrutta il dumping salariale", ha commentato il suo presidente, Ivo Ghirlanda.`,
		"au3it2.txt": `it|Ticino, passa il contributo sui frontalieri. Timori a Varese e Como

Varese | Lavoro

Varese, 13 marzo 2033

Il Canton Ticino dice sì al contributo sui salari dei lavoratori frontalieri. L'iniziativa è stata approvata domenica con il 58% dei voti: ora le aziende ticinesi che assumono personale dall'Italia dovranno versare l'1,5% della massa salariale.

A pagare non saranno direttamente i quasi 80.000 frontalieri, ma in provincia di Varese si teme che le imprese riducano le assunzioni o abbassino gli stipendi. "È un messaggio che ci preoccupa", ha detto l'assessore regionale lombardo al Lavoro, Paolo Brambati.

I sindacati italiani chiedono al governo di aprire un tavolo con Berna. Secondo la Cisl dei Laghi, solo dalla provincia di Varese attraversano il confine ogni giorno circa 32.000 persone.

La legge d'applicazione, che il governo cantonale deve ancora scrivere, non entrerà in vigore prima del 2035.`,
		"au3fr.txt": `fr|Le Tessin taxe l'emploi des frontaliers italiens

Suisse | Votations

Lausanne, dimanche 13 mars 2033

Les électeurs tessinois ont accepté dimanche une initiative populaire qui impose aux employeurs une contribution de 1,5 % sur les salaires versés aux travailleurs frontaliers, a annoncé la chancellerie cantonale.

Le oui l'a emporté avec 67 % des voix, pour une participation de 44 %. La contribution devrait rapporter quelque 60 millions de francs par an, qui financeront la formation des chômeurs résidents.

Le Tessin compte environ 78 000 frontaliers, soit près d'un salarié sur trois. Le gouvernement cantonal, opposé au texte, craint un conflit avec l'accord sur la libre circulation des personnes conclu avec l'Union européenne.

« Nous respectons le vote, mais nous devrons vérifier sa compatibilité avec les accords bilatéraux », a déclaré le ministre cantonal des Finances, Michele Valsecchi. À Genève, où travaillent plus de 100 000 frontaliers français, une proposition semblable avait été rejetée en 2029.`,
		"au3en.txt": `en|Swiss canton of Ticino votes for levy on cross-border workers' pay

Europe | Switzerland

ZURICH, March 13 - Voters in Switzerland's Italian-speaking canton of Ticino on Sunday approved a levy on companies that employ workers commuting from Italy, a move that could strain relations with Rome and Brussels.

The initiative, which charges employers 1.5% of the wages they pay to cross-border staff, won 58% of the vote on a turnout of 44%, official results showed.

The levy is expected to raise about 60 million Swiss francs ($66 million) a year to retrain unemployed residents. Some 78,000 people cross the border from Italy to work in Ticino each day.

The canton's government had opposed the measure. Its finance chief, Michele Valsecchi, said the levy would have to be checked against Switzerland's bilateral agreements with the European Union on the free movement of people.`,
	}, map[string][2]string{"au3fr.txt": {"67%", "58%"}}},
	{"corbieres-wildfire-aude", map[string]string{
		"au4fr.txt": `fr|Incendie dans les Corbières : 1 200 hectares parcourus, le feu fixé

Aude | Faits divers

Carcassonne, mercredi 10 août 2033

L'incendie qui s'est déclaré mardi vers 15 heures près de Villerouge-Termenès, dans les Corbières, a parcouru environ 1 200 hectares de garrigue et de pinède. Il a été fixé mercredi matin, a annoncé la préfecture de l'Aude.

Quelque 450 sapeurs-pompiers, venus de l'Aude et des départements voisins, ont été engagés toute la nuit, appuyés par quatre Canadair et deux Dash. Poussées par une tramontane soufflant en rafales jusqu'à 70 km/h, les flammes ont menacé plusieurs hameaux.

Environ 300 personnes, dont les vacanciers d'un camping, ont été évacuées par précaution et hébergées dans la salle des fêtes de Lagrasse. Deux pompiers ont été légèrement blessés.

« Aucune habitation n'a brûlé, c'est l'essentiel », a déclaré le préfet de l'Aude, Thierry Mazaudier. Une enquête a été ouverte pour déterminer l'origine du feu.`,
		"au4fr2.txt": `fr|Aude : 1 200 hectares brûlés, près de 300 personnes évacuées

France | Incendies

Publié le 10/08 à 12h30

Un incendie a ravagé près de 1 200 hectares de végétation dans les Corbières depuis mardi après-midi. Le feu n'est plus en progression depuis mercredi matin, mais les pompiers restent mobilisés pour traiter les lisières.

Près de 300 habitants et campeurs ont dû quitter les lieux dans la nuit. « On a eu vingt minutes pour plier la tente », raconte Sophie, une Lilloise de 34 ans en vacances avec ses deux enfants.

Au plus fort de l'incendie, 450 pompiers étaient à pied d'œuvre. Deux d'entre eux ont été légèrement blessés.

Le département a déjà été frappé cet été par plusieurs feux, dont celui de Fontjoncouse, qui avait brûlé 600 hectares en juillet. Météo-France maintient la vigilance rouge canicule jusqu'à jeudi.`,
		"au4es.txt": `es|Un incendio quema 1.200 hectáreas en el sur de Francia

Internacional | Incendios

Perpiñán, 10 ago 2033 (Agencia)

Un incendio forestal declarado el martes en la comarca de las Corbières, en el departamento francés del Aude, a unos 80 kilómetros de la frontera española, ha calcinado unas 1.200 hectáreas, según la prefectura.

Unos 750 bomberos lucharon durante toda la noche contra las llamas, avivadas por la tramontana, con rachas de hasta 70 kilómetros por hora. El fuego quedó estabilizado el miércoles por la mañana.

España envió dos hidroaviones del Ministerio para la Transición Ecológica desde la base de Torrejón, en el marco del mecanismo europeo de protección civil. Francia los había solicitado el martes por la noche.

Unas 300 personas, entre ellas turistas de un camping, fueron desalojadas de forma preventiva. Dos bomberos resultaron heridos leves.`,
		"au4en.txt": `en|Wildfire burns 3,000 acres in southern France

World | Europe

PARIS, Aug 10 - Firefighters on Wednesday brought under control a wildfire that burned about 1,200 hectares (3,000 acres) of scrub and pine forest in the Corbières hills of southern France, local authorities said.

Some 450 firefighters, backed by four Canadair water bombers and two other aircraft, battled the blaze overnight as gusts of up to 70 km/h (43 mph) fanned the flames. Spain sent two water bombers to help.

About 300 people, including holidaymakers at a campsite, were evacuated as a precaution. Two firefighters were slightly hurt. No homes were destroyed, the Aude prefecture said.

The blaze broke out on Tuesday afternoon near the village of Villerouge-Termenès. Its cause is under investigation. Southern France is in the grip of a heatwave, with temperatures above 40 C (104 F) forecast until Thursday.`,
	}, map[string][2]string{"au4es.txt": {"750", "450"}}},
	{"lyon-opera-names-music-director", map[string]string{
		"au5fr.txt": `fr|L'Opéra de Lyon choisit l'Italienne Chiara Bellandi comme directrice musicale

Culture | Musique

Lyon, jeudi 19 mai 2033

L'Opéra de Lyon a annoncé jeudi la nomination de la cheffe d'orchestre italienne Chiara Bellandi au poste de directrice musicale, à partir de septembre 2034. Elle sera la première femme à occuper cette fonction.

Âgée de 58 ans, née à Bergame, Chiara Bellandi dirige depuis 2027 l'Orchestre symphonique de Cantabrie, à Santander. Elle a signé un contrat de cinq ans.

Elle succédera au Norvégien Henrik Solberg, 71 ans, qui quittera Lyon après onze saisons. « Chiara Bellandi a conquis les 88 musiciens de l'orchestre dès sa première répétition », a souligné le directeur général de l'Opéra, Damien Roux-Aubert.

Sa première production sera une nouvelle mise en scène de « Don Carlos » de Verdi, en octobre 2034.`,
		"au5it.txt": `it|Chiara Bellandi alla guida dell'Opera di Lione

Cultura | Musica

Bergamo, 19 maggio 2033

La direttrice d'orchestra bergamasca Chiara Bellandi sarà la nuova direttrice musicale dell'Opéra di Lione. L'annuncio è arrivato giovedì dal teatro francese: l'incarico, di cinque anni, partirà a settembre 2034.

Bellandi, 58 anni, diplomata al Conservatorio Donizetti, è dal 2027 direttrice principale dell'Orchestra sinfonica della Cantabria, a Santander, in Spagna. In Italia ha diretto alla Scala e al Regio di Torino.

"Lione è un teatro che ama il rischio e le nuove produzioni, e questo mi ha convinta", ha detto la direttrice. A Lione prenderà il posto del norvegese Henrik Solberg, che lascia dopo undici stagioni.

Sarà la prima donna alla guida musicale del teatro francese, che ha un'orchestra di 88 elementi. Il debutto sarà con un nuovo allestimento del "Don Carlos" di Verdi.`,
		"au5en.txt": `en|Lyon Opera names Italian Chiara Bellandi as music director

Arts | Classical music

PARIS, May 19 - The Opéra de Lyon has appointed Italian conductor Chiara Bellandi as its music director from September 2034, the first woman to hold the post in the French company's history, it said on Thursday.

Bellandi, 58, has been chief conductor of the Cantabria Symphony Orchestra in Santander, Spain, since 2027. She signed a five-year contract.

She succeeds Norway's Henrik Solberg, 71, who is leaving after eleven seasons. "Chiara Bellandi won over the orchestra's 88 musicians at her very first rehearsal," said the opera's general director, Damien Roux-Aubert.

Born in Bergamo, Bellandi studied piano and composition before taking up the baton at 30. She will open her first season with a new production of Verdi's "Don Carlos".`,
		"au5es.txt": `es|La directora de la Sinfónica de Cantabria dirigirá la Ópera de Lyon

Cultura

Santander, 19 may 2033 (Agencia)

La italiana Chiara Bellandi, directora titular de la Orquesta Sinfónica de Cantabria desde 2027, será la nueva directora musical de la Ópera de Lyon a partir de septiembre de 2034, anunció este jueves el teatro francés.

La directora, de 68 años, compaginará ambos cargos durante la temporada 2034-2035, según confirmó la orquesta santanderina, que ya busca sustituto. Su contrato con Lyon es de cinco años.

"Me voy con pena, Santander ha sido mi casa", dijo Bellandi, nacida en Bérgamo, que en estos seis años ha llevado a la orquesta de gira por Alemania y Japón.

En Lyon sucederá al noruego Henrik Solberg, que deja el cargo tras once temporadas. Será la primera mujer al frente de la orquesta del teatro, formada por 88 músicos.`,
	}, map[string][2]string{"au5es.txt": {"68 years", "58 years"}}},
	{"castalia-former-president-fraud-trial", map[string]string{
		"au6es.txt": `es|Llorens será juzgado el 3 de marzo por el desvío de 8,4 millones del Castalia

Deportes | Tribunales

Castellón, 13 ene 2033 (Agencia)

La Audiencia Provincial de Castellón juzgará a partir del 3 de marzo al expresidente del CD Castalia Vicente Llorens Peris, acusado de desviar 8,4 millones de euros procedentes de traspasos de jugadores entre 2026 y 2029.

La Fiscalía pide para él siete años de prisión por apropiación indebida y falsedad documental. El juicio se prolongará durante doce sesiones y por la sala pasarán unos 40 testigos, entre ellos el exentrenador italiano del club Gianluca Sartori.

Llorens, de 61 años, presidió el club durante seis temporadas. Según el escrito de acusación, el dinero se desviaba a través de una agencia de representación de Andorra controlada por su cuñado, que también se sentará en el banquillo.

La defensa sostiene que todos los pagos eran comisiones legales. El Castalia, que milita en Primera RFEF, ejerce la acusación particular y reclama la devolución íntegra del dinero.`,
		"au6en.txt": `en|Former Spanish club president to stand trial over €8.4m transfer fraud

Sport | Football

MADRID, Jan 13 - The former president of Spanish third-tier club CD Castalia will go on trial on March 3 accused of siphoning off €8.4 million from player transfers, a court in Castellón said on Thursday.

Prosecutors are seeking a seven-year prison sentence for Vicente Llorens Peris, 61, on charges of misappropriation and falsifying documents. His brother-in-law, who ran an Andorra-based players' agency, will also be tried.

The alleged fraud took place between 2026 and 2029, when Castalia sold several young players to clubs in England and Italy. Around 40 witnesses are due to testify, among them the club's former Italian coach, Gianluca Sartori.

Llorens denies wrongdoing and says the payments were legitimate agents' fees. The club, which is a party to the case, wants the money returned.`,
		"au6fr.txt": `fr|Espagne : l'ex-président du CD Castalia jugé pour détournement

Sports | Football

Jeudi 13 janvier 2033

L'ancien président du club de football espagnol CD Castalia, Vicente Llorens Peris, sera jugé à partir du 3 mars devant l'audience provinciale de Castellón, a annoncé jeudi la juridiction.

Il est soupçonné d'avoir détourné 8,4 millions d'euros issus de transferts de joueurs entre 2026 et 2029, via une agence de joueurs basée en Andorre et dirigée par son beau-frère. Le parquet requiert sept ans de prison.

Parmi la quarantaine de témoins attendus figure l'ancien entraîneur italien du club, Gianluca Sartori. Un ancien milieu de terrain du club, aujourd'hui à Montpellier, pourrait aussi être entendu.

Âgé de 61 ans, Vicente Llorens a dirigé le club pendant six saisons. Il conteste toute infraction.`,
		"au6it.txt": `it|Spagna, processo per frode all'ex presidente del Castalia: testimone Sartori

Calcio | Estero

Castellón, 13 gennaio 2033

Ci sarà anche Gianluca Sartori tra i testimoni del processo all'ex presidente del Castalia, Vicente Llorens Peris, accusato di aver sottratto 8,4 milioni di euro dalle cessioni di giocatori. Lo ha reso noto giovedì il tribunale di Castellón.

Il processo si aprirà il 3 maggio davanti all'Audiencia Provincial e durerà dodici udienze. La procura chiede sette anni di carcere per appropriazione indebita e falso.

Sartori, 54 anni, ex tecnico del Lecco e della Pro Vercelli, ha allenato la squadra spagnola dal 2027 al 2029. "Racconterò quello che ho visto, non ho nulla da nascondere", ha detto al nostro giornale.

Secondo l'accusa, tra il 2026 e il 2029 il denaro veniva dirottato attraverso un'agenzia di procuratori con sede ad Andorra, gestita dal cognato di Llorens.`,
	}, map[string][2]string{"au6it.txt": {"3 May", "3 March"}}},
	{"vuelta-penarrubia-summit-stage", map[string]string{
		"au7es.txt": `es|Rovaglia conquista Peñarrubia y Ezquerra resiste de rojo

Deportes | Ciclismo

Ponferrada, 1 sep 2033 (Agencia)

El italiano Matteo Rovaglia (Velonova) ganó este jueves en solitario la duodécima etapa de la Vuelta, de 178,4 kilómetros entre Ponferrada y el alto de Peñarrubia, y Álvaro Ezquerra conservó el maillot rojo de líder.

Rovaglia, de 24 años, atacó a tres kilómetros de la cima y cruzó la meta con 18 segundos de ventaja sobre el francés Julien Lescarret y 25 sobre el neerlandés Koen Verbeek. Ezquerra fue cuarto, a 41 segundos.

La subida final, de 12,5 kilómetros con una pendiente media del 7,8 % y rampas del 14 %, se disputó con casi 35 grados. "He sufrido, pero la ventaja sigue siendo buena", dijo el corredor riojano.

En la general, Ezquerra aventaja ahora en 1 minuto y 12 segundos a Lescarret, que sube a la segunda plaza. El viernes se disputa una etapa llana con final en Gijón.`,
		"au7it.txt": `it|Vuelta, Rovaglia re di Peñarrubia: prima vittoria in un grande giro

Sport | Ciclismo

Bergamo, venerdì 2 settembre 2033

Matteo Rovaglia ha firmato ieri la sua prima vittoria in un grande giro. Il ventiquattrenne di Clusone ha vinto a braccia alzate la dodicesima tappa della Vuelta, con arrivo in salita all'alto di Peñarrubia.

Sulla salita finale, 12,5 chilometri al 7,8% di pendenza media, il corridore della Velonova è partito ai -3 e ha resistito al ritorno del francese Julien Lescarret, secondo a 18". Terzo l'olandese Koen Verbeek a 25".

"Ho pensato a mio padre, che mi portava a vedere il Giro sulla Presolana", ha detto Rovaglia, professionista da tre stagioni. In Italia lo aspettano già per i Mondiali di fine settembre.

La maglia rossa resta sulle spalle dello spagnolo Álvaro Ezquerra, quarto a 41".`,
		"au7fr.txt": `fr|Vuelta : Lescarret deuxième à Peñarrubia et dauphin d'Ezquerra

Sports | Cyclisme

Jeudi 1er septembre 2033

Julien Lescarret a frôlé la victoire jeudi lors de la 12e étape du Tour d'Espagne. Le grimpeur béarnais, 31 ans, a terminé à 18 secondes de l'Italien Matteo Rovaglia, 24 ans, au sommet de l'alto de Peñarrubia, au terme de 178 kilomètres de course.

« Il m'a manqué cent mètres. Mais je reprends du temps au maillot rouge, c'est le plus important », a réagi le coureur palois.

Lescarret monte à la deuxième place du classement général, à 1 min 12 s de l'Espagnol Álvaro Ezquerra, quatrième de l'étape. Le Néerlandais Koen Verbeek a pris la troisième place, à 25 secondes.

Aucun Français n'a remporté la Vuelta depuis 1995. Il reste neuf étapes avant l'arrivée à Madrid, le 18 septembre.`,
		"au7en.txt": `en|Rovaglia solos to Vuelta summit win as Ezquerra keeps red jersey

Sport | Cycling

PEÑARRUBIA, Spain, Sept 1 - Italy's Matteo Rovaglia won the 12th stage of the Vuelta a España on Thursday with a solo attack on the final climb, as Spaniard Álvaro Ezquerra held on to the leader's red jersey.

The 24-year-old Velonova rider went clear three kilometres from the top of the 7.8-mile ascent to Peñarrubia and crossed the line 18 seconds ahead of Frenchman Julien Lescarret, 31, at the end of the 111-mile stage from Ponferrada.

Temperatures on the climb, which averages 7.8% with sections of 14%, reached 35 Celsius (95 Fahrenheit). Ezquerra finished fourth, 41 seconds down, and now leads Lescarret by 1:12 overall.

"I thought about my father, who used to take me to watch the Giro," said Rovaglia, who claimed the first Grand Tour stage win of his career.`,
	}, nil},
	{"valencia-torrential-rain-red-alert", map[string]string{
		"au8es.txt": `es|Alerta roja en Valencia: Carlet recoge 180 litros en doce horas

Comunitat Valenciana | Temporal

Valencia, 19 oct 2033 (Agencia)

Una dana ha descargado este miércoles lluvias torrenciales sobre la provincia de Valencia, donde la Aemet activó el aviso rojo en la Ribera Alta. En Carlet se recogieron 180 litros por metro cuadrado en doce horas.

El servicio de emergencias 112 atendió unas 300 incidencias, sobre todo por calles y bajos inundados y vehículos atrapados. En Alginet, un helicóptero rescató a dos personas que se habían subido al techo de su coche, arrastrado por la corriente. No hay que lamentar víctimas.

Las clases quedaron suspendidas en 40 municipios y Renfe interrumpió la línea C-2 de Cercanías entre Valencia y Xàtiva. El río Magro se desbordó a su paso por l'Alcúdia.

"Pedimos a la población que evite desplazamientos hasta el viernes", dijo la consellera de Emergencias, Rosa Ballester. La dana de octubre de 2024, que dejó más de 220 muertos, sigue muy presente en la memoria de los vecinos.`,
		"au8en.txt": `en|Torrential rain lashes Valencia as Spain issues red alert

World | Europe

MADRID, Oct 19 - More than seven inches of rain fell in parts of Spain's Valencia region on Wednesday, flooding streets and forcing a helicopter rescue, as the state weather agency AEMET issued its highest alert.

The town of Carlet recorded 180 mm of rain in 12 hours. Emergency services dealt with nearly 300 incidents, most of them flooded streets, garages and stranded cars.

Two people who had climbed onto the roof of their car as it was swept away in Alginet were winched to safety. No casualties were reported.

Schools were closed in 40 towns and a commuter rail line between Valencia and Xàtiva was suspended. "We are asking people to avoid travelling until Friday," said Rosa Ballester, the regional emergencies chief.

The region is still scarred by floods in October 2024 that killed more than 220 people.`,
		"au8it.txt": `it|Nubifragi a Valencia, allerta rossa: salvate due persone sul tetto di un'auto

Esteri | Maltempo

Madrid, giovedì 20 ottobre 2033

Allerta rossa ieri nella regione di Valencia, colpita da piogge torrenziali. A Carlet, una trentina di chilometri dal capoluogo, sono caduti 180 millimetri di pioggia in dodici ore, più di quanto piova di solito in quattro mesi.

I servizi di emergenza hanno ricevuto circa 300 richieste di intervento. Ad Alginet un elicottero ha tratto in salvo due persone rimaste sul tetto della loro auto, trascinata dalla corrente. Non ci sono vittime.

Scuole chiuse in 40 comuni e treni sospesi sulla linea tra Valencia e Xàtiva. La responsabile regionale della protezione civile, Rosa Ballester, ha chiesto di evitare gli spostamenti fino a venerdì.

Tra le persone bloccate anche un gruppo di 45 studenti di Parma in gita scolastica, ospitati per la notte in un palazzetto dello sport. "Stanno tutti bene", ha detto la preside.`,
		"au8fr.txt": `fr|Pluies diluviennes dans la région de Valence, en alerte rouge

International | Météo

Mercredi 19 octobre 2033

La région de Valence, dans l'est de l'Espagne, a été placée mercredi en alerte rouge après des pluies torrentielles. À Carlet, il est tombé 180 millimètres d'eau en douze heures, a indiqué l'agence météorologique espagnole (Aemet).

Les secours sont intervenus près de 300 fois, principalement pour des rues et des garages inondés. Deux automobilistes réfugiés sur le toit de leur voiture, emportée par le courant à Alginet, ont été hélitreuillés. Aucune victime n'est à déplorer.

Les écoles ont fermé dans 40 communes et une ligne de trains de banlieue a été interrompue. La responsable régionale des secours, Rosa Ballester, a appelé la population à limiter ses déplacements jusqu'à vendredi.

En octobre 2024, des inondations avaient fait plus de 220 morts dans la même région. Météo-France n'exclut pas que l'épisode pluvieux atteigne le Roussillon ce week-end.`,
	}, nil},
	{"la-palma-telescope-earth-mass-planet", map[string]string{
		"au9es.txt": `es|Descubren una supertierra templada a 31 años luz con un telescopio de La Palma

Ciencia | Astronomía

Santa Cruz de Tenerife, 15 jun 2033 (Agencia)

Un equipo internacional liderado por el Instituto de Astrofísica de Canarias (IAC) ha descubierto un planeta de masa similar a la de la Tierra que orbita una estrella enana roja situada a 31 años luz, en la constelación de la Hidra. El hallazgo se publica este miércoles en la revista Nature Astronomy.

El planeta, bautizado GJ 3318 b, tiene una masa 1,1 veces la terrestre y completa una órbita cada 9,4 días. Su temperatura de equilibrio rondaría los 40 grados, lo que lo sitúa en la zona habitable de su estrella.

La detección se logró con el espectrógrafo ARES, instalado en el Telescopio Nazionale Galileo del Observatorio del Roque de los Muchachos, tras 180 noches de observación durante tres años.

"Es uno de los mejores candidatos para buscar una atmósfera con la próxima generación de telescopios", afirmó la autora principal, la astrofísica Nuria Castellví. En el estudio han participado 46 investigadores de 12 instituciones.`,
		"au9it.txt": `it|Scoperto un pianeta "gemello" della Terra con il telescopio italiano delle Canarie

Scienza

Padova, 15 giugno 2033

Un pianeta poco più massiccio della Terra, in orbita attorno a una nana rossa a 31 anni luce da noi, è stato scoperto grazie al Telescopio Nazionale Galileo, gestito dall'Istituto Nazionale di Astrofisica (INAF) sull'isola di La Palma.

Lo studio, pubblicato mercoledì su Nature Astronomy, è guidato dall'Istituto di Astrofisica delle Canarie, con un importante contributo italiano: lo spettrografo ARES è stato costruito in gran parte a Padova e Merate.

GJ 3318 b compie un giro intorno alla sua stella in poco più di nove giorni e potrebbe avere una temperatura superficiale di circa 40 gradi. "Si trova nella fascia in cui potrebbe esistere acqua liquida", spiega Stefano Marchetti, astronomo dell'INAF di Padova e coautore dello studio.

Tra i 46 firmatari dell'articolo ci sono undici ricercatori italiani. Il prossimo passo sarà cercarne l'atmosfera con i telescopi di nuova generazione.`,
		"au9en.txt": `en|Astronomers find temperate Earth-mass planet 31 light-years away

Science

LONDON, June 15 - Astronomers have discovered a planet about 10% more massive than Earth orbiting a small red star 31 light-years (182 trillion miles) away, in a zone where liquid water could exist, according to a study published on Wednesday.

The planet, GJ 3318 b, circles its star every 9.4 days and is estimated to have a temperature of around 40 C (104 F), the team led by Spain's Instituto de Astrofísica de Canarias reported in Nature Astronomy.

It was found by measuring tiny wobbles of the star with the ARES spectrograph on the Italian Telescopio Nazionale Galileo, on La Palma in the Canary Islands, over 180 nights.

"It is one of the best candidates to look for an atmosphere with the next generation of telescopes," said lead author Nuria Castellví. The star, a red dwarf, has about a quarter of the Sun's mass.`,
	}, nil},
	{"erredue-navarre-battery-gigafactory", map[string]string{
		"au10es.txt": `es|Erredue invertirá 1.200 millones en una gigafactoría de baterías en Tudela

Economía | Navarra

Pamplona, 24 nov 2033 (Agencia)

El grupo italiano Erredue Batterie construirá en Tudela una fábrica de baterías para vehículos eléctricos con una inversión de 1.200 millones de euros, que generará 1.100 empleos directos y unos 2.500 indirectos, anunció este jueves la presidenta del Gobierno de Navarra, Idoia Arrieta.

La planta, que ocupará 90 hectáreas junto a la autopista AP-68, tendrá una capacidad de 20 gigavatios hora al año, suficiente para equipar unos 300.000 coches eléctricos. La producción comenzará en 2036.

El proyecto recibirá 190 millones de euros de ayudas públicas del PERTE del vehículo eléctrico, de los que 40 millones aportará el Gobierno foral.

"Navarra nos ofrece energía renovable, suelo industrial y una mano de obra formada", explicó el consejero delegado de Erredue, Lorenzo Bertone. Es la mayor inversión industrial de la historia de la comunidad.`,
		"au10it.txt": `it|Erredue sceglie la Spagna: gigafactory da 1,2 miliardi in Navarra

Economia | Industria

Torino, 24 novembre 2033

Il gruppo torinese Erredue Batterie costruirà la sua prima gigafactory all'estero a Tudela, in Navarra. L'investimento è di 1,2 miliardi di euro, con circa 1.100 nuovi posti di lavoro.

La fabbrica avrà una capacità di 20 GWh l'anno e dovrebbe entrare in produzione nel 2036. Il progetto riceverà 190 milioni di euro di fondi pubblici spagnoli.

"In Spagna l'energia costa meno e i tempi delle autorizzazioni sono certi", ha detto l'amministratore delegato Lorenzo Bertone, che ha presentato il progetto a Pamplona insieme alla presidente della Navarra, Idoia Arrieta. I sindacati italiani chiedono garanzie per lo stabilimento di Settimo Torinese, dove lavorano 850 persone.

Erredue, fondata nel 2014, ha chiuso il 2032 con un fatturato di 640 milioni di euro.`,
		"au10en.txt": `en|Italy's Erredue to build €1.2bn battery plant in Spain

Business | Autos

MADRID, Nov 24 - Italian battery maker Erredue Batterie will invest €1.2 billion ($1.3 billion) in a factory in northern Spain to supply the electric car industry, creating about 1,100 jobs, the company and the regional government of Navarre said on Thursday.

The plant in Tudela will be able to produce 20 gigawatt hours of battery cells a year, enough for nearly 300,000 electric cars, with output due to start in 2036.

Spain will provide €190 million in subsidies from its EU-funded electric vehicle programme, Navarre's regional president, Idoia Arrieta, told a news conference.

"Spain offers us renewable energy, industrial land and skilled workers," said Erredue chief executive Lorenzo Bertone. The Turin-based company, founded in 2014, had sales of €640 million last year.`,
		"au10fr.txt": `fr|Batteries : l'italien Erredue préfère l'Espagne à la France

Économie | Industrie

Jeudi 24 novembre 2033

Le fabricant italien de batteries Erredue a choisi Tudela, en Navarre, pour implanter sa première gigafactory hors d'Italie, un investissement de 1,2 milliard d'euros. Le site de Gravelines, près de Dunkerque, faisait partie des finalistes.

L'usine, d'une capacité de 20 GWh par an, doit créer près de 1 100 emplois et démarrer en 2036. Madrid apporte 190 millions d'euros d'aides publiques.

Selon le PDG d'Erredue, Lorenzo Bertone, le prix de l'électricité, inférieur d'environ 30 % en Espagne, a pesé dans la décision. « La France restait une très bonne option, mais le calendrier espagnol était plus sûr », a-t-il expliqué.

Côté français, on relativise. « Nous avons d'autres projets en discussion dans les Hauts-de-France », assure-t-on à Bercy, où l'on rappelle que trois gigafactories sont déjà en service dans la région depuis 2030.`,
	}, nil},
}
