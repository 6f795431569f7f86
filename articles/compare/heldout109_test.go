package compare

// heldOutOroshi is a blind held-out set of ten court, police and
// public-safety events, written without reading the comparison code, in
// Dutch, German, Spanish and English: an average-speed camera section on a
// Dutch provincial road, a hit-and-run sentence in Alicante, a stolen bronze
// statue found at a Belgian scrapyard, a botulism outbreak from market
// preserves in León, a cross-border burglary gang broken up, a volunteer fire
// station closing in East Belgium, five kitesurfers rescued off the Dutch
// coast, a Spanish town's police overtime bill, a lorry ban through a German
// border village and damages for a woman hurt by a falling branch.
//
// Six contradictions are planted, one per event, five of them outside the
// first paragraph: a section length in the German report of three (6.8 km
// for 8.6 km), the victim's age in the German report of three (76 for 67),
// the theft date in the English report of three (7 for 17 January), the
// count of people in hospital in the second Spanish report (7 for 9), the
// count of burglaries in the German lead (26 for 62) and the year a station
// was built in the Dutch report of four (1926 for 1962).
//
// Traps that are no contradiction: "one in five" against "bijna 20 procent"
// and "almost a fifth" against 18 %; 14 days against two weeks; 48 hours
// against two days; 91 and 80 km/h beside a section length in km; a sentence
// of "tres años y seis meses" against "dreieinhalb Jahre"; three ages in the
// German hit-and-run report (24, 76, the son's 41) and two suspects' ages
// given in either order; 94 days against "más de tres meses"; "ruim
// zeven ton" against 700,000 euros; 120 jars sold, 85 recovered and 35
// still missing; a response time of 14 instead of 9 minutes against "up to
// five minutes later"; 1,850 signatures against "gut 1.800"; 142 call-outs
// up from 128; 1,380 lorries counted against about 1,400; 2.38 million
// against "casi 2,4" and "nearly €2.4 million", 2.02 million against "just
// over €2 million"; 120,000 euros claimed against 46,500 awarded; a tree of
// 80 years beside a woman of 58; a scrap price, an insured value and a
// restoration cost; 1.8 km against "about 2 km"; an hour and a half against
// 90 minutes; a water temperature and wind in km/h.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 2 false disagreements. It missed the botulism count (o4es2.txt's "siete
// personas" hospitalised against nine: the output lists no count of people
// in hospital from any of the four reports) and the fire station's year
// (o6nl.txt's 1926 against 1962: only o6en's "since 1962" was listed, the
// Dutch "dateert van 1926" and the German "von 1962" were not). Its false disagreements: the speed-camera section's two ends
// (place "tussen": o1nl2's Oldeveen against o1nl's Hemmelsburen, the same
// road named from either end) and the hit-and-run sentence (duration
// "pena": o2de's "sechs Jahren", the driving ban, against "tres años y
// seis meses", the prison term). As it flagged two false disagreements,
// its table line allows 2.
//
// Fixed after, so the set is held out no longer: Dutch "en" is "and", no
// preposition of place ("tussen Oldeveen en Hemmelsburen"); halves in one
// word ("dreieinhalb Jahre Haft"); a small count of people in words is
// read when they were taken to hospital or evacuated ("hospitalizar a
// siete personas"): 5/6 flagged, 0 false.
var heldOutOroshi = []heldOutEvent{
	{"average-speed-cameras", map[string]string{
		"o1nl.txt": `nl|Trajectcontrole op N389 gaat maandag aan: 'Hier is te vaak gestorven'

Verkeer | Regio

Gepubliceerd: 29 mei, 16:42

Automobilisten die over de N389 tussen Oldeveen en Hemmelsburen rijden, worden vanaf maandag 2 juni over een afstand van 8,6 kilometer gecontroleerd op hun gemiddelde snelheid. De provincie Drenthe zet dan de nieuwe trajectcontrole aan. Op de weg geldt een maximumsnelheid van 80 kilometer per uur.

De provinciale weg staat al jaren bekend als gevaarlijk. Sinds 2026 gebeurden er 27 ongelukken, waarvan vier met dodelijke afloop. "Hier is te vaak gestorven. Dat moet stoppen", zegt gedeputeerde Ingrid Vermeulen-Bos (Verkeer).

Uit metingen van de provincie bleek dat ongeveer een op de vijf automobilisten te hard rijdt. Op het rechte stuk bij de Hemmelsburense Vaart werd een gemiddelde van 91 kilometer per uur gemeten.

De eerste twee weken krijgen hardrijders nog een waarschuwingsbrief, daarna volgen boetes. De installatie van de camera's kostte 1,4 miljoen euro.

Lees ook: Nieuwe rotonde bij Oldeveen pas in 2032 klaar`,
		"o1nl2.txt": `nl|Provincie Drenthe start trajectcontrole op gevaarlijke N389

ASSEN (Persbureau) - Op de N389 in Drenthe gaat maandag een trajectcontrole in gebruik. Op het 8,6 kilometer lange traject tussen Hemmelsburen en Oldeveen meten camera's de gemiddelde snelheid van het verkeer.

Volgens de provincie is bijna 20 procent van de automobilisten op de weg te snel. Toegestaan is 80 km/u. Het project kostte 1,4 miljoen euro, dat grotendeels door de provincie wordt betaald.

Op de N389 vielen de afgelopen vijf jaar vier doden bij in totaal 27 ongevallen. Gedeputeerde Ingrid Vermeulen-Bos noemt de trajectcontrole "het sluitstuk" van een reeks maatregelen. Eerder werden al bermen verbreed en twee kruisingen aangepast.

Gedurende de eerste 14 dagen ontvangen overtreders alleen een waarschuwing. Daarna legt het CJIB boetes op.`,
		"o1de.txt": `de|Niederlande: Abschnittskontrolle auf der N389 ab Montag

Emsland / Drenthe. Wer über die Grenze nach Drenthe fährt, sollte auf der N389 künftig den Fuß vom Gas nehmen. Ab Montag, 2. Juni, misst die Provinz Drenthe dort die Durchschnittsgeschwindigkeit aller Fahrzeuge – auf einer Strecke zwischen Oldeveen und Hemmelsburen.

Die Messstrecke ist 6,8 Kilometer lang, erlaubt sind 80 km/h. Nach Angaben der Provinz ist etwa jeder fünfte Autofahrer zu schnell unterwegs. In den vergangenen fünf Jahren gab es auf der Straße 27 Unfälle, vier Menschen starben.

„Wir wollen, dass jeder sicher nach Hause kommt“, sagte die zuständige Provinzdezernentin Ingrid Vermeulen-Bos. Die Anlage hat rund 1,4 Millionen Euro gekostet.

Zwei Wochen lang gibt es nur Verwarnungen. Danach werden Bußgelder fällig – auch für Fahrer mit deutschem Kennzeichen. In den Niederlanden kostet schon eine Überschreitung um 10 km/h außerorts rund 100 Euro.

Von Henrike Alsmeier`,
	}, map[string][2]string{"o1de.txt": {"6.8 km", "8.6 km"}}},
	{"hit-and-run-sentence", map[string]string{
		"o2es.txt": `es|Condenado a tres años y medio de cárcel el conductor que atropelló mortalmente a una jubilada en Benicalde

Tribunales

El Juzgado de lo Penal número 3 de Alicante ha condenado a tres años y seis meses de prisión a Iván Castro Meléndez, de 24 años, que en noviembre de 2029 atropelló con su coche a Rosemarie Lambrecht, una jubilada alemana de 67 años, en un paso de peatones de Benicalde y se dio a la fuga.

Según la sentencia, el acusado circulaba a 78 km/h por una calle limitada a 30 y había consumido alcohol, según varios testigos que lo vieron salir de un bar poco antes. Se entregó en el cuartel de la Guardia Civil dos días después.

La jueza le retira además el permiso de conducir durante seis años y le obliga a indemnizar con 180.000 euros a los dos hijos de la víctima.

La defensa, que pedía la absolución por el delito de omisión del deber de socorro, estudia recurrir. La Fiscalía había solicitado cinco años de prisión.`,
		"o2es2.txt": `es|Tres años y medio de prisión por atropellar y abandonar a una peatona en Alicante

Alicante, 14 may (Agencia).- Un juzgado de Alicante ha impuesto una pena de tres años y medio de cárcel y seis años de retirada del carné a un joven de 24 años que atropelló a una mujer de 67 en Benicalde y huyó sin auxiliarla. La víctima murió en el hospital al día siguiente.

El condenado, I.C.M., conducía a 78 kilómetros por hora en una zona 30 y se presentó ante la Guardia Civil 48 horas después del atropello, ocurrido en noviembre de 2029.

La sentencia, contra la que cabe recurso, fija una indemnización de 180.000 euros para la familia. El fiscal pedía cinco años.`,
		"o2de.txt": `de|Unfallflucht in Benicalde: Fahrer muss dreieinhalb Jahre in Haft

Costa Blanca

Fast anderthalb Jahre nach dem Tod von Rosemarie Lambrecht aus Bielefeld ist der Unfallfahrer verurteilt worden. Ein Strafgericht in Alicante verhängte gegen den 24-jährigen Spanier dreieinhalb Jahre Haft und ein Fahrverbot von sechs Jahren.

Die 76-jährige Rentnerin, die seit 2014 in Benicalde lebte, war im November 2029 auf einem Zebrastreifen an der Avenida del Mar von seinem Wagen erfasst worden. Der Fahrer war mit 78 km/h unterwegs, erlaubt sind dort 30. Er fuhr weiter und stellte sich erst zwei Tage später der Guardia Civil.

Die beiden Kinder der Verstorbenen erhalten 180.000 Euro Schadensersatz. „Das Geld bringt uns unsere Mutter nicht zurück“, sagte ihr Sohn Jens Lambrecht (41) nach der Urteilsverkündung.

Die Staatsanwaltschaft hatte fünf Jahre gefordert. Das Urteil ist noch nicht rechtskräftig.`,
	}, map[string][2]string{"o2de.txt": {"76 years", "67 years"}}},
	{"stolen-fisherman-statue", map[string]string{
		"o3nl.txt": `nl|Gestolen beeld De Visserman teruggevonden bij Belgische schroothandel

Oosterzande

Het bronzen beeld De Visserman, dat in januari van de Havenkade in Oosterzande werd gestolen, is teruggevonden. De politie trof het dinsdag aan op het terrein van een schroothandel in het Belgische Zwartberge, in drie stukken gezaagd.

Het 1,90 meter hoge beeld van beeldhouwster Aaltje Roozendaal stond sinds 1958 aan de haven. Het verdween in de nacht van 16 op 17 januari; bewoners zagen 's ochtends alleen nog de lege sokkel.

Twee mannen van 31 en 44 jaar uit Antwerpen zijn aangehouden. Zij zouden het beeld van zo'n 340 kilo voor ongeveer 1.500 euro als oud brons hebben willen verkopen. De verzekerde waarde is 85.000 euro.

Burgemeester Tjalling Wisse is "enorm opgelucht". De gemeente laat het beeld restaureren, wat volgens een eerste schatting 20.000 euro kost en zes maanden duurt.`,
		"o3nl2.txt": `nl|Gestolen bronzen Visserman duikt op bij schroothandel

Het bronzen beeld van een visser dat op 17 januari in Oosterzande werd gestolen, is in België teruggevonden. Dat meldt de politie Zeeland-West-Brabant.

Agenten vonden het in stukken gezaagde beeld dinsdag bij een schroothandelaar in Zwartberge, ten oosten van Antwerpen. Twee verdachten, een 44-jarige en een 31-jarige man, zijn opgepakt. Ze zouden het brons voor zo'n 1.500 euro hebben willen verkopen; het beeld is verzekerd voor 85.000 euro.

Het werk van Aaltje Roozendaal uit 1958 is een van de bekendste beelden van de Zeeuwse kust. Het herstel gaat naar verwachting een half jaar duren.`,
		"o3en.txt": `en|Stolen Dutch fisherman statue found cut up in Belgian scrapyard

Brussels, Wednesday

Belgian police have recovered a bronze statue that was stolen from a Dutch harbour town earlier this year, after it turned up at a scrap-metal dealer's yard in Zwartberge, east of Antwerp.

The 1.9m figure, known as De Visserman (The Fisherman), had been sawn into three pieces. Two men from Antwerp, aged 31 and 44, were arrested on Tuesday, prosecutors said.

The statue, which weighs around 340kg, was stolen from the quayside in Oosterzande, in the Dutch province of Zeeland, on 7 January. Investigators believe the suspects hoped to sell it as scrap for about €1,500 – a fraction of its insured value of €85,000.

Oosterzande's mayor, Tjalling Wisse, said the town was "hugely relieved". Restoration is expected to take six months and cost about €20,000.`,
	}, map[string][2]string{"o3en.txt": {"7 January", "17 January"}}},
	{"botulism-market-preserves", map[string]string{
		"o4es.txt": `es|Nueve hospitalizados por botulismo tras consumir conservas de setas compradas en un mercadillo

León

Sanidad investiga un brote de botulismo que ha obligado a hospitalizar a nueve personas, tres de ellas en la UCI, tras consumir setas en aceite de elaboración artesanal vendidas el sábado en el mercado semanal de Valdecorrales del Páramo.

Los afectados tienen entre 34 y 81 años. Entre ellos figuran dos turistas alemanes que se alojaban en una casa rural de la comarca. Los síntomas —visión doble, dificultad para tragar y debilidad muscular— aparecieron entre 12 y 36 horas después de la ingesta.

La Junta ha ordenado la retirada de todos los lotes de Conservas Hermanos Pardal, una pequeña empresa familiar de Riaño del Monte. Según la consejería, se vendieron unos 120 tarros, de los que ya se han recuperado 85.

"Pedimos a cualquiera que tenga uno de estos tarros que no lo abra y lo entregue en su centro de salud", señaló el director general de Salud Pública, Arturo Beltrán.`,
		"o4es2.txt": `es|Sanidad retira unas conservas artesanas de setas por un brote de botulismo en León

Valladolid, 14 oct (Agencia).- La Consejería de Sanidad ha activado la alerta alimentaria tras detectar un brote de botulismo vinculado a unas setas en aceite de la firma leonesa Conservas Hermanos Pardal.

Los tarros, de 350 gramos, se vendieron el pasado sábado en el mercadillo de Valdecorrales del Páramo. Sanidad calcula que se despacharon alrededor de 120 y que aún quedan 35 por localizar.

El brote ha obligado a hospitalizar a siete personas, tres de ellas en cuidados intensivos, en los hospitales de León y Ponferrada. El Ministerio ha enviado antitoxina botulínica desde Madrid.

El director general de Salud Pública, Arturo Beltrán, pidió no consumir estos productos bajo ningún concepto.`,
		"o4de.txt": `de|Botulismus in Spanien: Zwei deutsche Urlauber im Krankenhaus

Madrid (Agentur). In der nordspanischen Provinz León sind neun Menschen nach dem Verzehr von eingelegten Pilzen an Botulismus erkrankt, darunter zwei Urlauber aus Deutschland. Drei Patienten werden auf der Intensivstation behandelt, wie die Gesundheitsbehörden der Region mitteilten.

Die selbstgemachten Konserven eines kleinen Familienbetriebs waren am Samstag auf einem Wochenmarkt in dem Dorf Valdecorrales del Páramo verkauft worden. Von den rund 120 Gläsern seien 35 noch nicht wieder aufgetaucht, hieß es.

Nach Angaben des Auswärtigen Amts handelt es sich bei den Deutschen um ein Ehepaar aus dem Raum Freiburg, 62 und 65 Jahre alt. Ihr Zustand sei stabil.

Botulismus ist eine seltene, aber lebensgefährliche Vergiftung durch ein Bakteriengift. In Spanien werden pro Jahr durchschnittlich acht Fälle gemeldet.`,
		"o4en.txt": `en|Nine in hospital with botulism after eating market-bought preserved mushrooms

SPAIN | Health

Health officials in Castilla y León have issued an urgent warning after nine people were taken to hospital with botulism, three of them to intensive care, after eating home-made mushrooms in oil bought at a village market.

The jars, made by a small family business, Conservas Hermanos Pardal, were sold at Saturday's market in Valdecorrales del Páramo, in León province. About 120 were sold; 85 have been handed in or seized so far.

Those affected are aged between 34 and 81, and include a German couple on holiday in the area. Antitoxin was flown in from Madrid overnight.

"Do not open these jars, do not taste them," said Arturo Beltrán, the region's director general of public health.

Related: Spain's food safety agency recalls frozen tuna`,
	}, map[string][2]string{"o4es2.txt": {"7", "9"}}},
	{"border-burglary-gang", map[string]string{
		"o5de.txt": `de|Razzia gegen Einbrecherbande: Fünf Festnahmen im Kreis Kleve und in den Niederlanden

Kreis Kleve. Mit Durchsuchungen auf beiden Seiten der Grenze haben deutsche und niederländische Ermittler am Mittwoch eine mutmaßliche Einbrecherbande zerschlagen, der 26 Wohnungseinbrüche zur Last gelegt werden. Fünf Männer im Alter von 19 bis 37 Jahren wurden festgenommen.

Rund 160 Beamtinnen und Beamte durchsuchten elf Objekte in Kleverhagen, Uedemerbruch und im niederländischen Zevenhuizen aan de Lei. Dabei stellten sie zwei Autos, 38.000 Euro Bargeld und zahlreiche Schmuckstücke sicher.

Die Bande soll seit März vergangenen Jahres, also über rund 14 Monate, vor allem in Einfamilienhäuser eingestiegen sein – meist am frühen Abend, wenn die Bewohner nicht zu Hause waren. Den Gesamtschaden beziffert die Polizei auf rund 700.000 Euro.

„Das ist ein großer Schlag gegen die grenzüberschreitende Eigentumskriminalität“, sagte Kriminaldirektor Uwe Terhoeven.`,
		"o5nl.txt": `nl|Vijf aanhoudingen bij invallen tegen inbrekersbende, ook in Zevenhuizen aan de Lei

Politie | Grensregio

De Nederlandse en Duitse politie hebben woensdag vijf mannen opgepakt die verdacht worden van 62 woninginbraken in de grensstreek. Er werd op elf adressen gezocht, onder meer in Zevenhuizen aan de Lei.

De bende sloeg volgens de politie ruim een jaar lang toe, vooral in vrijstaande woningen aan beide kanten van de grens. De totale buit wordt geschat op ruim zeven ton.

Bij de doorzoekingen werden 38.000 euro aan contant geld, sieraden en twee auto's in beslag genomen. De verdachten zijn tussen de 19 en 37 jaar oud; twee van hen wonen in Nederland.

Aan de actie deden zo'n 160 agenten mee.`,
		"o5en.txt": `en|Police break up cross-border burglary gang after 62 break-ins

DÜSSELDORF, May 21 (Wire) - German and Dutch police arrested five men in coordinated raids on Wednesday, breaking up a gang suspected of 62 burglaries on both sides of the border over the past 14 months, investigators said.

Some 160 officers searched 11 properties in Germany's Kleve district and the neighbouring Dutch province of Gelderland, seizing €38,000 in cash, jewellery and two cars.

The suspects, aged between 19 and 37, mostly targeted detached houses in the early evening. Police put the value of the stolen goods at around €700,000.

(Reporting by Miriam Kools; Editing by Tom Ashdown)`,
	}, map[string][2]string{"o5de.txt": {"26", "62"}}},
	{"village-fire-station-closes", map[string]string{
		"o6de.txt": `de|Feuerwehrposten Lontzenich schließt Ende Juni

Ostbelgien

Nach mehr als 60 Jahren ist Schluss: Der Feuerwehrposten in Lontzenich wird zum 30. Juni geschlossen. Das hat der Zonenrat der Hilfeleistungszone am Montagabend mit 7 zu 2 Stimmen beschlossen.

Die 23 freiwilligen Feuerwehrleute sollen in die Kaserne in Hergenbusch wechseln, die rund 11 Kilometer entfernt liegt. Der Posten war im vergangenen Jahr zu 142 Einsätzen ausgerückt, nach 128 im Jahr davor.

Das Gebäude von 1962 entspricht laut Zonenkommandant Major Patrick Kohnen nicht mehr den Sicherheitsnormen. Ein Neubau hätte 2,8 Millionen Euro gekostet. Durch die Schließung spart die Zone jährlich etwa 310.000 Euro.

Anwohner befürchten längere Wartezeiten. In den entlegensten Weilern dürfte die Feuerwehr künftig nach 14 statt nach 9 Minuten eintreffen. Eine Petition gegen die Schließung hatte 1.850 Unterschriften gesammelt.`,
		"o6de2.txt": `de|Zonenrat besiegelt Aus für Feuerwehr in Lontzenich

Der Feuerwehrposten Lontzenich macht Ende Juni dicht. Der Zonenrat stimmte am Montag mit sieben Ja- und zwei Neinstimmen für die Schließung.

Zonenchef Patrick Kohnen verwies auf den schlechten Zustand des Gebäudes aus dem Jahr 1962 und die Kosten eines Neubaus von 2,8 Millionen Euro. Die 23 Freiwilligen werden nach Hergenbusch versetzt.

Die Bürgerinitiative „Unsere Wehr bleibt“ kündigte an, weiter zu kämpfen. Sie hatte gut 1.800 Unterschriften gesammelt.`,
		"o6nl.txt": `nl|Oost-Belgische brandweerpost Lontzenich gaat dicht

EUPEN (Persbureau) - De brandweerpost van Lontzenich, in de Duitstalige Gemeenschap, sluit op 30 juni de deuren. De zoneraad keurde de sluiting maandag goed met zeven stemmen voor en twee tegen.

De 23 vrijwilligers verhuizen naar de kazerne van Hergenbusch, op zo'n elf kilometer. Vorig jaar rukte de post 142 keer uit.

Het gebouw dateert van 1926 en voldoet volgens zonecommandant majoor Patrick Kohnen niet langer aan de veiligheidsnormen. Nieuwbouw zou 2,8 miljoen euro kosten. Met de sluiting bespaart de zone zo'n 310.000 euro per jaar.

Omwonenden vrezen dat de brandweer in afgelegen gehuchten voortaan tot vijf minuten later ter plaatse zal zijn.`,
		"o6en.txt": `en|Belgian village fire station to close despite petition

A volunteer fire station serving villages in Belgium's German-speaking east will close on June 30, after the local emergency services zone voted 7-2 to shut it.

The station in Lontzenich, in use since 1962, no longer meets safety standards, zone chief Major Patrick Kohnen said, and a replacement would have cost €2.8 million. Closing it will save around €310,000 a year.

Its 23 firefighters, all volunteers, will move to Hergenbusch, about 11 km away. The station was called out 142 times last year, up from 128 the year before.

A petition against the closure gathered 1,850 signatures.`,
	}, map[string][2]string{"o6nl.txt": {"1926", "1962"}}},
	{"kitesurfers-blown-offshore", map[string]string{
		"o7nl.txt": `nl|Vijf kitesurfers van zee gehaald na plotselinge windomslag

Westduin aan Zee

Reddingsboten van de KNRM hebben zondagmiddag vijf kitesurfers uit zee gehaald voor de kust van Westduin aan Zee. Door een plotselinge draai van de wind naar het oosten werden zij van de kust af geblazen.

De surfers, in leeftijd variërend van 17 tot 52 jaar, dreven zo'n 2 kilometer uit de kust toen de eerste boot hen bereikte. De reddingsactie duurde ruim anderhalf uur. Ook een helikopter van de Kustwacht werd ingezet.

Een 52-jarige man uit Utrecht was onderkoeld en is naar het ziekenhuis in Leiden gebracht. Het zeewater was 11 graden. De anderen konden na controle naar huis.

"Aflandige wind is verraderlijk: het lijkt op het strand rustig, maar verder op zee waait het hard", zegt schipper Dirk Zwanenburg van reddingsstation Westduin.`,
		"o7nl2.txt": `nl|KNRM redt vijf kitesurfers bij Westduin

Vijf kitesurfers zijn zondag in de problemen geraakt voor de kust van Westduin aan Zee. Twee reddingsboten en een Kustwachthelikopter rukten uit.

De wind draaide rond 14.30 uur plotseling naar het oosten en nam toe tot windkracht 6. De kiters werden 1,8 kilometer de zee op geblazen. Eén man van 52 werd onderkoeld naar het ziekenhuis gebracht.`,
		"o7de.txt": `de|Niederlande: Fünf Kitesurfer vor Westduin aus der Nordsee gerettet

Den Haag (Agentur). Vor der niederländischen Nordseeküste sind am Sonntag fünf Kitesurfer in Seenot geraten, unter ihnen ein 17-Jähriger aus Krefeld. Ablandiger Wind hatte sie rund zwei Kilometer aufs offene Meer getrieben.

Zwei Boote der Seenotrettungsgesellschaft KNRM und ein Hubschrauber der Küstenwache waren etwa 90 Minuten im Einsatz. Ein 52-jähriger Mann kam mit einer Unterkühlung ins Krankenhaus. Die Wassertemperatur lag bei elf Grad.

Der Wind hatte am Nachmittag plötzlich auf Ost gedreht und in Böen bis zu 60 km/h erreicht.`,
		"o7en.txt": `en|Lifeboats rescue five kitesurfers swept out to sea off Dutch coast

Five kitesurfers were rescued off the Dutch coast on Sunday after a sudden offshore wind blew them about 2km out to sea, the Dutch sea rescue service KNRM said.

Two lifeboats and a coastguard helicopter were involved in the operation off Westduin aan Zee, which lasted about an hour and a half. The youngest kitesurfer was 17, the oldest 52.

The 52-year-old, from Utrecht, was treated in hospital for hypothermia. The water temperature was 11C.

"An offshore wind is treacherous," lifeboat skipper Dirk Zwanenburg said. "It looks calm on the beach, but further out it's blowing hard."`,
	}, nil},
	{"police-overtime-bill", map[string]string{
		"o8es.txt": `es|Las horas extra de la Policía Local de Castellmar se disparan un 18 % y rozan los 2,4 millones

Castellmar

El gasto en horas extraordinarias de la Policía Local de Castellmar alcanzó en 2030 los 2,38 millones de euros, un 18 % más que el año anterior, cuando se pagaron 2,02 millones, según el informe de Intervención municipal al que ha tenido acceso este diario.

El concejal de Seguridad Ciudadana, Rafael Montesinos, atribuye el aumento a la falta de efectivos: la plantilla cuenta con 212 agentes, pero tiene 38 plazas vacantes. "Sin horas extra no podríamos cubrir los turnos de verano", explicó.

Para 2031, el equipo de gobierno ha reducido la partida a 1,9 millones y prevé incorporar 20 nuevos agentes en otoño, cuando terminen su formación en la academia.

Los sindicatos policiales advierten de que el recorte "es irreal" mientras no se cubran las vacantes.`,
		"o8es2.txt": `es|La oposición pide explicaciones por el gasto en horas extra de la Policía Local

Castellmar, 3 feb.- El grupo municipal de la oposición ha pedido la comparecencia del concejal de Seguridad Ciudadana, Rafael Montesinos, después de conocerse que la Policía Local gastó el año pasado casi 2,4 millones de euros en horas extraordinarias.

La cifra supone un incremento del 18 % respecto a 2029. La portavoz de la oposición, Elena Ribes, criticó que el presupuesto de este año recorte la partida hasta 1,9 millones "sin un plan creíble" para cubrir las 38 vacantes de una plantilla de 212 policías.

Montesinos defendió que la llegada de 20 agentes en prácticas aliviará la situación a partir de otoño.`,
		"o8en.txt": `en|Castellmar police overtime bill hits €2.4m

COSTA | Local news

Overtime payments to Castellmar's local police rose by almost a fifth last year to nearly €2.4 million, according to a town hall audit report.

The bill was up from just over €2 million in 2029. Councillor for public safety Rafael Montesinos blamed staff shortages: the force has 212 officers but 38 posts are unfilled.

The council has cut the overtime budget for this year to €1.9m, and expects 20 new officers to join in the autumn.`,
	}, nil},
	{"village-lorry-ban", map[string]string{
		"o9de.txt": `de|Lkw-Durchfahrtsverbot für Haldern-Bruch kommt zum 1. September

Niederrhein

Aufatmen in Haldern-Bruch: Ab dem 1. September dürfen Lastwagen über 7,5 Tonnen nicht mehr durch den Ort fahren. Die Straßenverkehrsbehörde des Kreises hat das Durchfahrtsverbot auf der L459 am Donnerstag angeordnet.

Bei einer Verkehrszählung im Frühjahr waren an einem Werktag 1.380 Lkw durch die Dorfstraße gerollt, viele davon mit niederländischem Kennzeichen. Die Fahrer nutzen die Strecke als Abkürzung zwischen der A12 bei Arnhem und der A3.

Künftig müssen sie über die Bundesstraße ausweichen, was die Strecke um rund sechs Kilometer verlängert. Lieferverkehr für Betriebe im Ort bleibt erlaubt. Wer gegen das Verbot verstößt, zahlt 75 Euro Bußgeld und erhält einen Punkt in Flensburg.

„Wir haben zwölf Jahre für dieses Schild gekämpft“, sagte Ortsvorsteherin Gudrun Heesters.`,
		"o9de2.txt": `de|Kreis sperrt L459 in Haldern-Bruch für Lkw-Durchgangsverkehr

Kreisstadt. Der Kreis hat ein Durchfahrtsverbot für Lastwagen über 7,5 Tonnen auf der L459 in Haldern-Bruch erlassen. Es gilt ab dem 1. September, teilte Kreisdirektor Markus Liedtke am Donnerstag mit.

Täglich fahren rund 1.400 Lkw durch den Ort. Anwohner klagen seit Jahren über Lärm, Erschütterungen und Risse an ihren Häusern.

Kontrollieren sollen Polizei und Ordnungsamt. Verstöße kosten 75 Euro.`,
		"o9nl.txt": `nl|Duits dorp Haldern-Bruch sluit doorgaande route voor vrachtwagens

Transport | Duitsland

Vrachtwagens zwaarder dan 7,5 ton mogen vanaf 1 september niet meer door het Duitse grensdorp Haldern-Bruch rijden. Veel Nederlandse chauffeurs gebruiken de L459 als sluiproute tussen de A12 en de Duitse A3.

Dagelijks passeren ongeveer 1.400 vrachtwagens het dorp. De omleiding via de Bundesstraße is zo'n 6 kilometer langer.

Overtreders riskeren een boete van 75 euro. Bestemmingsverkeer voor bedrijven in het dorp blijft toegestaan. De brancheorganisatie van vervoerders noemt het verbod "begrijpelijk, maar lastig".`,
	}, nil},
	{"falling-branch-damages", map[string]string{
		"o10es.txt": `es|Condenan al Ayuntamiento de Villafranca del Tajo a indemnizar con 46.500 euros a una vecina herida por la caída de una rama

Tribunales

El Juzgado de lo Contencioso-Administrativo número 2 de Toledo ha condenado al Ayuntamiento de Villafranca del Tajo a pagar 46.500 euros a una mujer de 58 años que resultó herida en julio de 2028 al caerle encima una rama de un plátano de sombra en el parque de La Alameda.

La rama, de unos seis metros de largo y cerca de 400 kilos, le causó fracturas en la clavícula y en tres costillas. Estuvo 94 días de baja.

La sentencia considera probado que el árbol, de unos 80 años, no había sido revisado por los servicios municipales de jardinería desde 2025, pese a que varios vecinos habían alertado de su mal estado. La demandante reclamaba 120.000 euros.

El Ayuntamiento estudia recurrir. La alcaldesa, Pilar Ugena, declinó hacer comentarios.`,
		"o10es2.txt": `es|Un juzgado da la razón a la vecina herida por una rama en La Alameda

Villafranca del Tajo

La vecina de Villafranca del Tajo herida hace casi tres años por la caída de una rama en el parque de La Alameda será indemnizada con 46.500 euros, menos de la mitad de los 120.000 que pedía. Así lo ha decidido un juzgado de Toledo, que aprecia responsabilidad patrimonial del Ayuntamiento.

Según el fallo, el plátano no pasaba una inspección desde hacía tres años. La mujer, M. J. R., de 58 años, sufrió varias fracturas y estuvo más de tres meses de baja.

La sentencia no es firme.`,
		"o10en.txt": `en|Spanish town ordered to pay €46,500 to woman hurt by falling branch

Spain | Courts

A court in Toledo has ordered the town council of Villafranca del Tajo to pay €46,500 in damages to a 58-year-old woman who was seriously injured when a branch fell from a plane tree in a town park.

The branch, about 6m long and weighing nearly 400kg, broke her collarbone and three ribs in July 2028. She had sought €120,000.

The judge found that the 80-year-old tree had not been inspected by the council since 2025, despite residents' complaints. The council may appeal.`,
	}, nil},
}
