package compare

// heldOutKaraburan is a blind held-out set of ten events of the kinds an
// energy, farming, weather and business feed mixes, written without reading
// the extraction or the matching code. Topics: an LNG terminal's outage in
// Spain, Italy's rice harvest estimate, freezing rain cutting power in the
// northern Netherlands, Spanish tomato growers blockading a supermarket
// depot, a low-cost airline closing an Italian base, a Dutch fashion chain's
// store closures, Spain's hydropower slump, a Dutch fertiliser plant's
// ammonia halt, Piedmont's hazelnut harvest and Spain's hottest October.
//
// Six events hold one planted contradiction each, none in a first
// paragraph: a duration (eight weeks against six, in the one Dutch report
// of the LNG outage), a percentage (5.7% against 7.5%, in the one Spanish
// report of the rice estimate), a count (500 tractors against 300, in the
// one Dutch report of the tomato blockade), a date (13 March against 30
// March, in the one Spanish report of the base closure), an amount (€1.7
// billion against €1.4 billion, in the one Italian report of the hydropower
// slump) and an age (76 against 67, in the one English report of the
// hazelnut harvest, where a second person's age, 49, agrees). The freezing
// rain, the store closures, the fertiliser halt and the October record hold
// none. Traps: rounding (38,400 / about 38,000 / nearly 40,000 households;
// 214 / more than 200 accidents; 650 / ruim 600 jobs; 2.6 / quasi 3
// degrees), parts and totals (42 of 118 stores, 76 left, a third; 400 of
// 1,100 workers; 11 of 14 routes, 3 left; 21,000 against 30,000 tonnes),
// previous values (1.49 million tonnes, 12.6%, €31 a MWh, €3.10 a kilo,
// 18.9 degrees, 160 stores in 2015), background figures of other years and
// places (a nine-day outage in 2027, 1.21 million tonnes in 2022, 12,000
// homes in 2021, Italy's hydropower down 21%, Italy's October 1.8 degrees
// warm), two people's ages in one report, numbers in words, and prices per
// kilo in euros and cents.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 1 false disagreement; it missed the Dutch report's eight weeks against
// six for the LNG outage (acht weken stood in a row of its own, apart from
// the six weeks of the other three) and the Dutch report's 500 tractors
// against 300 (ongeveer 500 trekkers stood in a row of its own, apart from
// the 300 tractores and tractors); the false disagreement was a date
// "grandinata" in the rice estimate, the English report's dateline Oct 2
// set against the Italian report's 14 agosto, the day of the hailstorm. The
// set's table line keeps its limit of one false disagreement, which the run
// did not pass.
//
// Fixed after, so the set is held out no longer: a date before an agency's
// name in brackets and a dash is a dateline; a lone length joins the
// others' when any of them gives it with its hedge; tractors in the synonym
// table: 6/6 flagged, no false disagreement.
var heldOutKaraburan = []heldOutEvent{
	{"lng-terminal-outage", map[string]string{
		"k1es.txt": `es|Una avería obliga a parar la regasificadora de Punta Morada durante seis semanas

Economía | Energía

Huelva, 8 nov (Agencia)

La planta de regasificación de Punta Morada, en la costa de Huelva, permanecerá parada unas seis semanas tras la avería de uno de sus compresores principales, detectada el miércoles, según informó este jueves su operador, Gasnova Ibérica.

La terminal, que recibe en torno al 12 % del gas natural licuado que importa España, ha tenido que desviar tres metaneros a otros puertos, entre ellos Cartagena y Sines, en Portugal.

"La seguridad de la planta y de la plantilla es lo primero", dijo el director general de Gasnova Ibérica, Álvaro Sepúlveda, quien descartó problemas de suministro para los hogares. La planta emplea a 140 personas, que seguirán cobrando durante el parón.

La última parada no programada de Punta Morada, en marzo de 2027, duró nueve días.

El precio del gas en el mercado ibérico subió un 4,2 % el jueves.`,
		"k1es2.txt": `es|Punta Morada, parada: la regasificadora no volverá a funcionar hasta finales de diciembre

Huelva | Provincia

Publicado: 08/11/2029 13:40

Los 140 trabajadores de la regasificadora de Punta Morada no se quedarán sin sueldo. Así lo aseguró el director general de Gasnova Ibérica, Álvaro Sepúlveda, tras confirmar que la planta estará 6 semanas fuera de servicio por la rotura de un compresor.

La avería se detectó el miércoles por la mañana durante una revisión rutinaria. Desde entonces, tres buques metaneros que tenían previsto descargar en Huelva han sido desviados.

Punta Morada recibe alrededor del 12 % del GNL que llega a España. En 2027 ya sufrió una parada de nueve días por un problema eléctrico.

Ayuntamiento y sindicatos han pedido una reunión urgente con la empresa.

Más noticias de Huelva`,
		"k1en.txt": `en|Spanish LNG terminal shut for six weeks after compressor failure

Energy | Europe

By Claire Hollis

Gasnova Ibérica said on Thursday its Punta Morada liquefied natural gas terminal in southwestern Spain would stay offline for about six weeks after one of its main compressors failed on Wednesday.

The terminal handles roughly 12% of Spain's LNG imports. Three tankers due to unload there have been redirected, including to Cartagena and to Sines in Portugal, the company said.

Chief executive Álvaro Sepúlveda said household supplies were not at risk. Iberian spot gas prices rose 4.2% on Thursday.

The site's last unplanned outage, in March 2027, lasted nine days.

Reporting by Claire Hollis; editing by Tom Adair`,
		"k1nl.txt": `nl|Storing legt Spaanse lng-terminal wekenlang stil

Economie

8 november 2029, 15:12

De lng-terminal van Punta Morada in het zuidwesten van Spanje ligt voorlopig stil na een defect aan een van de hoofdcompressoren. Exploitant Gasnova Ibérica meldde donderdag dat drie lng-tankers naar andere havens zijn omgeleid.

De terminal verwerkt ongeveer 12 procent van de Spaanse lng-invoer. Handelaren verwachten niet dat de storing gevolgen heeft voor Nederland.

Volgens topman Álvaro Sepúlveda blijft de installatie naar verwachting acht weken buiten bedrijf. De 140 werknemers behouden hun loon.

De gasprijs op de Iberische markt steeg donderdag met 4,2 procent.`,
	}, map[string][2]string{"k1nl.txt": {"8 weeks", "6 weeks"}}},
	{"rice-harvest-estimate", map[string]string{
		"k2it.txt": `it|Riso, il raccolto cala del 7,5%: stimate 1,38 milioni di tonnellate

Economia | Agricoltura

Vercelli, 2 ottobre 2029

Il raccolto di riso italiano si fermerà quest'anno a circa 1,38 milioni di tonnellate di risone, il 7,5% in meno rispetto agli 1,49 milioni del 2028. È la stima diffusa martedì dal Consorzio Risicoltori Padani.

Pesano la siccità di luglio e la grandinata del 14 agosto, che ha colpito soprattutto la Lomellina. Le superfici coltivate sono rimaste stabili a 218.000 ettari.

"Le rese sono scese in media a 6,3 tonnellate per ettaro", ha spiegato il presidente del consorzio, Giulio Marchisio. "Per molte aziende sarà un'annata senza margini."

Resta lontano il minimo del 2022, quando la produzione era scesa a 1,21 milioni di tonnellate.`,
		"k2it2.txt": `it|Grandine e siccità, annata nera per le risaie

Provincia | Lomellina

Borgolungo – I numeri del Consorzio Risicoltori Padani confermano quello che gli agricoltori della Lomellina dicevano da settimane: quest'anno il risone sarà meno. La stima nazionale è di 1.380.000 tonnellate, contro 1.490.000 dell'anno scorso (-7,5%).

"Da noi la grandine di metà agosto ha distrutto anche il 40% di alcuni campi", racconta Piera Gallarati, 54 anni, che coltiva 85 ettari alle porte del paese.

Il presidente del consorzio, Giulio Marchisio, 61 anni, ha chiesto alla Regione un fondo per le aziende più colpite.

Le superfici restano invariate, circa 218 mila ettari.

Leggi anche: Peste suina, nuove zone rosse`,
		"k2en.txt": `en|Italy's rice crop seen falling 7.5% after drought and hail

Commodities

Oct 2 (Wire) - Italy's rice harvest is expected to fall 7.5% this year to about 1.38 million tonnes of paddy rice, the Consorzio Risicoltori Padani growers' group said on Tuesday, as a dry July and a mid-August hailstorm cut yields.

Italy is the European Union's largest rice producer. Last year's crop was 1.49 million tonnes.

Average yields fell to 6.3 tonnes per hectare, the group's chairman Giulio Marchisio said. The planted area was unchanged at about 218,000 hectares.

The 2022 harvest, hit by a severe drought, was 1.21 million tonnes.`,
		"k2es.txt": `es|Italia prevé una cosecha de arroz menor por la sequía y el granizo

Agricultura

Roma, 2 oct (Agencia)

La sequía de julio y una granizada a mediados de agosto reducirán la cosecha italiana de arroz, la mayor de la Unión Europea, según las previsiones publicadas el martes por la asociación de productores Consorzio Risicoltori Padani.

La producción rondará los 1,38 millones de toneladas de arroz cáscara, un 5,7 % menos que los 1,49 millones de 2028, mientras que la superficie sembrada se mantiene en unas 218.000 hectáreas.

El presidente de la asociación, Giulio Marchisio, cifró el rendimiento medio en 6,3 toneladas por hectárea.

Los arroceros españoles del delta del Ebro esperan, en cambio, una campaña normal.`,
	}, map[string][2]string{"k2es.txt": {"5.7%", "7.5%"}}},
	{"freezing-rain-outages", map[string]string{
		"k3nl.txt": `nl|IJzel legt stroom plat bij 38.400 huishoudens in het noorden

Binnenland

Assen, 15 januari 2030, 08:45

Door ijzel zijn maandagnacht in Drenthe en het oosten van Groningen 38.400 huishoudens zonder stroom komen te zitten. Onder het gewicht van het ijs knakten takken en bomen, die op bovengrondse leidingen vielen, meldt netbeheerder Noordnet.

Monteurs werkten de hele nacht door. Dinsdagochtend om 8 uur zaten nog ongeveer 9.000 huishoudens zonder stroom. "We verwachten dat iedereen vanavond weer aangesloten is", zei een woordvoerder.

Op de wegen gebeurden volgens de politie ruim 200 ongelukken, vooral kop-staartbotsingen. Het KNMI had code oranje afgegeven. Ook de treinen tussen Zwolle en Groningen reden tot 7 uur niet.

Bij de vorige grote ijzelstorm, in februari 2021, zaten ruim 12.000 huishoudens zonder stroom.`,
		"k3nl2.txt": `nl|Noordnet: 'Nooit eerder zoveel storingen door ijzel'

Regio

Door onze verslaggever

ASSEN - Het was de zwaarste nacht in de geschiedenis van Noordnet. Bijna 40.000 klanten in Drenthe en Oost-Groningen zaten maandagnacht zonder elektriciteit, nadat bevroren takken op bovenleidingen waren gevallen.

"Onze 160 monteurs hebben geen minuut stilgezeten", zegt directeur Hester Kuipers van de netbeheerder. Dinsdagochtend hadden nog zo'n 9000 huishoudens geen stroom.

De politie telde in Drenthe 214 verkeersongevallen. Daarbij raakten zeven mensen gewond, niemand ernstig.

Volgens het KNMI zakte de temperatuur in Hoogeveen tot min 3 graden.

Lees ook: Gladheid: zo strooi je je stoep`,
		"k3en.txt": `en|Freezing rain cuts power to nearly 40,000 Dutch homes

Europe | Weather

Published 15 January 2030

Freezing rain left about 38,000 households without electricity in the northern Netherlands overnight into Tuesday as ice-laden branches brought down overhead lines, grid operator Noordnet said.

Around 9,000 homes were still without power on Tuesday morning. Police reported more than 200 road accidents in Drenthe province, in which seven people were slightly injured.

Noordnet's director, Hester Kuipers, said 160 engineers had worked through the night. The national weather service KNMI had issued an orange warning.

Rail services between Zwolle and Groningen were suspended until 7 a.m.`,
	}, nil},
	{"tomato-price-dispute", map[string]string{
		"k4es.txt": `es|Unos 1.500 agricultores bloquean con 300 tractores el centro logístico de Mercalia en Almería

Agricultura | Andalucía

Almería, 20 feb (Agencia)

Unos 1.500 agricultores y cerca de 300 tractores bloquearon este miércoles durante seis horas los accesos al centro logístico de la cadena de supermercados Mercalia en La Rambleta para protestar por los precios que reciben por el tomate.

Los productores denuncian que la cadena les paga de media 0,38 euros por kilo, por debajo de los 0,52 euros que, según la Unión de Huertanos del Poniente, les cuesta producirlo.

"Estamos trabajando a pérdidas desde noviembre", dijo el secretario general de la organización, Francisco Amat, de 47 años.

Mercalia aseguró en un comunicado que paga "precios de mercado" y que sus compras de tomate almeriense crecieron un 8 % el año pasado.`,
		"k4es2.txt": `es|Tractorada en La Rambleta: "O sube el tomate o no hay campaña"

Poniente

La Rambleta | Publicado el 20/02/2030 a las 19:02

Seis horas de bloqueo, cerca de 300 tractores y una consigna: precios justos. Los huertanos del Poniente cortaron desde las seis de la mañana las entradas al almacén regional de Mercalia.

"Nos pagan 38 céntimos el kilo y producirlo cuesta 52", resumía Encarna Ruiz, de 63 años, que cultiva tomate en dos invernaderos de La Rambleta desde 1991.

Según la organización convocante, la Unión de Huertanos del Poniente, participaron unos 1.500 agricultores. La Guardia Civil no facilitó cifras.

Mercalia defiende que sus compras de tomate de Almería subieron un 8 % en 2029.

Comentarios (42)`,
		"k4en.txt": `en|Spanish tomato growers blockade supermarket depot over prices

Business | Food

Spanish tomato growers blocked a distribution centre of supermarket chain Mercalia in the southern province of Almería for six hours on Wednesday, saying the chain pays them less than it costs to grow their crop.

About 1,500 farmers and some 300 tractors took part, according to the organisers, the Unión de Huertanos del Poniente. Growers say they receive an average of €0.38 per kilo, against production costs of €0.52.

"We have been working at a loss since November," said the union's general secretary, Francisco Amat, 47.

Mercalia said it paid "market prices" and that its purchases of Almería tomatoes rose 8% last year. Almería supplies much of the tomatoes sold in northern Europe in winter.`,
		"k4nl.txt": `nl|Spaanse tomatentelers blokkeren distributiecentrum

Economie | Land- en tuinbouw

20 februari 2030

In de Spaanse provincie Almería hebben tomatentelers woensdag zes uur lang een distributiecentrum van supermarktketen Mercalia geblokkeerd. Ze eisen een hogere prijs voor hun tomaten.

Volgens de organisatoren deden zo'n 1500 boeren mee, met ongeveer 500 trekkers. De telers krijgen gemiddeld 38 cent per kilo, terwijl de productie 52 cent kost.

Ook Nederlandse importeurs houden de actie in de gaten: een groot deel van de wintertomaten in Nederlandse supermarkten komt uit Almería.

"We werken al sinds november met verlies", zei Francisco Amat (47) van de telersorganisatie.`,
	}, map[string][2]string{"k4nl.txt": {"500", "300"}}},
	{"airline-base-closure", map[string]string{
		"k5it.txt": `it|Volaria chiude la base di Trevalle: tagliate 11 rotte

Economia

Pescara, 11 gennaio 2030

La compagnia low cost Volaria chiuderà la sua base all'aeroporto di Trevalle a partire dal 30 marzo, con l'inizio dell'orario estivo. I tre aerei basati in Abruzzo saranno trasferiti a Bari e Catania e saranno cancellate 11 delle 14 rotte servite dallo scalo.

La compagnia ha motivato la decisione con l'aumento dell'addizionale comunale sui diritti d'imbarco, salita di 3 euro a passeggero.

"Non possiamo sostenere costi che altrove non esistono", ha detto l'amministratore delegato Stefan Maurer. I circa 120 dipendenti della base, tra piloti e assistenti di volo, saranno ricollocati.

Nel 2029 lo scalo ha gestito 1,2 milioni di passeggeri, il 70% dei quali su voli Volaria.`,
		"k5it2.txt": `it|Trevalle, la Regione: «Volaria ci ripensi»

Cronaca | Trevalle

di Marco Di Fabio

Il presidente della Regione, Dario Colonnella, ha convocato per lunedì un tavolo con la società di gestione dello scalo dopo l'annuncio di Volaria, che dal 30 marzo lascerà Trevalle.

Delle 14 rotte della compagnia ne resteranno solo tre. L'aeroporto rischia di perdere oltre metà dei suoi 1,2 milioni di passeggeri annui.

«È una doccia fredda», ha commentato il presidente della società aeroportuale, Nicola Ferrante. Oltre ai 120 lavoratori Volaria, che saranno trasferiti, preoccupa l'indotto: bar, noleggi, taxi.

L'aumento contestato, 3 euro a passeggero, è in vigore da gennaio.`,
		"k5en.txt": `en|Volaria to close Italian base, cutting 11 routes

Aviation

Low-cost airline Volaria will close its base at Trevalle airport in central Italy on March 30, moving three aircraft to Bari and Catania and dropping 11 of the 14 routes it flies from the airport, the carrier said on Friday.

Chief executive Stefan Maurer blamed a €3-per-passenger rise in a local boarding tax. "We cannot carry costs that do not exist elsewhere," he said.

The base's roughly 120 pilots and cabin crew will be offered jobs elsewhere in the network. Trevalle handled 1.2 million passengers last year, about 70% of them on Volaria flights.`,
		"k5es.txt": `es|Volaria cerrará su base en el aeropuerto italiano de Trevalle

Economía | Transporte

Roma, 11 ene (Agencia)

La aerolínea de bajo coste Volaria anunció este viernes el cierre de su base en el aeropuerto de Trevalle, en la región italiana de los Abruzos, y la supresión de 11 de las 14 rutas que opera desde allí.

La compañía trasladará los tres aviones basados en Trevalle a Bari y Catania a partir del 13 de marzo. Sus unos 120 tripulantes serán recolocados.

Su consejero delegado, Stefan Maurer, atribuyó la decisión a la subida de 3 euros por pasajero de una tasa municipal. El aeropuerto registró 1,2 millones de pasajeros en 2029, un 70 % de ellos con Volaria.

Volaria opera en España desde sus bases de Valencia y Málaga.`,
	}, map[string][2]string{"k5es.txt": {"13 March", "30 March"}}},
	{"fashion-chain-closures", map[string]string{
		"k6nl.txt": `nl|Modeketen Stijlhuys sluit 42 winkels, 650 banen weg

Economie

Amersfoort, 5 september 2029

Modeketen Stijlhuys sluit dit najaar 42 van zijn 118 winkels. Daarbij verdwijnen ongeveer 650 van de 2100 banen, maakte het bedrijf woensdag bekend.

De omzet daalde vorig jaar met 11 procent tot 312 miljoen euro. Vooral winkels in kleinere binnensteden draaien verlies. "We hebben te lang gewacht met ingrijpen", zegt topvrouw Marloes Dekker.

De sluitingen worden voor 31 december afgerond. Het personeel krijgt een sociaal plan.

Stijlhuys werd in 1962 opgericht in Amersfoort en had in 2015 nog 160 vestigingen.`,
		"k6nl2.txt": `nl|Stijlhuys trekt zich terug uit kleinere steden

Regio | Winkelen

Ook de vestigingen in Harderwijk, Meppel en Tiel gaan dicht. Dat blijkt uit de lijst die modeketen Stijlhuys woensdag naar het personeel stuurde. In totaal sluiten 42 winkels; er blijven er 76 over.

Volgens vakbond FNV verliezen ruim 600 mensen hun baan. "Veel van hen werken hier al twintig, dertig jaar", zegt bestuurder Ahmed Bouzid.

Directeur Marloes Dekker (52) wijst op de dalende omzet: min 11 procent in 2028.

Tekst: Sanne Hoekstra`,
		"k6en.txt": `en|Dutch fashion chain Stijlhuys to shut a third of its stores

Retail

Dutch fashion retailer Stijlhuys will close 42 of its 118 shops by the end of the year, cutting about 650 jobs, the company said on Wednesday.

Sales fell 11% last year to €312 million. Chief executive Marloes Dekker, 52, said the chain had "waited too long" to act.

The company, founded in 1962, had 160 stores as recently as 2015. It employs about 2,100 people.`,
	}, nil},
	{"hydro-output-drop", map[string]string{
		"k7es.txt": `es|La sequía hunde un 38 % la producción hidroeléctrica

Economía | Energía

Madrid, 15 oct (Agencia)

La producción hidroeléctrica española cayó un 38 % entre enero y septiembre respecto al mismo periodo del año anterior, por la falta de lluvias, según los datos publicados este martes por la Asociación de Productores Hidráulicos (APH).

Las centrales hidráulicas aportaron el 7,9 % de la electricidad generada en España, frente al 12,6 % de hace un año. Los embalses destinados a uso hidroeléctrico están al 31 % de su capacidad, muy por debajo de la media de la última década, del 45 %.

El hueco lo han cubierto sobre todo las centrales de ciclo combinado. La asociación calcula que la compra adicional de gas ha costado unos 1.400 millones de euros.

"Necesitamos un otoño lluvioso", dijo su presidente, Ignacio Lastra.`,
		"k7es2.txt": `es|Los embalses del Sil, en mínimos: las centrales funcionan a medio gas

Galicia

Ourense | 15/10/2030

En el embalse de Valdeforcas apenas quedan unos metros de agua por encima de los tejados del antiguo pueblo sumergido. Las turbinas de la central, que en un otoño normal funcionan día y noche, solo arrancan unas horas al día.

Los embalses del sistema hidroeléctrico están al 31 % de su capacidad, según la asociación del sector, la APH. La producción de las centrales gallegas ha caído en la misma proporción que la nacional: un 38 % hasta septiembre.

"En 30 años no había visto esto", dice Xosé Lamas, de 58 años, operario jubilado de la central de Valdeforcas.

Ver galería (12 fotos)`,
		"k7en.txt": `en|Drought cuts Spain's hydropower output by 38%

Energy

Spain's hydroelectric output fell 38% in the first nine months of the year compared with a year earlier as drought drained reservoirs, producers' association APH said on Tuesday.

Hydropower supplied 7.9% of Spain's electricity, down from 12.6% a year earlier. Reservoirs used for power generation were at 31% of capacity, against a ten-year average of 45%.

Gas-fired plants filled most of the gap, at an extra cost of about €1.4 billion in fuel, the association estimated.

"We need a wet autumn," APH chairman Ignacio Lastra said.`,
		"k7it.txt": `it|Spagna, crolla l'idroelettrico: -38% per la siccità

Energia

Madrid, 15 ottobre 2030

La siccità pesa sulla produzione elettrica spagnola: tra gennaio e settembre le centrali idroelettriche hanno prodotto il 38% in meno rispetto allo stesso periodo del 2029, secondo l'associazione dei produttori APH.

La quota dell'idroelettrico sulla produzione totale è scesa al 7,9%, dal 12,6% di un anno fa. I bacini sono al 31% della capacità.

A coprire il buco sono state soprattutto le centrali a gas, con un costo aggiuntivo stimato in 1,7 miliardi di euro.

Situazione simile in Italia, dove l'idroelettrico è calato del 21% nei primi otto mesi.`,
	}, map[string][2]string{"k7it.txt": {"€1.7 billion", "€1.4 billion"}}},
	{"fertiliser-plant-halt", map[string]string{
		"k8nl.txt": `nl|Kunstmestfabriek Kreekhaven legt ammoniakproductie grotendeels stil

Economie

Vlissingen, 27 november 2029

Kunstmestproducent Agrinova legt twee van de drie ammoniakfabrieken op zijn terrein in Kreekhaven stil vanwege de hoge gasprijs. De maatregel geldt in elk geval tot maart, maakte het bedrijf dinsdag bekend.

Ongeveer 400 van de 1100 werknemers gaan in deeltijd werken. Ontslagen vallen er niet, belooft directeur Pieter Wissink.

"Bij een gasprijs van 58 euro per megawattuur verdienen we niets meer aan ammoniak", aldus Wissink. Een jaar geleden lag de prijs nog op 31 euro.

De fabriek produceert normaal 1,2 miljoen ton kunstmest per jaar. In 2022 lag de productie ook al maanden grotendeels stil.`,
		"k8nl2.txt": `nl|Onrust in Kreekhaven: 'Weer die gasprijs'

Zeeland

Bij de poort van Agrinova is het dinsdagmiddag stil. Het nieuws dat twee van de drie ammoniakfabrieken tot maart uitgaan, is in de kantine hard aangekomen. Voor ongeveer 400 medewerkers betekent het besluit dat ze de komende maanden minder uren maken.

"Ik werk hier 27 jaar, dit is de derde keer dat het misgaat", zegt operator Kees Dominicus (56). Agrinova is met 1100 banen een van de grootste werkgevers van Zeeland.

Gedeputeerde Anouk Verhage wil met het kabinet praten over steun voor de industrie.

Meer nieuws uit Zeeland`,
		"k8en.txt": `en|Agrinova halts most Dutch ammonia output as gas prices rise

Commodities | Chemicals

Dutch fertiliser maker Agrinova said on Tuesday it would shut two of the three ammonia plants at its Kreekhaven site until at least March because of high natural gas prices.

About 400 of the site's 1,100 employees will be put on short-time working; there will be no layoffs, managing director Pieter Wissink said.

Dutch wholesale gas prices are at about €58 per megawatt hour, almost double the level a year ago. The site normally produces about 1.2 million tonnes of fertiliser a year.

Agrinova also idled much of the plant for several months in 2022.`,
		"k8it.txt": `it|Paesi Bassi, Agrinova ferma l'ammoniaca per il caro gas

Economia | Materie prime

Il produttore olandese di fertilizzanti Agrinova fermerà almeno fino a marzo due dei tre impianti di ammoniaca del sito di Kreekhaven, in Zelanda, a causa del prezzo del gas, salito a 58 euro al megawattora contro i 31 di un anno fa.

Circa 400 dei 1.100 dipendenti lavoreranno a orario ridotto. Il sito produce normalmente 1,2 milioni di tonnellate di fertilizzanti l'anno.

Il blocco potrebbe far salire in primavera i prezzi dei concimi per gli agricoltori europei.`,
	}, nil},
	{"hazelnut-harvest", map[string]string{
		"k9it.txt": `it|Nocciole, raccolto giù del 30% in Piemonte

Economia | Agroalimentare

Alba, 6 settembre 2029

La raccolta delle nocciole in Piemonte si chiude con un calo di circa il 30% rispetto al 2028. Lo stima la cooperativa Corilanga, che riunisce 1.450 produttori tra Langhe e Roero.

Pesano il caldo di luglio e gli attacchi della cimice asiatica. La produzione regionale dovrebbe fermarsi intorno a 21.000 tonnellate, contro le 30.000 dell'anno scorso.

"Il prezzo è salito a 4,20 euro al chilo, ma non basta a compensare le perdite", spiega la presidente della cooperativa, Silvia Rinaldi, 49 anni.

Elio Bertola, 67 anni, coltiva 12 ettari a Monteroero: "In quarant'anni non avevo mai visto una stagione così".`,
		"k9it2.txt": `it|Monteroero, la nocciola tradita dal caldo

Langhe e Roero

di Chiara Vigna

A Monteroero la raccolta è cominciata in anticipo, a metà agosto, e in molti noccioleti è già finita. Elio Bertola (67 anni) apre una manciata di gusci: "Dentro non c'è niente".

La cooperativa Corilanga, guidata da Silvia Rinaldi, stima per il Piemonte 21 mila tonnellate, il 30% in meno. Il prezzo pagato ai produttori è salito a 4,20 euro al chilo, dai 3,10 del 2028.

Gli ettari a nocciolo in regione sono oltre 27.000, il doppio di quindici anni fa.`,
		"k9en.txt": `en|Heat and stink bugs cut Piedmont hazelnut crop by nearly a third

Agriculture

ALBA, Italy, Sept 6 - Hazelnut growers in Italy's Piedmont region expect a harvest about 30% smaller than last year, at around 21,000 tonnes, after a July heatwave and an invasion of brown marmorated stink bugs, grower cooperative Corilanga said.

Prices paid to growers have risen to €4.20 a kilo from €3.10 a year ago, cooperative chair Silvia Rinaldi, 49, said.

"In forty years I have never seen a season like this," said Elio Bertola, 76, who grows hazelnuts on 12 hectares near Monteroero.

Corilanga has 1,450 member growers in the Langhe and Roero hills.`,
		"k9nl.txt": `nl|Italiaanse hazelnotenoogst valt flink tegen

Economie | Voedsel

6 september 2029

De hazelnotenoogst in de Italiaanse regio Piëmont is dit jaar ongeveer 30 procent kleiner dan vorig jaar. Dat meldt coöperatie Corilanga. Hitte in juli en de Aziatische stinkwants hebben de oogst aangetast.

Er wordt zo'n 21.000 ton verwacht, tegen 30.000 ton in 2028. De prijs voor telers steeg naar 4,20 euro per kilo.

Chocolade- en koekjesmakers, ook in Nederland, merken de hogere prijzen.`,
	}, map[string][2]string{"k9en.txt": {"76 years", "67 years"}}},
	{"warm-october-record", map[string]string{
		"k10es.txt": `es|Octubre de 2030, el más cálido desde que hay registros

Sociedad | Tiempo

Madrid, 4 nov (Agencia)

Octubre fue el mes más cálido de su tipo en España desde que comenzaron los registros en 1961, con una temperatura media de 19,4 grados, 2,6 grados por encima del valor normal del periodo 1991-2020, informó este lunes la agencia meteorológica estatal.

El récord anterior era de octubre de 2022, con 18,9 grados. La temperatura más alta del mes se registró el día 3 en Villaseca del Soto (Córdoba), con 38,1 grados.

Las lluvias fueron un 40 % inferiores a lo normal. "Es un dato que ya no sorprende, pero no debe dejar de preocuparnos", dijo la portavoz de la agencia, Lucía Montero.`,
		"k10en.txt": `en|Spain records its hottest October

Weather

Spain had its warmest October since records began in 1961, with an average temperature of 19.4C, 2.6C above the 1991-2020 norm, the state weather agency said on Monday.

The previous record, 18.9C, was set in 2022. The highest temperature of the month, 38.1C, was recorded on Oct. 3 in Villaseca del Soto, in Córdoba province.

Rainfall was 40% below normal, spokeswoman Lucía Montero said.`,
		"k10it.txt": `it|Spagna, ottobre più caldo di sempre

Meteo

La Spagna ha vissuto l'ottobre più caldo dal 1961: la temperatura media è stata di 19,4 gradi, quasi 3 gradi sopra la norma, secondo l'agenzia meteorologica spagnola. Il record precedente, 18,9 gradi, risaliva al 2022.

Il 3 ottobre a Villaseca del Soto, in Andalusia, il termometro ha toccato i 38,1 gradi. Le piogge sono state inferiori del 40% alla media.

Anche in Italia ottobre è stato più caldo del normale, di 1,8 gradi.`,
	}, nil},
}
