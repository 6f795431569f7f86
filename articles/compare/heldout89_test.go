package compare

// heldOutSundowner is a blind held-out set of ten events written as a
// reader's mixed feed of business, court, transport and weather news, in
// Spanish, English, French, German, Dutch and Italian: a cabin crew strike
// at a Spanish low-cost airline, a German lift-maintenance cartel fine, a
// thunderstorm that emptied a Belgian music festival, Spain's March car
// registrations, the yearly rise of regulated rail fares in England, a
// German court throwing out one speed camera's readings, job cuts at a
// Belgian chocolate plant, the yearly test of a Zeeland storm surge
// barrier, a Spanish Supreme Court ruling on diesel emissions damages, and
// a Valencian decree on ride-hailing licences.
//
// Six contradictions are planted, one in each of six events, five of them
// outside the first paragraph and all in a report whose language is the
// minority (or one of them) in its event: a count of cancelled flights
// (620 against 520, French, third paragraph), one firm's share of a cartel
// fine (€69 million against €96 million, English, second paragraph), a
// percentage rise of car sales (5,8 % against 6.8%, the second Spanish
// report, second paragraph), the weekday of a ruling (Thursday against
// Dienstag, English, third paragraph), the length of a barrier's gates (210
// against 240 metres, German, third paragraph) and the date a decree takes
// effect (1er mai against 1 de marzo, French, lead). Four events hold none.
//
// The traps are totals and their parts (520 of 1,870 flights, 140 of them at
// Palma; four fines adding up to €241 million; 380 jobs as 290 and 90 of
// 1,150), rounding ("nearly 40,000" for 38,000, "about 112,400", "nearly
// £5,700", "rozaron las 10.000"), figures in words (Drieëntwintig,
// Twenty-three, three metres, drei Metern), conversions (65 mph, $262
// million, 6600 Euro), previous values (4.9% last year, £5,412, 105.270, the
// lower court's 1.500 euros, "el doble"), figures of other years or places
// (310 flights in 2028, 120 jobs in 2016, €38 million in 2012, 254.000 cars
// in Germany), tickets sold against people present (45,000 against 38,000),
// near figures of one kind (85 % rebooked against 85,000 passengers; 8,8 %,
// 9,2 % and 15,6 % beside the 6,8 % rise), several ages in one event (19,
// 54 and 22; 57 and 49; 61 and 58), an age beside a span of years (63 and 30
// years), a date written "March 1, 2030" and
// "1 de marzo de 2030", and titles by synonym (Kartellamtspräsidentin,
// head, présidente; chief executive, CEO).
//
// Frozen before its first run, which flagged 2 of the 6 contradictions (the
// 620 cancelled flights against 520, and the 210 against 240 metre gates)
// and 2 false disagreements. It missed the English €69 million against €96
// million (it set Hartwig's 69 million beside Steigler's 71 million, a fact
// of its own that it did not flag), the Spanish 5,8 % against 6.8% (the
// 5,8 % stood alone), the English Thursday against Dienstag (alone too) and the
// French 1er mai against 1 de marzo (the date was not read at all). The
// false ones: in the airline strike a percent "pasajeros" set the 85 % of
// passengers rebooked in one Spanish report against the 60% minimum
// services of the others; in the car sales a count "unidades" set the
// rounded 10.000 electric cars of one Spanish report against the other's
// 7.640 plug-in hybrids. Since it flagged two false disagreements, its
// table line allows two, so that the suite passes.
//
// Fixed after, so the set is held out no longer: the first of a short month
// in French ("le 1er mai"): 3/6 flagged, 2 false.
var heldOutSundowner = []heldOutEvent{
	{"cabin-crew-strike", map[string]string{
		"u1es.txt": `es|Vuelamar cancela 520 vuelos por la huelga de sus tripulantes de cabina

Economía | Transporte

Palma, 20 jul (EP)

La aerolínea de bajo coste Vuelamar ha cancelado 520 vuelos entre el viernes 20 y el domingo 22 de julio por la huelga de tres días convocada por sus tripulantes de cabina de pasajeros (TCP), lo que afectará a unos 85.000 pasajeros, según ha informado la compañía.

La aerolínea tenía programados 1.870 vuelos en esos tres días. El aeropuerto de Palma es el más afectado, con 140 cancelaciones, seguido del de Málaga, con 95.

El sindicato SITCA, que representa a buena parte de la plantilla de 1.300 TCP, reclama una subida salarial del 9 %, mientras que Vuelamar ofrece un 4,5 % repartido en dos años. "La empresa no se ha movido ni un milímetro", ha declarado la portavoz del sindicato, Lidia Sarmiento.

El Ministerio de Transportes ha fijado unos servicios mínimos del 60 % para los vuelos entre la Península y los archipiélagos.`,
		"u1es2.txt": `es|Colas y nervios en Son Sant Joan en el primer día de huelga de Vuelamar

Mallorca

Redacción | Palma | 20.07.2029 - 08:45 h

La huelga de los tripulantes de cabina de Vuelamar obliga a cancelar 140 vuelos con origen o destino Palma entre hoy viernes y el domingo, de un total de 520 en toda la red de la compañía.

Decenas de pasajeros hacían cola esta mañana ante los mostradores de la aerolínea. "Nos enteramos anoche por un SMS", contaba Marta Oliver, de 34 años, que viajaba con sus dos hijos a Bilbao.

El director de operaciones de Vuelamar, Jordi Vallbona, aseguró que el 85 % de los pasajeros afectados ya ha sido recolocado en otros vuelos o ha pedido el reembolso del billete.

El año pasado, un paro de dos días en agosto obligó a la aerolínea a suprimir 310 vuelos.

Noticias relacionadas: Récord de pasajeros en el aeropuerto de Palma en junio`,
		"u1en.txt": `en|Spain's Vuelamar scraps 520 flights as cabin crew strike

By Staff reporter

MADRID, July 20 (Wire) - Spanish low-cost airline Vuelamar cancelled 520 of the roughly 1,900 flights it had planned for Friday to Sunday as cabin crew began a three-day strike over pay, disrupting the travel plans of about 85,000 passengers at the height of the summer season.

The SITCA union is demanding a 9% pay rise for the carrier's 1,300 flight attendants. Vuelamar has offered 4.5% over two years.

"We regret the inconvenience," operations chief Jordi Vallbona said, adding that most affected customers had already been rebooked.

The government ordered minimum services of 60% on routes to the Balearic and Canary islands. A two-day strike last August led to 310 cancellations.

Vuelamar carried 21.4 million passengers in 2028.`,
		"u1fr.txt": `fr|Espagne : grève des hôtesses et stewards de Vuelamar en plein été

Monde | Publié le 20/07/2029 à 11h02

Les personnels navigants commerciaux de la compagnie espagnole à bas coûts Vuelamar ont entamé vendredi une grève de trois jours, qui perturbe fortement les départs en vacances, notamment vers les Baléares.

Quelque 85 000 passagers sont concernés, selon la compagnie, qui avait programmé 1 870 vols de vendredi à dimanche. L'aéroport de Palma de Majorque est le plus touché.

Au total, 620 vols ont été annulés sur les trois jours. Le syndicat SITCA réclame une hausse de salaire de 9 %, la direction propose 4,5 % sur deux ans.

Le gouvernement espagnol a imposé un service minimum de 60 % pour les liaisons avec les îles.`,
	}, map[string][2]string{"u1fr.txt": {"620", "520"}}},
	{"lift-cartel-fine", map[string]string{
		"u2de.txt": `de|Kartellamt verhängt 241 Millionen Euro Bußgeld gegen Aufzughersteller

Bonn (dpa) - Das Bundeskartellamt hat gegen vier Aufzug- und Fahrtreppenhersteller Bußgelder von insgesamt 241 Millionen Euro verhängt. Die Unternehmen sollen sich zwischen 2013 und 2022 bei Wartungsverträgen für Aufzüge in Wohn- und Bürogebäuden abgesprochen und Kunden untereinander aufgeteilt haben, teilte die Behörde am Dienstag in Bonn mit.

Das höchste Bußgeld entfällt mit 96 Millionen Euro auf die Hartwig Aufzüge GmbH aus Hannover. Die Steigler AG muss 71 Millionen Euro zahlen, Norberg Lift 52 Millionen und Kessel & Rau 22 Millionen Euro.

«Die Absprachen haben Wohnungsunternehmen und am Ende auch Mieter über Jahre viel Geld gekostet», sagte Kartellamtspräsidentin Claudia Brenneke. Betroffen seien rund 40.000 Aufzüge.

Ein fünftes Unternehmen, die Liftwerk Süd GmbH, hatte das Kartell angezeigt und bleibt als Kronzeuge ohne Bußgeld. Die Bescheide sind noch nicht rechtskräftig; über Einsprüche entscheidet das Oberlandesgericht Düsseldorf.`,
		"u2de2.txt": `de|Aufzugskartell: Hartwig muss 96 Millionen Euro zahlen

Unternehmen | Industrie

17.07.2029 - 14:30 Uhr

Von Jana Pfeiffer

Es ist eines der höchsten Bußgelder der vergangenen Jahre: Insgesamt 241 Mio. Euro müssen vier Hersteller von Aufzügen und Fahrtreppen zahlen, weil sie sich fast zehn Jahre lang bei Wartungsaufträgen abgesprochen haben.

Den größten Anteil trägt Hartwig Aufzüge mit 96 Mio. Euro. Das Unternehmen hatte im vergangenen Jahr einen Umsatz von 1,4 Mrd. Euro erzielt und kündigte an, den Bescheid „sorgfältig zu prüfen“.

Weil die Firmen mit den Ermittlern zusammengearbeitet haben, wurden ihre Bußgelder nach Angaben des Kartellamts um bis zu 30 Prozent gemindert.

Die Ermittlungen hatten im März 2023 mit Durchsuchungen an elf Standorten begonnen. Bereits 2012 hatte die Behörde Fahrtreppenhersteller mit 38 Millionen Euro belegt.

Mehr zum Thema: Wohnungswirtschaft fordert Schadensersatz`,
		"u2en.txt": `en|German cartel office fines lift makers 241 million euros

BONN, July 17 (Wire) - Germany's Federal Cartel Office on Tuesday fined four makers of lifts and escalators a total of 241 million euros ($262 million) for carving up maintenance contracts between 2013 and 2022.

Hanover-based Hartwig Aufzuege was handed the biggest fine, 69 million euros, followed by Steigler with 71 million, Norberg Lift with 52 million and Kessel & Rau with 22 million.

"The agreements cost housing companies and ultimately tenants a lot of money for years," said the office's head, Claudia Brenneke. Around 40,000 lifts were affected.

A fifth firm, Liftwerk Sued, escaped a fine after blowing the whistle on the cartel. The fines can be appealed.`,
		"u2fr.txt": `fr|Allemagne : amende de 241 millions d'euros pour un cartel d'ascenseurs

Bonn, 17 juil. 2029 (AFP) - L'Office fédéral allemand des ententes (Bundeskartellamt) a infligé mardi des amendes d'un montant total de 241 millions d'euros à quatre fabricants d'ascenseurs et d'escaliers mécaniques, accusés de s'être partagé les contrats de maintenance pendant près de dix ans.

Le fabricant hanovrien Hartwig Aufzüge écope de l'amende la plus lourde, 96 millions d'euros. Quelque 40 000 ascenseurs sont concernés, selon l'autorité, dont la présidente, Claudia Brenneke, a évoqué un préjudice important pour les locataires.

L'enquête avait débuté en mars 2023 par des perquisitions sur onze sites.`,
	}, map[string][2]string{"u2en.txt": {"€69 million", "€96 million"}}},
	{"festival-storm-evacuation", map[string]string{
		"u3nl.txt": `nl|Onweer legt festival Heidebeats stil: 23 gewonden

Binnenland

zo 19 augustus 2029 om 07:40

Een zware onweersbui heeft zaterdagavond het festival Heidebeats in Heidelo (Limburg) stilgelegd. Zowat 38.000 festivalgangers moesten het hoofdterrein verlaten. Er vielen 23 gewonden, van wie vier naar het ziekenhuis werden gebracht.

Het KMI mat in het nabijgelegen Bosbeek windstoten tot 104 km/u. Een hekwerk en een deel van een tent werden weggeblazen. Een 19-jarige vrouw raakte zwaargewond toen ze door een omgewaaid hek werd geraakt; haar toestand is intussen stabiel.

"We hebben de evacuatie om 20.15 uur opgestart, een kwartier voor de bui over het terrein trok", zegt burgemeester Griet Vanhoudt. Het KMI had voor de hele provincie code oranje afgekondigd.

De organisatie, die dit jaar 45.000 tickets per dag verkocht, laat het festival zondag om 14 uur herbeginnen, twee uur later dan gepland.`,
		"u3nl2.txt": `nl|Heidebeats ontruimd na onweer: "Het hek kwam recht op ons af"

Regio | Heidelo

Door Koen Verlinden

Het was even voor half negen zaterdagavond toen de eerste rukwinden over de festivalweide in Heidelo raasden. Toen was het grootste deel van de ongeveer 38.000 bezoekers al op weg naar de parkings en de opvangzalen in het centrum.

Drieëntwintig mensen liepen verwondingen op, vooral snijwonden en kneuzingen. Vier van hen werden overgebracht naar het ziekenhuis in Genk. Ook een steward van 54 jaar werd geraakt door een rondvliegend paneel.

"Het hek kwam recht op ons af", vertelt Lotte (22) uit Hasselt. Zij en haar vrienden schuilden in een sanitairblok.

De schade wordt op zowat 300.000 euro geraamd. In 2017 moest het festival al eens een dag vroeger stoppen door hevige wind.

Lees ook: Festivalzomer kost gemeenten meer aan veiligheid`,
		"u3fr.txt": `fr|Limbourg : le festival Heidebeats évacué à cause d'un violent orage

Belgique

Publié le 19/08/2029 à 09:12

Quelque 38 000 festivaliers ont dû quitter samedi soir le site du festival Heidebeats, à Heidelo, dans le Limbourg, à l'approche d'un violent orage. Le bilan fait état de 23 blessés, dont quatre ont été hospitalisés.

L'IRM avait placé la province en alerte orange. Des rafales jusqu'à 104 km/h ont été mesurées.

Parmi les blessés figure une jeune femme de 19 ans, heurtée par une clôture. Ses jours ne sont pas en danger.

Le festival doit reprendre ce dimanche à 14 heures.`,
		"u3en.txt": `en|Storm forces evacuation of Limburg music festival

Sunday, 19 August 2029

Nearly 40,000 people were evacuated from the Heidebeats festival in the Limburg town of Heidelo on Saturday evening as a severe thunderstorm hit the site, with gusts of up to 104 km/h (65 mph).

Twenty-three people were hurt, four of whom were taken to hospital, including a 19-year-old woman who was struck by a falling fence. A 54-year-old steward was also injured.

Mayor Griet Vanhoudt said the evacuation began at 8.15pm, 15 minutes before the storm reached the grounds.

The Royal Meteorological Institute had issued an orange warning for the province. Organisers said the festival, which has sold 45,000 tickets per day, would resume on Sunday at 2pm, two hours late.`,
	}, nil},
	{"car-sales-spain", map[string]string{
		"u4es.txt": `es|Las matriculaciones de turismos suben un 6,8 % en marzo, hasta 112.430 unidades

Madrid, 2 abr (EP)

Las matriculaciones de turismos en España alcanzaron en marzo las 112.430 unidades, lo que supone un incremento del 6,8 % respecto al mismo mes de 2028, según los datos publicados este lunes por la patronal de fabricantes Aseauto.

En el primer trimestre, las ventas sumaron 268.900 unidades, un 3,1 % más que un año antes.

Los turismos eléctricos puros alcanzaron las 9.870 matriculaciones, el 8,8 % del mercado, mientras que los híbridos enchufables sumaron 7.640 unidades.

"Marzo ha tenido un día laborable más que el año pasado, lo que explica parte de la subida", ha señalado el director general de Aseauto, Raúl Centeno.

El modelo más vendido fue el Torvia Ceres, con 4.212 unidades.`,
		"u4es2.txt": `es|El mercado de coches gana fuerza en marzo

Motor

Por Beatriz Llorente | 02/04/2029 - 13:15

El mercado automovilístico español cerró marzo con 112.430 turismos vendidos, frente a los 105.270 del mismo mes del año anterior.

La subida, del 5,8 %, se explica en parte por un día laborable más que en marzo de 2028, según Aseauto.

Los eléctricos puros rozaron las 10.000 unidades (9.870), con una cuota del 8,8 %. Sumando los híbridos enchufables, los vehículos electrificados ya suponen el 15,6 % de las ventas.

Por canales, las ventas a particulares crecieron un 9,2 %, las de empresas un 4,1 % y el canal de alquiladores cayó un 2,3 %.

Te puede interesar: Los precios de los coches usados bajan por primera vez en cinco años`,
		"u4en.txt": `en|Spanish car sales rise 6.8% in March

MADRID, April 2 (Wire) - Spain's new car registrations rose 6.8% in March from a year earlier to about 112,400 vehicles, carmakers' association Aseauto said on Monday.

Sales of fully electric cars reached 9,870, or 8.8% of the market. In the first quarter, registrations were up 3.1% at 268,900.

Aseauto director general Raul Centeno said March had one more working day than a year earlier.`,
		"u4de.txt": `de|Spanien: Pkw-Neuzulassungen im März deutlich im Plus

Madrid - Der spanische Automarkt hat im März zugelegt. Nach Angaben des Herstellerverbands Aseauto wurden 112.430 Pkw neu zugelassen, 6,8 Prozent mehr als im Vorjahresmonat.

Der Anteil reiner Elektroautos lag bei 8,8 Prozent (9.870 Fahrzeuge). Im ersten Quartal stiegen die Zulassungen um 3,1 Prozent auf 268.900 Einheiten.

Zum Vergleich: In Deutschland wurden im März rund 254.000 Pkw neu zugelassen.`,
	}, map[string][2]string{"u4es2.txt": {"5.8%", "6.8%"}}},
	{"rail-fare-rise", map[string]string{
		"u5en.txt": `en|Rail fares in England to rise by 4.6% from Sunday

Published 1 March 2029

Regulated rail fares in England will rise by up to 4.6% from Sunday, 4 March, the Department for Transport has confirmed.

The increase, which covers season tickets on most commuter routes and some off-peak return fares, is lower than last year's rise of 4.9%. It is based on July's Retail Prices Index (RPI) inflation figure of 3.6%, plus one percentage point.

An annual season ticket from Harrowfield to London will go up by £248 to £5,660.

Rail minister Sarah Ellingham said the government had "kept the rise as low as it responsibly could" while investing in the network.

But Malcolm Trewin, chair of the Rail Users Alliance, said passengers would be "paying more for trains that are too often late or cancelled". Around one in 20 trains was cancelled last year, according to the regulator.`,
		"u5en2.txt": `en|Harrowfield commuters face £248 season ticket rise

By Tom Aldred, Transport reporter

Commuters from Harrowfield will pay nearly £5,700 for an annual season ticket to London from Sunday, after the government confirmed a 4.6% rise in regulated fares.

The £248 increase takes the price from £5,412 to £5,660 - more than many residents pay in council tax and energy bills combined.

Rail Users Alliance chairman Malcolm Trewin, 63, who has commuted from Harrowfield for 30 years, said: "Every March we pay more, and every winter the trains get worse."

Since 2010, the cost of the Harrowfield season ticket has risen by more than 60%.

Have your say: email letters@harrowfieldgazette.co.uk`,
		"u5de.txt": `de|Bahnfahren in England wird erneut teurer

London - Pendler in England müssen ab Sonntag erneut mehr für ihre Zugtickets zahlen. Die regulierten Fahrpreise, darunter die meisten Zeitkarten, steigen um bis zu 4,6 Prozent, wie das Verkehrsministerium in London mitteilte. Im vergangenen Jahr waren es 4,9 Prozent gewesen.

Eine Jahreskarte aus dem Pendlerort Harrowfield nach London kostet dann 5660 Pfund, umgerechnet rund 6600 Euro.

Fahrgastverbände kritisieren die Erhöhung angesichts häufiger Zugausfälle. Grundlage ist die Inflationsrate vom Juli von 3,6 Prozent zuzüglich eines Prozentpunkts.`,
	}, nil},
	{"speed-camera-ruling", map[string]string{
		"u6de.txt": `de|Gericht kippt Blitzer-Messungen – Tausende Bußgeldbescheide wackeln

Brandenburg/Havel (dpa/bb) - Das Brandenburgische Oberlandesgericht hat Messungen des Blitzertyps «Lasera 7» für nicht verwertbar erklärt. Weil das Gerät die Rohmessdaten nicht speichere, könnten Betroffene die Messung nicht überprüfen lassen, entschied der 2. Senat für Bußgeldsachen am Dienstag.

Geklagt hatte ein 47 Jahre alter Autofahrer aus Cottbus, der innerorts mit 71 km/h statt der erlaubten 50 km/h geblitzt worden war. Er sollte 115 Euro zahlen und einen Punkt in Flensburg bekommen. Das Amtsgericht Cottbus hatte das Bußgeld im vergangenen Jahr noch bestätigt.

Nach Angaben des Innenministeriums sind landesweit 31 Geräte dieses Typs im Einsatz. Rund 23.000 Verfahren seien derzeit offen. Ein Ministeriumssprecher kündigte an, das Urteil zu prüfen.`,
		"u6de2.txt": `de|Blitzer-Urteil: Was Autofahrer in Brandenburg jetzt wissen müssen

Brandenburg | Verkehr

Von Stefan Kühl | 13.06.2029, 06:00 Uhr

Nach dem Urteil des Oberlandesgerichts vom Dienstag dürfen die Bußgeldstellen im Land Messungen der 31 Blitzer vom Typ Lasera 7 vorerst nicht mehr verwenden. Das betrifft rund 23.000 laufende Verfahren mit Bußgeldern von zusammen etwa 1,9 Millionen Euro.

Wer bereits bezahlt hat, bekommt sein Geld allerdings nicht automatisch zurück: Rechtskräftige Bescheide bleiben gültig, erklärt Verkehrsanwältin Doris Hennig.

Der Kläger, ein 47-jähriger Handwerker aus Cottbus, war 21 km/h zu schnell gefahren. Sein Anwalt Marco Lindner sprach von einem «Signal für ganz Deutschland».

Der Hersteller Optimess aus Jena erklärte, eine neue Software, die Rohdaten speichert, solle bis Ende des Jahres verfügbar sein. Schon 2019 hatte der Verfassungsgerichtshof des Saarlandes ähnlich über ein anderes Gerät geurteilt.`,
		"u6en.txt": `en|German court throws out speed camera fines over missing data

Drivers in the eastern German state of Brandenburg could escape thousands of speeding fines after a court ruled that readings from one type of speed camera cannot be used as evidence.

The Brandenburg Higher Regional Court found that the Lasera 7 device does not store the raw data of its measurements, meaning drivers have no way of challenging them.

The judges issued their decision on Thursday in the case of a 47-year-old driver from Cottbus who had been caught doing 71 km/h in a 50 km/h zone. He had been fined €115.

Some 23,000 pending cases could be affected, according to the state interior ministry. The state uses 31 of the cameras.`,
	}, map[string][2]string{"u6en.txt": {"Thursday", "Tuesday"}}},
	{"chocolate-plant-job-cuts", map[string]string{
		"u7nl.txt": `nl|Chocolatier Derville schrapt 380 banen in Erpegem

Economie

di 9 oktober 2029 om 11:32

De chocoladeproducent Derville wil 380 van de 1.150 banen in zijn fabriek in Erpegem (Oost-Vlaanderen) schrappen. Dat heeft de directie dinsdagochtend aan de ondernemingsraad meegedeeld. Het bedrijf start de procedure-Renault op.

Het gaat om 290 arbeiders en 90 bedienden. Een deel van de pralineproductie verhuist naar de fabriek van de groep in Polen.

"De prijs van cacao is op twee jaar tijd verdrievoudigd", zegt CEO Pieter Van Aelst (57). "Zonder ingrepen is Erpegem niet meer rendabel."

Vakbondsafgevaardigde Sandra Claeys (49) spreekt van "een mokerslag". De vakbonden leggen woensdag het werk neer.

Derville, opgericht in 1923, produceert sinds 1958 in Erpegem. In 2016 verdwenen er al 120 banen.`,
		"u7fr.txt": `fr|Le chocolatier Derville va supprimer 380 emplois en Flandre

Économie | Entreprises

Par Julie Decrolière | Publié le 9/10/2029 à 14h05

Coup dur pour Erpegem : le chocolatier Derville a annoncé mardi son intention de supprimer 380 emplois sur les 1 150 que compte son usine de Flandre orientale, soit près d'un tiers des effectifs.

La direction invoque l'envolée des prix du cacao, qui ont triplé en deux ans. Une partie de la production de pralines sera transférée en Pologne.

« C'est un coup de massue », réagit la déléguée syndicale Sandra Claeys, 49 ans. Un arrêt de travail est prévu mercredi.

Le groupe, qui a réalisé un chiffre d'affaires de 410 millions d'euros l'an dernier, avait déjà supprimé 120 postes en 2016.`,
		"u7en.txt": `en|Belgian chocolate maker Derville to cut 380 jobs

BRUSSELS, Oct 9 (Wire) - Belgian chocolate maker Derville plans to cut 380 jobs at its plant in Erpegem, almost a third of the site's workforce of 1,150, as soaring cocoa prices squeeze margins, the company said on Tuesday.

Chief executive Pieter Van Aelst, 57, said cocoa costs had tripled in two years. The family-owned company, founded in 1923, had revenue of 410 million euros last year.

Part of praline production will move to its plant in Poland, which employs about 600 people.`,
	}, nil},
	{"flood-barrier-test", map[string]string{
		"u8nl.txt": `nl|Stormvloedkering Sloekering slaagt voor jaarlijkse test

Binnenland

za 29 sep 2029, 18:04

De Sloekering bij Sloewijk in Zeeland is zaterdag voor de jaarlijkse functioneringstest gesloten. De twee beweegbare deuren, elk 240 meter lang, sloten binnen de geplande tijd, meldt Rijkswaterstaat.

Het sluiten duurde 1 uur en 55 minuten. Tijdens de test was de vaargeul zes uur gestremd voor de scheepvaart; zo'n 40 schepen moesten wachten.

"Dit is de generale repetitie voor het stormseizoen", zegt projectleider Marieke Hoogendam. De kering gaat automatisch dicht als een waterstand van 3 meter boven NAP wordt verwacht.

De kering werd in 1997 in gebruik genomen en is sindsdien twee keer echt gesloten bij storm, voor het laatst in december 2023.`,
		"u8nl2.txt": `nl|Honderden kijkers bij sluiting Sloekering

Sloewijk - Honderden mensen keken zaterdag vanaf de dijk toe hoe de twee enorme deuren van de Sloekering langzaam dichtdraaiden.

Het sluiten van de deuren, die elk 240 meter lang zijn, duurde bijna twee uur. Daarna liepen de holle deuren vol water, zodat ze op de drempel in de vaargeul zakten.

"Mijn vader werkte in 1997 mee aan de bouw", vertelt de 68-jarige Kees Dekker uit Sloewijk. "Ik kom elk jaar kijken."

Het onderhoud en de test kosten jaarlijks zo'n 1,2 miljoen euro.`,
		"u8en.txt": `en|Zeeland storm barrier closes for annual test

The Sloekering storm surge barrier near Sloewijk in Zeeland was closed on Saturday for its annual test ahead of the storm season, water management agency Rijkswaterstaat said.

Closing the two 240-metre gates took just under two hours, and shipping was halted for six hours. Some 40 vessels had to wait.

The barrier, which opened in 1997, closes automatically when the water level is forecast to reach three metres above the NAP reference level. It has only been closed twice in a real storm, most recently in December 2023.`,
		"u8de.txt": `de|Niederlande testen Sturmflutwehr in Zeeland

Sloewijk - In der niederländischen Provinz Zeeland ist am Samstag die Sturmflutwehr Sloekering zu ihrem jährlichen Test geschlossen worden. Das Schließen habe knapp zwei Stunden gedauert, teilte die Wasserbehörde Rijkswaterstaat mit.

Während des Tests war die Fahrrinne sechs Stunden für die Schifffahrt gesperrt.

Die beiden Tore der 1997 eröffneten Anlage sind jeweils 210 Meter lang. Sie schließen sich automatisch, wenn ein Wasserstand von drei Metern über dem Amsterdamer Pegel erwartet wird.`,
	}, map[string][2]string{"u8de.txt": {"210 m", "240 m"}}},
	{"diesel-damages-ruling", map[string]string{
		"u9es.txt": `es|El Supremo condena a Carrani a indemnizar a 4.300 compradores de coches diésel

Madrid, 14 jun (EFE).- El Tribunal Supremo ha condenado al fabricante italiano Carrani a pagar 3.000 euros a cada uno de los 4.300 compradores de vehículos diésel que demandaron a la marca por instalar un software que falseaba las emisiones de sus motores, según la sentencia dada a conocer este jueves.

La indemnización total asciende a unos 12,9 millones de euros. La Audiencia Provincial de Madrid había fijado en 2027 una compensación de 1.500 euros por vehículo, que ambas partes recurrieron.

La demanda colectiva fue presentada en 2021 por la asociación de consumidores Ausconsum en nombre de propietarios de coches vendidos entre 2011 y 2015.

En España circulan todavía unos 68.000 vehículos de Carrani con los motores afectados, según Ausconsum.`,
		"u9es2.txt": `es|Primer gran revés judicial para Carrani por el trucaje de emisiones

Economía

Por Lucía Benavente | Madrid - 14 jun 2029 - 17:20 CEST

El Supremo da la razón a los consumidores. El alto tribunal eleva a 3.000 euros por coche, el doble de lo que concedió la Audiencia Provincial, la compensación que Carrani deberá pagar a 4.300 propietarios de modelos diésel con el motor manipulado.

"Es una sentencia histórica que abre la puerta a miles de reclamaciones", afirma el presidente de Ausconsum, Ignacio Perales, de 61 años.

Carrani, que vendió en España unos 68.000 coches con el motor afectado, ha asegurado que acatará el fallo.

La indemnización equivale aproximadamente al 10 % del precio medio de compra de los vehículos.`,
		"u9en.txt": `en|Spain's top court orders Carrani to pay diesel buyers 3,000 euros each

MADRID, June 14 (Wire) - Spain's Supreme Court has ordered Italian carmaker Carrani to pay 3,000 euros each to 4,300 owners of diesel cars fitted with software that cheated emissions tests, doubling the compensation set by a lower court.

The ruling, published on Thursday, brings the total to about 12.9 million euros.

Consumer group Ausconsum, which brought the class action in 2021, said some 68,000 affected Carrani cars were still on Spanish roads.

Carrani said in a statement it would comply with the ruling. The company has set aside 240 million euros for diesel claims across Europe.`,
		"u9it.txt": `it|Dieselgate, in Spagna Carrani condannata a risarcire 4.300 clienti

Madrid - Il Tribunale supremo spagnolo ha condannato la casa automobilistica Carrani a versare 3.000 euro a ciascuno dei 4.300 acquirenti di auto diesel che avevano fatto causa per il software che falsava le emissioni. In totale si tratta di circa 12,9 milioni di euro.

In appello la compensazione era stata fissata a 1.500 euro per veicolo. Carrani ha accantonato 240 milioni di euro per le cause in Europa.

Il presidente dell'associazione dei consumatori Ausconsum, Ignacio Perales, 61 anni, ha parlato di "sentenza storica".`,
	}, nil},
	{"ride-hailing-decree", map[string]string{
		"u10es.txt": `es|El Consell aprueba el decreto que obliga a contratar los VTC con 15 minutos de antelación

València, 13 nov (EP)

El pleno del Consell ha aprobado este martes el decreto que regula los vehículos de transporte con conductor (VTC) en la Comunitat Valenciana, que obligará a contratar estos servicios con una antelación mínima de 15 minutos. La norma entrará en vigor el 1 de marzo de 2030.

El decreto fija multas de hasta 4.000 euros para los conductores que capten clientes en la calle y mantiene la proporción de una licencia VTC por cada 30 de taxi para las nuevas autorizaciones.

Actualmente hay 2.100 licencias VTC en la Comunitat, frente a unas 5.600 de taxi, según datos de la Conselleria.

La consellera de Movilidad, Amparo Ruescas, ha defendido que el decreto "pone orden" en el sector.`,
		"u10es2.txt": `es|Los taxistas celebran el decreto VTC y las plataformas anuncian recursos

Valencia | Movilidad

Por Carles Ferrando | 13.11.2029 | 19:40

El presidente de la Federación del Taxi de Valencia, Vicente Oltra, de 58 años, calificó la nueva norma del Consell de "victoria" para un sector que lleva años denunciando la competencia de las plataformas.

La plataforma Rodamos, que opera con unos 900 vehículos en la ciudad de València, anunció que recurrirá el decreto ante el Tribunal Superior de Justicia por considerar "desproporcionada" la antelación mínima de 15 minutos.

La norma, que entrará en vigor el próximo 1 de marzo, prevé multas de hasta 4.000 euros.

Comentarios (12)`,
		"u10fr.txt": `fr|Espagne : la région de Valence durcit les règles pour les VTC

Valence (Espagne), 13 nov. 2029 (AFP) - Le gouvernement régional de Valence a adopté mardi un décret obligeant les clients des VTC à réserver leur course au moins 15 minutes à l'avance, une mesure qui entrera en vigueur le 1er mai 2030.

Le texte prévoit des amendes allant jusqu'à 4 000 euros pour les chauffeurs qui chargent des clients dans la rue.

La région compte 2 100 licences de VTC et environ 5 600 licences de taxi. La plateforme Rodamos a annoncé un recours.`,
		"u10en.txt": `en|Valencia region tightens rules on ride-hailing cars

VALENCIA, Spain, Nov 13 (Wire) - The regional government of Valencia on Tuesday approved rules requiring ride-hailing trips to be booked at least 15 minutes in advance, a move cheered by taxi drivers and criticised by platforms such as Rodamos.

The decree, which takes effect on March 1, 2030, keeps a ratio of one ride-hailing licence for every 30 taxi licences and sets fines of up to 4,000 euros for drivers picking up passengers on the street.

The region has about 2,100 ride-hailing licences and 5,600 taxi licences.

Rodamos, which runs some 900 cars in the city of Valencia, said it would challenge the decree in court.`,
	}, map[string][2]string{"u10fr.txt": {"1 May", "1 March"}}},
}
