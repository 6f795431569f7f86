package compare

// heldOutWilliwaw is a blind held-out set of ten science, space,
// environment and health events, written without reading the comparison
// code: a comet found by two amateurs (en, en, es, de), a student sounding
// rocket from Norway (en, nl, nl, de), a record flamingo count in a Spanish
// lagoon (es, es, en), Dutch HPV vaccine uptake (nl, nl, en), an Antarctic
// ice core reaching bedrock (en, de, de, nl), Spain's organ donation record
// (es, es, en, nl), coral bleaching off Mexico (en, es, de), microplastics
// in the Meuse (nl, de, en), Wolbachia mosquitoes against dengue in a
// Colombian city (es, es, en) and a record of tick-borne encephalitis in
// Germany (de, de, nl).
//
// Six contradictions are planted, one report's figure each: an age (the
// German comet report makes the German amateur 74, not 71, in its third
// paragraph), a distance (the German rocket report has the payload land
// 26 km from the range, not 62 km, in its third paragraph), a count (the
// English flamingo report gives 16,800 breeding pairs, not 18,600, in its
// second paragraph), a percentage (the second Dutch HPV report puts the
// year before at 54%, not 57%, in its third paragraph), a duration (the
// Dutch ice-core report has 11 weeks of drilling, not nine, in its
// headline and first paragraph) and an amount (the second Spanish organ
// report has €21 million, not €12 million, for the coordinators, in its
// third paragraph). Four of them sit in a report whose language is alone
// or in the minority in its event. The coral, microplastics, mosquito and
// tick events hold none.
//
// The traps: rounding and hedges ("more than 600" against 612 chicks,
// "casi 4.800" against 4,790, "no llegamos a 1.700" against 1,680, "fast
// 85 Prozent" against 84%, "ruim 60 procent" against 62%, "bijna 13
// meter" against 12.8 metres, "knapp 2,74 Kilometern" against 2,738
// metres, "unos tres meses" against 14 weeks), numbers in words and in
// figures (nine weeks, neun Wochen, 9 Wochen; veertien, 14), other
// years' figures (the flamingo record of 2018, the 2029 rocket flight's
// 251 km, the dengue outbreak of 2024, the Rhine study of 2026, the
// oldest core's 800,000 years, the forecast magnitude 7 against 5), parts
// and totals (girls 66% and boys 60% of 63%; kidney and liver transplants
// of 6,183; 42,000 adult flamingos against 18,600 pairs; Bavaria and
// Baden-Württemberg of 712 cases), two people's ages in one event (46 and
// 71; 23 and 49; 67 and 81), units (a 16-inch against a 40-centimetre
// telescope, 31.2C (88.2F), US$2.6 million against 10,400 million pesos),
// another country's figures (the Netherlands' 289 donors, 14 TBE cases),
// "33 años" against "since 1998", and titles by synonym (director,
// manager, conservador; head, jefa, Leiterin; Vizepräsidentin).
//
// Frozen before its first run, which flagged 4 of the 6 contradictions
// and 3 false disagreements. It missed the German comet report's age
// (74 years against 71 years: the 74-Jährige was not tied to Jörg Brandt
// and stood alone) and the second Dutch HPV report's year before (54%
// against 57%: the two stood in separate rows). The false disagreements
// were all traps: the comet's forecast magnitude 7 of July set against
// the expected magnitude 5; the German report's 11 June, the day Brandt
// found the comet, set against June 9, the day Olvera did; and the 11.300
// dengue cases of the 2024 outbreak set against the 1,680 cases of 2030.
// No value in wrong was respelled. As the run flagged more than one false
// disagreement, the set's limit in heldOutSets was raised to 3, the number
// seen.
//
// Fixed after, so the set is held out no longer: a figure whose sentence
// gives a year joins no fact a rival figure of another year stands in
// (the outbreak of 2024's cases). Now 4 of 6 and 2 false (a forecast's
// magnitude, the second discoverer's day).
//
// Fixed again, later: a lone figure joins no fact that a statement of its
// own language gives of another thing, which clears the comet's magnitude
// 7 against 5.
var heldOutWilliwaw = []heldOutEvent{
	{"comet-olvera", map[string]string{
		"w1en.txt": `en|Amateur-found comet to pass closest to Earth on Thursday, may be seen with naked eye

MADRID, Oct 13 (Wire) - A comet discovered in June by two amateur astronomers in Spain and Germany will make its closest approach to Earth on Thursday, passing at a distance of about 78 million km, and could be visible without binoculars from dark sites, astronomers said on Monday.

Comet C/2031 L3 (Olvera-Brandt) was first spotted on June 9 by Lucía Olvera, 46, a secondary-school physics teacher who runs a small observatory near Alcañiz de la Sierra in Teruel province, and independently two nights later by Jörg Brandt, 71, a retired surveyor from Oberwiesbach in Bavaria.

"When I saw the fuzzy spot move between two frames, I thought it was dust on the sensor," Olvera told reporters.

The comet is expected to reach magnitude 5, near the limit of what the unaided eye can see under dark skies, said Tomás Elizondo, head of the small-bodies group at the Sierra Pelada Observatory. Its orbit around the Sun takes roughly 6,400 years.

It is the first comet found by a Spanish amateur since 1998, Elizondo said.`,
		"w1enb.txt": `en|Naked-eye comet? Olvera-Brandt swings by this week

By Hannah Okafor, Science Correspondent

Skywatchers in the Northern Hemisphere may get their first naked-eye comet in years when C/2031 L3 (Olvera-Brandt) makes its closest pass on Thursday 16 October.

Even then it will be some 78 million kilometres away - roughly half the distance between the Earth and the Sun - so there is no risk of a collision.

The comet was found in June by Spanish teacher Lucía Olvera, 46, with a 16-inch telescope in her back-garden observatory, and confirmed by Jörg Brandt, a 71-year-old amateur astronomer in southern Germany.

Its brightness has risen faster than predicted: forecasts in July put the peak at only magnitude 7.

Advertisement

Best viewing: low in the north-west about an hour after sunset, from Wednesday to Saturday. Binoculars will help.`,
		"w1es.txt": `es|Una profesora de Teruel descubre un cometa que podrá verse a simple vista

El objeto, bautizado C/2031 L3 (Olvera-Brandt), alcanzará el jueves su punto más cercano a la Tierra

Ciencia | Astronomía

Teruel, 13 oct. 2031

Lucía Olvera, profesora de Física de 46 años, detectó el cometa la noche del 9 de junio desde el pequeño observatorio que ha montado en su finca de Alcañiz de la Sierra. Dos noches después, el aficionado alemán Jörg Brandt, de 71 años, lo registró de forma independiente desde Baviera.

El cometa pasará el jueves 16 de octubre a unos 78 millones de kilómetros de la Tierra y podría alcanzar la magnitud 5, según Tomás Elizondo, jefe del grupo de cuerpos menores del Observatorio de Sierra Pelada. «Es muy posible que se vea a simple vista lejos de las luces de las ciudades», afirmó.

Es el primer cometa descubierto por un aficionado español en 33 años. Su órbita alrededor del Sol dura unos 6.400 años.

Olvera compró el telescopio, de 40 centímetros, hace cuatro años por unos 9.000 euros.`,
		"w1de.txt": `de|Oberwiesbacher Hobby-Astronom entdeckt Kometen mit

Jörg Brandt fand den Schweifstern zwei Nächte nach einer Spanierin – am Donnerstag kommt er der Erde am nächsten

Landkreis | Oberwiesbach

Von Kathrin Seidl

Oberwiesbach. Seit mehr als 40 Jahren sucht Jörg Brandt den Nachthimmel ab. Im Juni hatte der pensionierte Vermessungstechniker endlich Glück: Am 11. Juni entdeckte er auf seinen Aufnahmen einen verwaschenen Fleck, der sich bewegte – einen Kometen. Dass die spanische Lehrerin Lucía Olvera ihn zwei Nächte früher gesehen hatte, erfuhr er erst später. Seitdem trägt der Komet beider Namen: C/2031 L3 (Olvera-Brandt).

„Ich habe vor Freude die ganze Nacht nicht schlafen können“, erzählt der 74-Jährige in seiner Sternwarte im Garten, einer Holzhütte mit Schiebedach.

Am Donnerstag, 16. Oktober, zieht der Komet in rund 78 Millionen Kilometern Entfernung an der Erde vorbei. Mit etwas Glück sei er dann mit bloßem Auge zu sehen, sagt Brandt. Er rät zu einem Fernglas und einem dunklen Standort, „am besten ab etwa einer Stunde nach Sonnenuntergang, tief im Nordwesten“.

Für einen Umlauf um die Sonne braucht der Komet etwa 6400 Jahre.

Mehr zum Thema: Sternwarte Oberwiesbach lädt zum Beobachtungsabend`,
	}, map[string][2]string{"w1de.txt": {"74 years", "71 years"}}},
	{"sounding-rocket", map[string]string{
		"w2en.txt": `en|Student experiments fly to 284 km on Norwegian sounding rocket

OSLO, March 11 (Wire) - A sounding rocket carrying 11 student experiments lifted off from the Skarvøy range in northern Norway on Tuesday after three days of delays caused by high winds, reaching an altitude of 284 km, the range operator said.

The two-stage Fjellmåke IV rocket, 12.8 metres long, took off at 06:42 local time (0542 GMT). The flight lasted about 14 minutes and gave the experiments roughly six minutes of weightlessness.

The payload came down by parachute in the sea 62 km north-west of the range and was picked up by a recovery ship about two hours later.

"Everything worked as planned, and the wind finally gave us a window," said range director Sigrid Holmvik.

The experiments came from universities in five countries, four of them from the Netherlands. The campaign cost about 3.8 million euros. A previous student flight from Skarvøy in 2029 reached 251 km.`,
		"w2nl.txt": `nl|Experiment van Lindeveldse studenten de ruimte in

Wetenschap

Door Joost van Dam

11 maart 2031, 14:05

Na drie dagen uitstel door harde wind is dinsdagochtend in Noord-Noorwegen een raket gelanceerd met aan boord een experiment van studenten van de Rijksuniversiteit Lindeveld. De Fjellmåke IV bereikte een hoogte van 284 kilometer.

Het experiment onderzoekt hoe gesmolten metaalschuim stolt zonder zwaartekracht. "We hebben er twee jaar aan gewerkt, en dan gaat het allemaal in een paar minuten", zegt teamleider Daan Vermeulen (23). Tijdens de vlucht van zo'n veertien minuten was er bijna zes minuten gewichtloosheid.

De capsule met de elf experimenten, waarvan vier uit Nederland, kwam aan een parachute in zee neer, 62 kilometer van de lanceerbasis, en werd door een schip opgepikt.

Begeleider prof. Anouk de Graaf (49) hoopt de eerste resultaten voor de zomer te hebben.`,
		"w2nlb.txt": `nl|Raket met Nederlandse experimenten gelanceerd vanaf Skarvøy

ANP/Redactie

Een bijna 13 meter lange raket met elf studentenexperimenten, waaronder vier uit Nederland, is dinsdag om 6.42 uur lokale tijd opgestegen vanaf de lanceerbasis Skarvøy in Noorwegen. De lancering was drie dagen uitgesteld vanwege de wind.

De raket kwam tot 284 kilometer hoogte, ruim 30 kilometer hoger dan bij de vorige studentenvlucht in 2029. De experimenten hadden ongeveer zes minuten gewichtloosheid.

"Alles werkte zoals gepland", zei directeur Sigrid Holmvik van de basis. De campagne kostte ongeveer 3,8 miljoen euro.`,
		"w2de.txt": `de|Höhenforschungsrakete mit Studentenexperimenten gestartet

Raumfahrt | Forschung

Skarvøy (Agentur) – Nach drei Tagen windbedingter Verschiebung ist am Dienstagmorgen eine Höhenforschungsrakete mit elf Experimenten von Studierenden aus fünf Ländern vom norwegischen Startplatz Skarvøy abgehoben. Die zweistufige Fjellmåke IV stieg bis auf 284 Kilometer Höhe.

Die Experimente erlebten rund sechs Minuten Schwerelosigkeit, der gesamte Flug dauerte etwa 14 Minuten. Die 12,8 Meter lange Rakete startete um 6.42 Uhr Ortszeit.

Die Nutzlast ging an einem Fallschirm 26 Kilometer nordwestlich des Startplatzes im Meer nieder und wurde von einem Bergungsschiff geborgen, teilte Leiterin Sigrid Holmvik mit.

Vier der Experimente stammen aus den Niederlanden. Die Kampagne kostete rund 3,8 Millionen Euro.`,
	}, map[string][2]string{"w2de.txt": {"26 km", "62 km"}}},
	{"flamingo-count", map[string]string{
		"w3es.txt": `es|Récord de flamencos en la laguna de la Jarilla: 18.600 parejas

Medio Ambiente | Málaga

El censo aéreo de este año ha contabilizado 18.600 parejas reproductoras de flamenco común en la laguna de la Jarilla, la cifra más alta desde que comenzaron los recuentos en 1986. El año pasado fueron 11.200.

El anterior récord databa de 2018, con 14.900 parejas. «Las lluvias del invierno han dejado la laguna con 1,1 metros de agua, y eso se nota», explicó el director de la reserva, Andrés Lozano, de 58 años.

En total se contaron unos 42.000 flamencos adultos en la laguna, incluidos los ejemplares no reproductores.

El sábado, unos 350 voluntarios participaron en el anillamiento de más de 600 pollos, una jornada que no se celebraba desde 2022 por la sequía.`,
		"w3esb.txt": `es|La Jarilla bate su récord de parejas de flamencos

Villanueva del Marqués, 12 jul. (Agencia)

La delegada de Sostenibilidad en Málaga, Inmaculada Robles, ha presentado este sábado los datos del censo de flamencos de la laguna de la Jarilla, que ha registrado 18.600 parejas reproductoras, frente a las 11.200 del año anterior.

Robles ha hecho estas declaraciones durante la jornada de anillamiento, en la que participaron cerca de 350 voluntarios y se marcaron 612 pollos.

El conservador de la reserva, Andrés Lozano, ha atribuido el aumento a las lluvias del invierno. La laguna se quedó completamente seca en 2023.`,
		"w3en.txt": `en|Spanish lagoon sees record flamingo breeding season

By Laura Whitcombe in Málaga

A Spanish nature reserve has recorded its best flamingo breeding season since counts began in the 1980s, after a wet winter refilled the lagoon.

An aerial census at the Laguna de la Jarilla, in Málaga province, counted 16,800 breeding pairs of greater flamingo this spring, up from 11,200 last year and beating the previous record of 14,900 pairs set in 2018.

"Last year there was almost nothing to count," said reserve manager Andrés Lozano, 58. The lagoon, which dried out completely in 2023, now holds about 1.1 metres of water.

On Saturday, around 350 volunteers helped ring 612 chicks. Altogether some 42,000 adult flamingos were counted at the site.`,
	}, map[string][2]string{"w3en.txt": {"16,800", "18,600"}}},
	{"hpv-vaccination", map[string]string{
		"w4nl.txt": `nl|Meer kinderen gevaccineerd tegen HPV

Gezondheid

3 juni 2031

Het aantal kinderen dat zich laat vaccineren tegen het humaan papillomavirus (HPV) stijgt weer. Van de kinderen die vorig jaar tien werden, kreeg 63 procent de prik, blijkt uit het jaarverslag van het Landelijk Centrum Vaccinaties dat dinsdag verscheen. Een jaar eerder was dat 57 procent, zes procentpunt lager.

Bij meisjes ligt de vaccinatiegraad op 66 procent, bij jongens op 60 procent. Jongens krijgen de prik pas sinds 2022.

"We zijn er nog niet, maar de trend is goed", zegt directeur Ingrid Bakhuizen. Het centrum streeft naar 70 procent.

De laagste vaccinatiegraad werd gemeten in de gemeente Oosterhaven, met 29 procent. Voor de BMR-prik ligt de landelijke vaccinatiegraad op 89,6 procent.`,
		"w4nlb.txt": `nl|Vaccinatiegraad HPV omhoog, zorgen over BMR blijven

Van onze verslaggever

De HPV-vaccinatiegraad onder tienjarigen is vorig jaar gestegen naar 63 procent, meldt het Landelijk Centrum Vaccinaties. Meisjes (66 procent) laten zich vaker vaccineren dan jongens (60 procent).

Het centrum is blij met de stijging. Sinds 2029 worden kinderen op veel plaatsen op school gevaccineerd in plaats van in een sporthal, waarvoor het ministerie jaarlijks 4,5 miljoen euro uittrekt.

In het jaar daarvoor kwam de vaccinatiegraad uit op 54 procent. Directeur Ingrid Bakhuizen noemt het streven van 70 procent "haalbaar binnen twee jaar".

Minder goed nieuws is er over de BMR-vaccinatie tegen bof, mazelen en rodehond: die bleef steken op 89,6 procent, terwijl minstens 95 procent nodig is.`,
		"w4en.txt": `en|Dutch HPV vaccine uptake rises to 63%

AMSTERDAM, June 3 (Wire) - Uptake of the HPV vaccine among Dutch children rose to 63% last year from 57% a year earlier, the national vaccination centre said on Tuesday.

Coverage was 66% among girls and 60% among boys, who have been offered the jab since 2022. The centre, headed by Ingrid Bakhuizen, aims for 70%.

Since 2029 the health ministry has spent 4.5 million euros a year on vaccinating pupils at school.

Coverage for the measles, mumps and rubella vaccine stood at 89.6%, below the 95% needed to prevent outbreaks. The lowest HPV uptake, 29%, was in the municipality of Oosterhaven.`,
	}, map[string][2]string{"w4nlb.txt": {"54%", "57%"}}},
	{"ice-core-bedrock", map[string]string{
		"w5en.txt": `en|European drillers reach bedrock under Antarctic ice, may hold 1.4 million years of climate history

By Staff Writer

Posted Fri 7 February 2031

A European team drilling at Little Dome H in East Antarctica has reached bedrock at a depth of 2,738 metres, recovering ice that may be up to 1.4 million years old, the project said on Friday.

The team of 14 scientists and drillers from eight countries reached the bottom after nine weeks of drilling in temperatures that averaged minus 35 degrees Celsius. The oldest continuous ice core so far covered about 800,000 years.

"This is the archive we have been looking for for two decades," said project coordinator Stefan Kühnel, 57, of the North Sea Institute for Polar Research.

The core sections will be shipped to Europe in insulated containers kept at minus 50 degrees and are due in Bremerhaven in May. The five-year project has a budget of €19 million.`,
		"w5de.txt": `de|Bohrung in der Antarktis erreicht Felsgrund

Forscher hoffen auf 1,4 Millionen Jahre altes Eis

Bremerhaven. Ein europäisches Forscherteam hat in der Ostantarktis nach neun Wochen Bohrarbeit in 2738 Metern Tiefe den Felsgrund erreicht. Das unterste Eis könnte bis zu 1,4 Millionen Jahre alt sein, teilte das Nordsee-Institut für Polarforschung am Freitag mit.

„Das ist das Archiv, nach dem wir seit zwanzig Jahren suchen“, sagte Projektkoordinator Stefan Kühnel (57). Bislang reichte der älteste durchgehende Eiskern etwa 800.000 Jahre zurück.

An der Station Little Dome H arbeiteten 14 Wissenschaftler und Techniker aus acht Ländern bei durchschnittlich minus 35 Grad.

Die Eiskerne sollen im Mai per Schiff in Bremerhaven eintreffen. Das Projekt läuft über fünf Jahre und kostet 19 Millionen Euro.`,
		"w5deb.txt": `de|Ältestes Eis der Welt? Antarktis-Bohrung am Ziel

Wissen

Sie haben es geschafft: Bei Temperaturen von durchschnittlich minus 35 Grad haben Forscher in der Antarktis den Felsen unter dem Eis erreicht – in knapp 2,74 Kilometern Tiefe.

Die unterste Schicht soll bis zu 1,4 Millionen Jahre Klimageschichte enthalten, fast doppelt so viel wie der bisherige Rekordkern.

Auf einen Blick
Bohrstelle: Little Dome H, Ostantarktis
Tiefe: 2738 Meter
Dauer der Bohrsaison: 9 Wochen
Team: 14 Personen aus 8 Ländern
Budget: 19 Mio. Euro (fünf Jahre)

Leiter Stefan Kühnel sprach von einem „Archiv, nach dem wir zwei Jahrzehnte gesucht haben“.`,
		"w5nl.txt": `nl|Boring in Antarctica bereikt rotsbodem na elf weken

Een Europees team, met daarin de Nederlandse glaciologe Marieke Verhoeven (34), heeft na 11 weken boren de rotsbodem onder het ijs van Oost-Antarctica bereikt, op 2.738 meter diepte.

Het onderste ijs is mogelijk 1,4 miljoen jaar oud. "Dat is bijna twee keer zo oud als alles wat we tot nu toe hadden", zegt Verhoeven.

De veertien wetenschappers en technici uit acht landen werkten bij gemiddeld min 35 graden. De ijskernen worden in mei per schip naar Europa gebracht.

Het project kost 19 miljoen euro.`,
	}, map[string][2]string{"w5nl.txt": {"11 weeks", "9 weeks"}}},
	{"organ-donors", map[string]string{
		"w6es.txt": `es|España bate su récord de donantes de órganos: 2.412 en 2030

Sanidad | Trasplantes

Madrid, 22 ene. 2031

España registró el año pasado 2.412 donantes fallecidos, la cifra más alta de su historia, lo que sitúa la tasa en 50,6 donantes por millón de habitantes, frente a los 48,9 de 2029, según los datos presentados este miércoles por la ministra de Sanidad, Teresa Aranda.

Gracias a ellos se realizaron 6.183 trasplantes, de los que 3.702 fueron de riñón y 1.290 de hígado. A ellos se suman 398 trasplantes renales de donante vivo.

El director de la Coordinación Nacional de Trasplantes, Joaquín Ferrer, de 61 años, destacó que la lista de espera se redujo hasta casi 4.800 pacientes a final de año.

Aranda anunció un plan de 12 millones de euros para contratar 45 nuevos coordinadores de trasplantes en 30 hospitales a lo largo de 2031.`,
		"w6esb.txt": `es|Sanidad invertirá en coordinadores tras un año récord de donaciones

EFE/Redacción

La ministra de Sanidad, Teresa Aranda, presentó el miércoles el balance de 2030, un año en el que se superaron por primera vez los 2.400 donantes fallecidos y se hicieron más de 6.100 trasplantes.

«Detrás de cada cifra hay una familia que dijo sí en el peor momento de su vida», afirmó Aranda, que estuvo acompañada por Joaquín Ferrer, responsable de la Coordinación Nacional de Trasplantes.

La ministra avanzó que el Gobierno destinará 21 millones de euros a reforzar la red con 45 coordinadores más, repartidos en 30 hospitales.

La tasa de donación alcanzó los 50,6 donantes por millón de habitantes.`,
		"w6en.txt": `en|Spain sets new organ donation record

MADRID, Jan 22 (Wire) - Spain had 2,412 deceased organ donors in 2030, a record, the health ministry said on Wednesday, keeping the country at the top of world rankings with 50.6 donors per million people, up from 48.9.

Donors made possible 6,183 transplants, including 3,702 kidney and 1,290 liver transplants, Health Minister Teresa Aranda said. The waiting list fell to 4,790 patients at the end of the year.

Aranda said the government would spend 12 million euros to hire 45 transplant coordinators at 30 hospitals this year.

"The system works because people trust it," said Joaquín Ferrer, 61, head of the national transplant coordination body.`,
		"w6nl.txt": `nl|Spanje opnieuw wereldkampioen orgaandonatie

Buitenland

Spanje had vorig jaar 2.412 overleden orgaandonoren, een record. Dat komt neer op 50,6 donoren per miljoen inwoners. Nederland kwam in 2030 uit op 289 overleden donoren, ofwel 16,2 per miljoen.

In Spanje worden in elk groot ziekenhuis speciale transplantatiecoördinatoren ingezet. Minister Teresa Aranda kondigde woensdag aan dat er 45 bij komen, voor in totaal 12 miljoen euro.

Met de organen van de Spaanse donoren werden 6.183 transplantaties uitgevoerd.`,
	}, map[string][2]string{"w6esb.txt": {"€21 million", "€12 million"}}},
	{"coral-bleaching", map[string]string{
		"w7en.txt": `en|Nearly four in ten corals bleached off Mexico's Caribbean coast, survey finds

CANCÚN, Mexico, Oct 9 (Wire) - Some 38% of coral colonies surveyed along the Mexican Caribbean coast this year were bleached, up from 22% in the previous survey in 2029, researchers said on Thursday.

Divers from the Quintana Roo Coastal Research Centre examined 4,210 colonies at 46 sites along 130 km of coast between Punta Tzalam and Bahía Kanché over three weeks in September. About 9% of the colonies were already dead.

Sea surface temperatures reached 31.2C (88.2F) and stayed above 30C for five weeks in August and September, the centre said.

"Bleaching is not death yet, but the reef needs the water to cool down soon," said Valeria Ku, 41, who leads the centre's reef laboratory.`,
		"w7es.txt": `es|Más de un tercio de los corales del Caribe mexicano, blanqueados

Quintana Roo | Medio ambiente

Un 38 % de las colonias de coral revisadas este año en el litoral de Quintana Roo presentan blanqueamiento, frente al 22 % registrado en el monitoreo de 2029, informó el jueves el Centro de Investigación Costera de Quintana Roo.

La jefa del laboratorio de arrecifes, Valeria Ku, explicó que 28 buzos revisaron 4.210 colonias en 46 sitios a lo largo de unos 130 kilómetros de costa. El 9 % de las colonias ya había muerto.

«El agua llegó a 31,2 grados y se mantuvo por encima de 30 durante más de un mes», señaló la investigadora.

El centro pidió reducir las descargas de aguas residuales y limitar el número de buzos en los arrecifes más afectados.`,
		"w7de.txt": `de|Korallenbleiche in der mexikanischen Karibik verschärft sich

Umwelt

Fast 40 Prozent der untersuchten Korallenkolonien vor der mexikanischen Karibikküste sind ausgebleicht. Das geht aus einer Untersuchung des Küstenforschungszentrums von Quintana Roo hervor, die am Donnerstag vorgestellt wurde. Genau waren es 38 Prozent, zwei Jahre zuvor 22 Prozent.

Taucher untersuchten im September an 46 Stellen entlang von rund 130 Kilometern Küste insgesamt 4210 Kolonien. Neun Prozent waren bereits abgestorben.

Die Wassertemperatur erreichte 31,2 Grad und lag fünf Wochen lang über 30 Grad, sagte die Leiterin des Riff-Labors, Valeria Ku (41).`,
	}, nil},
	{"maas-microplastics", map[string]string{
		"w8nl.txt": `nl|Veel microplastic in bodem van de Maas, vooral kledingvezels

Binnenland | Milieu

Door Sanne Wijnands

20 november 2031, 07:30

In de bodem van de Maas zitten gemiddeld 1.870 deeltjes microplastic per kilo droog sediment. Dat blijkt uit onderzoek van het Maasland Instituut voor Waterecologie en twee Belgische universiteiten, dat donderdag is gepubliceerd.

De onderzoekers namen tussen maart 2029 en september 2030 monsters op 24 plekken, van de Franse grens tot aan de monding. De hoogste waarde, zo'n 5.300 deeltjes per kilo, werd gemeten bij Maasbroek, stroomafwaarts van een bedrijventerrein.

Ruim 60 procent van de deeltjes bestaat uit vezels, vooral afkomstig van synthetische kleding. "Elke wasbeurt draagt bij", zegt hoofdonderzoeker Femke Hoogendam (39).

In een vergelijkbaar onderzoek in de Rijn uit 2026 werden gemiddeld 1.350 deeltjes per kilo gevonden.`,
		"w8de.txt": `de|Studie: Maas-Sediment stark mit Mikroplastik belastet

Wissenschaft

Lüttich/Maasbroek (Agentur) – Im Flussbett der Maas finden sich im Schnitt 1870 Mikroplastikpartikel pro Kilogramm trockenem Sediment. Das berichten Forschende aus den Niederlanden und Belgien in einer am Donnerstag veröffentlichten Studie.

An 24 Messstellen wurden anderthalb Jahre lang Proben genommen. Den Spitzenwert von 5320 Partikeln pro Kilogramm fanden die Wissenschaftler bei Maasbroek unterhalb eines Industriegebiets.

62 Prozent der Teilchen waren Fasern, 21 Prozent Bruchstücke größerer Kunststoffteile. Zum Vergleich: Im Rhein waren es 2026 durchschnittlich 1350 Partikel pro Kilogramm.

Studienleiterin Femke Hoogendam, 39, fordert Filter für Waschmaschinen.`,
		"w8en.txt": `en|Meuse riverbed loaded with microplastics from clothing, study finds

By Tom Reilly | Environment

Sediment on the bed of the Meuse contains an average of 1,870 microplastic particles per kilogram, researchers in the Netherlands and Belgium reported on Thursday, with synthetic clothing fibres making up 62% of the total.

The team sampled 24 sites over 18 months, from the French border to the North Sea. The highest reading, 5,320 particles per kilogram, came from Maasbroek, downstream of an industrial estate. Fragments of larger plastic items made up 21%.

"Every wash adds to it," said lead author Femke Hoogendam of the Maasland Institute for Water Ecology. A 2026 study of the Rhine found an average of 1,350 particles per kilogram.`,
	}, nil},
	{"wolbachia-mosquitoes", map[string]string{
		"w9es.txt": `es|Los mosquitos con Wolbachia reducen un 71 % el dengue en Santa Inés

Salud

Santa Inés del Magdalena, 5 de marzo de 2031

Los casos de dengue en Santa Inés del Magdalena cayeron un 71 % en 2030 frente al promedio de los cinco años anteriores, tras la liberación de mosquitos portadores de la bacteria Wolbachia, informó este miércoles la Secretaría de Salud municipal.

Durante 14 semanas de 2029 se soltaron 4,2 millones de mosquitos Aedes aegypti en 62 barrios de la ciudad, que tiene unos 380.000 habitantes. El año pasado se notificaron 1.680 casos, cuando el promedio anual rondaba los 5.800.

Las hospitalizaciones por dengue bajaron un 64 %, según el coordinador del programa, Felipe Arango, de 44 años.

El proyecto, financiado por la Fundación Vectores Andinos, costó US$2,6 millones, unos 10.400 millones de pesos.`,
		"w9esb.txt": `es|Santa Inés, ejemplo en la lucha contra el dengue

Por Natalia Rincón

La secretaria de Salud, Marcela Quintero, presentó el miércoles los resultados: más del 70 % menos de casos de dengue el año pasado.

«En el brote de 2024 tuvimos 11.300 casos. En 2030 no llegamos a 1.700», dijo Quintero.

La estrategia consistió en liberar, durante unos tres meses, más de cuatro millones de mosquitos con Wolbachia, una bacteria que impide que el insecto transmita el virus.

La alcaldía estudia extender el programa a los corregimientos rurales.`,
		"w9en.txt": `en|Colombian city's dengue cases drop 71% after Wolbachia mosquito release

BOGOTA, March 5 (Wire) - Dengue cases in the Colombian city of Santa Inés del Magdalena fell 71% last year compared with the average of the previous five years, after the release of mosquitoes carrying the Wolbachia bacterium, local health officials said on Wednesday.

Some 4.2 million Aedes aegypti mosquitoes were released in 62 neighbourhoods over 14 weeks in 2029. The city, home to about 380,000 people, recorded 1,680 cases in 2030, against an average of around 5,800 a year.

Hospital admissions for dengue fell 64%, said programme coordinator Felipe Arango, 44. The programme, funded by the Andean Vectors Foundation, cost $2.6 million.`,
	}, nil},
	{"tick-encephalitis", map[string]string{
		"w10de.txt": `de|FSME: So viele Fälle wie nie zuvor

Gesundheit

Berlin, 25.02.2031

In Deutschland sind im vergangenen Jahr 712 Fälle der durch Zecken übertragenen Frühsommer-Meningoenzephalitis (FSME) gemeldet worden – so viele wie nie seit Beginn der Meldepflicht 2001. Im Jahr 2029 waren es 565, teilte das Bundesinstitut für Infektionsepidemiologie am Dienstag mit.

Die meisten Fälle gab es in Bayern (318) und Baden-Württemberg (241). Fast 85 Prozent der Erkrankten waren nicht geimpft.

Zwei Menschen starben: ein 67 Jahre alter Mann aus dem Landkreis Oberwald und eine 81-jährige Frau.

Das Institut weist fünf weitere Landkreise als Risikogebiete aus, damit sind es nun 183. „Wer in Risikogebieten in der Natur unterwegs ist, sollte sich impfen lassen“, sagte Vizepräsidentin Martina Lenz.`,
		"w10deb.txt": `de|Rekord bei FSME-Erkrankungen – Oberwald trauert um Zecken-Opfer

Oberwald. Der Tod eines 67-Jährigen aus dem Landkreis hat die Diskussion um die FSME-Impfung neu entfacht. Er war einer von zwei Menschen, die 2030 bundesweit an der Hirnhautentzündung starben.

Insgesamt wurden 712 Fälle gemeldet, nach 565 im Jahr davor. 84 Prozent der Patienten hatten keinen Impfschutz.

Oberwald gehört seit 2027 zu den FSME-Risikogebieten, von denen es bundesweit jetzt 183 gibt. Das Gesundheitsamt bietet ab März wieder Impftermine an.`,
		"w10nl.txt": `nl|Recordaantal gevallen van tekenencefalitis in Duitsland

In Duitsland zijn vorig jaar 712 mensen ziek geworden van tekenencefalitis (TBE), meer dan ooit. In 2029 waren het er 565, meldt het Duitse instituut voor infectieziekten.

Ruim acht op de tien patiënten waren niet gevaccineerd. Twee mensen, van 67 en 81 jaar, overleden.

In Nederland werden in 2030 veertien gevallen van TBE gemeld. Wie in Zuid-Duitsland gaat wandelen, kan zich beter laten inenten, adviseren artsen.`,
	}, nil},
}
