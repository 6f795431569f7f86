package compare

// heldOutSumatra is a blind held-out set of ten events of mixed national and
// regional news in Italian, Spanish, Dutch and English, written without
// reading the comparison code: a cargo ship losing containers off the Wadden
// islands, a world darts final, gorings at a bull run in Navarre, a high tide
// flooding a Venetian lagoon town, a wave of mushroom poisonings in Trentino,
// drought restrictions on an Andalusian reservoir system, a Dutch buyout of
// livestock farms, a shortage of bus drivers in Lombardy, a tomato-throwing
// festival near Valencia and a VAT carousel fraud raid in Italy and the
// Netherlands.
//
// Six contradictions are planted, one each, none in a first paragraph: a
// distance (the English wire puts the ship 72 km off the island, the Dutch
// reports 27 km), a percentage (the English report floods 75% of the old
// town, the Italian ones 60%), an age (the second Italian report makes the
// man who died 86, the others 68), a duration (the second Spanish report has
// the restrictions last eight weeks, the others six), an amount (the second
// Dutch report puts the buyout at 1.6 billion euros, the others 1.4 billion)
// and a count (the Dutch report has eleven arrests in Italy, the others 14).
// Three of them sit in the only report of its language in its event.
//
// The other four events hold none, only traps, as do the six around their
// plant: two people's ages in one report (finalists 24 and 31, a father of
// 52; a goring victim of 34 and one of 52; a dead man and his wife; a driver
// of 61 and the drivers' average age of 54; two suspects of 47 and 39),
// rounding and hedges ("ruim driehonderd" for 342, "bijna 370 meter" for a
// 366-metre ship, "around 80" drivers short for 85, "unas 20.000" people,
// "ruim 400" farms for 412, "menos de una quinta parte" for 18.4%), units
// converted (1,200 ft, 1.42 metres for 142 cm, 1,280 lb, 130,000 kilos for
// 130 tonnes, pounds into euros), parts and totals (17 arrests, 14 in Italy
// and three in the Netherlands; 120 containers found of 342; four hurt, two
// gored; a winner's and a runner-up's prize), previous and background values
// (27.1% a year earlier, 291 containers lost in 2019, a record tide of 194 cm
// in 1966, a target of 600 farms, 21 poisonings the year before) and the
// number formats of each language (101,87; 18,4 %; 1,4 miljard; 1.500 euro).
//
// Frozen before its first run, which flagged 3 of the 6 contradictions and 0
// false disagreements; it found the distance, the percentage and the age, and
// it missed: u17es.txt's 8 weeks against 6 weeks (the restrictions' length,
// lined up with the others' six weeks in one row but not flagged), u20nl.txt's
// €1.6 billion against €1.4 billion (the Dutch trade site's total cost, kept
// in a row of its own apart from the others' cost) and u29nl.txt's 11 against
// 14 (the arrests in Italy, "elf verdachten", not taken as a count). The
// "around 80" drivers short against 85 stood in one row and was not flagged.
var heldOutSumatra = []heldOutEvent{
	{"container-spill-wadden", map[string]string{
		"u1nl.txt": `nl|Vrachtschip verliest 342 containers boven Waddeneilanden

Binnenland

woensdag 9 januari 2030, 08:14

Het containerschip Marlow Fortune is in de nacht van dinsdag op woensdag tijdens zware storm 342 containers verloren ten noorden van Schiermonnikoog. Dat meldt de Kustwacht.

Het 366 meter lange schip voer op ongeveer 27 kilometer van de kust van het eiland toen de lading bij windkracht 10 begon te schuiven. Van ten minste 14 containers is bekend dat ze gevaarlijke stoffen bevatten, onder meer organische peroxiden.

"We hebben inmiddels 120 containers in beeld, van de rest weten we nog niets", zegt woordvoerder Anouk van der Zwaag van de Kustwacht. Een vliegtuig zoekt het gebied af.

Op de stranden van Schiermonnikoog en Ameland spoelden woensdagochtend al schoenen, speelgoed en zakken met plastic korrels aan. Bewoners wordt gevraagd geen containers te openen.

In 2019 verloor een ander schip op vrijwel dezelfde route 291 containers.`,
		"u2nl.txt": `nl|Strandjutters op Schier: 'Het ligt hier vol met schoenen'

SCHIERMONNIKOOG - Langs de hele noordkust van Schiermonnikoog liggen woensdag schoenen, knuffels en kapotte kartonnen dozen. Het Panamese containerschip Marlow Fortune raakte dinsdagnacht ruim driehonderd containers kwijt; volgens de Kustwacht gaat het om 342 stuks.

Het bijna 370 meter lange schip lag op zo'n 27 km ten noorden van het eiland toen het misging. Het is inmiddels veilig in Bremerhaven aangekomen.

"Sinds de jaren zeventig heb ik zoiets niet gezien", zegt eilander Jelle Hoekstra (67), die met een kruiwagen vol sportschoenen over het strand loopt.

Burgemeester Ineke Dijkstra-Postma waarschuwt strandgangers. "Van veertien containers weten we dat er gevaarlijke stoffen in zitten. Blijf daar uit de buurt en bel 112."

Rijkswaterstaat zet vanaf donderdag drie bergingsschepen in om de containers van de zeebodem te halen.

Lees ook: Storm houdt veerboten aan de wal`,
		"u3en.txt": `en|Cargo ship loses hundreds of containers off Dutch coast

AMSTERDAM, Jan 9 -

A container ship lost 342 containers in a storm off the northern Dutch coast overnight on Tuesday, the Dutch coastguard said on Wednesday, warning that at least 14 of them held hazardous goods.

The 366-metre (1,200-ft) Marlow Fortune, sailing under a Panamanian flag, was 72 km north of the island of Schiermonnikoog when its cargo shifted in force 10 winds, the coastguard said.

Shoes, toys and bags of plastic pellets washed up on beaches on Schiermonnikoog and neighbouring Ameland on Wednesday morning.

The coastguard said it had located 120 of the lost containers. The Dutch waterways agency said salvage vessels would start lifting them from the seabed on Thursday.

(Reporting by Dirk Veenstra; Editing by Alison Marsh)`,
	}, map[string][2]string{"u3en.txt": {"72 km", "27 km"}}},
	{"darts-world-final", map[string]string{
		"u4en.txt": `en|Verhoeven, 24, crowned world darts champion after beating Whitlock

Sport | Darts

By Press Association staff

Sem Verhoeven became world darts champion on Wednesday night, beating England's Craig Whitlock 7-4 in sets in a final in London that lasted more than two and a half hours.

The 24-year-old from Dongenberg in the southern Netherlands averaged 101.87 and hit 14 maximums on his way to the £500,000 winner's cheque. Whitlock, 31, who won the title two years ago, averaged 98.45 and takes home £200,000.

"I've dreamt about this since I was eight years old," said Verhoeven, who was ranked 19th in the world at the start of the tournament. "To do it against Craig, who I grew up watching, makes it even better."

Whitlock had led 4-3 before the Dutchman won four sets in a row.

Verhoeven is the first Dutch player to win the title in seven years.`,
		"u5nl.txt": `nl|Verhoeven wereldkampioen darts na 7-4 tegen Whitlock

Sport

De 24-jarige Sem Verhoeven is woensdagavond in Londen wereldkampioen darts geworden. In de finale versloeg hij de Engelsman Craig Whitlock (31) met 7-4 in sets.

Whitlock stond nog met 4-3 voor, maar daarna pakte de Brabander vier sets op rij. Verhoeven gooide een gemiddelde van 101,87 en veertien keer 180. Whitlock, wereldkampioen van twee jaar geleden, kwam tot een gemiddelde van 98,45.

Met de titel verdient Verhoeven een half miljoen pond, omgerekend ruim 580.000 euro. Whitlock krijgt 200.000 pond.

"Hier droom ik van sinds mijn achtste", zei Verhoeven, die het toernooi begon als nummer 19 van de wereld.

Hij is de eerste Nederlandse wereldkampioen in zeven jaar.`,
		"u6nl.txt": `nl|Dongenberg viert feest: 'Sem is gewoon een jongen van hier'

DONGENBERG - In café De Zwaan in Dongenberg werd woensdagavond tot diep in de nacht gezongen. Zo'n vierhonderd dorpsgenoten zagen daar op een groot scherm hoe Sem Verhoeven (24) wereldkampioen darts werd door Craig Whitlock met 7-4 te verslaan.

"Toen die laatste dubbel erin ging, stond het hele café op de tafels", zegt vader Ruud Verhoeven (52), die de finale in het café volgde. "Hij gooide al pijltjes toen hij acht was."

Burgemeester Marloes Vink belooft de kampioen een huldiging op het dorpsplein. "Dit dorp heeft nog nooit een wereldkampioen gehad."

Verhoeven verdient met zijn titel 500.000 pond.

Pagina 7: Zo werd Verhoeven de beste van de wereld`,
	}, nil},
	{"encierro-gorings", map[string]string{
		"u7es.txt": `es|Dos corneados en el tercer encierro de Arguedas del Ega

Pamplona, 14 jul (EFE).-

Cuatro personas fueron trasladadas al hospital tras el tercer encierro de las fiestas de Arguedas del Ega (Navarra), celebrado este domingo, dos de ellas con heridas por asta de toro, según informó la Cruz Roja.

Los corneados son un estadounidense de 34 años, natural de Texas, que sufrió una herida en el muslo derecho, y un vecino de la localidad de 52 años, herido en la axila. Los otros dos heridos presentan contusiones.

Los seis toros de la ganadería Hermanos Olzaga, con un peso medio de 580 kilos, recorrieron los 825 metros del trayecto en 2 minutos y 41 segundos, el encierro más largo de estas fiestas.

El año pasado hubo siete heridos por asta en todo el ciclo de encierros.`,
		"u8es.txt": `es|Un vecino de Arguedas, entre los dos corneados del domingo

ARGUEDAS DEL EGA

El tercer encierro de las fiestas dejó este domingo dos corneados y otros dos heridos por contusiones. Uno de los corneados es un vecino de Arguedas de 52 años, muy conocido en la localidad, que fue alcanzado en la axila junto a la plaza del Ayuntamiento. El otro es un joven estadounidense de 34 años, herido en un muslo.

Los toros de Hermanos Olzaga, que pesaron una media de 580 kilos, tardaron 2 minutos y 41 segundos en completar los 825 metros del recorrido. Un toro se quedó rezagado en la curva de la calle Mayor.

"Ha sido un encierro peligroso, muy largo", resumió el alcalde, Javier Urzainqui.

Las fiestas continúan el lunes con el cuarto de sus ocho encierros.

Galería: Las mejores imágenes del encierro`,
		"u9en.txt": `en|Two gored at bull run in Spanish town

MADRID, July 14 (Wire) -

Two men were gored and two other people hurt on Sunday at the third bull run of the festival in the northern Spanish town of Arguedas del Ega, the Red Cross said.

A 34-year-old American from Texas suffered a wound to his right thigh, and a 52-year-old local man was gored in the armpit. The other two were treated for bruises.

The six bulls, averaging 580 kg (1,280 lb), took two minutes and 41 seconds to cover the 825-metre course, the longest run of this year's festival.

The festival, which holds eight runs, continues on Monday.`,
	}, nil},
	{"acqua-alta-salvena", map[string]string{
		"u10it.txt": `it|Acqua alta a Porto Salvena, la marea tocca 142 centimetri

Cronaca

PORTO SALVENA (ANSA) - La marea ha raggiunto lunedì mattina i 142 centimetri sul medio mare a Porto Salvena, allagando il 60 per cento del centro storico. Il picco è stato registrato alle 9.40.

Le paratoie mobili alla bocca di porto non sono state alzate perché le previsioni della domenica sera indicavano un massimo di 110 centimetri. "Le previsioni hanno sbagliato di oltre 30 centimetri", ha detto la sindaca Lucia Bragadin.

I commercianti stimano danni per almeno 3 milioni di euro. Il Comune chiederà lo stato di calamità alla Regione Veneto.

Il record resta quello del 4 novembre 1966, quando l'acqua salì a 194 centimetri.`,
		"u11it.txt": `it|Porto Salvena sott'acqua, la rabbia dei negozianti: "Dighe ferme"

di Marco Scarpa

PORTO SALVENA - Stivali di gomma, passerelle e saracinesche abbassate. Lunedì mattina l'acqua ha coperto il 60% del centro storico di Porto Salvena, con un picco di 142 cm alle 9.40, la seconda marea più alta da quando esistono le misurazioni.

Le paratoie non si sono alzate: la soglia è fissata a 130 centimetri e le previsioni davano 110. "Così è inutile averle", dice Franco Zennaro, 58 anni, che gestisce una vetreria in calle dei Fabbri da trent'anni.

La sindaca Lucia Bragadin parla di "errore delle previsioni" e annuncia la richiesta dello stato di calamità. Secondo l'associazione commercianti i danni superano i tre milioni di euro.

Martedì è attesa una nuova marea di 100-105 centimetri.

Leggi anche: Il maltempo nel Nordest, chiuse due strade`,
		"u12en.txt": `en|High tide floods Venetian lagoon town

ROME, Nov 4 -

An exceptional high tide flooded the small lagoon town of Porto Salvena near Venice on Monday after mobile flood barriers were left down because of a wrong forecast.

The water peaked at 1.42 metres (4.7 ft) at 9:40 a.m., the second-highest level since measurements began. Forecasters had expected 1.10 metres, below the 1.30-metre level at which the barriers are raised.

The flooding left 75% of the historic centre under water, Mayor Lucia Bragadin said. Shopkeepers put the damage at at least 3 million euros, and the town will ask the Veneto region to declare a state of disaster.

The record, 1.94 metres, dates from November 1966.`,
	}, map[string][2]string{"u12en.txt": {"75%", "60%"}}},
	{"mushroom-poisonings-trentino", map[string]string{
		"u13it.txt": `it|Funghi velenosi, 37 intossicati in due settimane in Trentino. Morto un uomo

TRENTO - Sono 37 le persone finite al pronto soccorso in Trentino per intossicazione da funghi dal primo settembre, nove delle quali ricoverate. Lo ha comunicato l'Azienda sanitaria provinciale.

Sabato è morto all'ospedale Santa Chiara un uomo di 68 anni di Val di Serla che aveva mangiato con la moglie, 64 anni, alcune amanite falloidi raccolte nei boschi sopra il paese. La donna è ricoverata in gravi condizioni e viene valutata per un trapianto di fegato.

"Quasi tutti avevano raccolto i funghi da soli senza farli controllare", spiega Paolo Zanella, direttore del Centro antiveleni. "Il controllo negli ispettorati micologici è gratuito."

L'anno scorso, in tutto il mese di settembre, i casi erano stati 21.`,
		"u14it.txt": `it|Val di Serla piange Mario Dalpiaz, ucciso dai funghi che aveva raccolto

di Chiara Bertolini

VAL DI SERLA - Il paese è sotto choc. Mario Dalpiaz, fungaiolo esperto, è morto sabato all'ospedale Santa Chiara di Trento dopo aver mangiato un risotto con amanite falloidi scambiate per prataioli.

Anche la moglie Rosa, 64 anni, è ricoverata: le sue condizioni sono gravi e i medici valutano un trapianto di fegato.

Dalpiaz, 86 anni, ex guardia forestale, andava per boschi da quando era bambino. "Li conosceva tutti, non capisco come sia potuto succedere", dice il vicino di casa.

Dall'inizio di settembre in provincia si contano 37 intossicazioni. Il direttore del Centro antiveleni, Paolo Zanella, invita a portare i funghi agli ispettorati micologici.`,
		"u15en.txt": `en|Man dies as mushroom poisonings rise in northern Italy

A 68-year-old man has died and his 64-year-old wife is in a serious condition after eating death cap mushrooms they had picked in the Trentino region of northern Italy, health officials said.

The man died on Saturday at Santa Chiara hospital in Trento. Doctors are assessing whether his wife needs a liver transplant.

The province has recorded 37 cases of mushroom poisoning since September 1, nine of which needed hospital admission, against 21 in the whole of September last year. Paolo Zanella, head of the regional poison centre, urged foragers to have their finds checked free of charge by a mycologist.`,
	}, map[string][2]string{"u14it.txt": {"86 years", "68 years"}}},
	{"reservoir-restrictions-valcorba", map[string]string{
		"u16es.txt": `es|La Junta declara la sequía excepcional en el sistema Valcorba

Sevilla, 5 feb (Europa Press)

El Consejo de Gobierno de la Junta de Andalucía ha declarado este martes la situación de sequía excepcional en el sistema de embalses del Valcorba, que se encuentran al 18,4 % de su capacidad, frente al 27,1 % de hace un año.

Los embalses almacenan 226 hectómetros cúbicos de una capacidad total de 1.230. La declaración afecta a 1,2 millones de habitantes de 46 municipios, en los que se reducirá la presión del agua por la noche y se prohíbe llenar piscinas y regar jardines.

La consejera de Agricultura, Pilar Montoro, ha señalado que las dotaciones para el regadío se recortarán un 40 % y que las restricciones se mantendrán al menos seis semanas, tras las cuales se revisarán en función de las lluvias.

La Junta prevé que la desaladora de Punta Arenillas, con capacidad para 60 hectómetros cúbicos al año, entre en servicio en 2031.`,
		"u17es.txt": `es|Piscinas vacías y menos presión en el grifo: llegan las restricciones

Actualidad | Comarca

Los vecinos de los 46 municipios que beben del Valcorba tendrán menos presión en el grifo por las noches a partir del lunes. La Junta declaró el martes la sequía excepcional en unos embalses que guardan menos de una quinta parte de su capacidad: el 18,4 %.

Hace un año, los pantanos estaban al 27,1 %. Desde entonces apenas ha llovido 190 litros por metro cuadrado en la cuenca, según la Agencia Estatal de Meteorología.

"Pedimos a los vecinos que ahorren todo lo que puedan", dijo el alcalde de Villanueva del Corbo, Antonio Ruiz, cuyo pueblo de 8.400 habitantes ya sufrió cortes en verano.

Las restricciones durarán al menos ocho semanas, según explicó la consejera de Agricultura, Pilar Montoro. Los regantes verán reducida su dotación un 40 %.

Queda prohibido llenar piscinas privadas y regar jardines.`,
		"u18en.txt": `en|Drought emergency declared as reservoirs fall below a fifth

Andalusia's regional government on Tuesday declared an exceptional drought in the Valcorba reservoir system, which supplies 1.2 million people in 46 municipalities.

The reservoirs are at 18.4% of capacity, holding 226 cubic hectometres out of 1,230, down from 27.1% a year ago.

Under the restrictions, which will last at least six weeks, water pressure will be cut at night and residents may not fill swimming pools or water gardens. Farmers' irrigation allowances will be cut by 40%, said the region's agriculture chief, Pilar Montoro.

A desalination plant able to produce 60 cubic hectometres a year is due to open in 2031.`,
	}, map[string][2]string{"u17es.txt": {"8 weeks", "6 weeks"}}},
	{"dairy-farm-buyout", map[string]string{
		"u19nl.txt": `nl|412 veehouders laten zich uitkopen, minder dan gehoopt

Politiek

dinsdag 11 juni 2030, 14:02

Bij de vrijwillige uitkoopregeling voor veehouders bij natuurgebieden hebben zich 412 boeren definitief aangemeld. Dat heeft minister van Landbouw Femke Wolters dinsdag aan de Tweede Kamer geschreven. Het kabinet had gehoopt op 600 bedrijven.

De uitkoop kost de overheid 1,4 miljard euro, gemiddeld zo'n 3,4 miljoen euro per bedrijf. Aanvankelijk toonden ruim 1300 boeren belangstelling.

Volgens het ministerie daalt de stikstofneerslag op de kwetsbaarste natuurgebieden door de uitkoop met naar schatting 7 procent.

Wolters verlengt de aanmeldtermijn voor de regeling tot 1 maart volgend jaar. "Elke boer die zelf kiest om te stoppen, verdient een eerlijke prijs", schrijft de minister.`,
		"u20nl.txt": `nl|Uitkoopregeling: ruim 400 bedrijven stoppen

Nieuws | Melkveehouderij

Ruim vierhonderd veehouders rond kwetsbare natuur stoppen definitief met hun bedrijf. Precies 412 boeren tekenden voor de vrijwillige uitkoop, meldt minister Femke Wolters (Landbouw) in een brief aan de Kamer.

Dat zijn er minder dan de 600 waarop het kabinet rekende. Van de ruim 1300 veehouders die eerder interesse toonden, haakte een groot deel af vanwege de lange wachttijden en de taxaties.

In totaal kost de regeling 1,6 miljard euro. Het grootste deel van de stoppers zijn melkveehouders, daarnaast gaat het om varkens- en pluimveebedrijven.

"Wie stopt, kan niet meer terug. Dat maakt het voor veel gezinnen een zware beslissing", zegt voorzitter Harm Koopmans van de Melkveehouders Vakbond.

De aanmeldtermijn loopt nu tot 1 maart 2031.`,
		"u21en.txt": `en|412 livestock farmers sign up for buyout

The Dutch government will buy out 412 livestock farmers near protected nature areas at a cost of €1.4 billion, agriculture minister Femke Wolters told MPs on Tuesday.

The figure is just over two-thirds of the 600 the government had hoped for. More than 1,300 farmers had initially expressed interest in the voluntary scheme, which pays on average about €3.4 million per farm.

The ministry expects the buyouts to cut nitrogen deposition on the most vulnerable nature areas by an estimated 7%.

The deadline for applications has been extended to March 1, 2031.`,
	}, map[string][2]string{"u20nl.txt": {"€1.6 billion", "€1.4 billion"}}},
	{"bus-driver-shortage", map[string]string{
		"u22it.txt": `it|Mancano 85 autisti, Trasporti Brembana Lario taglia le corse su 38 linee

Economia

BERGAMO - Da lunedì 28 ottobre Trasporti Brembana Lario ridurrà le corse su 38 delle sue 112 linee extraurbane. L'azienda, che serve le valli bergamasche e l'alto Lario, non riesce a coprire i turni: mancano 85 autisti sui 620 previsti in organico.

"Abbiamo pubblicato bandi per tutta l'estate, ma le domande sono state poche", ha detto il direttore generale Stefano Locatelli. L'età media degli autisti è di 54 anni e nei prossimi tre anni ne andranno in pensione circa 140.

Per attirare nuovi conducenti l'azienda offre un bonus di ingresso di 1.500 euro e paga il corso per la patente D, che costa circa 4.000 euro.

Nel 2019 i posti scoperti erano appena 20.`,
		"u23it.txt": `it|"Turni da dieci ore, ecco perché nessuno vuole guidare i bus"

di Elena Rota

La fermata di Zogno alle 6.50 del mattino è affollata di studenti. Da lunedì la corsa delle 7.05 per Bergamo non ci sarà più: è una delle centinaia cancellate da Trasporti Brembana Lario su 38 linee, perché mancano 85 autisti.

"Si lavora su turni spezzati, si parte alle cinque e si rientra la sera", racconta Giuseppe, 61 anni, autista da trentadue. "I giovani non vengono più. Qui l'età media è 54 anni."

L'azienda ha messo sul piatto un bonus di 1.500 euro per i nuovi assunti e il pagamento della patente. I sindacati chiedono invece aumenti in busta paga.

Commenti (14)`,
		"u24en.txt": `en|Bus company cuts services on 38 routes as driver shortage bites

Bus services in the valleys north of Bergamo will be reduced on 38 routes from Monday, October 28, as operator Trasporti Brembana Lario struggles to find drivers.

The company is short of around 80 of the 620 drivers it needs, general manager Stefano Locatelli said. The average age of its drivers is 54, and around 140 are due to retire within three years.

To attract recruits, it is offering a €1,500 signing-on bonus and paying for the bus licence course, which costs around €4,000.

Passengers are advised to check the new timetables on the company's website.`,
	}, nil},
	{"tomato-fight-festival", map[string]string{
		"u25es.txt": `es|Unas 20.000 personas se lanzan 130 toneladas de tomates en Benialcora

Valencia, 28 ago (EFE).-

Unas 20.000 personas, el 70 % de ellas extranjeras, participaron este miércoles en la batalla del tomate de Benialcora (Valencia), en la que se lanzaron 130 toneladas de tomates maduros transportados en seis camiones.

La batalla comenzó a las 11.00 horas con el disparo de una carcasa y se prolongó durante una hora, hasta que una segunda carcasa marcó el final.

Los servicios sanitarios atendieron a 23 personas, la mayoría por irritación en los ojos, sin que ninguna tuviera que ser trasladada al hospital.

El municipio, de 9.800 habitantes, limita el aforo desde 2013 mediante la venta de entradas, que este año costaban 12 euros.`,
		"u26es.txt": `es|Benialcora se tiñe de rojo

La Ribera | Fiestas

Seis camiones, 130.000 kilos de tomate y una hora de batalla. Benialcora volvió a vivir este miércoles su fiesta más internacional, con unas 20.000 personas en las calles del centro, siete de cada diez llegadas de fuera de España.

"Vengo desde Melbourne solo para esto", decía Olivia, de 23 años, empapada de pulpa junto a la plaza del Mercat.

Cruz Roja atendió a 23 personas por lesiones leves. A las 12.00, tras la carcasa final, los camiones de bomberos empezaron a limpiar las calles con agua de los pozos.

El alcalde, Vicent Ferrer Climent, calificó la jornada de "éxito sin incidentes".`,
		"u27en.txt": `en|Tomatoes fly as 20,000 join Spanish town's food fight

BENIALCORA, Spain, Aug 28 -

About 20,000 people pelted each other with 130 tonnes of overripe tomatoes on Wednesday in the eastern Spanish town of Benialcora, in one of Spain's messiest festivals.

Six trucks delivered the tomatoes to the town centre, and the fight lasted an hour, starting and ending with the firing of a cannon at 11 a.m. and noon. Around 70% of the participants came from abroad.

Medics treated 23 people, mostly for eye irritation. Tickets cost 12 euros and numbers have been capped since 2013 in the town of 9,800 inhabitants.`,
	}, nil},
	{"vat-carousel-phones", map[string]string{
		"u28it.txt": `it|Frode Iva da 96 milioni sugli smartphone: 14 arresti in Italia

ROMA (ANSA) - Un'indagine della Procura europea (EPPO) su una frode carosello nel commercio di smartphone e auricolari ha portato martedì a 17 arresti, 14 in Italia e tre nei Paesi Bassi. L'Iva evasa ammonta a 96 milioni di euro.

L'operazione, condotta dalla Guardia di Finanza con il servizio fiscale olandese FIOD, ha coinvolto 31 società tra Campania, Lombardia e Olanda. Sono stati sequestrati beni per 22 milioni di euro, tra cui sei ville e uno yacht.

A capo dell'organizzazione, secondo gli inquirenti, un imprenditore di 47 anni di Caserta. L'indagine era partita nel 2027 da una verifica fiscale su un grossista di Afragola.`,
		"u29nl.txt": `nl|FIOD pakt drie Nederlanders op in btw-fraude met smartphones

Economie

De FIOD heeft dinsdag drie mannen aangehouden in een onderzoek naar btw-carrouselfraude met smartphones en oordopjes. Het onderzoek wordt geleid door het Europees Openbaar Ministerie (EOM).

Bij de fraude zou voor 96 miljoen euro aan btw zijn ontdoken. Onder de verdachten is een 39-jarige man uit Tilburg, wiens handelsbedrijf een spilfunctie zou hebben gehad. Er werden doorzoekingen gedaan in Tilburg, Breda en Rotterdam.

Tegelijk vonden acties plaats in Italië, waar de Guardia di Finanza elf verdachten aanhield. In totaal zijn 31 bedrijven bij de zaak betrokken.

Volgens het EOM werd voor 22 miljoen euro aan bezittingen in beslag genomen, waaronder zes villa's en een jacht.`,
		"u30en.txt": `en|17 arrested in 96-million-euro VAT fraud on phones

LUXEMBOURG, Oct 15 -

Police arrested 17 people in Italy and the Netherlands on Tuesday over a carousel fraud in the trade of smartphones and earbuds that cost the two countries 96 million euros in unpaid VAT, the European Public Prosecutor's Office said.

Fourteen of the suspects were arrested in Italy and three in the Netherlands. They include a 47-year-old businessman from Caserta, thought to have led the network, and a 39-year-old man from Tilburg.

Investigators seized assets worth 22 million euros, including six villas and a yacht, and searched 31 companies. The investigation began in 2027.`,
	}, map[string][2]string{"u29nl.txt": {"11", "14"}}},
}
