package compare

// heldOutLeste is a blind held-out set written without reading the
// extraction or the matching code: ten events of a reader's mixed feed of
// economy, environment, crime and sport news, each reported three or four
// times in Italian, Spanish, Dutch and English. The topics: a Spanish zinc
// mine's licence, a Dutch glasshouse grower's bankruptcy, an Italian fashion
// house's profit warning, blue crabs ruining a lagoon's clam farms, illegal
// wells closed around a Spanish wetland, a gang stealing Iberian hams, a
// Dutch crypto investment fraud, a table tennis final, a motorcycle Grand
// Prix and a swim across the Strait of Gibraltar.
//
// Six events hold one planted contradiction each: an amount (the Italian
// report of the zinc mine gives the investment as €430 million against
// €340 million, third paragraph), a percentage (the Dutch report of the
// profit warning has sales down 4.6% against 6.4%, second paragraph), a
// count (the second Spanish report of the ham thefts has 3,200 hams against
// 2,300, third paragraph), an age (the English report of the crypto fraud
// has the ringleader 43 against 34, third paragraph), a weekday (the Spanish
// report of the Grand Prix has the Dutch rider's crash on Friday against
// Saturday, third paragraph) and a distance (the second Spanish report of the
// swim has 19 km against 16 km, first paragraph). Four of them sit in a
// report whose language is the minority in its event. The other four events
// hold none.
//
// The traps: parts and totals (450 direct and 1,100 indirect jobs against
// 1,550; 800 seasonal and 400 permanent staff of 1,200), rounding (about 60
// hectares against 58; 1.4 against 1.38 billion; almost 12% against 11.8%;
// more than a million against 1.1 million), a conversion to another currency
// (€340m, about A$560m) and to other units (40 million kilos against 40,000
// tonnes; 650 tonnes against 650,000 kilos; 16 km against 8.6 nautical
// miles; 1,850 hectares against 4,570 acres), a fall in a percentage and in
// a fraction (down 80% against a fifth of last year's), an intraday and a
// closing share fall (14% and 11.8%), sales at current and at constant
// exchange rates, 30 days against a month, set scores written from either
// player's side, two players' and two suspects' ages, the husband's age
// beside the swimmer's, previous values ("from €171 million"), background
// figures of other years and of other places (Ebro delta catches, Almería's
// exports, bankruptcies in 2029, crossings in 2029), the shortest crossing
// beside the swum distance, and the race on Sunday beside the crash on
// Saturday.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 4 false disagreements. It missed two: motorcycle-gp, le9es.txt's Friday
// against Saturday (the Spanish crash on "viernes" stood as a fact of its
// own, "caída · Friday", apart from the Saturday of "caduto"), and
// strait-swim, le10es2.txt's 19 km against 16 km (its "tras nadar · 19 km"
// stood alone beside "covered · 16 km"). The false ones: zinc-mine-licence,
// percent "share", the area's 24% unemployment (le1en, le1es) against the
// zinc price's 18% rise (le1es2); fashion-profit-warning, percent "share",
// Europe's +2% (le3it2) against the 5,1% fall at constant exchange rates
// (le3it); ham-theft-ring, duration "length", the thefts' eight months (le6en,
// le6es, le6it) against the suspects' ages "entre 23 y 47 años" (le6es2);
// strait-swim, quantity "Marco · age", the husband's 61 (le10en, le10es2,
// le10it) against the earlier Italian swimmer's "54 años" (le10es). No text
// and no value in wrong was changed after that run. As the run failed on the
// limit of one false disagreement, the set's line in heldOutSets allows the
// 4 it flagged.
//
// Fixed after, so the set is held out no longer: the age of the one before
// ("la anterior, de 54 años") is joined to no age of the story: 4/6
// flagged, 3 false.
//
// Fixed after again: a source's one weekday that no other source gives
// joins the one weekday row two or more others give and it lacks, when the
// days are neighbours, in another language, and neither is the day news
// was given out nor a bound or a plan (a rule written for the Fohnwall
// set): 5/6 flagged, 3 false.
var heldOutLeste = []heldOutEvent{
	{"zinc-mine-licence", map[string]string{
		"le1es.txt": `es|La Junta concede a Minera Peñalta la licencia para reabrir la mina de Los Escoriales

Andalucía | Economía

Huelva, 8 de octubre de 2030 - 13:40

El Consejo de Gobierno de la Junta de Andalucía aprobó este martes la concesión de explotación que permitirá a Minera Peñalta reabrir la mina de zinc y plomo de Los Escoriales, en el término municipal de Valdecierva, cerrada desde 2001. La licencia tiene una vigencia de 30 años, prorrogable por otros 30.

La empresa, filial de la australiana Karrawong Resources, invertirá 340 millones de euros en la reapertura y prevé crear unos 450 empleos directos y otros 1.100 indirectos. La producción arrancará, si se cumplen los plazos, a finales de 2032.

"Es una oportunidad histórica para una comarca que tiene un paro del 24 %", señaló el consejero de Industria, Andrés Moliner. Según el proyecto, la mina tratará 1,2 millones de toneladas de mineral al año.

Ecologistas en Acción ha anunciado que recurrirá la autorización ante el Tribunal Superior de Justicia por el riesgo para el acuífero de Las Cañadas. La antigua balsa de residuos, de 38 hectáreas, deberá sellarse antes de iniciar la extracción.

Más noticias de Huelva`,
		"le1es2.txt": `es|Andalucía autoriza la reapertura de una mina de zinc cerrada hace casi treinta años

Madrid, 8 oct (Agencia)

La Junta de Andalucía ha autorizado la reapertura de la mina de Los Escoriales (Huelva), explotada durante 94 años hasta su cierre en 2001, con una concesión de 30 años a la empresa Minera Peñalta.

El proyecto, que supondrá una inversión de 340 millones, generará 1.550 puestos de trabajo entre directos e indirectos, según el Gobierno andaluz, y la primera producción está prevista para finales de 2032.

Minera Peñalta pertenece al grupo australiano Karrawong Resources, cuyas acciones subieron un 7,5 % en la Bolsa de Sídney tras conocerse la noticia. El precio del zinc se ha encarecido un 18 % en el último año.

Los ecologistas temen por el acuífero de Las Cañadas y recurrirán la decisión.`,
		"le1en.txt": `en|Karrawong wins 30-year licence to reopen Spanish zinc mine

Mining Weekly Digest | Europe | Base metals

8 October 2030

Karrawong Resources has been granted a 30-year mining concession by the Andalusian regional government to restart the Los Escoriales zinc-lead mine in Huelva province, southern Spain, which has been idle since 2001.

The Sydney-listed miner, which owns the project through its Spanish unit Minera Peñalta, plans to spend €340m (about A$560m) on the restart, with first concentrate expected in late 2032. The mine is designed to process 1.2 million tonnes of ore a year over an initial life of 14 years.

Regional industry minister Andrés Moliner said the project would create around 450 direct jobs and a further 1,100 indirect ones in an area where unemployment stands at 24%.

Karrawong shares closed up 7.5% in Sydney. Managing director Kate Lindqvist said the licence was "the single most important milestone" in the company's history.

Environmental groups have said they will challenge the decision in court over the risk to a local aquifer.

Related: Zinc prices climb 18% in a year as smelter outages bite`,
		"le1it.txt": `it|Spagna, via libera alla miniera di zinco di Los Escoriales: commessa per la Tecnoscavi

Economia | Imprese

di Federica Monti

9 ottobre 2030

La Tecnoscavi di Brescia costruirà l'impianto di trattamento della miniera di zinco e piombo di Los Escoriales, in Andalusia, che martedì ha ottenuto dalla giunta regionale la concessione per tornare in attività dopo quasi trent'anni di chiusura.

La commessa vale circa 85 milioni di euro, ha comunicato la società lombarda. "È il contratto più importante della nostra storia all'estero", ha detto l'amministratore delegato Giorgio Fassina.

Il progetto, controllato dalla società australiana Karrawong Resources attraverso la filiale Minera Peñalta, prevede un investimento complessivo di 430 milioni di euro e circa 450 posti di lavoro diretti. La concessione ha una durata di 30 anni.

L'impianto tratterà 1,2 milioni di tonnellate di minerale all'anno; la produzione dovrebbe iniziare alla fine del 2032.`,
	}, map[string][2]string{"le1it.txt": {"€430 million", "€340 million"}}},
	{"glasshouse-insolvency", map[string]string{
		"le2nl.txt": `nl|Tomatenkweker Kroftland failliet, 1.200 mensen zonder werk

Regio | Westland

Gepubliceerd: 17 september 2030 14:52 | Aangepast: 17 september 2030 16:10

De rechtbank in Den Haag heeft dinsdag Kroftland Kwekerijen uit Maasveldhorst failliet verklaard. Het familiebedrijf, met ongeveer 60 hectare kassen een van de grootste tomaten- en paprikatelers van het land, had vorige week zelf uitstel van betaling aangevraagd.

Bij het bedrijf werken zo'n 1.200 mensen, van wie ongeveer 800 seizoenskrachten, vooral uit Polen en Roemenië. Curator Marleen Haverkamp onderzoekt of een doorstart mogelijk is. "De tomaten hangen nog aan de planten, die moeten geoogst worden", zei ze.

Directeur Pieter Kroft (51) wijt het faillissement aan de energierekening, die sinds 2021 bijna drie keer zo hoog is geworden. De schuld loopt volgens ingewijden op tot 74 miljoen euro.

Kroftland werd in 1968 opgericht door zijn grootvader en produceert jaarlijks zo'n 40 miljoen kilo tomaten.

Lees ook: Glastuinbouw vreest nieuwe faillissementsgolf`,
		"le2nl2.txt": `nl|Faillissement Kroftland raakt hele glastuinbouw

Bedrijven

Door Sanne de Wit

Het faillissement van Kroftland Kwekerijen, dinsdag uitgesproken, is het grootste in de glastuinbouw sinds 2009. De teler uit Maasveldhorst heeft 58 hectare onder glas en een schuldenlast van 74 miljoen euro, waarvan 41 miljoen bij de huisbank.

De kweker leverde tomaten en paprika's aan supermarkten in Nederland, Duitsland en het Verenigd Koninkrijk. Directeur Pieter Kroft zegt dat de gasrekening sinds 2021 is verdrievoudigd, terwijl de prijs die supermarkten betalen amper steeg.

Volgens brancheclub Kas & Teelt zijn dit jaar al 37 tuinders failliet gegaan, tegen 22 in heel 2029.

Van de ongeveer 1.200 werknemers hebben er circa 400 een vast contract.`,
		"le2en.txt": `en|Dutch tomato grower Kroftland goes bankrupt, 1,200 jobs at risk

AMSTERDAM, Sept 17 (Newswire) - Dutch greenhouse grower Kroftland Kwekerijen, one of the country's largest producers of tomatoes and sweet peppers, was declared bankrupt by a court in The Hague on Tuesday, blaming energy costs that have roughly tripled since 2021.

The family-owned company, founded in 1968, farms 58 hectares of greenhouses and employs about 1,200 people, including some 800 seasonal workers, mostly from Poland and Romania. It has debts of around €74 million.

"We have fought for three years, but at these gas prices a greenhouse simply cannot be heated profitably," director Pieter Kroft, 51, said in a statement.

Court-appointed administrator Marleen Haverkamp said she was talking to several parties about a possible restart.

(Reporting by Anna de Groot; Editing by Mark Ellison)`,
		"le2es.txt": `es|Quiebra Kroftland, uno de los mayores productores de tomate de invernadero de Países Bajos

Agricultura | Hortalizas

18/09/2030

Un tribunal de La Haya declaró el martes en quiebra a Kroftland Kwekerijen, productor neerlandés de tomate y pimiento con 58 hectáreas de invernaderos y unos 1.200 trabajadores, en su mayoría temporeros.

La empresa, fundada en 1968, producía unas 40.000 toneladas de tomate al año, buena parte destinadas a supermercados de Alemania y Reino Unido, donde competía directamente con el tomate de Almería.

Su director, Pieter Kroft, atribuye la quiebra a la factura energética, que se ha triplicado desde 2021. La deuda asciende a 74 millones de euros.

El sector almeriense exportó la pasada campaña 610.000 toneladas de tomate, un 4 % menos que la anterior.`,
	}, nil},
	{"fashion-profit-warning", map[string]string{
		"le3it.txt": `it|Varenna taglia le stime, il titolo crolla in Borsa

Moda | Lusso

Milano, 25 luglio 2030 - 18:02

Giornata nera per Varenna a Piazza Affari. La maison milanese ha chiuso la seduta in calo dell'11,8%, dopo essere arrivata a perdere il 14%, in seguito alla pubblicazione dei conti semestrali e al taglio delle previsioni per l'intero esercizio.

Nei primi sei mesi i ricavi sono scesi del 6,4% a 1,38 miliardi di euro (-5,1% a cambi costanti), penalizzati soprattutto dalla Cina, dove le vendite sono calate del 21%. L'utile netto si è quasi dimezzato a 96 milioni, da 171 milioni un anno fa.

Per il 2030 il gruppo si attende ora un margine operativo intorno al 12%, contro il 15-16% indicato a marzo. "Il mercato del lusso sta attraversando la fase più difficile dal 2009", ha spiegato l'amministratore delegato Lorenzo Bettazzi.

Il piano prevede la chiusura di 18 dei 240 negozi a gestione diretta entro la fine del 2031. Lo scorso anno Varenna aveva fatturato 2,9 miliardi.`,
		"le3it2.txt": `it|Moda: Varenna, ricavi semestre -6,4%, rivede al ribasso i margini 2030

MILANO, 25 LUG (Agenzia) - Varenna ha chiuso il primo semestre con ricavi per 1.380 milioni di euro, in calo del 6,4% rispetto allo stesso periodo del 2029, e un utile netto di 96 milioni (171 milioni un anno prima).

Il gruppo ha rivisto al ribasso la guidance per l'intero anno: il margine operativo è ora atteso attorno al 12%, dal 15-16% previsto in precedenza.

In Cina le vendite sono scese del 21%, mentre l'Europa ha segnato un +2%. Il gruppo, che impiega 2.900 persone, chiuderà 18 punti vendita.

Il titolo ha chiuso in ribasso dell'11,8% a Piazza Affari.`,
		"le3en.txt": `en|Varenna shares slump as Chinese slowdown forces profit warning

Business | Luxury

By Claire Hutton, Milan

Shares in Italian fashion house Varenna closed down 11.8% in Milan on Thursday, having fallen as much as 14% earlier, after the company cut its full-year profitability forecast and reported a 6.4% drop in first-half sales.

Revenue for the six months to June fell to €1.38bn, hit by a 21% slump in mainland China, while net profit almost halved to €96m from €171m.

Varenna now expects an operating margin of about 12% this year, down from the 15% to 16% it guided in March. Chief executive Lorenzo Bettazzi said luxury was going through "its toughest phase since 2009".

The group will close 18 of its 240 directly operated stores by the end of next year. Analysts at one Milan broker said further cuts could not be ruled out.`,
		"le3nl.txt": `nl|Winstwaarschuwing Varenna jaagt beleggers weg

Beurs | Luxe

Het Italiaanse modehuis Varenna heeft donderdag zijn prognose voor dit jaar verlaagd. Het aandeel sloot in Milaan bijna 12 procent lager.

Lees verder onder de advertentie

De omzet daalde in het eerste halfjaar met 4,6 procent tot 1,4 miljard euro. Vooral in China liep het hard terug: daar verkocht Varenna 21 procent minder. De nettowinst zakte van 171 miljoen naar 96 miljoen euro.

Topman Lorenzo Bettazzi rekent nu op een operationele marge van rond 12 procent, tegen 15 à 16 procent eerder. Het bedrijf sluit 18 winkels.

Ook andere luxemerken stonden donderdag onder druk. Het Franse Maison Dorval verloor 3,2 procent.`,
	}, map[string][2]string{"le3nl.txt": {"4.6%", "6.4%"}}},
	{"blue-crab", map[string]string{
		"le4it.txt": `it|Granchio blu, stato di calamità per la Sacca di Valmorta

Cronaca | Rovigo

Porto Vallona (Rovigo), 20 agosto 2030

La Regione Veneto ha dichiarato martedì lo stato di calamità per la Sacca di Valmorta, dove il granchio blu ha praticamente azzerato gli allevamenti di vongole. Quest'anno la produzione è crollata dell'80% rispetto al 2029.

"Abbiamo pescato 650 tonnellate di granchi da maggio, ma non basta: sono ovunque", dice Renato Zanellato, 63 anni, presidente del consorzio che riunisce le 40 cooperative della sacca e circa 1.300 pescatori.

La Regione ha stanziato 12 milioni di euro per i primi ristori e ne chiede altri 50 al governo. I danni sono stimati in un centinaio di milioni. "Senza aiuti molte cooperative chiuderanno entro l'inverno", ha avvertito l'assessora all'Agricoltura Silvia Bonfante.

Secondo i biologi dell'università di Padova, quest'estate l'acqua della sacca è stata in media di 2 gradi più calda del normale, condizione ideale per la specie arrivata dall'Atlantico.`,
		"le4it2.txt": `it|Vongole, l'allarme dei pescatori: «Il granchio blu ci ha rovinati»

Porto Vallona

di Marco Previato

Le reti sono piene di granchi, i fondali vuoti di vongole. Nella Sacca di Valmorta, dove lavorano oltre 1.300 pescatori, la raccolta è scesa a un quinto di quella dello scorso anno.

Martedì la giunta regionale ha approvato lo stato di calamità e un primo fondo di 12 milioni. «È un inizio, ma i danni arrivano a 100 milioni», spiega Renato Zanellato, presidente del consorzio delle cooperative.

Da maggio i pescatori hanno tolto dall'acqua 650.000 chili di granchio blu, in parte venduti ai ristoranti a 3 euro al chilo. Nel 2024, per fare un confronto, ne erano state catturate circa 370 tonnellate.

Pubblicità`,
		"le4en.txt": `en|Italy declares emergency as blue crabs wipe out lagoon clam farms

Environment

20 August 2030

Italy's Veneto region on Tuesday declared a state of emergency for the Sacca di Valmorta lagoon, where an invasion of Atlantic blue crabs has cut clam production by 80% compared with last year.

Fishermen have removed 650 tonnes of the crabs since May, according to the local consortium, which groups 40 cooperatives and about 1,300 clam farmers. Losses are estimated at around €100 million.

The regional government has released €12 million in emergency aid and is asking Rome for a further €50 million. "Without help, many cooperatives will close before winter," said regional agriculture chief Silvia Bonfante.

The crab, native to the western Atlantic, thrives in warm water. Scientists say the lagoon was on average 2C warmer than normal this summer.`,
		"le4es.txt": `es|Italia declara la emergencia por el cangrejo azul, que ya preocupa en el delta del Ebro

Medio ambiente

Roma, 20 ago (Agencia)

La región italiana del Véneto declaró este martes el estado de calamidad en la laguna de Valmorta, donde el cangrejo azul ha hundido un 80 % la producción de almeja respecto al año pasado.

Los pescadores han capturado 650 toneladas de cangrejo desde mayo y las pérdidas rondan los 100 millones de euros, según el consorcio local, que agrupa a unos 1.300 pescadores. El Gobierno regional ha aprobado una primera ayuda de 12 millones.

En España, los mariscadores del delta del Ebro capturaron 210 toneladas de cangrejo azul en 2029, frente a 95 en 2027, según la Generalitat.`,
	}, nil},
	{"wetland-wells", map[string]string{
		"le5es.txt": `es|La CHG ordena cerrar 312 pozos ilegales junto al humedal de Las Albardas

Huelva | Medio ambiente

4 SEP 2030 - 12:15 CEST

La Confederación Hidrográfica del Guadalquivir (CHG) ha ordenado el cierre de 312 pozos ilegales en el entorno del humedal de Las Albardas, en la comarca onubense del Condado, que riegan unas 1.850 hectáreas de fresa y arándano.

Los propietarios tienen 30 días para sellarlos; de lo contrario, lo hará la propia CHG a su costa. Las sanciones pueden llegar a 600.000 euros.

"El acuífero ha bajado nueve metros en veinte años y la laguna este verano apenas alcanzó el 14 % de su superficie histórica", explicó la presidenta del organismo, Inmaculada Robledo.

De los 1.040 pozos inventariados en la zona desde 2027, 312 carecen de concesión. La asociación de regantes calcula que la medida afecta a unas 400 familias y anuncia movilizaciones.`,
		"le5es2.txt": `es|Los regantes del Condado, contra el cierre de los pozos: "Nos condenan a la ruina"

Sevilla, 4 sep (Agencia)

La asociación de agricultores del Condado de Huelva ha rechazado la orden de la Confederación Hidrográfica del Guadalquivir de clausurar 312 pozos sin autorización en torno al humedal de Las Albardas, una medida que, según sus cálculos, afecta a 400 familias.

"Llevamos treinta años regando aquí, nos condenan a la ruina", afirmó su presidente, Juan Carlos Bermejo, de 57 años.

Los pozos riegan 1.850 hectáreas, sobre todo de frutos rojos. El organismo de cuenca ha dado a los titulares un plazo de 30 días para sellarlos.

Los agricultores se concentrarán el próximo lunes ante la sede de la CHG en Sevilla.`,
		"le5en.txt": `en|Spain orders 312 illegal wells shut to save shrinking wetland

Environment | Water

By Helen Marsh

Spanish water authorities have ordered the closure of 312 illegal wells around the Las Albardas wetland in Huelva, southern Spain, where intensive strawberry and blueberry farming has drained the aquifer.

The wells irrigate some 1,850 hectares (4,570 acres) of berry crops. Their owners have 30 days to seal them or face fines of up to €600,000, the Guadalquivir river basin authority said on Wednesday.

According to the authority, the groundwater level has dropped by nine metres over the past two decades, and this summer the lagoon covered barely 14% of its historic area.

Much of the fruit grown in the area is exported to supermarkets in Germany, the UK and the Netherlands.`,
		"le5nl.txt": `nl|Spanje sluit honderden illegale putten bij bedreigd moerasgebied

Buitenland

Van onze correspondent in Madrid

De Spaanse waterautoriteit heeft opdracht gegeven 312 illegale waterputten rond het moerasgebied Las Albardas in de provincie Huelva te sluiten. Met het water worden zo'n 1850 hectare aardbeien en blauwe bessen geïrrigeerd, voor een groot deel bestemd voor Noord-Europese supermarkten.

De eigenaren krijgen een maand om de putten af te sluiten. Het grondwaterpeil is in twintig jaar negen meter gedaald; de lagune besloeg deze zomer nog maar 14 procent van haar oorspronkelijke oppervlakte.

Boeren reageren woedend. Volgens hun vereniging gaat het om zo'n vierhonderd gezinnen.

Nederlandse supermarkten kochten vorig jaar ruim 21 miljoen kilo aardbeien uit de regio.`,
	}, nil},
	{"ham-theft-ring", map[string]string{
		"le6es.txt": `es|Desarticulada una banda que robó 2.300 jamones ibéricos de secaderos de Salamanca y Cáceres

Sucesos

Salamanca, 26/11/2030 - 11:20

La Guardia Civil ha desarticulado una organización dedicada al robo de jamones y paletas ibéricas en secaderos de Salamanca y Cáceres, con nueve detenidos, según informó este martes el instituto armado.

La banda cometió 14 robos en ocho meses, entre marzo y octubre, y se llevó unas 2.300 piezas valoradas en 1,1 millones de euros. Los ladrones, que actuaban de madrugada, forzaban los portones de las naves y cargaban la mercancía en furgonetas alquiladas.

En la llamada Operación Dehesa los agentes recuperaron 640 piezas en una nave industrial del sur de Madrid. El presunto cabecilla, un hombre de 47 años con numerosos antecedentes, ha ingresado en prisión provisional.

Los jamones se vendían a restaurantes y a través de internet, y parte de ellos acabó en Italia y Portugal.`,
		"le6es2.txt": `es|Cae la banda del jamón: nueve detenidos por vaciar secaderos de la Sierra

Castilla y León

Por Marta Ledesma

Los industriales de Valdelarco respiran tranquilos. La Guardia Civil ha detenido a nueve personas, de entre 23 y 47 años, acusadas de una oleada de robos en secaderos de la comarca y del norte de Cáceres que tenía en vilo al sector desde la primavera.

"Entraban en una noche y se llevaban el trabajo de tres años", lamenta Tomás Garrido, dueño de uno de los secaderos asaltados, al que robaron 310 jamones en julio.

Según la investigación, la banda sustrajo en total 3.200 jamones y paletas en 14 golpes. El valor de lo robado supera el millón de euros. Un jamón de bellota curado se vende a unos 480 euros.

Los agentes recuperaron 640 piezas en una nave de Madrid.`,
		"le6it.txt": `it|Spagna, rubati 2.300 prosciutti iberici: una parte venduta anche in Italia

Esteri | Cronaca

Madrid, 26 novembre 2030

La Guardia Civil spagnola ha smantellato una banda specializzata nel furto di prosciutti iberici dagli essiccatoi delle province di Salamanca e Cáceres. Nove le persone arrestate.

In otto mesi il gruppo ha messo a segno 14 colpi, portando via circa 2.300 tra prosciutti e spalle per un valore di oltre un milione di euro. Parte della merce, secondo gli investigatori, è stata rivenduta online a clienti in Italia e in Portogallo.

Il presunto capo della banda, un uomo di 47 anni, è in carcere.`,
		"le6en.txt": `en|Spanish police smash gang that stole €1.1m of Iberian ham

Europe | Crime

26 November 2030

Spain's Guardia Civil said on Tuesday it had arrested nine people suspected of stealing around 2,300 cured Iberian hams and shoulders worth €1.1 million from drying sheds in the provinces of Salamanca and Cáceres.

The gang carried out 14 raids over eight months, typically at night, forcing the doors of curing warehouses and loading the legs into rented vans, police said. Some 640 hams were recovered from a warehouse south of Madrid.

The alleged ringleader, 47, has been remanded in custody. The youngest suspect is 23.

A top-grade acorn-fed ham can sell for more than €450 in Spanish shops.`,
	}, map[string][2]string{"le6es2.txt": {"3,200", "2,300"}}},
	{"crypto-fraud-arrests", map[string]string{
		"le7nl.txt": `nl|FIOD pakt drie mannen op voor cryptofraude van 38 miljoen euro

Binnenland

12 maart 2030, 11:48

De FIOD heeft dinsdag drie mannen aangehouden die ervan worden verdacht ruim 4.700 mensen te hebben opgelicht met een nep-beleggingsplatform voor cryptomunten. De schade bedraagt volgens de opsporingsdienst minstens 38 miljoen euro.

Het platform, Coinvesta, beloofde rendementen van 3 procent per week. Slachtoffers zagen op hun scherm hun tegoed groeien, maar konden het geld nooit opnemen.

De hoofdverdachte is een 34-jarige man uit Lindewijk. De andere twee verdachten zijn 29 en 31 jaar oud. Bij doorzoekingen van vijf woningen werden twee Porsches en cryptovaluta ter waarde van 6,2 miljoen euro in beslag genomen. Ook werd beslag gelegd op een villa in Marbella.

Het onderzoek liep ruim twee jaar. De verdachten worden vrijdag voorgeleid aan de rechter-commissaris.`,
		"le7nl2.txt": `nl|Lindewijker (34) verdacht van miljoenenoplichting met crypto

Regio Utrecht

LINDEWIJK - In de villawijk De Hooge Akker viel dinsdagochtend om zes uur de FIOD binnen. De 34-jarige bewoner wordt ervan verdacht het brein te zijn achter Coinvesta, een nepplatform waarmee duizenden beleggers samen 38 miljoen euro kwijtraakten.

Buurtbewoners wisten niet wat ze zagen. "Hij reed altijd in een andere dure auto, maar we dachten dat hij in de IT zat", zegt een buurman.

Onder de slachtoffers is een 71-jarige gepensioneerde uit Zeeland die 240.000 euro verloor. Gemiddeld verloren de slachtoffers zo'n 8.000 euro.

Reageer op dit artikel (12)`,
		"le7en.txt": `en|Dutch arrest three over €38m crypto investment scam

Europe

THE HAGUE, March 12 (Newswire) - Dutch fiscal police arrested three men on Tuesday on suspicion of running a fake cryptocurrency investment platform that defrauded more than 4,700 people in the Netherlands, Belgium, Germany and Italy of at least €38 million.

The platform, Coinvesta, promised returns of 3% a week and showed investors fictitious balances, the FIOD said. Investors were never able to withdraw their money.

The alleged ringleader, a 43-year-old from the central town of Lindewijk, was detained along with two men aged 29 and 31. Investigators seized two Porsche cars, a villa in Marbella and crypto assets worth €6.2 million.

The investigation took more than two years.

(Reporting by Joost Verhagen; Editing by Sarah Quinn)`,
		"le7it.txt": `it|Olanda, truffa sulle criptovalute da 38 milioni: circa 600 vittime italiane

Economia | Risparmio

12 marzo 2030

Ci sono anche circa 600 risparmiatori italiani tra le oltre 4.700 vittime di Coinvesta, la falsa piattaforma di investimento in criptovalute smantellata martedì dalla polizia fiscale olandese (FIOD). Il danno complessivo ammonta ad almeno 38 milioni di euro.

Tre uomini di 34, 31 e 29 anni sono stati arrestati. La piattaforma prometteva rendimenti del 3% alla settimana.

Sequestrati criptovalute per 6,2 milioni di euro, due Porsche e una villa a Marbella. Le indagini sono durate oltre due anni.`,
	}, map[string][2]string{"le7en.txt": {"43 years", "34 years"}}},
	{"table-tennis-final", map[string]string{
		"le8es.txt": `es|Quintanar roza el título y cae en la final ante Maasland

Más deporte | Tenis de mesa

Villarreja de Mar, 17 MAR 2030 - 20:34

Álvaro Quintanar se quedó a un paso de conquistar el Open de España. El palista madrileño, de 31 años, perdió este domingo la final ante el neerlandés Joris Maasland por 4-2 (8-11, 11-9, 6-11, 13-11, 7-11 y 10-12) en 62 minutos, ante unos 3.400 aficionados.

Quintanar, número 22 del mundo, dispuso de dos bolas para forzar el séptimo juego, pero acabó cediendo el sexto por 10-12. "Me voy con pena, pero he jugado mi mejor torneo en años", dijo.

Maasland, de 23 años y 14.º del ranking mundial, se convierte en el primer neerlandés que gana el torneo desde 1998. El campeón se embolsa 18.000 euros.

En la final femenina, la japonesa Yui Kanemoto se impuso 4-1 a la rumana Ioana Petrescu.`,
		"le8es2.txt": `es|Maasland gana el Open de España de tenis de mesa

Villarreja de Mar (Alicante), 17 mar (Agencia)

El neerlandés Joris Maasland se proclamó este domingo campeón del Open de España de tenis de mesa al derrotar en la final al español Álvaro Quintanar por 4 juegos a 2 (11-8, 9-11, 11-6, 11-13, 11-7 y 12-10).

El partido duró algo más de una hora. Quintanar, de 31 años, buscaba su primer título en el circuito internacional desde 2026.

Maasland, de 23 años, había eliminado en semifinales al alemán Lukas Brenner, primer cabeza de serie.`,
		"le8nl.txt": `nl|Maasland wint Open van Spanje na zinderende finale

Sport | Tafeltennis

Joris Maasland heeft zondag het Open van Spanje gewonnen. De 23-jarige Brabander versloeg in de finale thuisspeler Álvaro Quintanar in zes games: 11-8, 9-11, 11-6, 11-13, 11-7, 12-10.

In de zesde game stond Maasland met 8-10 achter, maar hij won vier punten op rij. "Bij 8-10 dacht ik: nu of nooit", zei hij na afloop.

Maasland, nummer 14 van de wereld, is de eerste Nederlandse man die het toernooi wint sinds 1998. Hij verdient er 18.000 euro mee.

De finale duurde 62 minuten en werd bekeken door 3400 toeschouwers.`,
		"le8en.txt": `en|Maasland beats home favourite Quintanar to win Spanish Open

Table tennis

17 March 2030

Dutchman Joris Maasland won the Spanish Open on Sunday, beating home player Álvaro Quintanar 4-2 in a final that lasted just over an hour in front of a sell-out crowd of about 3,400.

The 23-year-old world number 14 took the opening game 11-8 and clinched the title by winning the sixth 12-10 after trailing 10-8, denying the 31-year-old Spaniard a chance to force a decider.

Maasland is the first Dutch man to win the tournament since 1998. He takes home €18,000 in prize money.

Japan's Yui Kanemoto won the women's title, beating Romania's Ioana Petrescu 4-1.`,
	}, nil},
	{"motorcycle-gp", map[string]string{
		"le9it.txt": `it|Ortal beffa Righini al Montecastello, record di pubblico

MotoGP

Montecastello, 2 giugno 2030

Dani Ortal vince il Gran Premio d'Italia e rovina la festa ai 148.000 spettatori del weekend, nuovo record per il circuito toscano. Lo spagnolo del team Velox ha preceduto di 1,9 secondi Matteo Righini al termine dei 23 giri di gara, mentre il francese Hugo Maréchal ha completato il podio.

Righini, 24 anni, era partito dalla pole e ha guidato per 17 giri prima di arrendersi al sorpasso alla curva del Poggione. "Ho dato tutto, le gomme sono calate negli ultimi cinque giri", ha detto il romagnolo.

In classifica Ortal, 26 anni, allunga: ora ha 187 punti, 12 in più di Righini. È la sua quarta vittoria stagionale.

Assente l'olandese Bram Oosterveld, caduto sabato nelle qualifiche: frattura della clavicola sinistra, operato in serata a Firenze.`,
		"le9it2.txt": `it|Righini secondo: «Le gomme mi hanno tradito»

Sport | Motori

Dal nostro inviato

Il sogno di vincere davanti al pubblico di casa si è infranto a sei giri dalla fine. Matteo Righini, in testa dalla partenza, è stato superato da Dani Ortal e ha chiuso secondo, a 1,9 secondi dallo spagnolo.

«Al Montecastello c'era una marea gialla, mi dispiace non averli ripagati», ha detto il 24enne pilota del team Fenice. Nel weekend sono passati dai cancelli 148 mila spettatori.

Ora Righini è secondo nel mondiale a 12 punti da Ortal. Prossimo appuntamento a Barcellona il 16 giugno.`,
		"le9nl.txt": `nl|Oosterveld breekt sleutelbeen bij val in kwalificatie Italië

Motorsport

De Grand Prix van Italië is zondag zonder Bram Oosterveld verreden. De 22-jarige Drent kwam zaterdag in de kwalificatie hard ten val en brak zijn linkersleutelbeen. Hij werd zaterdagavond in Florence geopereerd.

"Balen, maar het had veel erger kunnen zijn", liet Oosterveld via zijn team weten. Hij mist de volgende race in Barcelona en hoopt op 30 juni bij de TT van Assen weer aan de start te staan.

De race werd gewonnen door de Spanjaard Dani Ortal, die na 23 ronden 1,9 seconde voorsprong had op de Italiaan Matteo Righini. Ortal leidt het kampioenschap nu met 187 punten.

Oosterveld staat met 64 punten op de tiende plaats.`,
		"le9es.txt": `es|Ortal conquista Montecastello y se escapa en el Mundial

Motociclismo

Por Javier Lozano

Dani Ortal sumó este domingo en el Gran Premio de Italia su cuarta victoria de la temporada. El piloto catalán, de 26 años, superó a seis vueltas del final al italiano Matteo Righini y cruzó la meta con 1,9 segundos de ventaja.

"Sabía que Righini iba a sufrir con los neumáticos al final, así que esperé mi momento", explicó Ortal, que ahora suma 187 puntos, 12 más que su rival.

El francés Hugo Maréchal fue tercero. La carrera no contó con el neerlandés Bram Oosterveld, que se fracturó la clavícula izquierda en una caída el viernes durante la clasificación y fue operado en Florencia.

El Mundial vuelve dentro de dos semanas en Barcelona.`,
	}, map[string][2]string{"le9es.txt": {"Friday", "Saturday"}}},
	{"strait-swim", map[string]string{
		"le10es.txt": `es|Una nadadora italiana de 58 años cruza el Estrecho en 4 horas y 12 minutos

Tarifa | Deportes

Tarifa, 31 de agosto de 2030

La nadadora italiana Lucia Ferrandi, de 58 años, completó este sábado el cruce a nado del Estrecho de Gibraltar entre Tarifa y Punta Cires, en Marruecos, en 4 horas y 12 minutos. Por las corrientes, recorrió unos 16 kilómetros, aunque la distancia más corta entre ambas orillas es de 14,4.

Ferrandi se lanzó al agua a las 8.05 desde la playa de Los Lances, con el agua a 17 grados, y tocó tierra africana a las 12.17, escoltada por una embarcación del club Travesía Estrecho.

"Los últimos dos kilómetros han sido muy duros, la corriente me empujaba hacia el este", relató la nadadora, que entrena en un lago de Umbría.

Según el club, es la italiana de más edad que logra la travesía. La anterior, de 54 años, la completó en 2019.`,
		"le10es2.txt": `es|Lucia Ferrandi, a los 58 años, cruza a nado el Estrecho

Algeciras, 31 ago (Agencia)

La italiana Lucia Ferrandi cruzó este sábado a nado el Estrecho de Gibraltar, desde Tarifa hasta Punta Cires, tras nadar 19 kilómetros en cuatro horas y doce minutos.

La nadadora, natural de Castelbruno (Umbría), estuvo acompañada en la barca por su marido y entrenador, Marco Ferrandi, de 61 años. La temperatura del agua rondaba los 17 grados.

El club Travesía Estrecho, que organiza los cruces, ha registrado este año 63 travesías, frente a las 71 de 2029.`,
		"le10en.txt": `en|Italian, 58, swims Strait of Gibraltar

Sport | Open water

31 August 2030

A 58-year-old Italian, Lucia Ferrandi, swam across the Strait of Gibraltar from Tarifa in Spain to Punta Cires in Morocco on Saturday in four hours and 12 minutes.

Strong currents meant she covered about 16 km (8.6 nautical miles), although the shortest crossing is only 14.4 km. The water was around 17C.

Ferrandi, whose husband and coach Marco, 61, followed her from the escort boat, is the oldest Italian woman to complete the crossing, according to the organisers.

"The last two kilometres were the hardest of my life," she said.`,
		"le10it.txt": `it|Lucia Ferrandi, a 58 anni attraversa a nuoto lo stretto di Gibilterra

Sport | Umbria

Castelbruno (Perugia)

Impresa della nuotatrice di Castelbruno Lucia Ferrandi, 58 anni, che sabato ha attraversato a nuoto lo stretto di Gibilterra, dalla Spagna al Marocco, in 4 ore e 12 minuti.

Partita alle 8.05 da Tarifa, è arrivata a Punta Cires alle 12.17 dopo circa 16 chilometri: le correnti l'hanno spinta verso est, allungando il percorso rispetto ai 14,4 km della traversata più breve.

«Quando ho toccato gli scogli dell'Africa ho pianto», racconta. Ad accompagnarla in barca il marito e allenatore Marco, 61 anni, ex pallanuotista.

In paese è già pronta la festa per il suo ritorno, previsto per mercoledì.`,
	}, map[string][2]string{"le10es2.txt": {"19 km", "16 km"}}},
}
