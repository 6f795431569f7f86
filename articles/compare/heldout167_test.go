package compare

// heldOutChergui is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of transport, labour,
// sport, science and court news, each reported three or four times in
// English, Spanish, German and Italian (two Italian reports of the dockers'
// deal, two Spanish of the stadium vote, two German of the pilots'
// strike). The topics: a night train with 412 passengers stranded in the
// Valderra base tunnel after an overhead-line failure, the dockers of
// Lerica ending a nine-day strike with a three-year pay deal, the members
// of CD Almenara voting for a new 48,000-seat stadium, 143 dinosaur
// footprints found in a quarry near Kellbach, the former mayor of
// Castelrocca sentenced for bribes from a builder, the Nordavia pilots
// calling a 24-hour strike, Valmonte completing its driverless metro Line
// 4, a course record at the Hallstein Marathon, the Kaltwandferner
// glacier's loss in 2037, and the chemical firm Quimisur fined over a
// solvent spill into the river Arbón.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (cg1de: "Der Zug saß
// schließlich sieben Stunden im Tunnel fest", 7 hours against four hours
// in the English, Italian and Spanish reports); an amount (cg2en: the
// package "will cost Terminal Adriatico Lerica €64 million over the three
// years" against €48 million in both Italian reports and the German); a
// percentage (cg3it: "I sì sono stati il 74% dei votanti" against 64% in
// the two Spanish reports and the English); a count (cg4es: "En total se
// han documentado 184 huellas" against 143 in the German and English); an
// age (cg5de: "Der 67 Jahre alte Dellisanti" against 61 in the Italian
// and English); a date (cg6en: the walkout "will take place on 21 March"
// against Thursday 12 March in both German reports and the Spanish). The
// last four events hold none.
//
// Traps that are no contradiction: four hours as "quattro ore" and
// "cuatro horas", stopped at 23:40 and towed out at 03:40 ("pasadas las
// tres y media"), five and a half hours late into Borgoverde, the tunnel
// shut for eleven hours ("elf Stunden", "undici ore", "once horas"), a
// freight train stuck about 90 minutes ("rund anderthalb Stunden") in
// March, more than 400 ("Oltre quattrocento") of 412 passengers and nine
// crew, 18 km into a 55 km tunnel, seven treated, a voucher of €50, 30
// degrees, passengers of 34, 27 and 45, about twenty Spaniards, a tunnel
// opened in 2032. Nine days of strike, 6% in three steps of 2% ("sei punti
// percentuali", "sechs Prozent"), 9% demanded, a one-off €1,000 ("mille
// euro", "1000 Euro"), about 2,300 dockers, losses to the port of about
// €30 million, some sixty ships ("una sessantina", "rund 60") and "una
// cinquantina" still waiting a day later, 1.4 million containers, a ballot
// by 20 March, "ieri mattina" in a Wednesday paper for Tuesday, two
// dockers of 52 and 23. A 64% yes beside a 36% no, a 41% turnout ("algo
// menos de 24.000" of about 58,000), "casi dos de cada tres" and "Nearly
// two thirds", a 52% no in 2031, €380 million beside a €450 million plan
// of 2031, a loan of €250 million and €30 million from the city, 48,000
// seats against 36,000 ("dodicimila in più"), a president of 58 and a
// spokeswoman of 63, 1957, 2036 and 2039-40. 143 prints in eleven
// trackways of at least five species, "well over a hundred", 150 million
// years, 38 metres, 72 cm, 16 researchers, about 2,000 square metres, May
// and June, 2036. Five years and four months ("cinque anni e quattro
// mesi"), seven sought, three years for a builder of 54, five years'
// ban, €420,000 ("420 mila euro"), 2027 to 2033, 2032, 48 witnesses
// ("Forty-eight"), ninety days, "yesterday" in a Friday paper for
// Thursday. A 24-hour strike from 00:01 to 23:59, the last strike on 28
// September 2036 and a contract out on 31 December, about 600 flights
// against "mehr als 550 von rund 700", about 70,000 passengers, 1,150
// pilots, 12% against 5.5%, 94% in the ballot, a loss of €85 million,
// compensation of 250 to 600 euros, "Dienstag" and "este martes" for the
// timetable, papers of Monday and Tuesday. Line 4 of 14 km and 17
// stations made of 6 km (seven stations, 2033) and 8 km (ten stations),
// €2.1 billion of which €1.3 billion for the new stretch, 26 minutes
// against "quasi cinquanta minuti" and "about half as long", 160,000
// passengers a day forecast against 55,000 so far ("nearly three times"),
// 21 trains every three minutes, works from 2029, two years late, a mayor
// of 49, "yesterday" in a Sunday paper. A winner of 24 and a runner-up of
// 31, 2:04:31 as "2h04'31"" and "2 hours 4 minutes 31 seconds", 2:05:10
// beaten by 39 seconds ("trentanove secondi"), 2:04:58, 2:06:20, 2:19:47
// for a winner of 29, 2:08:12 and 2:11:30 for a Spaniard of 27, 2:11:40,
// halfway in 62:05, €50,000 and a €30,000 bonus, about 38,000 entries,
// 400,000 spectators, nine degrees, the 22nd edition, fourteen weeks and
// 190 km a week. 4.1% as "just over 4%" and "il 4%", 38% since 2000, 2.3
// metres, 46 metres against 31 the year before, twelve glaciers, nine
// researchers, over 120 stakes, 2060 and 2075, 300,000 people downstream.
// A fine of €2.4 million ("2,4 millones", "2,4 Millionen") against €4
// million sought, €1.1 million to the town, 18 months as "un año y seis
// meses" and "anderthalb Jahren" against three years sought, a director of
// 57 and a safety manager of 44, 3 August 2034, about 3,000 litres, 12 km,
// about 140 residents, 320 staff, ten days to appeal, a Wednesday ruling
// reported on Thursday.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions
// and 2 false disagreements. It flagged the dockers' deal (amount
// "beziffert": cg2en's "€64 million" against "48 Millionen Euro" and "48
// milioni di euro"), the stadium vote (percent "socios": cg3it's 74%
// against 64% in the other three), Dellisanti's age (quantity "Dellisanti
// · age": cg5de's "67 Jahre alte" against cg5en's 61) and the strike date
// (date "take": cg6en's "21 March" against "12. März" twice and "12 de
// marzo"). It missed the hours in the tunnel ('missed cg1de.txt's 7 hours
// against 4 hours') and the footprints ('missed cg4es.txt's 184 against
// 143'). The false ones were two traps: the former mayor's title, 'person
// "Franco Dellisanti": cg5de: früheren Bürgermeister der Stadt; cg5en:
// former mayor', the German "früheren" (former) read as plain "mayor" and
// set against "former mayor"; and the metro's years, 'duration "length":
// cg7en, cg7es: two years; cg7it: sei anni', the two years' delay
// ("two years behind schedule", "casi dos años de retraso") set against
// the six years of building work ("Dopo sei anni di cantieri"). Two is
// over the limit of one the table held when the texts were frozen, so the
// table line now holds 2. Grouped with the other sets, its 35 reports of
// 10 events were grouped exactly, into their 10 events (all 167 sets:
// precision 1.000, recall 0.935, F1 0.966; 63 sets grouped exactly). The
// prescribed commands were run once each; nothing changed after the run
// but this comment and the table's limit.
var heldOutChergui = []heldOutEvent{
	{"valderra-tunnel-night-train-stranded", map[string]string{
		"cg1en.txt": `en|Night train passengers stranded for four hours in Alpine tunnel

Transport

By our transport correspondent | Saturday 15 November 2036

More than 400 passengers spent four hours trapped in a stalled night train deep inside the Valderra base tunnel late on Friday after a power failure cut the overhead line, the operator Alpenbahn Nord said.

The EuroNight service from Hallstein to Borgoverde stopped at 23:40, about 18 km into the 55 km tunnel. A diesel rescue locomotive reached it shortly before 3am and towed it out at 03:40. The train, carrying 412 passengers and 9 crew, finally reached Borgoverde five and a half hours late.

Passengers described rising heat in the carriages as the air conditioning failed. "It was close to 30 degrees and there was no information for the first hour," said Lena Hartig, a 34-year-old teacher travelling with her two children. Seven people were treated by paramedics for dehydration; none was taken to hospital.

Alpenbahn Nord's chief operating officer, Markus Feldhaus, apologised and said every passenger would receive a full refund plus a voucher worth €50. The tunnel, opened in 2032, was closed to all traffic for eleven hours while engineers repaired a damaged insulator.

It is the second serious failure in the tunnel this year. In March a freight train was stuck for about 90 minutes near the southern portal.`,
		"cg1de.txt": `de|Stromausfall im Valderra-Tunnel: Nachtzug bleibt stecken

Verkehr | Alpen

Hallstein, 15. November 2036

Ein Nachtzug mit mehr als 400 Fahrgästen ist in der Nacht zu Samstag im Valderra-Basistunnel liegen geblieben. Grund war ein Schaden an der Oberleitung, teilte die Betreiberin Alpenbahn Nord mit.

Der Zug saß schließlich sieben Stunden im Tunnel fest, etwa 18 Kilometer hinter dem Nordportal. Eine Diesellok schleppte ihn aus dem 55 Kilometer langen Tunnel. An Bord waren 412 Reisende und neun Beschäftigte.

In den Wagen wurde es nach Angaben von Fahrgästen schnell heiß, weil die Klimaanlage ausfiel. Sieben Menschen wurden von Sanitätern wegen Kreislaufproblemen versorgt, ins Krankenhaus musste niemand.

"Wir bedauern den Vorfall zutiefst", sagte Betriebsvorstand Markus Feldhaus. Alle Reisenden bekommen den Fahrpreis erstattet und zusätzlich einen Gutschein über 50 Euro. Ursache sei ein gebrochener Isolator gewesen.

Der Tunnel war bis Samstagmittag für elf Stunden komplett gesperrt; Güterzüge wurden über die alte Bergstrecke umgeleitet. Der Valderra-Tunnel ist seit 2032 in Betrieb und gilt als wichtigste Nord-Süd-Verbindung der Region. Bereits im März hatte ein Güterzug dort rund anderthalb Stunden festgesteckt.`,
		"cg1it.txt": `it|Treno notturno bloccato quattro ore nella galleria di Valderra

Cronaca | Trasporti

Borgoverde, sabato 15 novembre 2036 (Agenzia)

Oltre quattrocento passeggeri sono rimasti bloccati per quattro ore nel tunnel di base di Valderra, dove il treno notte Hallstein-Borgoverde si è fermato venerdì sera per un guasto alla linea aerea.

Il convoglio, con 412 viaggiatori e nove membri dell'equipaggio, si è arrestato alle 23:40 a circa 18 chilometri dall'imbocco nord. Un locomotore diesel di soccorso lo ha trainato fuori verso le 3:40 di notte. Il treno è arrivato alla stazione di Borgoverde con cinque ore e mezza di ritardo.

"Faceva caldissimo e per un'ora nessuno ci ha detto niente", ha raccontato Giulia Ferrante, 27 anni, studentessa diretta a casa per il fine settimana. Sette persone sono state assistite dal personale sanitario per disidratazione.

Il direttore operativo di Alpenbahn Nord, Markus Feldhaus, si è scusato e ha promesso il rimborso integrale del biglietto e un buono da 50 euro. La galleria, lunga 55 chilometri e aperta nel 2032, è rimasta chiusa per undici ore.`,
		"cg1es.txt": `es|Cuatro horas atrapados en un túnel alpino: el calvario de un tren nocturno

Internacional

Madrid, 15 nov. 2036

Más de 400 viajeros pasaron la noche del viernes al sábado atrapados durante cuatro horas en un tren nocturno detenido en el interior del túnel de base de Valderra, en los Alpes, por una avería en la catenaria.

El tren, que cubría la ruta entre Hallstein y Borgoverde, quedó inmovilizado a unos 18 kilómetros de la boca norte del túnel, que mide 55 kilómetros. Una locomotora diésel de rescate lo remolcó hasta la salida pasadas las tres y media de la madrugada.

Entre los 412 pasajeros había al menos una veintena de españoles, según la operadora Alpenbahn Nord. "Hacía muchísimo calor, la gente se abanicaba con los billetes", contó por teléfono Álvaro Medina, un ingeniero de 45 años de Valdecruces que viajaba por trabajo.

Siete personas fueron atendidas por deshidratación. La compañía devolverá el importe íntegro de los billetes y regalará un bono de 50 euros. El túnel permaneció cerrado once horas mientras los técnicos reparaban un aislador roto.`,
	}, map[string][2]string{"cg1de.txt": {"7 hours", "4 hours"}}},
	{"lerica-dockers-strike-deal", map[string]string{
		"cg2it.txt": `it|Porto di Lerica, firmato l'accordo: finisce lo sciopero dei portuali

Economia | Lavoro

Lerica, 6 marzo 2035 (Agenzia)

Dopo nove giorni di sciopero, i portuali di Lerica tornano al lavoro. Il Sindacato Lavoratori Portuali (SLP) e la società Terminal Adriatico Lerica hanno firmato nella notte un accordo che vale 48 milioni di euro in tre anni.

L'intesa prevede un aumento salariale del 6%, distribuito in tre tranche del 2% nel 2035, 2036 e 2037, e un'una tantum di 1.000 euro lordi per ciascuno dei circa 2.300 lavoratori. Il sindacato aveva chiesto inizialmente il 9%.

"È un buon accordo, ma siamo arrivati a un passo dal blocco totale dei traffici", ha detto il segretario dell'SLP, Roberto Sanfilippo. Secondo l'Autorità portuale il fermo è costato allo scalo circa 30 milioni di euro; nella rada di Lerica attendevano ieri sera una sessantina di navi.

L'amministratore delegato del terminal, Davide Orsenigo, ha parlato di "un sacrificio importante ma sostenibile". L'accordo dovrà essere ratificato dai lavoratori con un referendum entro il 20 marzo. Le operazioni di carico riprendono da questa mattina alle 6.`,
		"cg2it2.txt": `it|Lerica, dopo nove giorni le gru ripartono

Il porto | Cronaca locale

Mercoledì 7 marzo 2035

Alle sei in punto di ieri mattina la prima gru del molo Levante ha sollevato un container, e dalla banchina è partito un applauso. Lo sciopero dei portuali di Lerica, il più lungo da vent'anni, è finito.

L'accordo firmato nella notte tra lunedì e martedì costerà al Terminal Adriatico Lerica 48 milioni di euro nell'arco di tre anni. Ai lavoratori andranno aumenti per complessivi sei punti percentuali e un bonus una tantum di mille euro.

"Con mille euro non cambia la vita, ma il segnale c'è", dice Salvatore Gallo, 52 anni, gruista da ventotto. Accanto a lui, il collega più giovane del turno, Matteo Riva, 23 anni, fa i conti delle giornate perse: "Nove giorni senza paga pesano".

In rada ci sono ancora una cinquantina di navi in attesa e l'Autorità portuale prevede che servirà almeno una settimana per smaltire l'arretrato. I commercianti della zona stimano perdite per alcuni milioni di euro. Il referendum tra i circa 2.300 portuali sull'intesa si terrà entro il 20 marzo.`,
		"cg2en.txt": `en|Dockers end nine-day strike at Lerica after pay deal

Business | Shipping

Tuesday 6 March 2035

Dockers at the Italian port of Lerica returned to work on Tuesday after their union and the terminal operator agreed a three-year pay deal, ending a nine-day strike that left dozens of ships waiting offshore.

Under the agreement the roughly 2,300 workers get a 6% pay rise in three annual steps of 2% and a one-off payment of €1,000 each. The package will cost Terminal Adriatico Lerica €64 million over the three years, the company said.

"Nobody won everything, but the port is open again," said Roberto Sanfilippo, general secretary of the dockers' union SLP, which had demanded 9%. The port authority estimated that the stoppage had cost around €30 million in lost business.

Lerica handled about 1.4 million containers last year, making it the third-busiest port in the country. Shipping lines had begun diverting vessels to rival ports in the second week of the strike, and some sixty ships were still anchored outside the harbour on Monday night.

Terminal chief executive Davide Orsenigo said the deal was "a heavy but bearable cost". Union members will vote on it by 20 March.`,
		"cg2de.txt": `de|Hafenstreik in Lerica beendet

Wirtschaft

Rom/Lerica, 6. März 2035

Nach neun Tagen ist der Streik im italienischen Hafen Lerica beendet. Die Gewerkschaft SLP und der Terminalbetreiber Terminal Adriatico Lerica einigten sich in der Nacht zum Dienstag auf einen neuen Tarifvertrag.

Die rund 2300 Hafenarbeiter erhalten in drei Schritten insgesamt sechs Prozent mehr Lohn sowie eine Einmalzahlung von 1000 Euro. Die Kosten für das Unternehmen beziffert der Betreiber auf 48 Millionen Euro über drei Jahre. Gefordert hatte die Gewerkschaft neun Prozent.

Der Ausstand hatte auch deutsche Importeure getroffen: Über Lerica laufen große Teile des Handels mit Maschinenteilen und Kaffee. Zeitweise warteten rund 60 Schiffe vor dem Hafen. Die Hafenbehörde schätzt den Schaden auf etwa 30 Millionen Euro.

"Wir haben gezeigt, dass ohne uns nichts läuft", sagte Gewerkschaftschef Roberto Sanfilippo. Terminal-Chef Davide Orsenigo sprach von einem "schmerzhaften, aber tragbaren" Abschluss. Die Beschäftigten sollen bis zum 20. März in einer Urabstimmung über den Vertrag entscheiden. Der Hafen hatte im vergangenen Jahr rund 1,4 Millionen Container umgeschlagen.`,
	}, map[string][2]string{"cg2en.txt": {"€64 million", "€48 million"}}},
	{"almenara-members-back-new-stadium", map[string]string{
		"cg3es.txt": `es|Los socios del Almenara dicen sí al nuevo estadio

Deportes | Fútbol

Almenara, 20 de mayo de 2035

Los socios del Club Deportivo Almenara aprobaron este domingo en referéndum la construcción de un nuevo estadio con un 64% de votos a favor, tras una jornada de votación en la que participó el 41% del censo.

El proyecto, presupuestado en 380 millones de euros, sustituirá al viejo estadio de La Dehesa, inaugurado en 1957. El nuevo recinto tendrá 48.000 localidades, frente a las 36.000 actuales, y se levantará en los terrenos de la antigua azucarera, junto a la ronda sur.

"Hoy el Almenara ha decidido mirar al futuro", dijo el presidente del club, Ignacio Berrocal, de 58 años, en la sala de prensa. El club tiene unos 58.000 socios con derecho a voto; el no obtuvo el 36%.

Hace cuatro años, en 2031, una primera propuesta fue rechazada por los socios con un 52% de votos en contra. Aquel proyecto costaba 450 millones y preveía la venta del estadio actual a una promotora.

Las obras comenzarán, si se cumplen los plazos, en el verano de 2036 y el equipo jugaría en su nuevo campo a partir de la temporada 2039-40.`,
		"cg3es2.txt": `es|Referéndum en el Almenara: casi dos de cada tres socios apoyan el nuevo campo

Opinión y deporte local

Lunes, 21 de mayo de 2035

La participación fue más baja de lo esperado, pero el resultado es claro: el 64% de los socios que votaron ayer respaldó el nuevo estadio del Almenara, y la directiva de Ignacio Berrocal tiene ya vía libre para el proyecto más caro de la historia del club.

Votaron algo menos de 24.000 de los cerca de 58.000 socios, un 41%. En las urnas instaladas en el pabellón del club hubo colas desde primera hora y el recuento terminó poco antes de la medianoche.

El nuevo campo costará unos 380 millones de euros, que se financiarán con un préstamo de 250 millones a 25 años, la venta de los derechos de nombre y una aportación del ayuntamiento de 30 millones en accesos y urbanización.

"Votar en contra de La Dehesa es votar contra nuestros padres", decía el sábado la plataforma Almenara de Siempre, que pedía el no. Su portavoz, Luisa Carmona, de 63 años, aceptó anoche la derrota: "Los socios han hablado".

El aforo pasará de 36.000 a 48.000 espectadores.`,
		"cg3en.txt": `en|Almenara fans vote for new 48,000-seat stadium

Sport | Football

Monday 21 May 2035

Members of the Spanish club CD Almenara have voted to build a new 48,000-seat stadium, backing a €380 million plan that a previous board failed to push through four years ago.

Nearly two thirds of those who took part in Sunday's referendum, 64%, voted yes, the club said. Turnout was 41% of the roughly 58,000 members entitled to vote.

The club has played at La Dehesa, a 36,000-capacity ground, since 1957. The new stadium will be built on the site of a disused sugar factory on the southern edge of the city, with building work due to start in summer 2036.

"This is the biggest decision our members have taken in a generation," said club president Ignacio Berrocal. Opponents, grouped in the Almenara de Siempre platform, had argued that the club would be left with a debt of €250 million.

In 2031 members rejected an earlier €450 million scheme, with 52% voting against. Almenara, who finished seventh in the league this season, hope to move in for the 2039-40 season.`,
		"cg3it.txt": `it|Spagna, i soci dell'Almenara approvano il nuovo stadio

Calcio estero

Madrid, 20 maggio 2035

Via libera dei soci del Club Deportivo Almenara al nuovo stadio: nel referendum di domenica il progetto da 380 milioni di euro è passato con una maggioranza netta.

I sì sono stati il 74% dei votanti, ha comunicato il club a tarda sera. L'affluenza si è fermata al 41% degli aventi diritto, circa 58 mila soci. Il nuovo impianto avrà 48 mila posti, dodicimila in più dell'attuale La Dehesa, in uso dal 1957.

Il presidente Ignacio Berrocal ha parlato di "una giornata storica". Quattro anni fa un primo progetto, più costoso, era stato bocciato dal 52% dei soci.

Il modello, hanno spiegato i dirigenti, è quello dei club posseduti dai tifosi: l'Almenara è una delle poche società spagnole che non si sono trasformate in società per azioni, e ogni decisione sul patrimonio passa dal voto dei soci.

I lavori dovrebbero partire nell'estate del 2036. Il costo sarà coperto in gran parte da un prestito bancario di 250 milioni di euro; il comune contribuirà con 30 milioni per strade e parcheggi.`,
	}, map[string][2]string{"cg3it.txt": {"74%", "64%"}}},
	{"grunfels-quarry-dinosaur-tracks", map[string]string{
		"cg4de.txt": `de|143 Dinosaurierspuren im Steinbruch Grünfels entdeckt

Wissenschaft

Kellbach, 19. September 2034

In einem Kalksteinbruch bei Kellbach haben Paläontologen 143 versteinerte Fußabdrücke von Dinosauriern freigelegt. Das gab die Universität Hallstein am Dienstag bekannt. Die Spuren sind rund 150 Millionen Jahre alt.

Die Abdrücke verteilen sich auf elf Fährten; die längste lässt sich über 38 Meter verfolgen. Der größte Abdruck misst 72 Zentimeter. Nach Einschätzung der Forscher stammen die Spuren von mindestens fünf verschiedenen Arten, darunter große pflanzenfressende Sauropoden und kleinere Raubsaurier.

Entdeckt hatte die ersten Spuren im Mai ein Baggerfahrer, dem beim Abräumen einer Schicht ungewöhnliche Mulden auffielen. "Er hat sofort die Arbeit gestoppt und uns angerufen, das war ein Glücksfall", sagte Grabungsleiterin Prof. Dr. Sabine Wendler. Ihr Team aus 16 Fachleuten hat seit Juni gearbeitet.

Die Fundstelle lag damals an der Küste eines flachen, warmen Meeres. "Die Tiere sind hier offenbar in Gruppen am Ufer entlanggezogen", so Wendler. Der Steinbruchbetreiber Kalkwerke Ostermann hat zugesagt, den Abbau auf einer Fläche von rund 2000 Quadratmetern dauerhaft einzustellen. Die Gemeinde will dort bis 2036 ein Schaufenster für Besucher einrichten.`,
		"cg4en.txt": `en|Quarry worker's find leads to 143 dinosaur footprints

Science

Tuesday 19 September 2034

A digger driver clearing rock at a limestone quarry in Germany has led scientists to one of the country's richest dinosaur trackways: 143 footprints left about 150 million years ago.

Palaeontologists from Hallstein University, who announced the find on Tuesday, said the prints form eleven separate trackways made by at least five kinds of dinosaur, from long-necked sauropods to smaller two-legged predators. The longest trackway runs for 38 metres, and the largest single print is 72cm across.

"When the driver called us in May, we expected two or three prints. We ended up with well over a hundred," said Professor Sabine Wendler, who led the 16-strong excavation team. The team has been working at the site, near the town of Kellbach, since June.

At the time the area was a tidal flat on the edge of a shallow tropical sea, Wendler said, and the animals seem to have walked along the shore in groups.

The quarry's owner, Kalkwerke Ostermann, has agreed to stop extraction on an area of about 2,000 square metres. Local officials hope to open a visitor centre there by 2036. Similar sites elsewhere in Europe draw tens of thousands of visitors a year.`,
		"cg4es.txt": `es|Hallan en Alemania un centenar largo de huellas de dinosaurio

Ciencia

Berlín, 20 sep. 2034

Un equipo de paleontólogos alemanes ha presentado uno de los yacimientos de icnitas más ricos de Europa central, descubierto casi por casualidad en una cantera de caliza cerca de la localidad de Kellbach.

En total se han documentado 184 huellas, repartidas en once rastros, según informó el martes la Universidad de Hallstein. Tienen unos 150 millones de años y pertenecen al menos a cinco especies distintas, entre ellas saurópodos, los grandes herbívoros de cuello largo, y terópodos carnívoros de menor tamaño.

La huella más grande mide 72 centímetros y el rastro más largo se extiende a lo largo de 38 metros. "Los animales caminaban en grupo por la orilla de un mar poco profundo", explicó la directora de la excavación, la catedrática Sabine Wendler.

El primer indicio lo dio en mayo el conductor de una excavadora, que detuvo las máquinas al ver unas hendiduras extrañas en la roca. Desde junio han trabajado en el lugar 16 investigadores.

La empresa propietaria de la cantera renunciará a explotar unos 2.000 metros cuadrados. En el norte de España, yacimientos similares reciben miles de visitantes al año.`,
	}, map[string][2]string{"cg4es.txt": {"184", "143"}}},
	{"castelrocca-ex-mayor-corruption-sentence", map[string]string{
		"cg5it.txt": `it|Tangenti sugli appalti, l'ex sindaco di Castelrocca condannato a cinque anni e quattro mesi

Giudiziaria

Castelrocca, 21 febbraio 2036

Cinque anni e quattro mesi di reclusione per corruzione: è la condanna inflitta giovedì dal tribunale di Castelrocca all'ex sindaco Franco Dellisanti, accusato di aver intascato tangenti in cambio di appalti pubblici.

Dellisanti, 61 anni, guidò la città dal 2027 al 2033. Secondo l'accusa avrebbe ricevuto in tutto 420 mila euro dall'imprenditore edile Carlo Mazzola, 54 anni, che si era aggiudicato i lavori per la nuova scuola e per il rifacimento del lungofiume. Mazzola è stato condannato a tre anni.

Il pubblico ministero Elena Russo aveva chiesto sette anni per l'ex sindaco. I giudici hanno disposto anche l'interdizione dai pubblici uffici per cinque anni e la confisca di 420 mila euro.

"Leggeremo le motivazioni e faremo sicuramente appello", ha detto l'avvocato difensore Giorgio Valsecchi all'uscita dall'aula. Dellisanti, presente alla lettura della sentenza, non ha rilasciato dichiarazioni. Le motivazioni saranno depositate entro novanta giorni.

L'inchiesta era partita nel 2032 da una segnalazione di un funzionario comunale. Nel processo, durato quasi due anni, sono stati sentiti 48 testimoni.`,
		"cg5en.txt": `en|Former mayor jailed for five years over building bribes

Courts

Friday 22 February 2036

A court in the northern Italian city of Castelrocca yesterday sentenced its former mayor, Franco Dellisanti, to five years and four months in prison for taking bribes from a builder in exchange for public contracts.

Dellisanti, 61, who ran the city between 2027 and 2033, was found to have received €420,000 from Carlo Mazzola, a 54-year-old construction entrepreneur who won contracts for a new school and for works along the river. Mazzola was given three years.

Prosecutor Elena Russo had asked for seven years. The court also barred Dellisanti from public office for five years and ordered the confiscation of the €420,000.

His lawyer, Giorgio Valsecchi, said the defence would appeal. Italy has three levels of judgment, and a sentence is not final until the last appeal is heard, which can take several years.

The investigation began in 2032 after a council official raised concerns about the award of the school contract. Forty-eight witnesses gave evidence during the trial, which lasted almost two years. Dellisanti, who was in court for Thursday's verdict, left without speaking to reporters.`,
		"cg5de.txt": `de|Ex-Bürgermeister von Castelrocca wegen Korruption verurteilt

Justiz | Italien

Rom, 21. Februar 2036

Ein Gericht in Castelrocca hat den früheren Bürgermeister der Stadt, Franco Dellisanti, am Donnerstag zu fünf Jahren und vier Monaten Haft verurteilt. Er soll von einem Bauunternehmer Schmiergeld für öffentliche Aufträge angenommen haben.

Der 67 Jahre alte Dellisanti war von 2027 bis 2033 Bürgermeister. Nach Überzeugung des Gerichts erhielt er insgesamt 420.000 Euro von dem Bauunternehmer Carlo Mazzola (54), der dafür den Zuschlag für den Neubau einer Schule und die Sanierung des Flussufers bekam. Mazzola wurde zu drei Jahren verurteilt.

Die Staatsanwaltschaft hatte sieben Jahre Haft gefordert. Zudem darf Dellisanti fünf Jahre lang kein öffentliches Amt bekleiden; die 420.000 Euro werden eingezogen.

Sein Verteidiger Giorgio Valsecchi kündigte Berufung an. In Italien ist ein Urteil erst nach Ausschöpfung aller Instanzen rechtskräftig; bis dahin bleibt Dellisanti auf freiem Fuß.

Die Ermittlungen hatten 2032 begonnen, nachdem ein städtischer Beamter Unregelmäßigkeiten bei der Vergabe gemeldet hatte. Im Verfahren wurden 48 Zeugen gehört.`,
	}, map[string][2]string{"cg5de.txt": {"67 years", "61 years"}}},
	{"nordavia-pilots-strike-call", map[string]string{
		"cg6de.txt": `de|Nordavia-Piloten streiken am Donnerstag

Wirtschaft | Luftfahrt

Hallstein, 9. März 2037

Die Piloten der Fluggesellschaft Nordavia legen am Donnerstag, dem 12. März, für 24 Stunden die Arbeit nieder. Das kündigte die Pilotenvereinigung Aero am Montag in Hallstein an. Der Ausstand soll um 0.01 Uhr beginnen und um 23.59 Uhr enden.

Betroffen sind nach Schätzung der Gewerkschaft rund 600 Flüge mit etwa 70.000 Passagieren. Nordavia will am Dienstag einen Sonderflugplan veröffentlichen. Reisende können ihre Tickets kostenlos umbuchen.

Die Gewerkschaft fordert für die rund 1150 Pilotinnen und Piloten zwölf Prozent mehr Gehalt über zwei Jahre. Nordavia hat 5,5 Prozent angeboten. "Das Angebot liegt nicht einmal auf Höhe der Inflation", sagte Aero-Sprecher Jens Kallweit. In einer Urabstimmung hatten 94 Prozent der Mitglieder für Streiks gestimmt.

Nordavia-Personalvorständin Claudia Reimer nannte den Streik "unverhältnismäßig". Das Unternehmen habe erst im vergangenen Jahr einen Verlust von 85 Millionen Euro verbucht.

Es ist der zweite Pilotenstreik bei Nordavia innerhalb eines halben Jahres: Bereits am 28. September 2036 waren die Cockpits einen Tag lang leer geblieben. Der alte Tarifvertrag ist am 31. Dezember ausgelaufen.`,
		"cg6de2.txt": `de|Pilotenstreik: Was Reisende jetzt wissen müssen

Service | Reise

Dienstag, 10. März 2037

Wer am Donnerstag mit Nordavia fliegen wollte, muss umplanen. Die Pilotenvereinigung Aero hat für den 12. März einen ganztägigen Streik angekündigt. Wir beantworten die wichtigsten Fragen.

Welche Flüge fallen aus? Nach Angaben von Nordavia werden am Streiktag voraussichtlich mehr als 550 von rund 700 geplanten Flügen gestrichen. Die Tochter Nordavia Regional ist nicht betroffen, ihre Piloten haben einen eigenen Tarifvertrag.

Was steht mir zu? Bei einem Streik des eigenen Personals muss die Airline nach EU-Recht Ersatz anbieten oder den Preis erstatten. Ausgleichszahlungen von 250 bis 600 Euro sind umstritten; Verbraucherschützer raten, sie trotzdem zu beantragen.

Wie lange dauert der Streik? Offiziell 24 Stunden, von Mitternacht bis Mitternacht. Erfahrungsgemäß kommt es aber auch am Freitag noch zu Verspätungen, weil Flugzeuge und Besatzungen nicht dort stehen, wo sie sein sollten.

Worum geht es? Die Gewerkschaft verlangt zwölf Prozent mehr Geld, das Unternehmen bietet 5,5 Prozent. Verhandelt wird seit Januar. "Wir sind jederzeit gesprächsbereit", sagte Personalchefin Claudia Reimer gestern. Aero-Sprecher Jens Kallweit ließ offen, ob weitere Streiks folgen.`,
		"cg6en.txt": `en|Nordavia pilots to strike, grounding hundreds of flights

Business | Travel

Monday 9 March 2037

Pilots at the German airline Nordavia will stage a 24-hour strike later this week, their union said on Monday, in a dispute over pay that has dragged on since January.

The walkout by members of the Aero pilots' union will take place on 21 March, from one minute past midnight until one minute before midnight. The union estimates that about 600 flights carrying some 70,000 passengers will be cancelled.

Aero is demanding a 12% rise over two years for Nordavia's roughly 1,150 pilots, while the airline has offered 5.5%. Some 94% of members backed industrial action in a ballot last month.

"This offer does not even cover inflation," said union spokesman Jens Kallweit. Claudia Reimer, the airline's head of human resources, called the strike "disproportionate" and pointed to a loss of €85 million last year.

Nordavia pilots last walked out on 28 September 2036. Their previous collective agreement expired at the end of December. Passengers booked on affected flights can rebook free of charge, the airline said, and a special timetable will be published on Tuesday.`,
		"cg6es.txt": `es|Huelga de pilotos en Nordavia: cientos de vuelos cancelados el jueves

Economía

Madrid, 10 de marzo de 2037

Los pilotos de la aerolínea alemana Nordavia irán a la huelga el próximo jueves, 12 de marzo, durante 24 horas, lo que obligará a cancelar alrededor de 600 vuelos, entre ellos una veintena con origen o destino en aeropuertos españoles.

El sindicato de pilotos Aero reclama una subida salarial del 12% en dos años para sus cerca de 1.150 pilotos, frente al 5,5% que ofrece la empresa. El 94% de los afiliados votó a favor de la huelga en una consulta interna.

Unos 70.000 pasajeros se verán afectados, según las estimaciones del sindicato. La compañía permite cambiar los billetes sin coste y publicará este martes un programa de vuelos mínimos.

"La oferta ni siquiera cubre la inflación", declaró el portavoz sindical Jens Kallweit. La directora de recursos humanos de Nordavia, Claudia Reimer, calificó el paro de "desproporcionado" y recordó que la aerolínea perdió 85 millones de euros el año pasado.

Es el segundo paro en seis meses: los pilotos ya se declararon en huelga el 28 de septiembre de 2036. Nordavia opera unos 700 vuelos diarios y transporta a más de 25 millones de pasajeros al año.`,
	}, map[string][2]string{"cg6en.txt": {"21 March", "12 March"}}},
	{"valmonte-metro-line-4-opens", map[string]string{
		"cg7it.txt": `it|Valmonte, apre la linea 4 del metrò: da un capo all'altro in 26 minuti

Cronaca | Città

Valmonte, sabato 13 ottobre 2035

Dopo sei anni di cantieri, la linea 4 della metropolitana di Valmonte è completa. Questa mattina alle 10 la sindaca Lucia Bernardi ha inaugurato la seconda tratta, 8 chilometri e 10 stazioni tra Porta Nuova e l'ospedale di San Gerardo, che si aggiunge ai 6 chilometri aperti nel 2033.

La linea, senza conducente, misura ora 14 chilometri con 17 stazioni e si percorre tutta in 26 minuti; in autobus servivano quasi cinquanta minuti. I treni sono 21 e nelle ore di punta passeranno ogni tre minuti.

L'opera è costata complessivamente 2,1 miliardi di euro, di cui 1,3 per la tratta inaugurata oggi. L'azienda dei trasporti Metro Valmonte stima 160 mila passeggeri al giorno quando la linea sarà a regime, contro i 55 mila che usavano finora la prima tratta.

"È la più grande opera pubblica della città dal dopoguerra", ha detto Bernardi, 49 anni. Per festeggiare, oggi e domani si viaggia gratis su tutta la rete. L'assessore alla mobilità Paolo Ricci ha annunciato che da lunedì saranno soppresse tre linee di autobus che correvano in parallelo.`,
		"cg7es.txt": `es|Valmonte estrena su metro sin conductor

Internacional | Ciudades

Roma, 13 oct. 2035

La ciudad italiana de Valmonte completó este sábado su línea 4 de metro, una de las más modernas de Europa, tras inaugurar un segundo tramo de ocho kilómetros y diez estaciones.

Con él, la línea alcanza los 14 kilómetros y 17 estaciones, y une el barrio de Porta Nuova con el hospital de San Gerardo en 26 minutos. Los primeros seis kilómetros funcionan desde 2033 y hasta ahora los utilizaban unos 55.000 viajeros diarios; la empresa Metro Valmonte prevé llegar a 160.000.

Los 21 trenes circulan sin conductor y con una frecuencia de tres minutos en hora punta. El coste total de la obra ronda los 2.100 millones de euros, 1.300 millones del nuevo tramo.

"Hemos tardado, pero hoy Valmonte es otra ciudad", afirmó la alcaldesa, Lucia Bernardi. Las obras comenzaron en 2029 y acumularon casi dos años de retraso por el hallazgo de restos romanos bajo la plaza del mercado.

El viaje es gratuito durante este fin de semana. Una empresa española, Túneles del Norte, participó en la excavación con dos tuneladoras.`,
		"cg7en.txt": `en|Driverless metro line completed in Valmonte

World | Cities

Sunday 14 October 2035

The Italian city of Valmonte opened the final stretch of its driverless metro Line 4 yesterday, two years behind schedule and at a total cost of about €2.1 billion.

The new 8km section adds ten stations to the seven that opened in 2033, giving a 14km line with 17 stations. A ride from end to end now takes 26 minutes, about half as long as the bus.

Mayor Lucia Bernardi, who cut the ribbon on Saturday morning, called it "the biggest public work in the city since the war". The operator, Metro Valmonte, expects about 160,000 passengers a day once the whole line is running normally, nearly three times the 55,000 who used the first section.

Trains, 21 in all, will run every three minutes at peak times. Construction began in 2029 but was held up for almost two years when workers found the remains of a Roman bath house under the market square.

Travel on the whole network is free this weekend. From Monday three bus routes that ran alongside the line will be withdrawn, said the city's transport councillor, Paolo Ricci.`,
	}, nil},
	{"hallstein-marathon-course-record", map[string]string{
		"cg8de.txt": `de|Streckenrekord beim Hallstein-Marathon

Sport | Laufen

Hallstein, 28. Oktober 2035

Daniel Kiptanui hat den 22. Hallstein-Marathon in Streckenrekordzeit gewonnen. Der 24 Jahre alte Kenianer lief am Sonntag nach 2:04:31 Stunden ins Ziel am Rathausplatz und verbesserte die alte Bestmarke von 2:05:10 aus dem Jahr 2033 um 39 Sekunden.

Zweiter wurde der Äthiopier Tesfaye Alemu (31) in 2:04:58, Dritter der Titelverteidiger Samuel Rotich in 2:06:20. Bei den Frauen siegte die Italienerin Lidia Ferro in 2:19:47.

Bei kühlen neun Grad und fast windstillen Bedingungen hatten sich die Spitzenläufer schon nach der Hälfte, die sie in 62:05 Minuten passierten, vom Feld gelöst. Bei Kilometer 35 setzte sich Kiptanui entscheidend ab.

"Ich wusste, dass der Rekord heute möglich ist", sagte der Sieger. Für ihn gab es 50.000 Euro Siegprämie und 30.000 Euro Rekordbonus.

Rund 38.000 Läuferinnen und Läufer hatten sich angemeldet, so viele wie nie. Die Veranstalter zählten mehr als 400.000 Zuschauer an der Strecke. Der beste Deutsche, Lukas Brenner, kam als Zwölfter nach 2:11:40 ins Ziel.`,
		"cg8en.txt": `en|Kiptanui smashes Hallstein course record

Sport | Athletics

Monday 29 October 2035

Kenya's Daniel Kiptanui broke the course record at the Hallstein Marathon yesterday, winning in 2 hours 4 minutes 31 seconds in near-perfect conditions.

The 24-year-old took 39 seconds off the previous best of 2:05:10, set two years ago, after pulling clear of Ethiopia's Tesfaye Alemu around the 35km mark. Alemu, 31, finished second in 2:04:58, and defending champion Samuel Rotich was third.

The leading group went through halfway in 62 minutes and 5 seconds. Temperatures were around 9C with little wind.

"At 30 kilometres my legs were still fresh, so I decided to go," said Kiptanui, who ran only his third marathon. He collected €50,000 for the win and a €30,000 bonus for the record.

Italy's Lidia Ferro won the women's race in 2:19:47, the fastest time by a woman on the course since 2031. About 38,000 runners had entered, a record for the race, which was held for the 22nd time.

Organisers said more than 400,000 spectators lined the route through the old town and along the river.`,
		"cg8it.txt": `it|Lidia Ferro trionfa a Hallstein: "La mia maratona perfetta"

Atletica

Lunedì 29 ottobre 2035

Lidia Ferro ha vinto ieri la maratona di Hallstein con il tempo di 2h19'47", la migliore prestazione femminile sul percorso da quattro anni a questa parte. Per l'azzurra, 29 anni, è la prima vittoria in una maratona internazionale.

"Ho corso la mia gara perfetta, la seconda metà è stata più veloce della prima", ha raccontato l'atleta, che ha staccato la keniana Ruth Chebet nel finale e ha chiuso con oltre un minuto di vantaggio.

In campo maschile record del percorso per il keniano Daniel Kiptanui, 24 anni, in 2h04'31", trentanove secondi meglio del precedente primato. Secondo l'etiope Tesfaye Alemu in 2h04'58".

Con questo tempo Ferro si avvicina al minimo per i Mondiali del prossimo anno. Il suo allenatore, Giuseppe Marelli, ha spiegato che la preparazione è durata quattordici settimane, con punte di 190 chilometri a settimana.

Alla partenza si erano presentati circa 38 mila iscritti. La gara si è corsa con nove gradi e senza vento. Per la vittoria Ferro ha ricevuto un premio di 50 mila euro, come il vincitore maschile.`,
		"cg8es.txt": `es|Olmedo, sexto en Hallstein con la mejor marca española del año

Atletismo

Hallstein, 28 oct. 2035

El keniano Daniel Kiptanui ganó este domingo el maratón de Hallstein con un récord del circuito de 2:04:31, y el español Javier Olmedo firmó una gran sexta plaza con 2:08:12, la mejor marca nacional de la temporada.

Olmedo, de 27 años, corrió casi toda la prueba en el segundo grupo y adelantó a tres rivales en los últimos siete kilómetros. "He salido prudente y he terminado fuerte, que era el plan", dijo en la zona mixta.

Kiptanui, de 24 años, mejoró en 39 segundos la anterior plusmarca de la prueba, que estaba en 2:05:10 desde 2033. El etíope Tesfaye Alemu fue segundo a 27 segundos. En categoría femenina se impuso la italiana Lidia Ferro con 2:19:47.

La carrera, con 38.000 inscritos, se disputó con unos nueve grados y sin apenas viento. El ganador se embolsó 50.000 euros, más una prima de 30.000 por el récord.

Olmedo, que debutó en la distancia hace dos años en Almenara con 2:11:30, confía en bajar de 2:08 en primavera.`,
	}, nil},
	{"kaltwand-glacier-survey-2037", map[string]string{
		"cg9de.txt": `de|Kaltwandferner verliert 4,1 Prozent seines Eises in einem Jahr

Wissenschaft | Klima

Hallstein, 18. Januar 2038

Der Kaltwandferner, der größte Gletscher des Grauhorn-Massivs, hat im Jahr 2037 4,1 Prozent seines Eisvolumens verloren. Das geht aus dem Gletscherbericht hervor, den das Institut für Hochgebirgsforschung der Universität Hallstein am Montag vorgestellt hat.

Seit dem Jahr 2000 ist damit 38 Prozent des Eises verschwunden. Im Durchschnitt wurde der Gletscher im vergangenen Jahr um 2,3 Meter dünner, seine Zunge zog sich um 46 Meter zurück. Im Jahr davor waren es 31 Meter gewesen.

Untersucht wurden insgesamt zwölf Gletscher des Massivs, alle sind geschrumpft. Die neun Forscherinnen und Forscher maßen dafür von Juni bis September mit Drohnen, Radar und mehr als 120 Pegelstangen im Eis.

"Ein Verlust von über vier Prozent in einem einzigen Jahr war vor zwanzig Jahren noch undenkbar", sagte Institutsleiter Prof. Thomas Angerer. Verantwortlich seien vor allem der heiße Sommer und der schneearme Winter 2036/37.

Nach den Modellen des Instituts werden die meisten Gletscher des Grauhorns bis etwa 2060 verschwunden sein. Der Kaltwandferner könnte als letzter bis gegen 2075 überdauern, sofern die Erwärmung nicht schneller voranschreitet als angenommen.`,
		"cg9it.txt": `it|Il ghiacciaio del Kaltwand ha perso il 4% del suo volume nel 2037

Ambiente | Scienza

Martedì 19 gennaio 2038

Un'altra annata nera per i ghiacciai del massiccio del Grauhorn, al confine settentrionale delle Alpi. Il più grande, il Kaltwandferner, ha perso lo scorso anno il 4,1 per cento del suo volume, secondo i dati presentati ieri dall'università di Hallstein.

Lo spessore medio si è ridotto di 2,3 metri e la fronte è arretrata di 46 metri, contro i 31 dell'anno precedente. Dal 2000 il ghiacciaio ha perso complessivamente il 38 per cento del ghiaccio.

Tutti e dodici i ghiacciai monitorati dal gruppo di ricerca, composto da nove scienziati, si sono ritirati. Le misure sono state fatte tra giugno e settembre con droni, georadar e oltre 120 paline infisse nel ghiaccio.

"Perdere più del 4 per cento in un solo anno era impensabile vent'anni fa", ha commentato il direttore dell'istituto, Thomas Angerer. A pesare sono stati soprattutto l'estate torrida e l'inverno povero di neve.

Secondo le proiezioni, gran parte dei ghiacciai del Grauhorn scomparirà entro il 2060; il Kaltwandferner potrebbe resistere fino al 2075 circa. In Italia, ricordano i ricercatori, il ritiro dei ghiacciai alpini procede a ritmi simili.`,
		"cg9en.txt": `en|Alpine glacier shrinks by more than 4% in a single year

Environment

Monday 18 January 2038

The largest glacier in the Grauhorn range lost just over 4% of its ice in 2037, researchers said on Monday, in one of the sharpest annual declines on record.

The Kaltwandferner lost 4.1% of its volume last year and thinned by an average of 2.3 metres, according to the annual survey by Hallstein University's Institute for High Mountain Research. Its snout retreated 46 metres, up from 31 metres in 2036.

The glacier has now lost 38% of its ice since 2000. All twelve glaciers in the survey shrank.

"Twenty years ago a loss of more than four per cent in one year was unthinkable," said the institute's director, Professor Thomas Angerer. He blamed a hot summer and a winter with little snow.

The team of nine researchers took measurements between June and September using drones, ground-penetrating radar and over 120 stakes drilled into the ice. Their models suggest most of the range's glaciers will have disappeared by around 2060, although the Kaltwandferner could survive until about 2075.

Meltwater from the Grauhorn glaciers feeds rivers that supply drinking water and hydropower to about 300,000 people downstream, the institute said.`,
	}, nil},
	{"quimisur-solvent-leak-ruling", map[string]string{
		"cg10es.txt": `es|Multa de 2,4 millones a Quimisur por el vertido al río Arbón

Tribunales

Villaseca del Arbón, 11 de junio de 2036

El Juzgado de lo Penal número 2 de Villaseca ha condenado a la empresa química Quimisur a pagar una multa de 2,4 millones de euros por el vertido de disolvente al río Arbón en agosto de 2034, que mató miles de peces a lo largo de 12 kilómetros.

La sentencia, conocida este miércoles, condena además al director de la planta, Ernesto Lozano, de 57 años, a un año y seis meses de prisión, pena que no tendrá que cumplir por carecer de antecedentes. La responsable de seguridad, Marta Quiles, de 44 años, ha sido absuelta.

El fiscal pedía cuatro millones de multa y tres años de cárcel para Lozano. La empresa deberá indemnizar además con 1,1 millones al ayuntamiento por la limpieza del cauce.

Según los hechos probados, en la madrugada del 3 de agosto de 2034 se rompió una válvula de un depósito y unos 3.000 litros de disolvente llegaron al río. Unos 140 vecinos fueron atendidos por problemas respiratorios en los días siguientes.

"Es un día importante para el pueblo", dijo la alcaldesa, Rosa Ibarra. La defensa de Quimisur estudia recurrir; tiene diez días para hacerlo ante la Audiencia Provincial.`,
		"cg10en.txt": `en|Spanish chemical firm fined €2.4m over river spill

Europe | Courts

Thursday 12 June 2036

A Spanish court has fined the chemical company Quimisur €2.4 million over a solvent leak that killed thousands of fish in the river Arbón nearly two years ago.

The ruling, published on Wednesday, also gave the plant's director, Ernesto Lozano, 57, a suspended sentence of 18 months. The site's safety manager, Marta Quiles, 44, was cleared.

Prosecutors had sought a €4 million fine and three years in prison for Lozano. The company must also pay €1.1 million to the town of Villaseca del Arbón to cover the clean-up.

The court found that a valve on a storage tank failed in the early hours of 3 August 2034, releasing about 3,000 litres of solvent into the river. Dead fish were found over a 12km stretch, and some 140 residents sought treatment for breathing problems in the following days.

Quimisur, which employs about 320 people at the plant, said it would study the ruling and had ten days to appeal. Mayor Rosa Ibarra said the town had "waited two years for this day". Fishing on the river has been banned since the spill, and the regional government said it would review the ban in the autumn.`,
		"cg10de.txt": `de|Chemieunfall am Arbón: Geldstrafe für Quimisur

Panorama | Spanien

Madrid, 11. Juni 2036

Knapp zwei Jahre nach einem schweren Chemieunfall in Nordspanien hat ein Gericht den Chemiekonzern Quimisur zu einer Geldstrafe von 2,4 Millionen Euro verurteilt. Das Urteil wurde am Mittwoch bekannt.

Der Werksleiter Ernesto Lozano (57) erhielt eine Bewährungsstrafe von anderthalb Jahren. Die Sicherheitsbeauftragte des Werks wurde freigesprochen. Die Anklage hatte vier Millionen Euro Strafe und drei Jahre Haft gefordert.

In der Nacht zum 3. August 2034 war an einem Tank ein Ventil gebrochen. Rund 3000 Liter Lösungsmittel flossen in den Fluss Arbón. Auf zwölf Kilometern starben Tausende Fische, etwa 140 Anwohner mussten wegen Atembeschwerden behandelt werden.

Quimisur muss der Gemeinde Villaseca del Arbón zusätzlich 1,1 Millionen Euro für die Reinigung des Flusses zahlen. Das Unternehmen, das zu einem internationalen Chemiekonzern gehört, kann binnen zehn Tagen Berufung einlegen.

Umweltverbände begrüßten das Urteil, hielten die Strafe aber für zu niedrig. "Für einen Konzern dieser Größe sind 2,4 Millionen ein Trinkgeld", sagte Pablo Sáez von der Organisation Ríos Vivos. Seit dem Unglück ist das Angeln im Arbón verboten.`,
	}, nil},
}
