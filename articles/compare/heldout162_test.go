package compare

// heldOutHalny is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of mixed national and
// regional news, each reported three or four times in Spanish, Dutch,
// Italian and English (two Italian reports of the cable car breakdown, two
// Dutch of the Mijas fraud sentence, two Dutch of the storm). The topics:
// 79 passengers stuck for three hours in the Monte Baldo cable car above
// Lake Garda, a Frisian dairy cooperative buying 85% of a Campanian
// buffalo mozzarella maker, a Spanish low-cost airline's pilots calling
// off a summer strike for a pay rise, a wildfire in Sardinia's Montiferru
// forcing campers out, a Málaga court jailing a Dutch developer for homes
// never built in Mijas, the Giro d'Italia's 2035 start in Groningen, a
// fireball over Extremadura dropping a meteorite near Trujillo, storm Imke
// over the Netherlands, the Rotterdam marathon, and the Rijksmuseum buying
// a lost Judith Leyster portrait at a Madrid auction.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (hy1nl: the cabins moving
// again "Pas na vijf uur", 5 hours against three hours, in the only Dutch
// report); an amount (hy2es: NoordMelk paying "520 millones de euros"
// against €420 million, in the only Spanish report); a percentage (hy3it:
// the pilots' rise "del 17% in tre anni" against 11%, "elf procent" in
// Dutch, in the only Italian report); a count (hy4nl: "750 mensen"
// evacuated against about 450, in the only Dutch report); an age (hy5en:
// the developer Hendrik van Dalen 63 against 58, "58-jarige" and "(58)" in
// the two Dutch reports, in the only English report); a date (hy6es: the
// Giro starting "el sábado 19 de mayo" against Saturday 12 May, in the
// only Spanish report). The last four events hold none.
//
// Traps that are no contradiction: three hours as "circa tre ore", "Tre
// ore" and "three hours" beside the 11:15 to 14:15 stop, "dopo un'ora"
// of waiting, a ride of "una decina di minuti", 1,760 metres as
// "1.760", "bijna 1800 meter" and 5,774 feet, 79 passengers as
// "Settantanove" and "Seventy-nine" of whom twelve Dutch, 34 degrees and
// 93F, a girl of eight ("otto anni", "een meisje van acht", "eight-year-old")
// beside a tourist of 45 and a Dutch mother of 52, half a million riders
// a year as "mezzo milione", "direttore dell'impianto" and "technical
// director", the line shut until Monday, 2002. €420 million as "€420m
// ($455m)" and "420 milioni", 85% and 15% ("85 procent", "15 procent"),
// sales of €310 million, 650 staff as "unas 650", 9,000 tonnes of which
// 60% exported, some 4,100 farmers as "ruim 4100", a chairman of 61, a
// founding year 1958, a Burgos cheese dairy bought in 2031, "topman",
// "consejero delegado" and "chief executive". 11% against the 24% first
// demanded and 92% of the vote in one Spanish paragraph, shares up 3.1%,
// about 1,200 flights as "zo'n 1200", a strike from 15 June, 60 pilots by
// 2036, 38 aircraft and 9.4 million passengers of whom about 700,000 on
// Italian routes, 25,000 Dutch customers, "director general",
// "amministratore delegato" and "chief executive". About 450 evacuated,
// 1,200 hectares as "zo'n 1200 hectare" and "nearly 3,000 acres", gusts
// of 60 km/h and 37 mph, six Canadair as "Zes blusvliegtuigen", three
// helicopters, "oltre 150" and "more than 150" firefighters, a farmer of
// 47 and a Dutch camper of 29, the 2021 fire's 13,000 hectares and 1,500
// evacuated. Six years as "zes jaar" against eight sought, 212 buyers,
// 180 homes of which a fifth built and "un 20 % ejecutado", €14.3 million
// as "ruim 14 miljoen euro" and "€14.3m (£12.4m)", deposits of €86,000
// and £70,000, buyers of 66 and 71, about forty Dutch victims, payments
// from 2026 to 2029, an arrest in 2032. The start on Saturday 12 May
// beside a rest day on Tuesday 15 May and the Monday stage, a 9.4 km time
// trial, 181 km to Leeuwarden, starts in 2002, 2010 and 2016 ("quarta",
// "vierde", "cuarta"), about €9 million from the provinces, the Vuelta's
// Utrecht start in 2022, "Groninga" for Groningen. About 300 sightings as
// "cerca de 300", "Nearly 300" and "circa 300" beside a rock of about 300
// kilos and 300 kg, 72,000 km/h and 45,000 mph, 98 km and 61 miles, 27 km
// as "17 miles" and "una trentina di chilometri", 1.2 kilos as 2.6 lb and
// "poco più di un chilo", a shepherd of 67, 4.5 billion years, 21.47 and
// 9.47 p.m., Saturday night told on Sunday and Monday ("la noche del
// sábado", "sabato sera"), "director", "head" and "responsabile",
// Cavezzo's meteorite of 2020. Nearly 400 of more than 1,400 flights
// cancelled as "zo'n 400", "casi 400" and "nearly 400", beside some
// thirty Spanish flights in one sentence; 126 km/h as 78 mph, "ruim 125",
// "nearly 80 mph" and "más de 120", 108 km/h in Amsterdam, force 10, a
// cyclist of 64 in four reports, 210 call-outs, about 4,000 trees, Friday
// told as "gisteren", "burgemeester" and "mayor". A winning 2:04:37 as
// "2.04.37", "2h04:37", 2h04'37" and "two hours, four minutes and 37
// seconds", 12 seconds as "twaalf seconden" and "doce segundos", 35 km and
// 21.7 miles, a course record of 2:03:19, 2:19:52 in four spellings,
// 2:06:40, 2:07:21 and 2:09:05, ages of 24 ("ventiquattrenne"), 28, 27, 29
// and 31 of five runners, "Ruim 17.000", "Some 17,000" and "oltre 17.000"
// runners, 9 degrees, €40,000 each. A hammer price of €3.4 million beside
// €4.1 million with the premium ("ruim 4 miljoen", "unos 4,1 millones",
// "$4.4m"), the Italian bidder's 3.3 million, an estimate of €800,000 to
// €1.2 million beside an opening bid of 800,000 and "more than four
// times", 74 by 62 cm and 29 by 24 inches, 1633, a painter dead in 1660
// aged 50, fewer than 30 works, €1 million from the Rembrandt
// Association, 14 minutes of bidding, Tuesday evening told as "ayer",
// "directeur" and "general director".
//
// Frozen before its first run, which flagged 5 of the 6 contradictions
// and 0 false disagreements. It flagged the cabins' hours (duration
// "dangling": hy1nl's "vijf uur" against "three hours", "circa tre ore"
// and "Tre ore"), NoordMelk's price (amount "betaalt": hy2es's "520
// millones de euros" against €420m, "420 milioni di euro" and "420
// miljoen euro"), the pilots' rise (percent "jaar": hy3it's 17% against
// 11%, "11 %" and "elf procent"), Van Dalen's age ("Dalen · age": hy5en's
// 63 against "58 años", "58-jarige" and "(58)") and the Giro's start (date
// "arrancará": hy6es's "19 de mayo" against "12 maggio" and "12 mei
// 2035"). It missed one: the wildfire's evacuees ("missed hy4nl.txt's 750
// against 450"). The run's output, filtered as the brief prescribes,
// shows no row of the wildfire at all, so the miss is the Dutch count
// left uncompared, not the planted pair under another spelling, and the
// wrong value is as written before the run. Grouped with the other sets,
// its 37 reports of 10 events came out in 13 events, B-cubed precision
// 1.000, recall 0.869. With no false disagreement the table line keeps 1.
// The prescribed commands were run once each; nothing changed after the
// run but this comment.
var heldOutHalny = []heldOutEvent{
	{"monte-baldo-cable-car-breakdown", map[string]string{
		"hy1it.txt": `it|Funivia del Monte Baldo bloccata, 79 passeggeri sospesi nel vuoto per tre ore

Cronaca | Verona

Malcesine (Verona), 22 lug 2034 (Agenzia)

Settantanove passeggeri sono rimasti bloccati per circa tre ore, sabato mattina, nelle due cabine rotanti della funivia Malcesine-Monte Baldo, ferme a metà del tratto tra la stazione intermedia di San Michele e la vetta, a quota 1.760 metri.

Il guasto, a uno dei motori dell'impianto di trazione, si è verificato poco dopo le 11. Le cabine sono ripartite alle 14:15 grazie al motore di riserva e hanno raggiunto le stazioni a velocità ridotta. Nessuno è rimasto ferito.

Durante l'attesa, con temperature vicine ai 34 gradi, i vigili del fuoco hanno fatto arrivare acqua ai passeggeri con un drone. Una bambina di otto anni ha accusato un malore ed è stata soccorsa all'arrivo dal personale del 118.

«Il sistema di sicurezza ha funzionato come previsto», ha dichiarato il direttore dell'impianto, Stefano Benamati. La funivia resterà chiusa almeno fino a lunedì per le verifiche tecniche.

Rinnovata nel 2002 con le cabine girevoli, la funivia trasporta ogni anno circa mezzo milione di persone.`,
		"hy1it2.txt": `it|«Tre ore appesi sopra il lago»: la paura dei turisti sulla funivia del Baldo

Garda | Cronaca

Domenica 23 luglio 2034

Tre ore sospesi a centinaia di metri d'altezza, con il lago di Garda sotto i piedi e il sole a picco. È l'avventura vissuta sabato da 79 turisti, molti dei quali stranieri, rimasti bloccati nelle cabine della funivia di Malcesine.

«All'inizio si scherzava, poi dopo un'ora la gente ha cominciato a preoccuparsi. Faceva un caldo terribile», racconta Marco Zanetti, 45 anni, di Brescia, salito con la moglie e i due figli.

Il viaggio dalla stazione intermedia alla vetta dura normalmente una decina di minuti. Sabato le cabine sono rimaste ferme dalle 11:15 alle 14:15 circa, finché i tecnici non hanno attivato il motore di emergenza.

Sul posto erano pronti anche gli uomini del Soccorso alpino, con un elicottero, nel caso fosse stato necessario calare i passeggeri con le corde. Il sindaco di Malcesine, Giulia Tonoli, ha chiesto «chiarezza» alla società che gestisce l'impianto.`,
		"hy1nl.txt": `nl|Nederlandse toeristen urenlang vast in kabelbaan boven Gardameer

Buitenland

22 juli 2034, 19:05

Twaalf Nederlanders zaten zaterdag urenlang vast in een kabelbaan op de Monte Baldo bij het Italiaanse Malcesine. De twee draaiende cabines, met in totaal 79 passagiers, bleven door een defecte motor halverwege de berg hangen.

Pas na vijf uur kwamen de gondels weer in beweging, op een reservemotor. "Het werd steeds warmer in de cabine en we hadden bijna geen water meer", vertelt Ellen Vos (52) uit Apeldoorn, die met haar man en twee kinderen op vakantie is.

De brandweer bracht met een drone flessen water naar de cabines. Een meisje van acht werd onwel en is na aankomst door ambulancepersoneel behandeld. Verder raakte niemand gewond.

De kabelbaan, die vanaf het Gardameer naar bijna 1800 meter hoogte gaat, blijft zeker tot maandag dicht. Het Gardameer is een van de populairste vakantiebestemmingen van Nederlanders in Italië.`,
		"hy1en.txt": `en|Dozens stranded for three hours on Lake Garda cable car

World | Europe

MILAN, July 22 - Seventy-nine people were left dangling for three hours on Saturday when a cable car on Monte Baldo above Italy's Lake Garda broke down in the midday heat, local officials said.

The two rotating cabins stopped between the middle station and the 1,760-metre (5,774-foot) summit shortly after 11 a.m. when a drive motor failed. They were brought in on a backup motor at about 2.15 p.m.

Firefighters used a drone to deliver water to passengers as temperatures reached 34C (93F). An eight-year-old girl was treated for heat exhaustion. Mountain rescuers with a helicopter stood by in case the cabins had to be evacuated by rope.

"The safety system worked as it should," said Stefano Benamati, the operator's technical director. The line, which carries about half a million people a year, will stay closed until at least Monday.`,
	}, map[string][2]string{"hy1nl.txt": {"5 hours", "3 hours"}}},
	{"noordmelk-buys-mozzarella-maker", map[string]string{
		"hy2nl.txt": `nl|NoordMelk koopt Italiaanse mozzarellamaker voor 420 miljoen euro

Economie

Leeuwarden, 14 maart 2034

Zuivelcoöperatie NoordMelk neemt het Italiaanse Caseificio Valle del Sele over, een van de grootste producenten van buffelmozzarella. Dat maakte het Friese bedrijf dinsdag bekend.

NoordMelk betaalt 420 miljoen euro voor 85 procent van de aandelen. De familie Pastore, die het bedrijf in 1958 oprichtte, houdt de overige 15 procent. Valle del Sele heeft 650 medewerkers en zette vorig jaar 310 miljoen euro om.

"Mozzarella is de snelst groeiende kaassoort in Europa. Met Valle del Sele hebben we in één keer een sterk merk en de beste melk uit de regio", zegt topman Jelle Hoekstra.

De coöperatie, met ruim 4100 aangesloten melkveehouders, wil de productie in Zuid-Italië binnen vijf jaar met een derde uitbreiden. De Europese Commissie moet de overname nog goedkeuren; NoordMelk verwacht de deal in het derde kwartaal af te ronden.`,
		"hy2it.txt": `it|Mozzarella di bufala, il Caseificio Valle del Sele passa agli olandesi di NoordMelk

Economia | Campania

Salerno, 14 marzo 2034

Il Caseificio Valle del Sele di Battipaglia, tra i maggiori produttori di mozzarella di bufala campana Dop, cambia proprietà: la cooperativa lattiero-casearia olandese NoordMelk ha rilevato l'85% della società.

L'operazione vale 420 milioni di euro, ha comunicato martedì l'azienda. La famiglia Pastore conserverà il restante 15% e Antonio Pastore, 61 anni, resterà presidente.

Nessun esubero tra i 650 dipendenti, assicurano le parti. L'azienda ha chiuso il 2033 con un fatturato di 310 milioni e produce circa 9.000 tonnellate di mozzarella l'anno, il 60% delle quali destinato all'export.

«Il marchio e la filiera restano in Campania», ha detto Pastore. Prudente invece la Flai Cgil: «Vigileremo sugli impegni presi con gli allevatori della piana del Sele».`,
		"hy2es.txt": `es|La cooperativa neerlandesa NoordMelk compra un gran productor de mozzarella italiano

Economía | Empresas

Madrid, 14 mar 2034 (Agencia)

La cooperativa láctea neerlandesa NoordMelk ha acordado la compra del 85 % del Caseificio Valle del Sele, uno de los mayores fabricantes de mozzarella de búfala de Italia, informaron este martes ambas compañías.

NoordMelk pagará 520 millones de euros por la participación. La familia fundadora, los Pastore, mantendrá el 15 % restante. La empresa italiana, con sede en Battipaglia (Salerno), facturó 310 millones de euros el año pasado y emplea a unas 650 personas.

La operación refuerza la presencia de NoordMelk en el sur de Europa: en 2031 adquirió una quesería en Burgos, donde elabora queso de oveja para el mercado español.

«La mozzarella es el queso que más crece en Europa», afirmó el consejero delegado de la cooperativa, Jelle Hoekstra. La compra está pendiente de la aprobación de Bruselas.`,
		"hy2en.txt": `en|Dutch dairy group NoordMelk buys Italian mozzarella maker in €420m deal

Business | Deals

AMSTERDAM, March 14 - Dutch dairy cooperative NoordMelk said on Tuesday it had agreed to buy 85% of Caseificio Valle del Sele, one of Italy's biggest makers of buffalo mozzarella, from its founding family.

The deal values the stake at €420m ($455m), NoordMelk said. The Pastore family will keep 15%, and chairman Antonio Pastore will remain in his post.

Valle del Sele, based near Salerno, had sales of €310m last year and employs 650 people. It makes around 9,000 tonnes of mozzarella a year and exports 60% of it.

"Mozzarella is the fastest-growing cheese in Europe," NoordMelk chief executive Jelle Hoekstra said. The cooperative, owned by some 4,100 farmers, expects the deal to close in the third quarter, subject to approval by the European Commission.`,
	}, map[string][2]string{"hy2es.txt": {"€520 million", "€420 million"}}},
	{"solmar-pilots-pay-deal", map[string]string{
		"hy3es.txt": `es|Los pilotos de Solmar desconvocan la huelga del verano tras pactar una subida del 11 %

Economía | Transporte

Palma, 9 jun 2034 (Agencia)

El sindicato de pilotos Sepla y la aerolínea balear Solmar alcanzaron este viernes un acuerdo que pone fin al conflicto laboral y desconvoca la huelga prevista a partir del 15 de junio, que habría afectado a unos 1.200 vuelos.

El pacto contempla una subida salarial del 11 % en tres años, lejos del 24 % que reclamaba inicialmente el sindicato, y la contratación de 60 nuevos pilotos antes de 2036. Los pilotos lo ratificaron en una consulta con el 92 % de los votos.

«Es un acuerdo que garantiza un verano tranquilo a nuestros pasajeros y da estabilidad a la plantilla», dijo el director general de Solmar, Tomás Ferrer Cladera.

Solmar, con sede en Palma, opera una flota de 38 aviones y transportó 9,4 millones de pasajeros el año pasado, con rutas a Italia, los Países Bajos y Alemania.`,
		"hy3en.txt": `en|Spanish airline Solmar averts summer pilot strike with pay deal

Business | Airlines

MADRID, June 9 - Spanish low-cost carrier Solmar and its pilots reached an agreement on Friday that calls off a strike planned from June 15, sparing some 1,200 flights at the start of the summer season, the pilots' union said.

Pilots will get an 11% pay rise spread over three years, the Sepla union said, against the 24% it first demanded. The airline will also hire 60 pilots by 2036.

"This agreement guarantees a calm summer for our passengers," chief executive Tomás Ferrer Cladera said. Tour operators had warned that a strike would have hit tens of thousands of holidaymakers heading for the Balearic and Canary Islands.

The Palma de Mallorca-based airline flies 38 aircraft and carried 9.4 million passengers last year. Shares in its parent, Grupo Balear de Viajes, rose 3.1% in Madrid.`,
		"hy3it.txt": `it|Spagna, niente sciopero dei piloti Solmar: salvi i voli per Bergamo e Pisa

Economia | Trasporti

Madrid, 9 giugno 2034

Nessuno sciopero per i piloti della compagnia low cost spagnola Solmar: l'accordo raggiunto venerdì con il sindacato Sepla scongiura lo stop previsto dal 15 giugno, che avrebbe cancellato circa 1.200 voli, tra cui decine di collegamenti con Bergamo, Pisa e Bologna.

L'intesa prevede un aumento degli stipendi del 17% in tre anni e l'assunzione di 60 nuovi piloti. Il sindacato chiedeva inizialmente il 24%.

«È un accordo che garantisce un'estate tranquilla», ha commentato l'amministratore delegato Tomás Ferrer Cladera.

Solmar, con base a Palma di Maiorca, ha trasportato lo scorso anno 9,4 milioni di passeggeri, circa 700.000 dei quali su rotte italiane. Le associazioni dei consumatori avevano già chiesto rimborsi automatici in caso di cancellazioni.`,
		"hy3nl.txt": `nl|Staking bij Solmar van de baan: vakantievluchten naar Spanje gaan door

Economie

9 juni 2034

Reizigers die deze zomer met de Spaanse prijsvechter Solmar naar Mallorca of Málaga vliegen, hoeven niet meer te vrezen voor een staking. De maatschappij en pilotenvakbond Sepla bereikten vrijdag een akkoord.

De piloten krijgen er in drie jaar elf procent salaris bij. De bond eiste aanvankelijk 24 procent. De staking zou op 15 juni beginnen en zo'n 1200 vluchten treffen, ook van en naar Eindhoven en Schiphol.

Volgens reisorganisatie Zonreizen hadden ruim 25.000 Nederlandse klanten een Solmar-vlucht geboekt in de eerste twee weken van de staking. "We zijn opgelucht, onze telefoons stonden roodgloeiend", zegt een woordvoerder.

Solmar vliegt met 38 toestellen en vervoerde vorig jaar 9,4 miljoen passagiers.`,
	}, map[string][2]string{"hy3it.txt": {"17%", "11%"}}},
	{"montiferru-sardinia-wildfire", map[string]string{
		"hy4it.txt": `it|Incendio nel Montiferru, evacuate 450 persone tra campeggi e case

Cronaca | Sardegna

Oristano, 5 ago 2034 (Agenzia)

Un vasto incendio divampato venerdì pomeriggio nelle campagne di Cuglieri, nel Montiferru, ha costretto all'evacuazione di circa 450 persone tra residenti e turisti di due campeggi sulla costa di Santa Caterina di Pittinuri.

Le fiamme, spinte dal maestrale con raffiche fino a 60 chilometri orari, hanno percorso circa 1.200 ettari di macchia mediterranea e uliveti. In azione sei Canadair, tre elicotteri e oltre 150 uomini tra forestali, vigili del fuoco e volontari.

Gli sfollati hanno trascorso la notte nella palestra comunale di Cuglieri e in strutture messe a disposizione dalla Regione. Non ci sono feriti gravi: un vigile del fuoco è stato medicato per un'intossicazione da fumo.

«È una ferita che si riapre», ha detto il sindaco di Cuglieri, Pietro Sanna, ricordando il rogo del luglio 2021 che distrusse 13.000 ettari. Sabato mattina il fronte principale era sotto controllo, ma restavano diversi focolai attivi.`,
		"hy4nl.txt": `nl|Natuurbrand op Sardinië: honderden toeristen van campings geëvacueerd

Buitenland

5 augustus 2034

Op het Italiaanse eiland Sardinië woedt sinds vrijdagmiddag een grote natuurbrand. Onder de geëvacueerden zijn ook Nederlandse en Belgische toeristen van twee campings aan de westkust van het eiland.

In totaal moesten 750 mensen hun huis of tent verlaten, melden Italiaanse media. Door de harde mistral, met windstoten tot 60 kilometer per uur, verspreidde het vuur zich snel over zo'n 1200 hectare.

"We zagen de rook boven de heuvels en binnen een uur moesten we weg. De tent en de fietsen staan er nog", zegt Thijs Kramer (29) uit Utrecht, die de nacht doorbracht in een sporthal.

Zes blusvliegtuigen en drie helikopters waren zaterdag nog in de weer. Het ministerie van Buitenlandse Zaken adviseert reizigers op Sardinië de aanwijzingen van de lokale autoriteiten op te volgen.`,
		"hy4en.txt": `en|Wildfire in Sardinia forces hundreds to flee campsites

World | Europe

ROME, Aug 5 - About 450 people, many of them tourists at seaside campsites, were evacuated overnight as a wildfire swept through the Montiferru area of western Sardinia, Italian officials said on Saturday.

Fanned by mistral winds gusting up to 60 km/h (37 mph), the blaze has burned about 1,200 hectares (nearly 3,000 acres) of scrub and olive groves since it broke out on Friday afternoon near the town of Cuglieri.

Six Canadair water bombers, three helicopters and more than 150 firefighters and volunteers battled the flames. One firefighter was treated for smoke inhalation.

Police questioned a 47-year-old farmer who had been burning stubble nearby, local media reported. In July 2021, a fire in the same area destroyed 13,000 hectares and forced 1,500 people from their homes.`,
	}, map[string][2]string{"hy4nl.txt": {"750", "450"}}},
	{"mijas-developer-fraud-sentence", map[string]string{
		"hy5es.txt": `es|Seis años de cárcel para el promotor neerlandés que dejó sin casa a 212 compradores en Mijas

Andalucía | Tribunales

Málaga, 18 oct 2034 (Agencia)

La Audiencia Provincial de Málaga ha condenado a seis años de prisión al promotor inmobiliario neerlandés Hendrik van Dalen, de 58 años, por un delito continuado de estafa agravada en la venta de viviendas de una urbanización de Mijas que nunca llegó a terminarse.

Según la sentencia, dada a conocer este miércoles, Van Dalen cobró entre 2026 y 2029 anticipos de 212 compradores, la mayoría británicos y neerlandeses, para el complejo Mirador de la Cala, de 180 viviendas. Algunas fueron vendidas dos veces. Las obras se paralizaron con apenas un 20 % ejecutado.

El tribunal le obliga a indemnizar a los afectados con 14,3 millones de euros. La fiscalía pedía ocho años de cárcel.

«Es un alivio, pero muchos nunca recuperarán su dinero», señaló la abogada de los afectados, Rocío Benítez. La sentencia puede recurrirse ante el Tribunal Supremo.`,
		"hy5nl.txt": `nl|Nederlandse projectontwikkelaar krijgt zes jaar cel in Spanje voor oplichting

Buitenland

Málaga, 18 oktober 2034

Een Spaanse rechtbank in Málaga heeft de Nederlandse projectontwikkelaar Hendrik van Dalen veroordeeld tot zes jaar cel. Hij verkocht vakantiewoningen aan de Costa del Sol die nooit zijn afgebouwd.

De 58-jarige Van Dalen, afkomstig uit Amersfoort, inde tussen 2026 en 2029 aanbetalingen van 212 kopers, onder wie tientallen Nederlanders. Hij moet ruim 14 miljoen euro schadevergoeding betalen.

Het Spaanse Openbaar Ministerie had acht jaar cel geëist. Volgens de rechtbank wist Van Dalen al in 2027 dat het geld voor de bouw op was, maar bleef hij woningen verkopen.

Van Dalen zit sinds zijn aanhouding in 2032 in voorarrest. Zijn advocaat laat weten in beroep te gaan bij het Spaanse Hooggerechtshof.`,
		"hy5nl2.txt": `nl|Gedupeerde kopers uit Gelderland opgelucht na vonnis: 'Maar ons geld zien we nooit terug'

Regio | Amersfoort

18-10-2034, 17:30

Voor Gerrit en Anja Brouwer uit Barneveld was het appartement in Mijas hun droom voor na het pensioen. Ze betaalden in 2027 een aanbetaling van 86.000 euro. Woensdag hoorden ze dat de man die hun geld aannam zes jaar de cel in moet.

Projectontwikkelaar Hendrik van Dalen (58) uit Amersfoort werd door de rechtbank in Málaga schuldig bevonden aan oplichting van 212 kopers. Van het complex Mirador de la Cala kwam nooit meer dan een vijfde af.

"We zijn opgelucht dat hij gestraft wordt. Maar ons geld zien we nooit terug", zegt Anja Brouwer (66). Het echtpaar ging twee keer naar Spanje om de rechtszaak bij te wonen.

Ongeveer veertig Nederlandse gedupeerden verenigden zich in een stichting. Volgens hun advocaat heeft Van Dalen nauwelijks nog bezittingen.`,
		"hy5en.txt": `en|Dutch developer jailed for six years over unbuilt Costa del Sol homes

World | Europe

MADRID, Oct 18 - A Spanish court on Wednesday sentenced a Dutch property developer to six years in prison for defrauding 212 buyers, most of them British and Dutch, who paid deposits for holiday homes on the Costa del Sol that were never finished.

Hendrik van Dalen, 63, took payments between 2026 and 2029 for the Mirador de la Cala development in Mijas, near Malaga, the provincial court said. Work stopped when only about a fifth of the 180 planned homes had been built, and some were sold twice.

He was ordered to pay €14.3m (£12.4m) in compensation. Prosecutors had sought eight years.

"We put our life savings into that flat," said Pauline Hargreaves, 71, a retired teacher from Leeds who paid a £70,000 deposit in 2026. Van Dalen's lawyer said he would appeal to the Supreme Court.`,
	}, map[string][2]string{"hy5en.txt": {"63 years", "58 years"}}},
	{"giro-2035-groningen-start", map[string]string{
		"hy6it.txt": `it|Il Giro d'Italia 2035 partirà dall'Olanda: Grande Partenza a Groningen il 12 maggio

Sport | Ciclismo

Milano, 21 nov 2034

Il Giro d'Italia 2035 scatterà dai Paesi Bassi. Lo hanno annunciato martedì a Milano gli organizzatori della corsa rosa: la Grande Partenza sarà a Groningen, nel nord del Paese, sabato 12 maggio.

Le prime tre tappe si correranno in Olanda: una cronometro individuale di 9,4 chilometri nel centro di Groningen, poi la Groningen-Leeuwarden di 181 km e la Assen-Zwolle. Dopo il giorno di riposo per il trasferimento, martedì 15 maggio, la corsa riprenderà in Puglia.

È la quarta volta che il Giro parte dai Paesi Bassi, dopo Groningen nel 2002, Amsterdam nel 2010 e Apeldoorn nel 2016.

«L'Olanda ama il Giro e il Giro ama l'Olanda», ha detto il direttore della corsa, Paolo Vernici. Il percorso completo sarà presentato a gennaio.`,
		"hy6nl.txt": `nl|Giro d'Italia start in 2035 in Groningen

Sport

21 november 2034

De Giro d'Italia begint volgend jaar in Groningen. De organisatie van de Italiaanse wielerronde maakte dat dinsdag in Milaan bekend.

Op zaterdag 12 mei 2035 rijden de renners een tijdrit van 9,4 kilometer door de Groningse binnenstad. Een dag later volgt een rit van Groningen naar Leeuwarden, op maandag gaat de Giro van Assen naar Zwolle. Daarna verhuist het peloton naar Italië.

De provincies Groningen, Friesland, Drenthe en Overijssel betalen samen met de gemeenten zo'n 9 miljoen euro voor de start. "We verwachten honderdduizenden bezoekers langs de route", zegt gedeputeerde Marleen Dijkstra.

Het is na 2002, 2010 en 2016 de vierde keer dat de Giro in Nederland start. Groningen was in 2002 ook al startplaats.`,
		"hy6es.txt": `es|El Giro de Italia 2035 arrancará en la ciudad neerlandesa de Groninga

Deportes | Ciclismo

Milán, 21 nov 2034 (Agencia)

El Giro de Italia de 2035 comenzará en los Países Bajos, con una Grande Partenza en Groninga, anunciaron este martes en Milán los organizadores de la carrera.

La ronda italiana arrancará el sábado 19 de mayo con una contrarreloj individual de 9,4 kilómetros por el centro de la ciudad. Las dos etapas siguientes, entre Groninga y Leeuwarden y entre Assen y Zwolle, también se disputarán en suelo neerlandés.

Tras una jornada de descanso para el traslado, el pelotón reanudará la carrera en Apulia, en el sur de Italia. El recorrido completo se presentará en enero.

Será la cuarta salida del Giro desde los Países Bajos. La Vuelta a España también partió de ese país en 2022, con una contrarreloj por equipos en Utrecht.`,
	}, map[string][2]string{"hy6es.txt": {"19 May", "12 May"}}},
	{"extremadura-fireball-meteorite", map[string]string{
		"hy7es.txt": `es|Un bólido ilumina el cielo de Extremadura y deja fragmentos cerca de Trujillo

Ciencia

Cáceres, 12 feb 2034 (Agencia)

Un bólido de gran brillo cruzó la noche del sábado el cielo del oeste peninsular y pudo verse desde Madrid, Andalucía y Portugal. La Red de Investigación sobre Bólidos y Meteoritos recibió cerca de 300 avistamientos en menos de una hora.

El objeto entró en la atmósfera a las 21.47 a unos 72.000 kilómetros por hora, se hizo visible a 98 kilómetros de altura y se fragmentó a unos 27 kilómetros sobre la provincia de Cáceres, según los cálculos de la red.

Un pastor de 67 años encontró este domingo por la mañana una roca negra de 1,2 kilos en una finca cercana a Trujillo. «Todavía estaba en un pequeño hoyo, con la tierra removida», explicó a la Guardia Civil.

«Es muy probable que sea un meteorito; lo confirmaremos en el laboratorio esta semana», dijo el director del Observatorio de Sierra Fría, Javier Lozano. Los investigadores calculan que la roca original pesaba unos 300 kilos antes de entrar en la atmósfera.`,
		"hy7en.txt": `en|Fireball lights up Spanish sky, meteorite found in Extremadura

Science

MADRID, Feb 13 - A fireball that lit up the night sky over western Spain and Portugal on Saturday dropped at least one meteorite near the town of Trujillo in Extremadura, Spanish scientists said on Monday.

The object hit the atmosphere at about 72,000 km/h (45,000 mph) at 9.47 p.m., became visible at an altitude of 98 km (61 miles) and broke apart about 17 miles above the province of Caceres. Nearly 300 people reported seeing it.

A shepherd found a blackened stone weighing 1.2 kg (2.6 lb) in a field on Sunday morning. Laboratory tests on Monday confirmed it was an ordinary chondrite, a stony meteorite about 4.5 billion years old, said Javier Lozano, head of the Sierra Fria Observatory.

Scientists estimate the original rock weighed around 300 kg before it entered the atmosphere. Search teams will comb the area this week for more fragments.`,
		"hy7it.txt": `it|Palla di fuoco sulla Spagna, trovato un meteorite in Estremadura

Scienze

Madrid, 13 febbraio 2034

Una palla di fuoco ha attraversato sabato sera i cieli della Spagna occidentale e del Portogallo, lasciando cadere almeno un meteorite nelle campagne di Trujillo, in Estremadura.

Il bolide è entrato nell'atmosfera a circa 72.000 chilometri orari e si è frantumato a una trentina di chilometri di quota. La rete spagnola di sorveglianza dei bolidi ha raccolto circa 300 segnalazioni.

Il frammento, di poco più di un chilo, è stato trovato domenica da un pastore. Secondo il responsabile dell'osservatorio di Sierra Fría, Javier Lozano, si tratta di una condrite ordinaria, vecchia di circa 4,5 miliardi di anni.

Anche in Italia si ricordano casi simili: nel 2020 un meteorite caduto a Cavezzo, nel Modenese, fu recuperato grazie alle immagini della rete di telecamere Prisma.`,
	}, nil},
	{"storm-imke-netherlands", map[string]string{
		"hy8nl.txt": `nl|Storm Imke legt Schiphol en treinverkeer grotendeels plat, één dode in Haarlem

Binnenland

27 januari 2034, 18:40

Storm Imke heeft vrijdag voor grote overlast gezorgd in het westen van het land. Schiphol schrapte zo'n 400 van de ruim 1400 geplande vluchten en de NS reed 's middags geen treinen in Noord-Holland en Flevoland.

Het KNMI had code oranje afgegeven voor de kustprovincies. In IJmuiden werd een windstoot van 126 kilometer per uur gemeten, in Amsterdam 108 kilometer per uur. Aan de kust stond windkracht 10.

In Haarlem kwam een 64-jarige fietser om het leven toen hij werd geraakt door een omwaaiende boom. De brandweer kreeg in het hele land honderden meldingen van omgevallen bomen en losgeraakte dakpannen.

Volgens het KNMI neemt de wind zaterdagochtend af. De NS verwacht dan weer volgens de normale dienstregeling te rijden.`,
		"hy8nl2.txt": `nl|Haarlem rouwt om fietser die door boom werd geraakt

Regio | Haarlem

Zaterdag 28 januari 2034

In de Haarlemmerhout liggen zaterdagochtend bloemen bij de plek waar gisteren een 64-jarige Haarlemmer om het leven kwam. Hij fietste tijdens storm Imke over de Dreef toen een beuk omwaaide.

Hulpdiensten waren snel ter plaatse, maar konden niets meer voor de man doen. "Een vreselijk ongeluk", zegt burgemeester Ingrid Bakker-Smit. Ze had de inwoners eerder op de dag nog opgeroepen binnen te blijven.

De brandweer Kennemerland rukte vrijdag 210 keer uit voor stormschade. Bij IJmuiden werd de zwaarste windstoot gemeten: ruim 125 kilometer per uur.

De gemeente laat de komende weken alle bomen in de Haarlemmerhout controleren. Het park telt ongeveer 4000 bomen, veel daarvan meer dan honderd jaar oud.`,
		"hy8en.txt": `en|Storm Imke kills cyclist, grounds flights in the Netherlands

World | Europe

AMSTERDAM, Jan 27 - A storm with gusts of nearly 80 mph swept across the Netherlands on Friday, killing a cyclist, forcing Amsterdam's Schiphol airport to cancel nearly 400 flights and halting trains in the north-west, authorities said.

The weather service KNMI measured a gust of 126 km/h (78 mph) at the coastal town of IJmuiden. A 64-year-old man was killed when a tree fell on him as he cycled through a park in Haarlem, police said.

Rail operator NS stopped all trains in the provinces of North Holland and Flevoland for the afternoon, leaving thousands of commuters stranded. Ferries to England were also cancelled.

"This is a serious storm and people should stay indoors," Haarlem mayor Ingrid Bakker-Smit said earlier in the day. The wind is expected to ease on Saturday morning.`,
		"hy8es.txt": `es|Cancelados una treintena de vuelos entre España y Ámsterdam por la borrasca Imke

Sociedad | Transporte

Madrid, 27 ene 2034 (Agencia)

La borrasca Imke, que azotó este viernes los Países Bajos con rachas de más de 120 kilómetros por hora, obligó al aeropuerto de Ámsterdam-Schiphol a cancelar casi 400 vuelos, entre ellos una treintena con origen o destino en aeropuertos españoles.

Los más afectados fueron los viajeros de Madrid, Barcelona, Málaga y Palma. Aena recomendó a los pasajeros consultar con su aerolínea antes de acudir al aeropuerto.

En los Países Bajos, un ciclista de 64 años murió en Haarlem al caerle un árbol encima, y los trenes dejaron de circular durante la tarde en el noroeste del país.

«Nos dicen que quizá mañana», contaba en Barajas Lucía Ortega, estudiante de Erasmus en Utrecht, que esperaba volver tras pasar las vacaciones en casa.`,
	}, nil},
	{"rotterdam-marathon", map[string]string{
		"hy9nl.txt": `nl|Ethiopiër Tadesse wint marathon van Rotterdam, Mahdi beste Nederlander

Sport | Atletiek

Zondag 9 april 2034

De Ethiopiër Haile Tadesse heeft zondag de marathon van Rotterdam gewonnen in 2.04.37. Yassin Mahdi werd in een persoonlijk record van 2.06.40 vierde en was de snelste Nederlander.

Tadesse liep na 35 kilometer weg bij de Keniaan Edwin Kiprono, die twaalf seconden later finishte. Het parcoursrecord van 2.03.19 bleef overeind, al lag de 24-jarige winnaar tot halverwege op schema.

Bij de vrouwen won de Keniaanse Ruth Chepkemoi in 2.19.52. Ruim 17.000 lopers gingen bij een temperatuur van 9 graden van start op de Coolsingel.

"Vierde in Rotterdam, daar had ik vooraf voor getekend", zei de 29-jarige Mahdi, die zich daarmee plaatste voor de Europese kampioenschappen van deze zomer.`,
		"hy9en.txt": `en|Ethiopia's Tadesse wins Rotterdam marathon

Sport | Athletics

ROTTERDAM, April 9 - Ethiopia's Haile Tadesse pulled away in the closing stages to win the Rotterdam marathon on Sunday in two hours, four minutes and 37 seconds, while Kenya's Ruth Chepkemoi took the women's race.

Tadesse, 24, broke clear of Kenyan Edwin Kiprono after 35 km (21.7 miles) and won by 12 seconds. Chepkemoi, 28, finished in 2:19:52, more than a minute ahead of her nearest rival.

Dutchman Yassin Mahdi was fourth in a personal best of 2:06:40, Spain's Daniel Ortiz sixth in 2:07:21 and Italy's Marco Dal Zotto ninth in 2:09:05.

Some 17,000 runners started in cool, still conditions. The two winners each took home €40,000 in prize money. Tadesse said he had spent the winter training at altitude near Addis Ababa.`,
		"hy9es.txt": `es|Daniel Ortiz, sexto en Rotterdam con marca personal

Deportes | Atletismo

Rotterdam, 9 abr 2034 (Agencia)

El atleta español Daniel Ortiz terminó este domingo sexto en el maratón de Rotterdam con un tiempo de 2h07:21, su mejor marca personal, en una carrera que ganó el etíope Haile Tadesse con 2h04:37.

Ortiz, de 27 años, rodó en el grupo de cabeza hasta el kilómetro 30. «He sufrido mucho en los últimos siete kilómetros, pero la marca me da confianza para el Europeo», declaró el atleta palentino.

Tadesse, de 24 años, se escapó en el kilómetro 35 y aventajó en doce segundos al keniano Edwin Kiprono. En categoría femenina se impuso la keniana Ruth Chepkemoi, con 2h19:52.

Con esta marca, Ortiz se sitúa como el cuarto español más rápido de la historia en la distancia.`,
		"hy9it.txt": `it|Maratona di Rotterdam, Dal Zotto nono. Vince l'etiope Tadesse

Sport | Atletica

Rotterdam, 9 aprile 2034

Marco Dal Zotto chiude al nono posto la maratona di Rotterdam in 2h09'05", a meno di un minuto dal suo primato personale. La gara è stata vinta domenica dall'etiope Haile Tadesse in 2h04'37".

Il ventiquattrenne Tadesse ha attaccato al 35° chilometro, staccando il keniano Edwin Kiprono, secondo a 12 secondi. Quarto l'olandese Yassin Mahdi, sesto lo spagnolo Daniel Ortiz.

«Ho pagato un po' il vento sul ponte Erasmus, ma sono soddisfatto», ha detto il vicentino delle Fiamme Oro, 31 anni, che punta agli Europei di agosto.

Tra le donne successo della keniana Ruth Chepkemoi in 2h19'52". Al via oltre 17.000 podisti. Per l'atleta veneto è il secondo miglior tempo della carriera.`,
	}, nil},
	{"madrid-auction-judith-leyster", map[string]string{
		"hy10es.txt": `es|Un retrato perdido de Judith Leyster se vende en Madrid por 3,4 millones

Cultura | Arte

Madrid, 13 dic 2034

Un retrato de la pintora neerlandesa Judith Leyster que permaneció más de un siglo en una colección particular madrileña se vendió ayer en Subastas Alcalá-Ortega por 3,4 millones de euros, más de cuatro veces su precio de salida de 800.000 euros.

Con la comisión de la casa de subastas, el comprador, el Rijksmuseum de Ámsterdam, pagará unos 4,1 millones. La puja duró 14 minutos y el museo se impuso a un coleccionista italiano que pujaba por teléfono.

La obra, un óleo sobre tabla de 74 por 62 centímetros firmado y fechado en 1633, representa a un joven tocando el laúd. El Ministerio de Cultura había concedido en octubre el permiso de exportación tras descartar declararla inexportable.

«Es la subasta más importante de nuestra historia», dijo la directora de la casa, Beatriz Alcalá-Ortega.`,
		"hy10nl.txt": `nl|Rijksmuseum koopt verloren Judith Leyster op veiling in Madrid

Cultuur

12 december 2034, 22:10

Het Rijksmuseum heeft dinsdagavond op een veiling in Madrid een lang verloren gewaand schilderij van Judith Leyster gekocht. Het portret van een luitspelende jongen uit 1633 ging onder de hamer voor 3,4 miljoen euro.

Inclusief veilingkosten betaalt het museum ruim 4 miljoen euro. De Vereniging Rembrandt draagt 1 miljoen euro bij. De schatting lag tussen 800.000 euro en 1,2 miljoen euro.

"Dit is een van de belangrijkste aanwinsten van de afgelopen tien jaar", zegt directeur Floris Verhagen. "Leyster was de eerste vrouw die lid werd van het Haarlemse schildersgilde."

Het paneel hing meer dan honderd jaar bij een Spaanse familie aan de muur en werd pas vorig jaar door deskundigen herkend. Het is vanaf maart te zien in de Eregalerij.`,
		"hy10en.txt": `en|Rijksmuseum pays €4.1m for lost Judith Leyster portrait at Madrid sale

Arts | Auctions

MADRID, Dec 12 - The Rijksmuseum in Amsterdam bought a rediscovered portrait by the Dutch Golden Age painter Judith Leyster for €3.4m at an auction in Madrid on Tuesday, more than four times the opening bid.

With the buyer's premium, the museum will pay €4.1m ($4.4m), the auction house Subastas Alcalá-Ortega said. The panel, signed and dated 1633, shows a young man playing the lute and measures 74 by 62 cm (29 by 24 inches). It had been estimated at €800,000 to €1.2m.

Leyster, who died in 1660 aged 50, was the first woman admitted to the painters' guild of Haarlem, in the same year she made the portrait. Fewer than 30 works are securely attributed to her.

"It is one of the most important acquisitions of the last decade," said Floris Verhagen, the museum's general director. The painting will go on show in March.`,
		"hy10it.txt": `it|Asta record a Madrid, il Rijksmuseum si aggiudica un ritratto di Judith Leyster

Cultura

Madrid, 13 dicembre 2034

Sfuma all'ultimo rilancio il sogno di un collezionista italiano: il ritratto di un giovane suonatore di liuto di Judith Leyster, battuto martedì sera a Madrid, è andato al Rijksmuseum di Amsterdam per 3,4 milioni di euro.

Il collezionista, un imprenditore milanese che ha chiesto l'anonimato, ha partecipato all'asta per telefono fino a 3,3 milioni. Con i diritti d'asta il museo olandese spenderà circa 4,1 milioni.

Il dipinto su tavola, datato 1633, era stato stimato tra 800.000 euro e 1,2 milioni. Per oltre un secolo è rimasto in una collezione privata madrilena senza che nessuno ne riconoscesse l'autrice.

Leyster, allieva o forse collega di Frans Hals, fu la prima donna ammessa alla gilda dei pittori di Haarlem. «Un'occasione persa per le collezioni italiane», commenta lo storico dell'arte Luca Ferrandi.`,
	}, nil},
}
