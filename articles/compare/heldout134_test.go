package compare

// heldOutShamal is a blind held-out set of ten events of mixed national
// and regional news, in Dutch, Spanish, Italian and English, written
// without reading the extraction or the matching: a leaning bell tower
// closed in Italy, a Dutch town's participatory budget vote, a Spanish
// monastery sold to a hotel group, a Roman aqueduct restored, 43 donkeys
// seized from a farm, a Dutch sea lock closed for new gates, 120 beehives
// stolen, a sewer collapse that swallows a car, a korfball final and an
// Italian region's heat-pump grants.
//
// Six events hold one planted contradiction each: a height in metres (the
// Spanish report, the only one in its language, second paragraph), a
// turnout percentage (the English report, third paragraph), a count of
// hotel rooms (the Italian report, in its lead), an age (the English
// report, second paragraph), an amount in euros (the Italian report,
// third paragraph) and a duration in weeks (the English report, last
// paragraph). The aqueduct, sea lock, korfball and heat-pump events hold
// none. Their traps: feet and pounds beside metres and euros, "quasi due
// metri" beside 1,9 metri, "bijna een op de vijf" beside 18,4 procent,
// "algo más de 4 millones" beside 4,3 millones, "bijna een miljoen" beside
// 950.000 euro, "cerca de medio millón" beside 480.000 euros, "ruim
// 11.000" beside 11.200, "ruim twee jaar" beside 26 meses, "un mes y
// medio" beside six weeks, spelled counts (Quarantatré, Veertien,
// Centoventi, ottomila), "4mila"/"63.000"/"25mila" shapes, parts and
// totals (2,1 + 1,1 of 3,2 millones; 42 of 185 million; 5 of 25 million;
// 9 and 34 of 43 donkeys; 38 of 167 arches), previous values (12,9
// procent in 2023, 900 hives in 2022, 10.400 fans last year, 3.900
// grants in 2023), two people's ages in several events, match scores and
// the half-time score, and a weekday beside its date.
//
// Frozen before its first run, which flagged 5 of the 6 contradictions
// and 0 false disagreements; it missed the sewer event's duration, the
// English report's "at least five weeks" against the other three's "at
// least three weeks" (sh8en.txt's 5 weeks against 3 weeks): the four
// values stood in one row, "closed · 3 weeks", but it was not flagged,
// perhaps because both sides are lower bounds. The height, the turnout,
// the room count, the age and the amount were flagged as planted, and no
// trap was flagged. The table keeps its limit of one false disagreement.
var heldOutShamal = []heldOutEvent{
	{"campanile-tilt-closed", map[string]string{
		"sh1it.txt": `it|Castelbrusco, chiuso il campanile di Santa Giuliana: "Si inclina ancora"

Cronaca | Modena e provincia

Castelbrusco, 14 ottobre 2025 - ore 08:47

Da ieri, lunedì, il campanile della chiesa di Santa Giuliana è chiuso al pubblico. La torre, alta 58 metri e costruita all'inizio del Trecento, ha continuato a inclinarsi: secondo gli ultimi rilievi lo strapiombo in cima ha raggiunto 1,9 metri, 12 centimetri in più rispetto al 2021, quando furono installati i sensori.

Attorno alla torre è stata delimitata una zona rossa con un raggio di 30 metri. Chiusi anche due negozi e il passaggio pedonale verso piazza Garibaldi.

"Non c'è un pericolo imminente, ma non possiamo più far salire i turisti", ha spiegato la sindaca Daria Fontanesi. Ogni anno erano circa 14mila i visitatori che salivano i 212 gradini fino alla cella campanaria.

Il consolidamento delle fondazioni costerà, secondo una prima stima, 2,4 milioni di euro. La Regione ha già promesso 800mila euro; il resto dovrà arrivare dal ministero e dalla diocesi.

© Riproduzione riservata`,
		"sh1it2.txt": `it|Campanile pendente, stop alle visite a Castelbrusco

(Agenzia) - MODENA, 13 OTT - Chiuso da oggi alle visite il campanile di Santa Giuliana a Castelbrusco, nel Modenese. La torre di 58 metri è ormai fuori piombo di quasi due metri e negli ultimi quattro anni l'inclinazione è aumentata, hanno spiegato i tecnici dell'Università di Bologna che la monitorano.

"I movimenti sono lenti ma costanti", ha detto l'ingegnere Luca Bertè, che coordina il monitoraggio. Serviranno lavori sulle fondazioni per circa 2,4 milioni.

La sindaca Daria Fontanesi ha firmato un'ordinanza che vieta l'accesso nel raggio di 30 metri dalla torre.`,
		"sh1en.txt": `en|Italian town closes its leaning bell tower as tilt grows

World | Europe

By Staff Reporter | 14 October 2025

The medieval bell tower of Castelbrusco, a small town near Modena in northern Italy, was closed to visitors on Monday after engineers found that its lean had increased again.

The 58-metre (190ft) tower of the church of Santa Giuliana now overhangs its base by 1.9 metres, about 6ft. The tilt has grown by 12cm since sensors were fitted in 2021, said Luca Bertè, the University of Bologna engineer in charge of monitoring it.

"There is no immediate danger, but we cannot let tourists climb it any more," said the mayor, Daria Fontanesi. Some 14,000 people a year used to climb its 212 steps to the bell chamber.

Shoring up the foundations is expected to cost about €2.4m (£2.1m), of which the regional government has pledged €800,000. A 30-metre exclusion zone has been set up around the tower.

Read more: How Pisa's tower was saved`,
		"sh1es.txt": `es|Cierran el campanario inclinado de una localidad italiana

Internacional

Roma, 14 oct (Agencia)

Las autoridades de Castelbrusco, una pequeña localidad del norte de Italia cercana a Módena, cerraron el lunes a las visitas el campanario de la iglesia de Santa Giuliana, cuya inclinación sigue aumentando.

La torre, de 48 metros de altura y construida a principios del siglo XIV, está desplomada 1,9 metros en su parte superior, 12 centímetros más que en 2021, según los sensores instalados entonces por la Universidad de Bolonia.

"No hay peligro inminente, pero ya no podemos dejar subir a los turistas", declaró la alcaldesa, Daria Fontanesi. Unos 14.000 visitantes subían cada año sus 212 escalones.

La consolidación de los cimientos costará unos 2,4 millones de euros.`,
	}, map[string][2]string{"sh1es.txt": {"48 m", "58 m"}}},
	{"participatory-budget-vote", map[string]string{
		"sh2nl.txt": `nl|Ruim 7.400 Werveldenaren stemden over buurtbudget: speeltuin Hoogkamp grote winnaar

Nieuws | Wervelde

Gepubliceerd: 17 november 2025, 16:12 | Laatst bijgewerkt: 17:40

In totaal 7.420 inwoners van Wervelde hebben hun stem uitgebracht op de ideeën voor het buurtbudget van 1,5 miljoen euro. Dat maakte de gemeente maandag bekend. De opkomst kwam uit op 18,4 procent van de ruim 40.000 inwoners van 12 jaar en ouder die mochten stemmen.

Grote winnaar is de nieuwe speeltuin in de wijk Hoogkamp, met 2.310 stemmen. Het plan kost 240.000 euro. Op de tweede plaats eindigden de groene schoolpleinen (310.000 euro).

"Dit zijn ideeën van inwoners zelf, en nu ook gekozen door inwoners", zegt wethouder Sanne Mulders (participatie). "Bij de eerste ronde in 2023 stemden nog 5.100 mensen. Dat we nu zo ver boven de 12,9 procent van toen zitten, had ik niet durven dromen."

Van de 52 ingediende ideeën krijgen er 14 geld. De uitvoering begint in het voorjaar.

Lees ook: Gemeente zoekt nieuwe locatie voor milieustraat`,
		"sh2nl2.txt": `nl|Bijna een op de vijf inwoners stemde mee over Wervelds buurtbudget

Regio

WERVELDE - Bijna een op de vijf stemgerechtigde inwoners van Wervelde heeft meegedaan aan de stemming over het buurtbudget. De opkomst lag op 18,4 procent, tegen 12,9 procent twee jaar geleden.

Er was 1,5 miljoen euro te verdelen over 52 ideeën van inwoners. Veertien plannen halen het, met de speeltuin in Hoogkamp (240.000 euro) als uitschieter: 2310 stemmen.

Wethouder Sanne Mulders wil het buurtbudget volgend jaar verhogen naar 2 miljoen euro. De gemeenteraad moet daar nog over beslissen.

door Joris van Leeuwen`,
		"sh2en.txt": `en|Dutch town's residents pick playground as top project in budget vote

Local | Netherlands

17 November 2025

More than 7,400 residents of the Dutch town of Wervelde have voted on how to spend a €1.5 million neighbourhood budget, the municipality said on Monday.

A new playground in the Hoogkamp district came out on top with 2,310 votes. It will cost €240,000. Greener school playgrounds, costing €310,000, came second. In all, 14 of the 52 ideas submitted by residents will be funded.

Turnout was 14.8% of the roughly 40,000 residents aged 12 and over who were eligible, up from 12.9% in the first round in 2023, when 5,100 people voted.

"These are residents' ideas, now chosen by residents too," said alderwoman Sanne Mulders.`,
	}, map[string][2]string{"sh2en.txt": {"14.8%", "18.4%"}}},
	{"monastery-hotel-sale", map[string]string{
		"sh3es.txt": `es|La Junta vende el monasterio de Valdecea a una cadena hotelera por 4,3 millones

Castilla y León | Soria

Soria, 23 de mayo de 2025. Actualizado a las 11:20

La Junta de Castilla y León ha vendido el monasterio cisterciense de Santa María de Valdecea, cerrado desde 1996, al grupo Hoteles Almudí por 4,3 millones de euros. La operación se firmó este jueves en Valladolid.

La cadena invertirá 18 millones en convertir el edificio, fundado en 1164, en un hotel de cuatro estrellas con 64 habitaciones, spa y restaurante. Prevé abrir en la primavera de 2028 y crear unos 45 puestos de trabajo directos.

"Es la única manera de salvar el monasterio", aseguró el consejero de Cultura, Álvaro Garcés. La iglesia y el claustro, del siglo XII, seguirán abiertos al público al menos cuatro días por semana.

El conjunto tiene una superficie de 9.800 metros cuadrados. Los últimos monjes, una comunidad de once religiosos, lo abandonaron hace casi tres décadas.`,
		"sh3es2.txt": `es|Un monasterio del siglo XII de Soria será hotel de lujo

Valladolid, 22 may (Agencia)

El grupo Hoteles Almudí ha comprado por algo más de 4 millones de euros el monasterio de Santa María de Valdecea (Soria), que transformará en un hotel de 64 habitaciones con una inversión de 18 millones, según informó este jueves la Junta de Castilla y León.

El consejero de Cultura, Álvaro Garcés, destacó que el acuerdo obliga a la empresa a mantener abiertos la iglesia y el claustro. El director general de la cadena, Ignacio Lasheras, de 49 años, calificó el proyecto como "el más ambicioso" de la compañía, que gestiona 23 hoteles.

El hotel dará trabajo a unas 45 personas.`,
		"sh3en.txt": `en|Spanish monastery to become luxury hotel after €4.3m sale

Travel | Spain

A 12th-century Cistercian monastery in the Spanish province of Soria, empty since 1996, has been sold to hotel group Hoteles Almudí for €4.3m (£3.7m), the regional government of Castile and León said on Thursday.

The group plans to spend €18 million turning Santa María de Valdecea into a 64-room four-star hotel with a spa, due to open in spring 2028. It expects to create around 45 jobs.

"This is the only way to save the monastery," said Álvaro Garcés, the region's culture minister. Under the deal the church and the 12th-century cloister must remain open to the public at least four days a week.

Hoteles Almudí, whose chief executive Ignacio Lasheras is 49, runs 23 hotels in Spain and Portugal.`,
		"sh3it.txt": `it|Spagna, monastero cistercense diventa un hotel di lusso

Viaggi

Un monastero cistercense del XII secolo nella provincia di Soria, in Spagna, abbandonato dal 1996, diventerà un albergo a quattro stelle con 46 camere. Lo ha acquistato per 4,3 milioni di euro il gruppo Hoteles Almudí, che investirà altri 18 milioni nei lavori.

L'apertura è prevista nella primavera del 2028. La chiesa e il chiostro resteranno visitabili almeno quattro giorni alla settimana, come previsto dal contratto firmato giovedì con il governo regionale di Castiglia e León.

Saranno creati circa 45 posti di lavoro.`,
	}, map[string][2]string{"sh3it.txt": {"46", "64"}}},
	{"aqueduct-restoration", map[string]string{
		"sh4es.txt": `es|El acueducto de Las Arquetas recupera su esplendor tras 26 meses de obras

Salamanca | Provincia

Villafranca de Tormes, 8 de junio de 2025

El acueducto romano de Las Arquetas, en Villafranca de Tormes, reabrió este sábado al público tras 26 meses de obras de restauración, que han costado 3,2 millones de euros. El Ministerio de Cultura ha aportado 2,1 millones y la Junta, los 1,1 millones restantes.

Los trabajos se han centrado en 38 de los 167 arcos que se conservan a lo largo de 1.200 metros. El más alto mide 21 metros. "Había sillares a punto de caer", explicó el arquitecto director de la obra, Jorge Ledesma.

La última restauración, en 1998, costó 950.000 euros y se limitó a limpiar la piedra.

La alcaldesa, Pilar Escribano, espera que el monumento, construido en el siglo I, atraiga a más de 60.000 visitantes al año, frente a los 35.000 de 2019.`,
		"sh4en.txt": `en|Roman aqueduct in western Spain reopens after two-year restoration

Culture

The Roman aqueduct of Las Arquetas in Villafranca de Tormes, near Salamanca, reopened to visitors on Saturday after more than two years of restoration work costing €3.2m.

Workers repaired 38 of its 167 surviving arches, which stretch for 1.2km. The tallest stands 21 metres (69ft) high. The culture ministry in Madrid paid €2.1m and the regional government the rest.

"Some of the blocks were about to fall," said Jorge Ledesma, the architect in charge. The town's mayor, Pilar Escribano, hopes the 1st-century monument will draw more than 60,000 visitors a year, up from 35,000 in 2019.`,
		"sh4nl.txt": `nl|Romeins aquaduct in Spanje na restauratie weer open

Reizen | Spanje

Het Romeinse aquaduct van Las Arquetas bij het Spaanse Villafranca de Tormes is sinds zaterdag weer te bezoeken. De restauratie duurde ruim twee jaar en kostte 3,2 miljoen euro.

Van de 167 bogen, verspreid over 1,2 kilometer, werden er 38 hersteld. De hoogste boog is 21 meter hoog. De vorige restauratie, in 1998, kostte bijna een miljoen euro.

Burgemeester Pilar Escribano rekent op meer dan 60.000 bezoekers per jaar.`,
	}, nil},
	{"donkey-seizure", map[string]string{
		"sh5it.txt": `it|Pietravena, 43 asini sequestrati in un allevamento: tre erano già morti

Cronaca | Potenza e provincia

6 marzo 2025

Quarantatré asini denutriti, alcuni con gli zoccoli così lunghi da non riuscire più a camminare, sono stati sequestrati mercoledì dai carabinieri forestali in un allevamento alle porte di Pietravena. Tre animali sono stati trovati morti nelle stalle.

Il proprietario, un allevatore di 67 anni, è stato denunciato per maltrattamento di animali: rischia fino a 18 mesi di reclusione.

Nove asini sono in condizioni critiche, ha spiegato la veterinaria dell'Asl Marta Ciullo. Gli altri 34 sono stati trasferiti nel rifugio "Le Orecchie Lunghe", in Puglia, a circa 140 chilometri di distanza.

"Ne abbiamo visti tanti, ma mai così", dice Giovanna Russo, 58 anni, che gestisce il rifugio. Per le cure servono circa 25mila euro: è partita una raccolta fondi.`,
		"sh5it2.txt": `it|Asini maltrattati, maxi sequestro nel Potentino

(Agenzia) - POTENZA, 5 MAR - Una quarantina di asini in pessime condizioni sono stati sequestrati oggi dai carabinieri forestali in un'azienda agricola di Pietravena (Potenza). Il titolare, 67 anni, è stato denunciato.

Gli animali, 43 in tutto, erano tenuti in stalle sporche e senza acqua. Nove sono stati ricoverati in una clinica veterinaria della zona, gli altri saranno affidati a un rifugio pugliese.`,
		"sh5en.txt": `en|Italian police seize 43 starving donkeys from farm

World

Italian forestry police have seized 43 malnourished donkeys from a farm in the southern region of Basilicata, some with hooves so overgrown they could barely walk. Three more were found dead in the stables.

The 76-year-old owner, who has not been named, has been reported for animal cruelty and faces up to 18 months in prison.

Nine of the donkeys are in a critical condition, according to Marta Ciullo, a vet. The remaining 34 have been taken to a sanctuary in Puglia, around 140km (87 miles) away.

"We have seen many cases, but never like this," said Giovanna Russo, 58, who runs the Long Ears sanctuary. A fundraising appeal hopes to raise €25,000 for their care.`,
	}, map[string][2]string{"sh5en.txt": {"76 years", "67 years"}}},
	{"sea-lock-gates", map[string]string{
		"sh6nl.txt": `nl|Grote zeesluis Velsmond zes weken dicht voor nieuwe deuren

Binnenland

20 februari 2025, 14:05

De grote kolk van de Noordersluis bij Velsmond gaat vanaf maandag 3 maart zes weken dicht. Rijkswaterstaat vervangt dan de twee buitendeuren van de sluis, die elk 1.250 ton wegen. Dat heeft de dienst donderdag bekendgemaakt.

Scheepvaart moet in die periode uitwijken naar de kleinere Middensluis. Die is 225 meter lang, tegen 400 meter voor de Noordersluis. De grootste zeeschepen kunnen de haven zes weken lang niet in of uit.

"We hebben bewust gekozen voor het voorjaar, als het minder druk is", zegt woordvoerder Femke Dijkstra. De sluis moet op 14 april weer open.

Het vervangen van de deuren kost 42 miljoen euro en maakt deel uit van een renovatie van in totaal 185 miljoen euro. Per jaar passeren zo'n 89.500 schepen het sluizencomplex.`,
		"sh6nl2.txt": `nl|Havenbedrijf vreest schade door sluiting Noordersluis

Economie | Scheepvaart

VELSMOND - De zes weken durende sluiting van de Noordersluis kost de haven van Velsmond miljoenen, vreest de vereniging van havenbedrijven. "Sommige rederijen leggen hun schepen nu al om naar Antwerpen", zegt voorzitter Koos Brandsma (62).

Rijkswaterstaat vervangt vanaf 3 maart de buitendeuren van de sluis. Het gaat om een onderdeel van een renovatie van 185 miljoen euro, die in 2027 klaar moet zijn.

Ruim 89.000 schepen per jaar gebruiken het sluizencomplex. Bij een eerdere sluiting, in 2016, duurde de stremming acht dagen.`,
		"sh6en.txt": `en|Dutch sea lock to close for six weeks as giant gates are replaced

Shipping | Ports

By a correspondent | 20 February 2025

The main chamber of the Noordersluis sea lock at Velsmond in the Netherlands will close for six weeks from Monday 3 March while its two outer gates, each weighing 1,250 tonnes, are replaced, the Dutch waterways authority Rijkswaterstaat said on Thursday.

Ships will have to use the smaller Middensluis, which is 225 metres long compared with 400m for the main lock, meaning the largest vessels cannot reach or leave the port until the lock reopens on 14 April.

The new gates cost €42 million, part of a €185 million renovation of the lock complex, through which about 90,000 ships pass each year.

Koos Brandsma, who chairs the local port business association, said some shipping lines were already diverting vessels to Antwerp.`,
		"sh6es.txt": `es|Países Bajos cerrará seis semanas la gran esclusa de Velsmond

Transporte marítimo

Madrid, 21 feb. La autoridad neerlandesa de aguas, Rijkswaterstaat, cerrará durante un mes y medio, a partir del 3 de marzo, la cámara principal de la esclusa marítima Noordersluis, en el puerto de Velsmond, para sustituir sus dos compuertas exteriores, de 1.250 toneladas cada una.

Los buques deberán utilizar la esclusa Middensluis, de 225 metros de eslora máxima, frente a los 400 metros de la principal. La reapertura está prevista para el 14 de abril.

La sustitución de las compuertas cuesta 42 millones de euros, dentro de una renovación de 185 millones. Por el complejo pasan unos 90.000 barcos al año.`,
	}, nil},
	{"beehive-theft", map[string]string{
		"sh7es.txt": `es|Roban 120 colmenas a un apicultor de la Alcarria

Guadalajara

Torrebermeja (Guadalajara), 14 de abril de 2025

Un apicultor de Torrebermeja ha denunciado ante la Guardia Civil el robo de 120 colmenas, con sus abejas, que tenía instaladas en una finca a unos 6 kilómetros del pueblo. Los ladrones actuaron en la noche del viernes al sábado y se las llevaron en un camión, según los investigadores.

"Es la mitad de mi explotación", lamenta Tomás Heredia, de 52 años, que calcula las pérdidas en unos 36.000 euros, unos 300 euros por colmena.

Según la asociación de apicultores de Castilla-La Mancha, el año pasado se robaron 1.400 colmenas en la región, frente a 900 en 2022. Su presidenta, Elena Morcillo, recomienda instalar localizadores GPS.`,
		"sh7en.txt": `en|Thieves steal 120 beehives from Spanish honey farm

Rural affairs

A beekeeper in central Spain has lost half his business after thieves made off with 120 beehives, bees and all, from a field near the village of Torrebermeja, in the Alcarria honey region.

Tomás Heredia, 52, said the hives had been loaded on to a lorry during the night from Friday to Saturday. He puts the loss at €36,000 (about £31,000).

Hive thefts are rising: the Castile-La Mancha beekeepers' association says 1,400 hives were stolen in the region last year, up from 900 in 2022. The Guardia Civil is investigating.`,
		"sh7it.txt": `it|Spagna, rubate 120 arnie a un apicoltore

Ambiente | Dal mondo

Centoventi arnie, con le api dentro, sono state rubate nella notte tra venerdì e sabato a un apicoltore di Torrebermeja, nella regione spagnola dell'Alcarria, famosa per il suo miele.

I ladri hanno caricato le arnie su un camion in un terreno a circa 6 chilometri dal paese. La Guardia Civil indaga.

Il proprietario, Tomás Heredia, 52 anni, stima un danno di circa 63.000 euro: "È metà della mia azienda".

Secondo l'associazione regionale degli apicoltori, l'anno scorso in Castiglia-La Mancia sono state rubate 1.400 arnie, contro le 900 del 2022.`,
	}, map[string][2]string{"sh7it.txt": {"€63,000", "€36,000"}}},
	{"sewer-collapse-car", map[string]string{
		"sh8es.txt": `es|Un socavón de siete metros engulle un coche en la calle Mayor de Benirrama

Comunitat Valenciana

Benirrama, 23/09/2025 - 13:40

El hundimiento de un colector de aguas residuales abrió a las 6.40 horas de este martes un socavón de siete metros de profundidad y unos 12 de largo en la calle Mayor de Benirrama, que se tragó un coche aparcado. No hubo heridos.

Los bomberos desalojaron a 36 vecinos de dos edificios cercanos como medida preventiva. Once de ellos pasarán la noche en un hotel pagado por el Ayuntamiento; el resto se ha alojado con familiares.

El concejal de Urbanismo, Rafael Ortolà, explicó que el colector, construido en 1962, "estaba al final de su vida útil". La reparación costará unos 480.000 euros y la calle permanecerá cortada al menos tres semanas.

El Ayuntamiento tiene previsto renovar este año otros 2,5 kilómetros de colectores.`,
		"sh8es2.txt": `es|Desalojados una treintena de vecinos por un socavón en Benirrama

Valencia, 23 sep (Agencia)

Una treintena de vecinos de Benirrama (Valencia) han sido desalojados este martes después de que el hundimiento de un colector abriera un gran socavón en la calle Mayor, en el que cayó un turismo estacionado, informaron fuentes municipales.

El agujero tiene unos siete metros de profundidad. Según el concejal de Urbanismo, Rafael Ortolà, las obras de reparación durarán al menos tres semanas y costarán cerca de medio millón de euros.`,
		"sh8en.txt": `en|Car swallowed by sinkhole in Spanish town

Europe

A car was swallowed by a sinkhole seven metres (23ft) deep that opened up in the main street of Benirrama, near Valencia, early on Tuesday after an old sewer collapsed. No one was hurt.

Firefighters evacuated 36 residents from two neighbouring buildings as a precaution.

The sewer, built in 1962, "had reached the end of its life", said Rafael Ortolà, the town's councillor for urban planning.

Repairs are expected to cost around €480,000, and the street will stay closed for at least five weeks.`,
		"sh8it.txt": `it|Spagna, voragine di sette metri inghiotte un'auto

Esteri

Una voragine profonda sette metri e lunga una dozzina si è aperta martedì mattina nella strada principale di Benirrama, vicino a Valencia, dopo il crollo di una vecchia fogna. Un'auto parcheggiata è finita nel buco; nessun ferito.

I vigili del fuoco hanno fatto evacuare 36 residenti di due palazzi vicini. La strada resterà chiusa per almeno tre settimane, ha detto l'assessore all'urbanistica Rafael Ortolà.`,
	}, map[string][2]string{"sh8en.txt": {"5 weeks", "3 weeks"}}},
	{"korfball-final", map[string]string{
		"sh9nl.txt": `nl|Merwevalk pakt derde landstitel in zinderende korfbalfinale

Sport | Korfbal

ROTTERDAM - KV Merwevalk is zaterdag voor de derde keer Nederlands kampioen korfbal geworden. In een uitverkocht Ahoy werd Kievit'84 met 24-21 verslagen, na een ruststand van 12-10.

Lotte Brinkman (27) was met zeven doelpunten topscorer van de finale. "Dit is waarvoor je al die jaren traint", zei ze na afloop.

Voor coach Henk de Vaal (61) is het de derde titel met Merwevalk, na 2016 en 2019. Ruim 11.000 toeschouwers zagen de wedstrijd.`,
		"sh9nl2.txt": `nl|Korfbalfinale: Merwevalk te sterk voor Kievit'84

Sport

29 maart 2025, 22:31

Merwevalk heeft de Korfbal League-finale gewonnen. De ploeg van coach Henk de Vaal versloeg in Rotterdam Kievit'84 met 24-21. Bij rust stond het 12-10.

Kievit'84 kwam in de tweede helft nog terug tot 19-19, maar in de laatste vijf minuten liep Merwevalk weer uit. Lotte Brinkman scoorde zeven keer, bij Kievit'84 was Daan Hofstede met zes treffers de beste.

Er waren 11.200 toeschouwers. Vorig jaar trok de finale 10.400 bezoekers.`,
		"sh9en.txt": `en|Merwevalk win Dutch korfball title before 11,200 fans

Korfball

Merwevalk beat Kievit'84 24-21 in the Dutch Korfball League final at Rotterdam's Ahoy arena on Saturday to win their first championship since 2019.

Lotte Brinkman, 27, top-scored with seven goals, while Daan Hofstede scored six for the losers. Kievit'84 levelled at 19-19 midway through the second half but Merwevalk pulled away in the last five minutes.

It was a third title for coach Henk de Vaal, 61, who also led the club to championships in 2016 and 2019. The crowd of 11,200 was up from 10,400 last year.`,
	}, nil},
	{"heat-pump-grants", map[string]string{
		"sh10it.txt": `it|Pompe di calore, dalla Regione 25 milioni: contributo fino a 4mila euro

Economia | Veneto

Venezia, 2 settembre 2025

La Regione Veneto mette a disposizione 25 milioni di euro per aiutare le famiglie a sostituire le vecchie caldaie con pompe di calore. Il contributo copre il 40 per cento della spesa, fino a un massimo di 4mila euro per abitazione.

Le domande si potranno presentare online da lunedì 15 settembre fino al 31 dicembre, o fino a esaurimento dei fondi. Cinque milioni sono riservati alle famiglie con un Isee inferiore a 20mila euro, per le quali il contributo sale al 60 per cento.

"Contiamo di aiutare circa 8mila famiglie", ha detto l'assessora all'Ambiente Paola Ferrandi. Il bando del 2023, da 12 milioni, aveva finanziato 3.900 interventi.`,
		"sh10it2.txt": `it|Caldaie addio, in Veneto bonus da 25 milioni

(Agenzia) - VENEZIA, 2 SET - Un bando da 25 milioni di euro per installare pompe di calore al posto delle caldaie a gas è stato approvato oggi dalla giunta regionale del Veneto. Il contributo arriva al 40% della spesa, con un tetto di 4.000 euro, e al 60% per i redditi più bassi.

Le richieste potranno essere presentate dal 15 settembre. Secondo l'assessora Paola Ferrandi la misura raggiungerà "circa ottomila famiglie", più del doppio delle 3.900 del precedente bando.`,
		"sh10en.txt": `en|Italy's Veneto offers €25m to swap gas boilers for heat pumps

Energy | Europe

The Veneto region of north-east Italy is to spend €25m on grants for households that replace gas boilers with heat pumps, covering 40% of the cost up to €4,000 per home.

Lower-income households, with an ISEE wealth indicator below €20,000, will get 60%, from a pot of €5m reserved for them. Applications open on 15 September.

Paola Ferrandi, the regional environment councillor, said the scheme should help about 8,000 families, more than twice the 3,900 reached by a €12m scheme in 2023.`,
	}, nil},
}
