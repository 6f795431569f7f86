package compare

// heldOutJoran is a blind set of ten events of a mixed national and
// regional feed, written without reading the extraction or the matching:
// a wartime bomb defused in a German city (de, de, en, fr), a swing ride's
// chain snapping at an Italian fair (it, it, en, de), a Valais spa town's
// overnight stays (de, de, fr, en), the daily price of Walloon care homes
// (fr, fr, nl, de), a light plane landing on a French motorway (fr, fr,
// en, de), an Italian sparkling wine's sales (it, en, de), a boy found
// after two nights in an Austrian forest (de, de, en, it), a storm felling
// pylons in Brittany (fr, fr, en, de), a fire in a cognac warehouse (fr,
// fr, en, de) and a ski-mountaineering race's record (de, fr, it, en).
//
// Six contradictions are planted, one in each of six events: a distance
// (the bomb's exclusion radius, 1.5 km against 1 km, in the one French
// report, third paragraph), a percentage (the spa town's rise, 8.6%
// against 6.8%, in the one French report, second paragraph), an age (the
// pilot, 77 against 71, in the one German report, third paragraph), an
// amount (the wine's retail value, €1.23 billion against €1.32 billion, in
// the English report, last paragraph), a weekday (the boy found on
// Thursday against Wednesday, in the one Italian report, second paragraph)
// and a duration (the firefighting, 11 hours against 14 hours, in the
// first paragraph of the second French report). The fair, the care homes,
// the storm and the race hold none.
//
// Traps that must not be flagged: 8,391 evacuated against about 8,400, a
// 1 km radius as "einem Kilometer" and "1000 Meter", 250 kg as 550 pounds;
// six hurt as two seriously and four lightly, three ages (15, 43, 61) and
// six metres as 20 feet, a fair held since 1592; Swiss 1'238'400 against
// 1.24 million, the 2008 record of 1.21 million, occupancy 64% up from
// 59%, 3.4 nights, CHF42 million as $47 million; daily prices of 56.40 and
// 58.60 euros, a 3.9% cap against last year's 2.5%, about 1,780 euros a
// month against "more than 1,750", the average pension of 1,540 euros,
// Flanders' 62.80 and East Belgium's 61.20 euros and its 2.8%, 48,000 beds
// as residents; the pilot's wife of 68, 35 km as 22 miles, a 9 km tailback
// as more than 5 miles; 148.6 million bottles up from 144 million, a
// harvest down 8%, 78% exported, 31 and 24 million bottles, the 2034 goal
// of 155 million; the boy's 9 years, the handler's 34 and the dog's six,
// four km as 2.5 miles, nearly 40 hours, 3C as 37F; 140,000 homes cut off
// at the peak and 38,000 still, twelve pylons as "une dizaine" and "a
// dozen", 148 km/h as 92 mph, 300 of 1,200 technicians, a 63,000-volt
// line; "quatorze heures", 70% alcohol, eaux-de-vie over 50 years old,
// 850,000 litres as 225,000 gallons, more than €60 million; 57 km as 35
// miles, 4,390 m as 14,400 feet, the 2028 record of 5 h 56 min 40 s beaten
// by "gut vier Minuten", 1,650 teams of three as "knapp 5000" athletes,
// three ages (29, 34, 31).
//
// Frozen before its first run, which flagged 5 of the 6 contradictions
// and 1 false disagreement, within the set's limit of one. It missed the
// bomb's exclusion radius: the French 1.5 km was matched with the English
// 1km in one fact but not flagged ("wwii-bomb-defused: missed j4fr.txt's
// 1.5 km against 1 km"), while the German "1000 Meter" stood apart as
// 1,000 m. Its false disagreement set the Walloon care homes' rise of
// last year (2.5% in the French and Dutch reports) against the rise East
// Belgium's German-speaking Community had decided in October (2.8% in the
// German report), another region's figure ("care-home-daily-price: false
// disagreement percent "bereits": m1fr, m3nl: 2,5 %; m4de: 2,8 Prozent").
var heldOutJoran = []heldOutEvent{
	{"wwii-bomb-defused", map[string]string{
		"j1de.txt": `de|Weltkriegsbombe in Brennefeld entschärft – 8400 Menschen können zurück

Lokales | Brennefeld

Aktualisiert: 14.05.2031, 14:32 Uhr

Aufatmen im Nordviertel: Der Kampfmittelbeseitigungsdienst hat am Mittwochnachmittag die 250 Kilogramm schwere amerikanische Fliegerbombe aus dem Zweiten Weltkrieg entschärft, die am Dienstag bei Bauarbeiten für die neue Turnhalle der Lindenschule gefunden worden war. Um 13.55 Uhr meldete die Stadt: „Bombe entschärft, Sperrungen werden aufgehoben.“

Rund 8400 Anwohnerinnen und Anwohner im Umkreis von einem Kilometer um den Fundort hatten ihre Wohnungen bis 9 Uhr verlassen müssen. Auch zwei Seniorenheime wurden geräumt, 140 Bewohner wurden mit Krankentransporten in eine Notunterkunft in der Messehalle gebracht.

Die eigentliche Entschärfung dauerte rund 40 Minuten. „Beide Zünder ließen sich problemlos entfernen“, sagte Truppführer Jörg Wendland (56). Die Bahnstrecke nach Hagen war während der Arbeiten für gut fünf Stunden gesperrt.

Oberbürgermeisterin Sabine Kortmann dankte den rund 350 Einsatzkräften von Feuerwehr, Polizei und Hilfsorganisationen. Es war bereits der dritte Bombenfund in Brennefeld in diesem Jahr.

Mehr zum Thema: Bombenfunde in NRW – eine Übersicht`,
		"j2de.txt": `de|Fliegerbombe in Brennefeld erfolgreich entschärft

Brennefeld (dpa/lnw) - In Brennefeld ist eine 250 Kilogramm schwere Fliegerbombe aus dem Zweiten Weltkrieg entschärft worden. Wie die Stadt mitteilte, mussten am Mittwoch 8391 Menschen ihre Wohnungen verlassen, darunter die Bewohner zweier Seniorenheime. Der Sperrradius betrug 1000 Meter.

Die amerikanische Bombe war am Dienstag bei Bauarbeiten an einer Schule im Nordviertel entdeckt worden. Experten des Kampfmittelbeseitigungsdienstes entfernten am Nachmittag beide Zünder; die Entschärfung dauerte etwa 40 Minuten.

Für die Dauer der Evakuierung war auch die Bahnstrecke zwischen Brennefeld und Hagen gesperrt. Im Einsatz waren rund 350 Helfer.

Im Jahr 2019 war in Brennefeld eine Bombe gleicher Bauart kontrolliert gesprengt worden, weil sie sich nicht entschärfen ließ.`,
		"j3en.txt": `en|German city evacuates 8,400 as WWII bomb is defused

Germany | News

Published: 14 May 2031 15:10 CEST

Around 8,400 residents of the western German city of Brennefeld were ordered out of their homes on Wednesday while experts defused a 250kg American bomb dropped during the Second World War.

The bomb, which weighed around 550 pounds, was discovered on Tuesday by builders working on a new school gym in the city's northern district. Everyone living within a 1km radius had to leave by 9am, and two care homes were cleared.

Bomb disposal experts needed around 40 minutes to remove the two fuses. "It went smoothly," team leader Jörg Wendland, 56, said. Rail services to Hagen were halted for about five hours.

Unexploded bombs are still found regularly in Germany more than 80 years after the end of the war. It was Brennefeld's third such find this year.

Read more: The bombs still buried under German cities`,
		"j4fr.txt": `fr|Allemagne : 8 400 habitants évacués pour désamorcer une bombe de la Seconde Guerre mondiale

International

Publié le 14/05/2031 à 16h05

Quelque 8 400 habitants de Brennefeld, dans l'ouest de l'Allemagne, ont dû quitter leur domicile mercredi le temps de désamorcer une bombe aérienne américaine de 250 kilos datant de la Seconde Guerre mondiale, a annoncé la ville.

L'engin avait été découvert mardi lors de travaux de construction d'un gymnase scolaire. Les démineurs ont retiré les deux détonateurs en une quarantaine de minutes.

Un périmètre de sécurité de 1,5 km avait été établi autour du site, et deux maisons de retraite ont été évacuées. La circulation ferroviaire vers Hagen a été interrompue pendant environ cinq heures.

Plus de 80 ans après la fin de la guerre, des milliers de tonnes de bombes non explosées se trouvent encore dans le sol allemand.`,
	}, map[string][2]string{"j4fr.txt": {"1.5 km", "1 km"}}},
	{"swing-ride-chain-snaps", map[string]string{
		"k1it.txt": `it|Castelbruno, si stacca un seggiolino della giostra: sei feriti, grave una 15enne

Cronaca | Castelbruno

di Marta Zanin

Domenica 9 novembre 2031

Paura sabato sera alla fiera di San Martino di Castelbruno. Poco dopo le 22.30 la catena di un seggiolino della giostra «Tornado», una delle attrazioni più frequentate del luna park, si è spezzata: il seggiolino, con a bordo una ragazza di 15 anni, è finito a terra da un'altezza di circa sei metri, colpendo alcune persone in coda.

La ragazza è stata trasportata in elicottero all'ospedale di Padova in codice rosso. Grave anche una donna di 43 anni che si trovava sotto la giostra, ricoverata a Vicenza. Altre quattro persone, tra cui due bambini, hanno riportato ferite lievi.

I carabinieri hanno sequestrato l'attrazione. Il titolare, un giostraio di 61 anni residente nel Padovano, è indagato per lesioni colpose. Secondo i primi accertamenti la giostra aveva superato il collaudo appena tre settimane fa.

Il sindaco Lorenzo Bertin ha disposto la chiusura del luna park per l'intera giornata di domenica. «Siamo vicini alle famiglie», ha detto. La fiera, che si tiene dal 1592, conta quest'anno 110 attrazioni e richiama ogni anno circa 300mila visitatori.

Leggi anche: Fiera di San Martino, il programma`,
		"k2it.txt": `it|Giostra: si spezza catena in fiera nel Vicentino, 6 feriti

(ANSA) - VICENZA, 09 NOV - Sei persone sono rimaste ferite ieri sera alla fiera di San Martino di Castelbruno (Vicenza) dopo che la catena di un seggiolino di una giostra si è spezzata. Due i feriti gravi: una ragazza di 15 anni, che si trovava sul seggiolino precipitato da circa 6 metri, e una donna di 43 anni colpita mentre era in fila.

La giostra è stata posta sotto sequestro. Il gestore, 61 anni, risulta indagato.

Il sindaco Lorenzo Bertin ha chiuso il luna park per la giornata di oggi. (ANSA).`,
		"k3en.txt": `en|Six hurt as swing ride chain snaps at Italian fair

ROME, Nov 9 - A chain on a swing ride snapped at a funfair in northern Italy late on Saturday, sending a seat carrying a 15-year-old girl crashing to the ground from a height of about 20 feet and injuring six people, police said.

The girl was flown to hospital in Padua in a serious condition. A 43-year-old woman waiting in line was also badly hurt, while four other people suffered minor injuries.

Police seized the ride at the San Martino fair in Castelbruno, near Vicenza, and its 61-year-old owner was placed under investigation. The ride had passed a safety inspection three weeks ago, local media reported.

The fair, one of the oldest in the Veneto region, has about 110 rides and stalls and draws some 300,000 visitors a year. Mayor Lorenzo Bertin closed it on Sunday.`,
		"k4de.txt": `de|Kettenkarussell-Unfall in Venetien: Sechs Verletzte

Italien | Chronik

09.11.2031

Bei einem Unfall auf einem Jahrmarkt in Castelbruno in der Provinz Vicenza sind am Samstagabend sechs Menschen verletzt worden, zwei davon schwer. An einem Kettenkarussell riss gegen 22.30 Uhr die Kette eines Sitzes; der Sitz mit einer 15-Jährigen stürzte aus rund sechs Metern Höhe zu Boden.

Das Mädchen wurde mit dem Hubschrauber ins Krankenhaus nach Padua geflogen. Schwer verletzt wurde auch eine 43-jährige Frau, die in der Warteschlange stand. Vier weitere Personen, darunter zwei Kinder, erlitten leichte Verletzungen.

Die Carabinieri beschlagnahmten das Karussell, gegen den 61-jährigen Betreiber wird ermittelt. Der Bürgermeister ließ den Vergnügungspark am Sonntag geschlossen.`,
	}, nil},
	{"spa-town-overnight-stays", map[string]string{
		"l1de.txt": `de|Bad Lenzach knackt den Rekord: 1,24 Millionen Logiernächte

Oberwallis | Tourismus

Von Patrick Zurbriggen

Veröffentlicht: 22.01.2031, 06:00 Uhr

Der Thermalkurort Bad Lenzach hat 2030 so viele Übernachtungen verzeichnet wie nie zuvor. Insgesamt wurden 1'238'400 Logiernächte gezählt, 6,8 Prozent mehr als im Vorjahr. Der bisherige Rekord aus dem Jahr 2008 lag bei 1,21 Millionen.

«Die neue Therme hat uns einen enormen Schub gegeben», sagt Tourismusdirektorin Claudia Imboden. Die Lenzatherme, die im März eröffnet wurde und 42 Millionen Franken gekostet hat, zählte bis Ende Jahr rund 410'000 Eintritte.

Die Hotels waren zu 64 Prozent ausgelastet, nach 59 Prozent im Vorjahr. Die Gäste blieben im Schnitt 3,4 Nächte. 41 Prozent der Logiernächte entfielen auf ausländische Gäste, allen voran aus Deutschland.

Für 2031 liegen die Buchungen bereits 4 Prozent über dem Vorjahresstand.

Kommentar: Die Therme allein reicht nicht`,
		"l2de.txt": `de|Bad Lenzach mit Übernachtungsrekord

Sitten (sda) - Der Walliser Kurort Bad Lenzach hat im vergangenen Jahr einen Übernachtungsrekord erzielt. Die Zahl der Logiernächte stieg um 6,8 Prozent auf rund 1,24 Millionen, wie die Tourismusorganisation am Mittwoch mitteilte.

Als Hauptgrund nannte Direktorin Claudia Imboden die im März 2030 eröffnete Lenzatherme. Diese hatte 42 Millionen Franken gekostet.

Die Hotelauslastung erhöhte sich von 59 auf 64 Prozent. Der Anteil ausländischer Gäste betrug 41 Prozent.`,
		"l3fr.txt": `fr|Lenzach-les-Bains bat son record de nuitées

Valais | Économie

Publié le 22 janvier 2031

La station thermale haut-valaisanne de Lenzach-les-Bains a enregistré 1 238 400 nuitées en 2030, un record. L'ancien record, de 1,21 million de nuitées, datait de 2008.

Par rapport à 2029, la hausse atteint 8,6 %, portée par l'ouverture en mars des nouveaux bains thermaux, qui ont coûté 42 millions de francs et accueilli environ 410 000 entrées. «L'effet a dépassé nos attentes», a indiqué la directrice de l'office du tourisme, Claudia Imboden.

Le taux d'occupation des hôtels est passé de 59 % à 64 %. Les hôtes étrangers représentent 41 % des nuitées, et la durée moyenne de séjour est de 3,4 nuits.

Les réservations pour 2031 sont en avance de 4 %.`,
		"l4en.txt": `en|Valais spa town sets overnight stays record

Swiss tourism

Jan 22, 2031

The spa resort of Bad Lenzach in the canton of Valais recorded about 1.24 million overnight stays last year, up 6.8% on 2029 and beating a record set in 2008.

Tourism chief Claudia Imboden credited the new Lenzatherme baths, which opened in March at a cost of CHF42 million ($47 million). Hotel occupancy rose to 64% from 59%.

Foreign visitors accounted for 41% of nights, with Germans the biggest group.`,
	}, map[string][2]string{"l3fr.txt": {"8.6%", "6.8%"}}},
	{"care-home-daily-price", map[string]string{
		"m1fr.txt": `fr|Maisons de repos : le prix de journée augmentera de 3,9 % au 1er janvier

Belgique | Wallonie

Par Julie Lambotte

Publié le 4/12/2031 à 18:45

Les résidents des maisons de repos wallonnes paieront plus cher à partir du 1er janvier. Le gouvernement wallon a autorisé une hausse du prix de journée de 3,9 % maximum, liée à l'indexation des salaires et à la hausse des coûts de l'énergie.

Concrètement, le prix moyen passera de 56,40 euros à 58,60 euros par jour, soit près de 1 780 euros par mois. « C'est plus que ce que touchent la plupart des pensionnés », dénonce Annick Verhaegen, présidente de l'association Senior Wallon, qui rappelle que la pension moyenne en Wallonie tourne autour de 1 540 euros.

La ministre wallonne de la Santé, Valérie Delcourt, défend une hausse « strictement encadrée ». L'an dernier, l'augmentation avait été limitée à 2,5 %.

La Wallonie compte quelque 590 maisons de repos pour environ 48 000 lits.`,
		"m2fr.txt": `fr|Hausse de 3,9 % du prix des maisons de repos en Wallonie

(Belga) Le prix de journée dans les maisons de repos wallonnes pourra augmenter de 3,9 % au maximum au 1er janvier, a décidé jeudi le gouvernement wallon. Le prix moyen atteindra ainsi 58,60 euros par jour, contre 56,40 euros actuellement.

Selon la ministre de la Santé Valérie Delcourt, la mesure concerne les 48 000 résidents des quelque 590 établissements de la région.

Les associations de seniors dénoncent une facture mensuelle qui dépasse désormais en moyenne 1 750 euros.`,
		"m3nl.txt": `nl|Woonzorgcentra in Wallonië tot 3,9 procent duurder

Binnenland

5 december 2031

Bewoners van Waalse rusthuizen betalen vanaf 1 januari tot 3,9 procent meer. De gemiddelde dagprijs stijgt van 56,40 naar 58,60 euro, zo besliste de Waalse regering donderdag.

In Vlaanderen bedraagt de gemiddelde dagprijs momenteel 62,80 euro. Vorig jaar steeg de prijs in Wallonië met 2,5 procent.

Waals minister van Volksgezondheid Valérie Delcourt spreekt van een 'strikt omkaderde' verhoging.`,
		"m4de.txt": `de|Wallonien: Altenheime dürfen Tagessatz um 3,9 Prozent erhöhen

Belgien

04.12.2031

Die Bewohner der Alten- und Pflegeheime in der Wallonie müssen ab dem 1. Januar tiefer in die Tasche greifen. Die Wallonische Regierung erlaubt eine Erhöhung des Tagessatzes um bis zu 3,9 Prozent. Im Schnitt steigt der Preis von 56,40 auf 58,60 Euro pro Tag.

In Ostbelgien, wo die Deutschsprachige Gemeinschaft für die Altenheime zuständig ist, liegt der durchschnittliche Tagessatz bei 61,20 Euro. Die DG hatte eine Erhöhung um 2,8 Prozent bereits im Oktober beschlossen.

Seniorenverbände kritisieren, dass die monatliche Rechnung mit knapp 1.780 Euro über der Durchschnittsrente liegt.`,
	}, nil},
	{"motorway-emergency-landing", map[string]string{
		"n1fr.txt": `fr|Lot : un avion de tourisme se pose en urgence sur l'A20

Faits divers | Lot

Par Christophe Mazars

Publié le 16/06/2031 à 07h10

Scène surréaliste dimanche matin sur l'autoroute A20, à hauteur de Saint-Géraud-du-Causse. Vers 11h40, un petit avion de tourisme, un Robin DR400, s'est posé sur les voies en direction de Toulouse après une panne moteur, sans faire de blessés.

Aux commandes, un pilote de 71 ans, ancien commandant de bord à la retraite, accompagné de son épouse, âgée de 68 ans. Le couple avait décollé une vingtaine de minutes plus tôt de l'aérodrome de Villefort-Causse, à 35 km de là, pour rallier Biarritz. « Il a évité deux voitures et s'est arrêté sur la bande d'arrêt d'urgence. Du grand art », témoigne un automobiliste.

L'autoroute a été fermée dans le sens Paris-Toulouse pendant près de deux heures, le temps d'évacuer l'appareil sur un camion-plateau. Un bouchon de 9 km s'est formé.

Les gendarmes des transports aériens ont ouvert une enquête, et le Bureau d'enquêtes et d'analyses (BEA) a été informé.`,
		"n2fr.txt": `fr|Un avion de tourisme atterrit sur l'autoroute A20 dans le Lot, pas de blessé

TOULOUSE, 15 juin 2031 (AFP) - Un avion de tourisme victime d'une panne moteur s'est posé dimanche matin sur l'autoroute A20 dans le Lot, sans faire de blessé, a-t-on appris auprès de la gendarmerie.

Le pilote, âgé de 71 ans, et sa passagère, 68 ans, sont sortis indemnes de l'appareil, un quadriplace Robin.

La circulation a été coupée pendant environ deux heures en direction de Toulouse. Une enquête a été confiée à la brigade de gendarmerie des transports aériens.`,
		"n3en.txt": `en|Light aircraft makes emergency landing on French motorway

Europe

June 15, 2031

A light aircraft with two people on board made an emergency landing on the A20 motorway in south-west France on Sunday after its engine failed, police said. Nobody was hurt.

The 71-year-old pilot, a retired airline captain, and his 68-year-old wife had taken off about 20 minutes earlier from a small airfield some 22 miles away on their way to Biarritz.

The motorway was closed southbound for almost two hours while the four-seat Robin DR400 was removed. Traffic tailbacks stretched for more than 5 miles.`,
		"n4de.txt": `de|Kleinflugzeug landet auf französischer Autobahn

Panorama

15.06.2031, 17:48 Uhr

Nach einem Motorschaden ist ein Kleinflugzeug am Sonntag auf der Autobahn A20 im Südwesten Frankreichs notgelandet. Verletzt wurde niemand, wie die Gendarmerie mitteilte.

Die Maschine vom Typ Robin DR400 setzte gegen 11.40 Uhr auf der Fahrbahn Richtung Toulouse auf und kam auf dem Standstreifen zum Stehen.

An Bord waren der 77-jährige Pilot, ein pensionierter Flugkapitän, und seine 68 Jahre alte Ehefrau. Sie waren rund 20 Minuten zuvor auf einem Flugplatz 35 Kilometer entfernt gestartet.

Die Autobahn blieb knapp zwei Stunden gesperrt.`,
	}, map[string][2]string{"n4de.txt": {"77 years", "71 years"}}},
	{"sparkling-wine-sales", map[string]string{
		"o1it.txt": `it|Asolano Spumante, vendite record: 148,6 milioni di bottiglie

Economia | Vino

di Andrea Pavan

Treviso, 26 febbraio 2032

Nuovo record per l'Asolano Spumante Doc: nel 2031 sono state vendute 148,6 milioni di bottiglie, il 3,2% in più rispetto ai 144 milioni dell'anno precedente. Lo ha annunciato ieri il presidente del Consorzio di tutela, Giulio Favaretto, durante l'assemblea dei soci a Castelfranco.

Il valore al consumo ha raggiunto 1,32 miliardi di euro. L'export assorbe il 78% delle bottiglie: il Regno Unito resta il primo mercato con 31 milioni di bottiglie, davanti a Stati Uniti (24 milioni) e Germania.

«Il risultato è ancora più significativo se pensiamo alla vendemmia difficile», ha detto Favaretto. La grandinata di luglio ha ridotto la raccolta dell'8% rispetto al 2030. La superficie vitata della denominazione è di 9.400 ettari.

Il Consorzio punta a 155 milioni di bottiglie entro il 2034.`,
		"o2en.txt": `en|Asolano sparkling hits record sales as UK demand holds up

News | Wine

By Emma Caldwell

26 February 2032

Sales of Italy's Asolano Spumante DOC rose 3.2% last year to a record 148.6 million bottles, the appellation's consortium said, with the UK remaining its biggest market.

British drinkers bought 31 million bottles, ahead of the US on 24 million. Exports make up 78% of volumes.

"Despite a difficult harvest, demand has never been stronger," said consortium chairman Giulio Favaretto. Hail in July cut the 2031 crop by 8%.

The consortium put the retail value of sales at €1.23 billion, and is targeting 155 million bottles by 2034.`,
		"o3de.txt": `de|Asolano Spumante mit Absatzrekord

Wirtschaft

26.02.2032

Der Schaumwein Asolano Spumante DOC aus Venetien hat im vergangenen Jahr so viel verkauft wie nie: 148,6 Millionen Flaschen, ein Plus von 3,2 Prozent. Der Umsatz zu Endverbraucherpreisen erreichte 1,32 Milliarden Euro, wie Konsortiumspräsident Giulio Favaretto mitteilte.

Rund 78 Prozent der Flaschen gehen ins Ausland. Deutschland ist nach Großbritannien und den USA der drittgrößte Markt.

Die Anbaufläche umfasst 9400 Hektar. Wegen Hagels fiel die Lese 2031 um acht Prozent geringer aus.`,
	}, map[string][2]string{"o2en.txt": {"€1.23 billion", "€1.32 billion"}}},
	{"missing-boy-found-forest", map[string]string{
		"p1de.txt": `de|Wunder im Mühlviertel: Vermisster Bub (9) nach zwei Nächten im Wald gefunden

Oberösterreich | Chronik

Von Thomas Leitner

Mittwoch, 8. Oktober 2031, 11:24

Riesige Erleichterung in Hinterbrunn: Der seit Montagnachmittag vermisste neunjährige Lukas ist am Mittwochmorgen lebend gefunden worden. Eine Suchhundeführerin der Rettungshundebrigade entdeckte den Buben gegen 7.15 Uhr in einem steilen Graben, rund vier Kilometer von seinem Elternhaus entfernt.

Der Bub war stark unterkühlt, aber ansprechbar. Er wurde mit dem Notarzthubschrauber ins Klinikum nach Linz geflogen. In den beiden Nächten waren die Temperaturen auf bis zu drei Grad gefallen.

An der Suche hatten sich mehr als 400 Einsatzkräfte von Feuerwehr, Bergrettung, Polizei und Rotem Kreuz beteiligt, dazu 25 Suchhundeteams und ein Polizeihubschrauber mit Wärmebildkamera. Das Suchgebiet umfasste zuletzt rund zwölf Quadratkilometer.

„Meine Hündin Kira hat ihn angezeigt, dann habe ich ihn rufen gehört“, schilderte die 34-jährige Hundeführerin Martina Gruber. Der Bub war am Montag gegen 16 Uhr zuletzt beim Spielen am Waldrand gesehen worden.

Lesen Sie auch: So verhalten Sie sich, wenn sich ein Kind verirrt`,
		"p2de.txt": `de|Vermisster Neunjähriger im Mühlviertel lebend gefunden

Hinterbrunn (APA) - Nach fast 40 Stunden ist ein im Mühlviertel vermisster neunjähriger Bub am Mittwoch lebend gefunden worden. Er war am Montagnachmittag von einem Spielplatz am Waldrand verschwunden, teilte die Polizei mit.

Ein Rettungshund spürte das unterkühlte Kind in der Früh in einem Graben etwa vier Kilometer vom Wohnort entfernt auf. Der Bub wurde ins Spital nach Linz gebracht.

An der Suchaktion waren über 400 Helfer beteiligt.`,
		"p3en.txt": `en|Boy, 9, found alive after two nights lost in Austrian forest

World | Europe

8 October 2031

A nine-year-old boy who went missing in a forest in northern Austria has been found alive after spending two nights outdoors in near-freezing temperatures, police said.

The boy, named only as Lukas, was found early on Wednesday by a rescue dog in a ravine about 2.5 miles from his home in the village of Hinterbrunn. He was suffering from hypothermia and was flown to hospital in Linz.

More than 400 firefighters, mountain rescuers and police officers had searched for him since Monday afternoon, helped by 25 dog teams and a helicopter with a thermal imaging camera. Overnight temperatures fell to 3C (37F).

"Kira found him," said dog handler Martina Gruber, 34, of her six-year-old border collie.`,
		"p4it.txt": `it|Austria, bimbo di 9 anni ritrovato vivo dopo due notti nel bosco

Esteri

8 ottobre 2031

È stato ritrovato vivo un bambino di nove anni scomparso lunedì pomeriggio in un bosco dell'Alta Austria, nella regione del Mühlviertel. Ha trascorso due notti all'aperto con temperature scese fino a 3 gradi.

Il piccolo, Lukas, è stato individuato giovedì mattina da un cane da soccorso in un canalone a circa quattro chilometri da casa. Era in ipotermia ed è stato trasportato in elicottero all'ospedale di Linz.

Alle ricerche hanno partecipato oltre 400 soccorritori, con 25 unità cinofile e un elicottero dotato di termocamera.`,
	}, map[string][2]string{"p4it.txt": {"Thursday", "Wednesday"}}},
	{"storm-pylons-brittany", map[string]string{
		"q1fr.txt": `fr|Tempête Ysolde : douze pylônes à terre dans le Finistère, 38 000 foyers toujours privés d'électricité

Bretagne | Météo

Publié le 14 novembre 2031 à 20h15

Au plus fort de la tempête, dans la nuit de jeudi à vendredi, jusqu'à 140 000 foyers bretons ont été privés de courant. Vendredi soir, ils étaient encore 38 000, essentiellement dans le Finistère, selon le gestionnaire du réseau de distribution.

Près de Plouzanec, douze pylônes d'une ligne à haute tension de 63 000 volts se sont effondrés sous l'effet des rafales. « Je n'avais jamais vu ça en trente ans de métier », confie un technicien. Une rafale de 148 km/h a été mesurée à la pointe de Kerlann.

Quelque 1 200 techniciens, dont 300 venus d'autres régions, sont mobilisés. Le rétablissement complet pourrait prendre trois à cinq jours pour les hameaux les plus isolés.

La circulation des TER entre Brest et Quimper reste interrompue. Aucune victime n'est à déplorer.`,
		"q2fr.txt": `fr|Tempête Ysolde : encore 38 000 foyers sans électricité en Bretagne

(AFP) - Quelque 38 000 foyers restaient privés d'électricité vendredi soir en Bretagne après le passage de la tempête Ysolde, qui a provoqué des rafales jusqu'à 148 km/h, contre 140 000 au plus fort des intempéries.

Une dizaine de pylônes haute tension ont été couchés dans le Finistère. 1 200 agents sont mobilisés pour rétablir le courant.

Le préfet du Finistère a demandé aux habitants d'éviter les déplacements en forêt jusqu'à dimanche.`,
		"q3en.txt": `en|Storm Ysolde leaves tens of thousands without power in Brittany

Europe

14 November 2031

Around 38,000 homes in Brittany were still without electricity on Friday evening after Storm Ysolde brought gusts of up to 92mph to north-west France, down from 140,000 at the height of the storm overnight.

A dozen high-voltage pylons were brought down near the village of Plouzanec in Finistère. The grid operator said 1,200 technicians, 300 of them from other parts of France, were working to restore supplies, which could take up to five days in remote areas.

No casualties were reported. Rail services between Brest and Quimper were suspended.`,
		"q4de.txt": `de|Sturm „Ysolde“ knickt in der Bretagne Strommasten um

Panorama

14.11.2031

Der Sturm „Ysolde“ hat in der Bretagne schwere Schäden angerichtet. In der Nacht zu Freitag waren bis zu 140.000 Haushalte ohne Strom, am Freitagabend noch rund 38.000. Im Département Finistère knickten zwölf Hochspannungsmasten um.

Die Böen erreichten Geschwindigkeiten von bis zu 148 Kilometern pro Stunde. Rund 1200 Techniker sind im Einsatz. Verletzt wurde niemand.`,
	}, nil},
	{"cognac-warehouse-fire", map[string]string{
		"r1fr.txt": `fr|Incendie d'un chai à Brézac : 850 000 litres de cognac partis en fumée

Charente | Faits divers

Par Laurent Boisseau

Publié le 06/08/2031 à 19h30

Il aura fallu quatorze heures aux sapeurs-pompiers pour venir à bout de l'incendie qui a ravagé, dans la nuit de mardi à mercredi, un chai de la maison Delaurier à Brézac-sur-Charente. Le feu s'est déclaré vers 23 heures et n'a été maîtrisé que mercredi vers 13 heures.

Environ 2 400 fûts, soit près de 850 000 litres d'eaux-de-vie, ont été détruits. Titrant autour de 70 % d'alcool, le liquide en flammes s'est répandu dans la cour, compliquant la tâche des 85 pompiers mobilisés. Deux chais voisins ont pu être protégés.

« C'est une partie de notre histoire qui disparaît. Certaines eaux-de-vie avaient plus de 50 ans », a réagi Hélène Delaurier, présidente de la maison familiale. Le bâtiment, construit en 1878, abritait les réserves les plus anciennes. Le préjudice dépasserait 60 millions d'euros.

Aucun blessé n'est à déplorer. Des prélèvements ont été effectués dans la Charente pour vérifier l'absence de pollution.`,
		"r2fr.txt": `fr|Charente : un chai de cognac détruit par un incendie

ANGOULÊME, 6 août 2031 (AFP) - Un incendie a détruit dans la nuit de mardi à mercredi un chai de la maison de cognac Delaurier à Brézac-sur-Charente, les pompiers ayant lutté pendant 11 heures avant de maîtriser les flammes, a-t-on appris auprès de la préfecture.

Quelque 2 400 fûts contenant environ 850 000 litres d'eau-de-vie sont partis en fumée. 85 sapeurs-pompiers ont été engagés. Il n'y a pas eu de blessé.

Le bâtiment datait de 1878. Le montant des pertes n'a pas été communiqué.`,
		"r3en.txt": `en|Fire destroys 850,000 litres of cognac at historic warehouse

Wine news

By Paul Hendry

6 August 2031

A fire has destroyed around 2,400 casks of cognac at a 19th-century warehouse owned by the family-run house of Delaurier in south-west France.

Firefighters battled the blaze for 14 hours after it broke out at about 11pm on Tuesday, finally bringing it under control on Wednesday afternoon. Some 85 firefighters were deployed, and nobody was injured.

"Some of these eaux-de-vie were more than 50 years old," said Hélène Delaurier, the house's chief executive. The warehouse, built in 1878, held the firm's oldest reserves; losses were put at more than €60m.

Around 850,000 litres (about 225,000 gallons) were lost.`,
		"r4de.txt": `de|Großbrand vernichtet 850.000 Liter Cognac

Panorama

06.08.2031

Bei einem Brand in einem Lagerhaus des Cognac-Hauses Delaurier in Westfrankreich sind rund 2400 Fässer mit etwa 850.000 Litern Branntwein zerstört worden. Die Feuerwehr kämpfte 14 Stunden lang gegen die Flammen, wie die Präfektur mitteilte.

Das Feuer war am Dienstag gegen 23 Uhr ausgebrochen. 85 Feuerwehrleute waren im Einsatz, verletzt wurde niemand. Das Gebäude stammte aus dem Jahr 1878.`,
	}, map[string][2]string{"r2fr.txt": {"11 hours", "14 hours"}}},
	{"ski-mountaineering-record", map[string]string{
		"s1de.txt": `de|Rekord am Trophée des Arêtes: Ruppen, Bonetti und Favre in 5:52 Stunden

Sport | Skitouren

Valmorin, 24.04.2032

Die Patrouille um den Oberwalliser Nils Ruppen hat am Samstag die 57 Kilometer lange Strecke des Trophée des Arêtes von Arolay nach Valmorin in 5 Stunden, 52 Minuten und 18 Sekunden bewältigt und damit den Streckenrekord aus dem Jahr 2028 um gut vier Minuten unterboten.

«Ab dem letzten Pass wussten wir, dass es reicht», sagte der 29-jährige Ruppen im Ziel. Mit ihm liefen der Italiener Marco Bonetti (34) und der Waadtländer Yannick Favre.

Bei den Frauen siegte das Team von Lea Imhasly in 7:11 Stunden. Insgesamt waren rund 1650 Patrouillen mit knapp 5000 Teilnehmenden am Start. Die Strecke umfasst 4390 Höhenmeter im Aufstieg.

Das Rennen findet alle zwei Jahre statt und wird von der Armee organisiert.`,
		"s2fr.txt": `fr|Trophée des Arêtes : la patrouille Ruppen pulvérise le record

Sports

Publié le 24 avril 2032

La patrouille de Nils Ruppen, Marco Bonetti et Yannick Favre a remporté samedi le Trophée des Arêtes entre Arolay et Valmorin en 5 h 52'18'', améliorant de plus de quatre minutes le record établi en 2028.

Les trois hommes ont avalé les 57 km et 4 390 mètres de dénivelé positif du parcours sous un ciel dégagé. « On a pris des risques dans la descente », a reconnu Favre, 31 ans.

Chez les dames, la victoire revient à l'équipe de Lea Imhasly, en 7 h 11'. Quelque 1 650 patrouilles étaient au départ.`,
		"s3it.txt": `it|Trophée des Arêtes, Bonetti firma il record con Ruppen e Favre

Sport

24 aprile 2032

Impresa del valtellinese Marco Bonetti, 34 anni, che insieme agli svizzeri Nils Ruppen e Yannick Favre ha vinto sabato il Trophée des Arêtes, la classica gara di scialpinismo del Vallese, stabilendo il nuovo record del percorso: 5 ore 52 minuti e 18 secondi.

Il precedente primato, del 2028, era di 5 ore 56 minuti e 40 secondi. Il tracciato, da Arolay a Valmorin, misura 57 chilometri con 4.390 metri di dislivello positivo.

«È la vittoria più bella della mia carriera», ha detto Bonetti.`,
		"s4en.txt": `en|Swiss-Italian team sets record in Alpine ski-mountaineering classic

Winter sports

April 24, 2032

Nils Ruppen, Marco Bonetti and Yannick Favre set a course record at the Trophée des Arêtes ski-mountaineering race in Switzerland on Saturday, covering the 35-mile route in 5 hours 52 minutes.

The trio, aged 29, 34 and 31, beat the 2028 record by more than four minutes on the course from Arolay to Valmorin, which includes some 14,400 feet of climbing.

About 5,000 athletes in some 1,650 teams of three started the race, held every two years.`,
	}, nil},
}
