package compare

// heldOutHabagat is a blind held-out set of ten events as a reader's feed
// mixes labour, court, environment and culture news: a Spanish labour court
// ruling delivery riders are employees (es, en, it), a Dutch call centre
// closing (nl, nl, en), an Italian landfill pollution trial (it, it, en), a
// brown bear filmed in Burgos (es, es, en, nl), a Dutch concert hall opening
// (nl, nl, en, it), a Spanish basilica's roof repair (es, es, en), Xylella
// spreading in Puglia (it, it, en, nl), a labour inspection of Rioja grape
// pickers (es, en, it), ospreys breeding in a Dutch reserve (nl, nl, en, es)
// and a flamenco festival's attendance record (es, en, nl). It was written
// without reading the extraction or the matching code.
//
// Six events hold one planted contradiction each, five of them outside the
// first paragraph and four in the report of the event's minority language:
// a count (the Italian report's 1.580 riders for 1,850, second paragraph),
// an amount (the English fine of 4.2 million euros for 2.4 million, third
// paragraph), a weekday (the second Dutch report's zondag 15 september for
// Saturday, first paragraph), a duration (the second Spanish report's
// 14 meses for 18, third paragraph), a percentage (the Dutch 6,3 procent of
// samples for 3.6%, third paragraph) and a distance (the Spanish
// 3.400 kilómetros for 4,300 km, second paragraph). The call centre, bear,
// grape-picker and flamenco events hold none. The traps: about 1,900 for
// 1,850 riders, 600 riders today and 740 riders of a 2026 ruling; ruim 400
// of ruim 600 jobs, about two thirds and 69% as a share of 610, 190 left;
// four and a half years against 4 anni e 6 mesi, six years sought, a mayor's
// claim of over 3 million against the 2.4 million fine and 14 million of
// clean-up; 37 miles for 60 km, an age of twee à drie jaar for unos tres
// años, 265 lb; 1.400 free tickets beside 1,450 seats, ruim 25 miljoen
// overrun and 58 miljoen paid by the town of the 96 million, 35% over 71;
// casi dos millones for 1.9 million, parts of 1.2 million and 700,000,
// a year and a half for 18 months, 13,000 sq ft; 15 miles for 25 km,
// within a month for 30 days, up from 2.1%; nearly a third and circa il 30%
// of 210, two ages in either order; 2,700 miles for 4,300 km, five pairs
// last year and six now; bijna 50.000 for 48,000, up from 41,500, a budget
// of 1.3 million this year and 1.5 million next.
//
// Frozen before its first run, which flagged 3 of the 6 contradictions and
// 1 false disagreement. It missed the Italian 1,580 riders against 1,850
// (each stood in a row of its own, fattorini against repartidores), the
// English fine of €4.2 million against €2.4 million (the English amount was
// in no row at all) and the Spanish 14 months against 18 months (two rows
// of their own). The false one set the call centre's 420 jobs cut against
// the second Dutch report's "ruim 600 Nederlandse banen", the company's
// whole Dutch workforce. The set's maximum of one false disagreement was
// kept, as the run stayed within it.
//
// Fixed after, so the set is held out no longer: a sum after a name is no
// model's number ("fined Ecoserra 4.2 million euros"); fines and delivery
// riders in the synonym table; a span between two years is no count; "a
// year and a half" is a round length, which a lone "14 meses" joins: 6/6
// flagged, 1 false.
var heldOutHabagat = []heldOutEvent{
	{"riders-employment-ruling", map[string]string{
		"k1es.txt": `es|Un juzgado de Zaragoza declara asalariados a 1.850 repartidores de Zampa

Aragón | Tribunales

Zaragoza, 5 jun 2029 - 13:40

El Juzgado de lo Social número 4 de Zaragoza ha declarado que los 1.850 repartidores que trabajaron para la plataforma Zampa Delivery en Aragón entre 2025 y 2027 eran trabajadores por cuenta ajena y no autónomos, según la sentencia notificada este martes.

La magistrada Pilar Ezquerra Lahoz condena a la empresa a abonar a la Tesorería General de la Seguridad Social 3,1 millones de euros en cotizaciones no pagadas. El procedimiento se inició a raíz de un acta de la Inspección de Trabajo levantada en 2027.

Según la sentencia, los repartidores trabajaban una media de 32 horas semanales y la aplicación les asignaba los pedidos y fijaba el precio de cada servicio. "La supuesta libertad para rechazar encargos era, en la práctica, inexistente", escribe la jueza.

Zampa, filial del grupo italiano Consegne Veloci, anunció que recurrirá ante el Tribunal Superior de Justicia de Aragón.

El sindicato Riders en Lucha celebró el fallo. Su portavoz, Iván Calvo, de 29 años, pidió a la plataforma que "regularice ya" a los cerca de 600 repartidores que trabajan hoy para ella en Zaragoza.`,
		"k1en.txt": `en|Spanish court rules delivery app's riders are employees

MADRID, June 5 (Wire) - A labour court in Zaragoza has ruled that about 1,900 riders who delivered for the app Zampa Delivery in the Aragon region were employees rather than self-employed contractors, and ordered the company to pay 3.1 million euros ($3.4 million) in unpaid social security contributions.

The ruling, notified on Tuesday, covers the years 2025 to 2027 and follows an inspection by Spain's labour authority. The court found that the riders worked an average of 32 hours a week and that the app assigned orders and set prices.

Zampa, a unit of Italy's Consegne Veloci, said it would appeal to the region's high court.

Spain's 2021 "riders' law" presumes delivery couriers to be employees, but labour inspectors say several platforms still rely on self-employed riders. In 2026 a court in Valencia reached a similar ruling covering 740 riders of another platform.

(Reporting by Elena Marsh; editing by Tom Reade)`,
		"k1it.txt": `it|Spagna, i rider di Consegne Veloci sono dipendenti: condannata la controllata

Economia

di Marco Benedetti

Un tribunale del lavoro di Saragozza ha stabilito che i rider della piattaforma Zampa Delivery, controllata dal gruppo milanese Consegne Veloci, non erano lavoratori autonomi ma dipendenti a tutti gli effetti.

La sentenza riguarda 1.580 fattorini che hanno lavorato in Aragona tra il 2025 e il 2027. La società dovrà versare alla previdenza sociale spagnola 3,1 milioni di euro di contributi non pagati.

Secondo la giudice, i rider lavoravano in media 32 ore a settimana e l'app decideva sia l'assegnazione degli ordini sia il compenso per ogni consegna.

Consegne Veloci, che in Italia conta circa 9.000 rider, ha fatto sapere in una nota che la controllata presenterà ricorso. Il titolo ha chiuso la seduta di martedì a Piazza Affari in calo del 2,3%.

© RIPRODUZIONE RISERVATA`,
	}, map[string][2]string{"k1it.txt": {"1,580", "1,850"}}},
	{"call-centre-layoffs", map[string]string{
		"k2nl.txt": `nl|Callcenter Telvaro in Winsterveen sluit: 420 banen weg

Regio | Werk

Bijgewerkt: 22 mei 2029, 16:05

Het callcenter van Telvaro Contact in Winsterveen gaat volgend jaar dicht. Daardoor verdwijnen 420 banen, heeft het bedrijf dinsdag bekendgemaakt aan het personeel. Het werk wordt overgeheveld naar vestigingen in Porto en Casablanca.

Telvaro heeft in Nederland nu 610 medewerkers. Na de sluiting blijven er 190 over, allemaal op het hoofdkantoor in Utrecht. De vestiging in Winsterveen moet uiterlijk 1 maart 2030 leeg zijn.

"Dit komt keihard aan", zegt Ineke Bolhuis (47), voorzitter van de ondernemingsraad. "Veel collega's werken hier al sinds de opening in 2004."

Volgens vakbond FNV is het al de tweede reorganisatie in korte tijd: in 2027 verdwenen er ook 85 banen. De bond wil snel overleg over een sociaal plan.

Lees ook: Werkloosheid in Noord-Nederland licht gestegen`,
		"k2nl2.txt": `nl|Telvaro verplaatst klantenservice naar Portugal en Marokko

Economie

Telecomdienstverlener Telvaro Contact sluit zijn callcenter in het Groningse Winsterveen. Ruim 400 van de ruim 600 Nederlandse banen van het bedrijf verdwijnen, ongeveer twee derde.

Volgens directeur Sander Wijnands zijn de loonkosten in Nederland te hoog geworden. "We hebben lang naar alternatieven gezocht, maar de klanten van onze opdrachtgevers willen 24 uur per dag geholpen worden tegen een prijs die hier niet meer haalbaar is", zei hij.

Het personeel hoorde het nieuws dinsdagochtend. De sluiting wordt in de loop van 2030 afgerond; de eerste afdelingen gaan in november dicht.

Wijnands (55) zegt dat medewerkers een aanbod krijgen om in Utrecht te gaan werken, maar hij verwacht dat weinigen daarop ingaan: de reisafstand is ruim 180 kilometer.`,
		"k2en.txt": `en|Dutch call centre operator to cut 420 jobs, move work abroad

AMSTERDAM, May 22 (Wire) - Telvaro Contact, a Dutch customer-service outsourcing firm, said on Tuesday it would close its call centre in the northern town of Winsterveen by March 2030, cutting 420 jobs, or about 69% of its Dutch workforce of 610.

The work will move to the company's sites in Porto, Portugal, and Casablanca, Morocco, where it employs about 1,300 people combined.

Chief executive Sander Wijnands, 55, blamed rising wage costs. The Dutch minimum wage has risen by more than 20% since 2023.

The FNV union said it would seek talks on a redundancy package.`,
	}, nil},
	{"landfill-pollution-trial", map[string]string{
		"k3it.txt": `it|Discarica Valdorso, condannato a 4 anni e 6 mesi l'imprenditore Altieri

(ANSA) - SANTA MARIA CAPUA VETERE, 13 MAR - Il tribunale di Santa Maria Capua Vetere ha condannato a 4 anni e 6 mesi di reclusione Gennaro Altieri, 61 anni, titolare della Ecoserra srl, per inquinamento ambientale e traffico illecito di rifiuti legati alla discarica di località Valdorso, nel Casertano. La procura aveva chiesto 6 anni.

Alla società è stata inflitta una sanzione di 2,4 milioni di euro. I giudici hanno inoltre disposto un risarcimento di 850 mila euro al Comune di Valdorso, parte civile nel processo.

Secondo l'accusa, tra il 2019 e il 2024 nella discarica sarebbero state smaltite circa 120 mila tonnellate di rifiuti industriali non autorizzati. Il percolato ha contaminato la falda su un'area di 38 ettari, dove le analisi hanno rilevato concentrazioni di arsenico fino a 12 volte oltre i limiti di legge.

Assolto il figlio Raffaele Altieri, 34 anni, responsabile tecnico dell'impianto. I difensori hanno annunciato ricorso in appello. (ANSA).`,
		"k3it2.txt": `it|Veleni nella falda, arriva la condanna per la discarica di Valdorso

Cronaca | Caserta

di Teresa Iannone

Quattro anni e mezzo di carcere. È la pena inflitta ieri dal tribunale di Santa Maria Capua Vetere a Gennaro Altieri, il sessantunenne patron della Ecoserra, la società che gestiva la discarica di Valdorso.

Per la Ecoserra la condanna prevede una multa di 2,4 milioni. Al Comune andranno 850.000 euro di risarcimento, mentre il sindaco Antonio Capuano ne aveva chiesti oltre 3 milioni.

In aula c'erano decine di residenti. "Per quindici anni abbiamo bevuto l'acqua dei pozzi senza sapere niente", ha detto Carmela Russo, 58 anni, del comitato Valdorso Pulita. Nella zona circa 40 pozzi privati sono stati chiusi nel 2024.

La falda inquinata si estende per 38 ettari. La bonifica, stimata dalla Regione in 14 milioni di euro, non è ancora partita.`,
		"k3en.txt": `en|Italian waste boss jailed over landfill that poisoned groundwater

ROME (Wire) - An Italian court on Tuesday sentenced the owner of a waste company to four and a half years in prison for polluting groundwater near the town of Valdorso, north of Naples, with leachate from an illegal landfill.

Gennaro Altieri, 61, owner of Ecoserra, was convicted of environmental pollution and illegal waste trafficking. Prosecutors had sought six years. His son, who was the site's technical manager, was acquitted.

The court fined Ecoserra 4.2 million euros and ordered it to pay 850,000 euros in damages to the town council.

Investigators say about 120,000 tonnes of industrial waste were dumped at the site between 2019 and 2024, contaminating groundwater across 38 hectares (94 acres). Arsenic levels reached 12 times the legal limit.

The Campania region around Naples has for decades been plagued by illegal dumping, much of it linked to organised crime.`,
	}, map[string][2]string{"k3en.txt": {"€4.2 million", "€2.4 million"}}},
	{"bear-sighting", map[string]string{
		"k4es.txt": `es|Un oso pardo reaparece en el norte de Burgos más de un siglo después

Castilla y León | Medio ambiente

Burgos, 17 abr 2029

Una cámara de fototrampeo instalada por la Junta de Castilla y León ha captado a un oso pardo en los montes de Quintanilla del Monte, en el norte de la provincia de Burgos, donde no se tenía constancia de la especie desde 1911.

Según los técnicos de la Consejería de Medio Ambiente, se trata de un macho joven, de unos tres años y alrededor de 120 kilos de peso, probablemente procedente de la subpoblación oriental de la cordillera Cantábrica, cuyo núcleo más cercano está a unos 60 kilómetros.

"Es habitual que los machos jóvenes se dispersen en primavera en busca de nuevos territorios", explicó la jefa del servicio de Espacios Naturales, Lucía Arnáiz. Las imágenes se grabaron la madrugada del pasado 9 de abril.

La población de oso pardo cantábrico se estima en unos 370 ejemplares, frente a menos de 100 a mediados de los años noventa.`,
		"k4es2.txt": `es|Vecinos de Quintanilla, entre la sorpresa y la inquietud por el oso

Por Jorge Saiz

Ganaderos y vecinos de Quintanilla del Monte, un pueblo burgalés de 84 habitantes, reaccionaron ayer con una mezcla de sorpresa y preocupación a la noticia de que un oso merodea por sus montes por primera vez en más de un siglo.

"Mi abuelo contaba historias de osos, pero nadie aquí ha visto uno", decía Aurelio Peña, de 77 años, que cría 150 ovejas. La Junta recuerda que los daños causados por el oso al ganado se indemnizan.

El ejemplar, un macho joven de unos 120 kilos, fue grabado el 9 de abril por una cámara de vigilancia. Los técnicos creen que llegó desde la montaña palentina, a unos 60 kilómetros.`,
		"k4en.txt": `en|Brown bear spotted in Spanish province for first time in over 100 years

MADRID (Wire) - A young brown bear has been filmed by a wildlife camera in the northern Spanish province of Burgos, where the species had not been recorded since 1911, regional authorities said on Tuesday.

The male, thought to be around three years old and weighing some 120 kg (265 lb), probably wandered from the eastern Cantabrian mountains, about 37 miles (60 km) away, officials said.

The Cantabrian brown bear population has recovered to an estimated 370 animals, from fewer than 100 in the mid-1990s, thanks to hunting bans and habitat protection.`,
		"k4nl.txt": `nl|Bruine beer voor het eerst in ruim honderd jaar gezien in Spaanse provincie

Dieren

Een wildcamera heeft in de Noord-Spaanse provincie Burgos een jonge bruine beer gefilmd. Het is voor het eerst sinds 1911 dat de soort daar is waargenomen, melden de regionale autoriteiten.

Het gaat om een mannetje van naar schatting twee à drie jaar oud dat zo'n 120 kilo weegt. Waarschijnlijk is hij afkomstig uit het Cantabrisch Gebergte, op ongeveer 60 kilometer afstand.

In het Cantabrisch Gebergte leven naar schatting 370 beren. Halverwege de jaren negentig waren het er nog geen honderd.`,
	}, nil},
	{"concert-hall-opening", map[string]string{
		"k5nl.txt": `nl|Nieuw concertgebouw Harderhaven opent in september

Cultuur

Harderhaven, 12 augustus 2029

Het nieuwe concertgebouw De Kade in Harderhaven opent zaterdag 15 september de deuren met een gratis openingsconcert van het Harderhavens Philharmonisch. Dat heeft de gemeente bekendgemaakt.

Het gebouw aan het IJsselmeer telt een grote zaal met 1.450 stoelen en een kamermuziekzaal met 320 plaatsen. Het ontwerp is van het Milanese bureau Studio Ferraresi.

De bouw kostte uiteindelijk 96 miljoen euro. Bij het raadsbesluit in 2024 was nog 71 miljoen begroot. "De meerkosten zijn vooral het gevolg van de gestegen bouwprijzen", zegt wethouder Cultuur Marloes van Dam.

Chef-dirigent Jonas Ekdahl (44) dirigeert bij de opening de Negende symfonie van Mahler. In de eerste week volgen nog elf concerten.`,
		"k5nl2.txt": `nl|De Kade opent op 15 september: 'Eindelijk een echte concertzaal'

Door Femke Rozendaal

Na vijf jaar bouwen opent het concertgebouw De Kade in Harderhaven op zondag 15 september. Het Harderhavens Philharmonisch onder leiding van Jonas Ekdahl speelt die avond Mahlers Negende.

De grote zaal biedt plaats aan 1450 bezoekers. Volgens akoestisch adviseur Pieter Lammers is de nagalmtijd van 2,1 seconden "vergelijkbaar met de beste zalen van Europa".

Wethouder Marloes van Dam noemt de overschrijding van ruim 25 miljoen euro "pijnlijk maar verdedigbaar". De gemeente betaalde 58 miljoen, de provincie en het Rijk de rest.

Voor het openingsconcert worden 1.400 gratis kaarten verloot; aanmelden kan tot en met 31 augustus.`,
		"k5en.txt": `en|Dutch town's €96m concert hall to open in September

AMSTERDAM (Wire) - De Kade, a new concert hall in the Dutch lakeside town of Harderhaven designed by Milan architects Studio Ferraresi, will open on Saturday, Sept. 15, the town council said.

The building cost 96 million euros, about 35% more than the 71 million budgeted in 2024. Its main hall seats 1,450 people and a smaller chamber hall 320.

The resident Harderhaven Philharmonic and its chief conductor Jonas Ekdahl, 44, will play Mahler's Ninth Symphony at the opening.`,
		"k5it.txt": `it|Porta la firma di Studio Ferraresi la nuova sala da concerto olandese

Cultura | Architettura

Si inaugura il 15 settembre De Kade, la sala da concerto di Harderhaven, nei Paesi Bassi, progettata dallo studio milanese Ferraresi. L'edificio, affacciato sull'IJsselmeer, ospita una sala principale da 1.450 posti e una sala da camera da 320.

«Abbiamo voluto un edificio che sembrasse una barca tirata a riva», racconta l'architetta Giulia Ferraresi, 52 anni, che ha fondato lo studio nel 2003 con il fratello Paolo.

Il costo finale è salito a 96 milioni di euro, contro i 71 previsti. Lo studio, che impiega 85 persone, sta lavorando anche al nuovo auditorium di Bergamo.`,
	}, map[string][2]string{"k5nl2.txt": {"Sunday", "Saturday"}}},
	{"basilica-roof-repair", map[string]string{
		"k6es.txt": `es|Comienzan las obras para reparar la cubierta de la basílica de Santa María de Torrelaguna del Campo

Cultura | Patrimonio

Valladolid, 2 oct 2029

Las obras de reparación de la cubierta de la basílica de Santa María, en Torrelaguna del Campo (Valladolid), comenzaron este martes y se prolongarán durante 18 meses, según informó la Junta de Castilla y León.

La intervención, con un presupuesto de 1,9 millones de euros, afectará a unos 1.200 metros cuadrados de tejado, dañados por el temporal de viento del pasado mes de febrero, que arrancó cerca de 3.000 tejas y dejó al descubierto parte de la bóveda de la nave central.

El Ministerio de Cultura aporta 1,2 millones y el Arzobispado de Valladolid los 700.000 euros restantes. La basílica, del siglo XVI, permanecerá abierta al culto, aunque la nave central estará cerrada durante toda la obra.

La última gran restauración del templo se realizó en 1978.`,
		"k6es2.txt": `es|La basílica de Torrelaguna estrena andamios

Por Beatriz Olmedo

Un andamio de 32 metros de altura cubre desde ayer la fachada sur de la basílica de Santa María de Torrelaguna del Campo, donde ha comenzado la reparación de la cubierta que el temporal de febrero dejó maltrecha.

"Cuando vimos el agua entrar sobre el retablo pensamos lo peor", recuerda el párroco, Julián Carrasco, de 68 años. El retablo mayor, de 1562, fue cubierto con lonas y no sufrió daños graves.

La empresa adjudicataria, Restauraciones Duero, calcula que los trabajos durarán 14 meses. En total se sustituirán unas 3.000 tejas y se reforzarán varias vigas de madera de la estructura.

El coste, de casi dos millones de euros, lo asumen el Ministerio de Cultura y el Arzobispado.`,
		"k6en.txt": `en|Storm-hit Spanish basilica begins 18-month roof repair

VALLADOLID, Spain (Wire) - Work began on Tuesday to repair the roof of the 16th-century basilica of Santa María in the Spanish town of Torrelaguna del Campo, which lost some 3,000 tiles in a storm in February.

The 1.9 million euro ($2.1 million) project, paid for by the culture ministry and the archdiocese, will cover about 1,200 square metres (13,000 sq ft) of roof and is expected to take a year and a half.

The basilica was last restored in 1978. It will stay open for services during the works, though its nave will be closed.`,
	}, map[string][2]string{"k6es2.txt": {"14 months", "18 months"}}},
	{"xylella-spread", map[string]string{
		"k7it.txt": `it|Xylella, il batterio avanza verso nord: focolaio nella Murgia barese

Bari, 6 novembre 2029

Il monitoraggio della Regione Puglia ha individuato 214 ulivi infetti da Xylella fastidiosa nel territorio di Castellano Murge, in provincia di Bari, circa 25 chilometri più a nord dell'ultimo focolaio noto.

Nella campagna 2029 i tecnici hanno analizzato 18.600 campioni: il 3,6% è risultato positivo, contro il 2,1% dell'anno precedente.

La Regione ha disposto l'abbattimento delle piante infette entro 30 giorni e ha istituito una zona cuscinetto di 5 chilometri intorno ai focolai. Per gli indennizzi agli agricoltori sono stati stanziati 35 milioni di euro.

«Dobbiamo agire subito per proteggere gli uliveti secolari della provincia», ha detto l'assessore all'Agricoltura Michele Lorusso.

Dalla sua comparsa nel Salento, nel 2013, la Xylella ha ucciso oltre 20 milioni di ulivi.`,
		"k7it2.txt": `it|Castellano Murge, agricoltori in assemblea dopo la scoperta della Xylella

di Nicola De Santis

Sono più di duecento gli ulivi che dovranno essere abbattuti nelle campagne di Castellano Murge, dove il batterio della Xylella è stato trovato per la prima volta. Ieri sera in municipio si sono ritrovati circa 300 agricoltori.

«Ho 400 piante, alcune hanno più di cento anni», racconta Vito Amoruso, 63 anni. «Se le tagliano, cosa resta?».

La Regione promette indennizzi e un piano di reimpianto con varietà resistenti come Leccino e FS-17. La Coldiretti chiede di raddoppiare i 35 milioni stanziati.`,
		"k7en.txt": `en|Olive-killing bacterium spreads further north in Italy's Puglia

ROME, Nov 6 (Wire) - Xylella fastidiosa, the bacterium that has killed millions of olive trees in southern Italy, has been found in 214 trees near Castellano Murge in the province of Bari, about 15 miles north of the nearest previous outbreak, regional officials said.

Some 3.6% of the 18,600 samples tested this year were positive, up from 2.1% in 2028. Infected trees must be felled within a month.

The region has set aside 35 million euros to compensate growers.`,
		"k7nl.txt": `nl|Olijfbomenplaag Xylella rukt verder op in Zuid-Italië

Buitenland

De bacterie Xylella fastidiosa, die in de Italiaanse regio Apulië al meer dan twintig miljoen olijfbomen heeft gedood, is opgedoken in de omgeving van Bari. Bij het dorp Castellano Murge zijn 214 besmette bomen gevonden.

De vondst ligt zo'n 25 kilometer ten noorden van de vorige haard. Alle besmette bomen moeten binnen dertig dagen worden gekapt.

Van de 18.600 monsters die dit jaar werden onderzocht, bleek 6,3 procent besmet, tegen 2,1 procent een jaar eerder. De regio trekt 35 miljoen euro uit voor schadevergoedingen aan boeren.

De bacterie wordt verspreid door de schuimcicade, een klein insect dat zich voedt met plantensap.`,
	}, map[string][2]string{"k7nl.txt": {"6.3%", "3.6%"}}},
	{"grape-pickers-inspection", map[string]string{
		"k8es.txt": `es|La Inspección de Trabajo detecta 64 temporeros sin contrato en viñedos de La Rioja

Logroño, 21 sep (Agencia)

Una operación conjunta de la Guardia Civil y la Inspección de Trabajo en 17 explotaciones vitícolas de La Rioja Alta ha permitido detectar a 64 trabajadores sin contrato ni alta en la Seguridad Social entre los 210 temporeros controlados durante la vendimia.

Los agentes detuvieron a dos hombres, de 44 y 39 años, acusados de captar a trabajadores extranjeros y de quedarse con parte de su salario. Según la Guardia Civil, los temporeros cobraban 4 euros por hora, menos de la mitad del salario mínimo, y vivían hacinados en dos naves de Haro.

Las empresas se enfrentan a sanciones que podrían superar los 400.000 euros. La operación se llevó a cabo entre el 10 y el 14 de septiembre.`,
		"k8en.txt": `en|Spanish police arrest two over exploitation of grape pickers in Rioja

MADRID (Wire) - Spanish police have arrested two men suspected of exploiting grape pickers in the Rioja wine region, after inspectors found that nearly a third of the 210 seasonal workers they checked had no contract.

The checks, carried out at 17 vineyards earlier this month, found 64 workers with no contract or social security registration, the Guardia Civil said on Friday. The two suspects, aged 39 and 44, allegedly recruited migrants and kept part of their wages.

The workers were paid 4 euros an hour, less than half the Spanish minimum wage, and were housed in two warehouses in the town of Haro, police said.

Fines for the farms could exceed 400,000 euros.`,
		"k8it.txt": `it|Rioja, braccianti sfruttati nella vendemmia: due arresti

Vino & Mercati

La Guardia Civil spagnola ha arrestato due uomini di 44 e 39 anni accusati di sfruttare i vendemmiatori in 17 aziende vitivinicole della Rioja Alta. Su 210 lavoratori controllati, 64 erano in nero, pari a circa il 30%.

I braccianti, in gran parte stranieri, venivano pagati 4 euro l'ora e alloggiati in due capannoni a Haro. Le aziende rischiano sanzioni per oltre 400 mila euro.

Il caso arriva in un momento delicato per la denominazione, che nel 2028 ha venduto 262 milioni di bottiglie, il 4% in meno dell'anno precedente.`,
	}, nil},
	{"osprey-nest", map[string]string{
		"k9nl.txt": `nl|Visarend broedt voor het eerst in Helderbroek: drie jongen

Natuur

Voor het eerst broedt er een paar visarenden in het Helderbroek bij Lelystad. In het nest op een kunstmatige paal zijn drie jongen uit het ei gekomen, meldt Staatsbosbeheer.

Het vrouwtje, dat de naam Wieke kreeg, draagt sinds 2027 een zender. Zij vloog dit voorjaar in 19 dagen ruim 4.300 kilometer van haar overwinteringsgebied in Senegal naar Flevoland. Onderweg rustte ze drie dagen in het Spaanse natuurgebied Doñana.

"Dit is een mijlpaal", zegt boswachter Gerrit Hoekstra. "De visarend is in Nederland nog een zeldzame broedvogel: vorig jaar waren er in het hele land maar vijf broedparen."

Het nest wordt 24 uur per dag gefilmd. De jongen vliegen naar verwachting half juli uit.`,
		"k9nl2.txt": `nl|Livestream visarendnest trekt tienduizenden kijkers

Door Anouk Veldman

De webcam bij het visarendnest in het Helderbroek is in een week tijd al meer dan 60.000 keer bekeken. Sinds vorige week zitten er drie jongen in het nest.

Moeder Wieke is een bekende: haar trektocht van ongeveer 4300 kilometer vanuit West-Afrika werd dit voorjaar dag voor dag gevolgd via haar zender. Het mannetje is niet geringd; onderzoekers denken dat hij uit Duitsland komt.

Volgens Sovon broeden er nu zes paren in Nederland, tegen vijf vorig jaar en één in 2016.`,
		"k9en.txt": `en|Ospreys raise three chicks at Dutch nature reserve in first for the site

A pair of ospreys has hatched three chicks at the Helderbroek nature reserve near Lelystad, in the central Netherlands, the first time the birds have bred there, forestry agency Staatsbosbeheer said.

The female, fitted with a satellite tag in 2027, flew about 2,700 miles (4,300 km) from Senegal in 19 days this spring, with a three-day stopover in Spain's Doñana national park.

The Netherlands had only five breeding pairs of ospreys last year.`,
		"k9es.txt": `es|Una águila pescadora que paró en Doñana cría por primera vez en Holanda

Naturaleza

Una hembra de águila pescadora marcada con un emisor GPS, que hizo escala en Doñana durante su migración, ha sacado adelante tres pollos en la reserva natural de Helderbroek, en el centro de los Países Bajos.

El ave, bautizada como Wieke, recorrió 3.400 kilómetros en 19 días desde Senegal, con una parada de tres días en las marismas del Guadalquivir, según los datos de su emisor.

En España la especie se recupera gracias a programas de reintroducción: en Andalucía crían ya unas 60 parejas, frente a ninguna en 2003.`,
	}, map[string][2]string{"k9es.txt": {"3,400 km", "4,300 km"}}},
	{"flamenco-festival", map[string]string{
		"k10es.txt": `es|El Festival Flamenco de Almadén del Sur bate su récord con 48.000 espectadores

Cultura | Música

Jaén, 30 jul 2029

El Festival Flamenco de Almadén del Sur cerró el domingo su 31.ª edición con 48.000 espectadores, un 16 % más que el año pasado y la mejor cifra de su historia, según la organización.

Durante nueve días se celebraron 62 espectáculos en cinco escenarios, entre ellos el castillo y la plaza de toros de la localidad jiennense. La edición de 2028 había reunido a 41.500 personas.

"Hemos conseguido que el festival deje de ser solo para aficionados", señaló su director, Manuel Ortega Vílchez, de 57 años, que anunció que la próxima edición tendrá un presupuesto de 1,5 millones de euros, frente a los 1,3 millones de este año.

La cantaora Rocío de la Vega, de 24 años, ganó el Candil de Plata, dotado con 12.000 euros.`,
		"k10en.txt": `en|Spanish flamenco festival draws record crowd of 48,000

MADRID (Wire) - The flamenco festival of Almadén del Sur in Andalusia drew a record 48,000 spectators over nine days, up from 41,500 last year, organisers said on Monday.

The festival, now in its 31st year, staged 62 shows on five stages, including the town's castle and bullring. Director Manuel Ortega, 57, said next year's budget would rise to 1.5 million euros.

Singer Rocío de la Vega, 24, won the festival's top prize.`,
		"k10nl.txt": `nl|Flamencofestival in Andalusië trekt recordaantal bezoekers

Reizen | Cultuur

Het flamencofestival van Almadén del Sur, in de Zuid-Spaanse provincie Jaén, heeft dit jaar bijna 50.000 bezoekers getrokken, het hoogste aantal ooit. Vorig jaar waren het er ongeveer 41.500.

Het festival duurde negen dagen en telde 62 voorstellingen. Het budget bedroeg 1,3 miljoen euro; volgend jaar wordt dat 1,5 miljoen.

Wie volgend jaar wil gaan: het festival vindt traditioneel plaats in de laatste twee weken van juli. Kaarten kosten tussen 15 en 45 euro.`,
	}, nil},
}
