package compare

// heldOutBreeze are ten more events written blind, dated 2037, to see how
// the comparison does on reporting it was never shaped on. Seven hold one
// planted contradiction each; three hold none, only figures that must not
// be flagged. First run (before any change made on it): 4 of 7
// contradictions flagged, 0 false disagreements. Missed: b2en.txt's
// €1.9 million against €2.3 million (embezzlement-trial), b3pt.txt's 13 m
// against 11 m (dinosaur), b6pt.txt's 13 against 23 (tobacco-smuggling).
// False: none.
//
// Fixed after, so the set is held out no longer: two estimates a fifth
// apart ("cerca de 13 metros", "rund 11 Meter") disagree, and a source's
// one measure in a unit joins the one two or more others give in it. Now
// 5/7, 0 false.
var heldOutBreeze = []heldOutEvent{
	{"car-free-vote", map[string]string{
		"b1en.txt": `en|Oosterveld votes to close its old town to cars

News | Netherlands | Politics

Published 16 March 2037, 08:40 CET

Voters in Oosterveld have backed a plan to ban private cars from the city's historic centre, with 61.4% voting in favour in Sunday's local referendum, the city council said on Monday.

Turnout was 38.7%, above the 30% threshold needed for the result to be binding.

The car-free zone will cover about 2.4 square kilometres inside the old canals from 1 January 2038. Around 1,100 on-street parking spaces will disappear; residents, delivery vans and emergency services will still be allowed in.

"The city has spoken clearly," said mayor Ilse Vandermeer. "We will now work with shopkeepers on the details."

Opponents, led by the local traders' association, said they would not challenge the result.`,
		"b1en2.txt": `en|Dutch city of Oosterveld to go car-free after referendum

OOSTERVELD, Netherlands, March 15 (Wire) - Residents of the Dutch city of Oosterveld voted on Sunday to ban cars from its historic centre from next year, according to provisional results published by the city.

Some 61.4% of those who voted backed the plan, on a turnout of 38.7%.

Mayor Ilse Vandermeer said the ban would take effect on January 1, 2038, and cover an area of about 2.4 square km. About 1,100 parking spaces will be removed.

(Reporting by Anouk Pieters; Editing by Mark Hale)`,
		"b1nl.txt": `nl|Oosterveld stemt voor autovrije binnenstad

Binnenland

16 maart 2037, 07:15

In Oosterveld heeft 51,4 procent van de kiezers zondag in een referendum ingestemd met een autovrije binnenstad. De opkomst was 38,7 procent, ruim boven de drempel van 30 procent die nodig is om de uitslag bindend te maken.

Vanaf 1 januari 2038 zijn auto's niet meer welkom in het historische centrum, een gebied van zo'n 2,4 vierkante kilometer binnen de oude grachten. Er verdwijnen ongeveer 1100 parkeerplaatsen op straat. Bewoners, bevoorrading en hulpdiensten mogen er wel in.

"De stad heeft duidelijk gesproken", zei burgemeester Ilse Vandermeer. "Nu gaan we met de winkeliers om tafel."

De winkeliersvereniging, die tegen het plan campagne voerde, legt zich bij de uitslag neer.

Lees ook: Parkeren in Oosterveld wordt duurder`,
		"b1de.txt": `de|Oosterveld verbannt Autos aus der Altstadt

Ausland

16.03.2037

Die niederländische Stadt Oosterveld macht ihre Altstadt autofrei. Bei einem Bürgerentscheid am Sonntag stimmten 61,4 Prozent der Teilnehmer für das Vorhaben, wie die Stadtverwaltung mitteilte. Die Wahlbeteiligung lag bei 38,7 Prozent.

Ab dem 1. Januar 2038 dürfen private Autos nicht mehr in das rund 2,4 Quadratkilometer große Zentrum fahren. Etwa 1100 Parkplätze fallen weg.

Bürgermeisterin Ilse Vandermeer sprach von einem klaren Votum.`,
	}, map[string][2]string{"b1nl.txt": {"51.4%", "61.4%"}}},
	{"embezzlement-trial", map[string]string{
		"b2it.txt": `it|Ecoservizi, l'ex direttore finanziario condannato a 4 anni e 6 mesi

Cronaca | Giudiziaria

Castelmarro, 6 ottobre 2037

Il tribunale di Castelmarro ha condannato martedì a quattro anni e sei mesi di reclusione Marco Bellandi, 54 anni, ex direttore finanziario della società municipale dei rifiuti Ecoservizi Valdorna, per essersi appropriato di circa 2,3 milioni di euro tra il 2029 e il 2034.

Secondo l'accusa, Bellandi aveva emesso fatture false intestate a 17 fornitori inesistenti. Il pubblico ministero Chiara Orsenigo aveva chiesto sei anni.

I giudici hanno disposto la confisca di beni per 1,9 milioni di euro, tra cui due appartamenti e un'auto d'epoca.

"Faremo ricorso in appello", ha dichiarato il difensore, l'avvocato Luca Perotti.`,
		"b2it2.txt": `it|Peculato all'Ecoservizi, Bellandi condannato a quattro anni e mezzo

Cronaca

06/10/2037 - 19:42

CASTELMARRO. Quattro anni e mezzo di carcere: è la condanna decisa oggi dal tribunale di Castelmarro per Marco Bellandi, l'ex responsabile finanziario di Ecoservizi Valdorna accusato di aver sottratto alla partecipata del Comune circa 2,3 milioni di euro in cinque anni.

Il manager, 54 anni, avrebbe pagato 17 fornitori fittizi con fatture gonfiate. La procura aveva chiesto sei anni di reclusione.

Il collegio ha ordinato la confisca di 1,9 milioni di euro in beni. La difesa annuncia appello.`,
		"b2es.txt": `es|Condenado a cuatro años y medio un exdirectivo italiano por desviar 2,3 millones

Internacional

Roma, 6 oct (Agencia)

Un tribunal de la ciudad italiana de Castelmarro condenó este martes a cuatro años y seis meses de prisión a Marco Bellandi, de 54 años, exdirector financiero de la empresa municipal de residuos Ecoservizi Valdorna, por apropiarse de unos 2,3 millones de euros entre 2029 y 2034.

Según la Fiscalía, que pedía seis años de cárcel, Bellandi emitió facturas falsas a nombre de 17 proveedores inexistentes.

El tribunal ordenó además el decomiso de bienes por valor de 1,9 millones de euros.`,
		"b2en.txt": `en|Italian waste firm executive jailed for embezzlement

World | Europe

6 October 2037

A court in the northern Italian town of Castelmarro on Tuesday sentenced the former finance director of a municipal waste company to four and a half years in prison for embezzlement.

Marco Bellandi, 54, had been accused of issuing fake invoices in the name of 17 non-existent suppliers of Ecoservizi Valdorna between 2029 and 2034.

Prosecutors said he took about €1.9 million from the company, which is owned by the town council. They had asked for a six-year sentence.

His lawyer, Luca Perotti, said he would appeal.`,
	}, map[string][2]string{"b2en.txt": {"€1.9 million", "€2.3 million"}}},
	{"dinosaur", map[string]string{
		"b3fr.txt": `fr|Un nouveau dinosaure géant découvert au Portugal

Sciences

Publié le 3 juin 2037 à 17h05

Des paléontologues portugais ont décrit mercredi une nouvelle espèce de dinosaure herbivore, baptisée Alvaredosaurus ingens, à partir d'un squelette découvert près du village d'Alvaredo, dans le centre du Portugal. L'animal mesurait environ 11 mètres de long et pesait près de 6 tonnes.

Il vivait il y a quelque 150 millions d'années, à la fin du Jurassique. L'équipe a mis au jour 140 ossements en trois campagnes de fouilles.

« C'est l'un des squelettes de sauropode les plus complets d'Europe », a déclaré Inês Moutinho, paléontologue à l'Institut d'histoire naturelle de Lisbonne, qui a dirigé les travaux.

L'étude est publiée dans la revue Palaeo Letters.`,
		"b3de.txt": `de|Neuer Riesendinosaurier in Portugal entdeckt

Wissenschaft

03.06.2037

Forscher haben in Portugal eine bisher unbekannte Dinosaurierart beschrieben. Der Pflanzenfresser Alvaredosaurus ingens wurde rund 11 Meter lang und wog knapp sechs Tonnen, wie das Team um die Paläontologin Inês Moutinho am Mittwoch in der Fachzeitschrift Palaeo Letters berichtete.

Das Skelett wurde bei dem Dorf Alvaredo in Mittelportugal gefunden. In drei Grabungskampagnen bargen die Forscher 140 Knochen. Das Tier lebte vor etwa 150 Millionen Jahren im späten Jura.

"Es ist eines der vollständigsten Sauropodenskelette Europas", sagte Moutinho.`,
		"b3pt.txt": `pt|Descoberta nova espécie de dinossauro gigante em Alvaredo

Ciência

3 jun 2037 - 16:30

Uma equipa de paleontólogos do Instituto de História Natural de Lisboa apresentou esta quarta-feira uma nova espécie de dinossauro herbívoro, o Alvaredosaurus ingens, a partir de um esqueleto encontrado perto da aldeia de Alvaredo.

Foram recuperados 140 ossos ao longo de três campanhas de escavação. O animal viveu há cerca de 150 milhões de anos, no final do Jurássico.

Segundo o estudo, publicado na revista Palaeo Letters, o dinossauro media cerca de 13 metros de comprimento e pesava quase seis toneladas.

"É um dos esqueletos de saurópode mais completos da Europa", disse a coordenadora da investigação, Inês Moutinho.`,
	}, map[string][2]string{"b3pt.txt": {"13 m", "11 m"}}},
	{"runway-works", map[string]string{
		"b4de.txt": `de|Flughafen Kesselbach sperrt Südbahn für acht Wochen

Wirtschaft | Region

14.04.2037, 11:20 Uhr

Der Flughafen Kesselbach sperrt seine Südbahn ab Montag, 20. April, für acht Wochen. Die 4000 Meter lange Start- und Landebahn bekommt einen neuen Belag sowie eine neue Befeuerung, die Kosten liegen bei 46 Millionen Euro.

Die rund 180 Flugbewegungen, die sonst täglich über die Südbahn laufen, werden während der Bauarbeiten über die Nordbahn abgewickelt. Passagiere müssen mit Verspätungen rechnen.

"Wir haben die Arbeiten bewusst vor die Sommerferien gelegt", sagte Flughafenchef Jens Hollander.`,
		"b4de2.txt": `de|Bauarbeiten: Acht Wochen nur eine Piste in Kesselbach

Kesselbacher Rundschau

Kesselbach. Von Montag an geht am Flughafen Kesselbach nur noch eine Bahn: Die Südbahn wird acht Wochen lang saniert. 46 Millionen Euro investiert die Flughafengesellschaft in neuen Asphalt und 1300 neue Leuchten.

Flughafenchef Jens Hollander rechnet nicht mit Flugausfällen. Die rund 180 Flugbewegungen pro Tag auf der Südbahn übernimmt die parallele Nordbahn.

Anwohner im Norden müssen sich bis Mitte Juni auf mehr Lärm einstellen.`,
		"b4it.txt": `it|Germania, l'aeroporto di Kesselbach chiude la pista sud per sei settimane

Economia

14 aprile 2037

L'aeroporto tedesco di Kesselbach chiuderà per sei settimane, a partire da lunedì 20 aprile, la sua pista sud, lunga 4.000 metri, per rifarne l'asfalto e l'illuminazione. I lavori costeranno 46 milioni di euro.

I circa 180 movimenti giornalieri della pista sud saranno trasferiti sulla pista nord.

"Abbiamo scelto il periodo prima delle vacanze estive", ha spiegato l'amministratore delegato dello scalo, Jens Hollander.`,
		"b4fr.txt": `fr|L'aéroport de Kesselbach ferme sa piste sud pendant huit semaines

International

14/04/2037

L'aéroport allemand de Kesselbach fermera sa piste sud pendant huit semaines à partir du lundi 20 avril pour des travaux de réfection évalués à 46 millions d'euros. La piste, longue de 4 km, recevra un nouveau revêtement et un nouveau balisage lumineux.

Les quelque 180 mouvements quotidiens de cette piste seront reportés sur la piste nord, a précisé le directeur de l'aéroport, Jens Hollander.`,
	}, map[string][2]string{"b4it.txt": {"6 weeks", "8 weeks"}}},
	{"ski-jumping", map[string]string{
		"b5de.txt": `de|Skispringen: 17-jähriger Solhaug siegt in Oberhalden

Sport | Wintersport

08.02.2037, 16:45 Uhr

Der erst 17 Jahre alte Norweger Eirik Solhaug hat am Sonntag das Weltcup-Springen in Oberhalden gewonnen. Mit Sprüngen auf 134,5 und 138 Meter setzte er sich vor dem Österreicher Lukas Ebner (29) und dem Japaner Daiki Morimoto durch.

Für Solhaug war es der erste Weltcupsieg. Rund 12.000 Zuschauer verfolgten den Wettkampf bei Schneefall.

"Ich kann es noch gar nicht glauben", sagte der Teenager.`,
		"b5it.txt": `it|Salto con gli sci, a Oberhalden vince il diciassettenne Solhaug

Sport

8 febbraio 2037

Il norvegese Eirik Solhaug, 17 anni, ha vinto domenica la gara di Coppa del Mondo di salto con gli sci a Oberhalden, in Austria, con salti di 134,5 e 138 metri. Secondo l'austriaco Lukas Ebner, 29 anni, terzo il giapponese Daiki Morimoto.

È la prima vittoria in Coppa del Mondo per Solhaug. Circa 12.000 spettatori hanno assistito alla gara sotto la neve.`,
		"b5nl.txt": `nl|Schansspringen: Noorse tiener Solhaug wint in Oberhalden

Sport

8 februari 2037, 17:02

De pas 17-jarige Noor Eirik Solhaug heeft zondag de wereldbekerwedstrijd schansspringen in het Oostenrijkse Oberhalden gewonnen. Hij sprong 134,5 en 138 meter en bleef de Oostenrijker Lukas Ebner (29) en de Japanner Daiki Morimoto voor.

Het is de eerste wereldbekerzege voor Solhaug.`,
		"b5en.txt": `en|Norwegian teenager Solhaug takes first World Cup win

Sport | Winter sports

8 February 2037

OBERHALDEN, Austria - Norway's Eirik Solhaug, 19, won the ski jumping World Cup event in Oberhalden on Sunday with jumps of 134.5 and 138 metres.

Austria's Lukas Ebner, 29, was second and Japan's Daiki Morimoto third. About 12,000 spectators watched in falling snow.

"I can't believe it yet," Solhaug said.`,
	}, map[string][2]string{"b5en.txt": {"19 years", "17 years"}}},
	{"tobacco-smuggling", map[string]string{
		"b6es.txt": `es|Desarticulada una red de contrabando de tabaco en el puerto de Almarza

España | Sucesos

Almarza, 14 de mayo de 2037

La Guardia Civil ha desarticulado una organización que introducía tabaco de contrabando a través del puerto de Almarza y ha detenido a 23 personas, según informó este jueves el instituto armado.

Los agentes realizaron 11 registros en naves industriales de la comarca e intervinieron 4,2 millones de cigarrillos ocultos en contenedores de material de construcción.

La red, que operaba desde hacía tres años, habría defraudado a Hacienda unos 9 millones de euros, según los investigadores.

"Es uno de los mayores golpes al contrabando de los últimos años", afirmó el teniente coronel Andrés Villalba.`,
		"b6pt.txt": `pt|Espanha: desmantelada rede de contrabando de tabaco no porto de Almarza

Mundo

14 mai 2037 - 13:10

A Guardia Civil espanhola desmantelou uma rede que introduzia tabaco de contrabando em Espanha através do porto de Almarza, anunciaram as autoridades esta quinta-feira.

Foram apreendidos 4,2 milhões de cigarros, escondidos em contentores de material de construção, durante 11 buscas em armazéns da região.

A operação terminou com 13 detidos. Segundo os investigadores, a rede atuava há três anos e terá lesado o fisco espanhol em cerca de 9 milhões de euros.`,
		"b6fr.txt": `fr|Espagne : un vaste réseau de contrebande de tabac démantelé

International

14/05/2037

La Guardia Civil espagnole a démantelé un réseau qui faisait entrer du tabac de contrebande par le port d'Almarza et arrêté 23 personnes, a-t-elle annoncé jeudi.

Lors de 11 perquisitions dans des entrepôts de la région, les enquêteurs ont saisi 4,2 millions de cigarettes dissimulées dans des conteneurs de matériaux de construction.

Le réseau, actif depuis trois ans, aurait fait perdre quelque 9 millions d'euros au fisc espagnol.`,
	}, map[string][2]string{"b6pt.txt": {"13", "23"}}},
	{"theatre-reopening", map[string]string{
		"b7fr.txt": `fr|Le Grand Théâtre de Vallerange rouvre enfin ses portes

Culture | Scènes

Publié le 25 septembre 2037 à 07h30

Après quatre ans de travaux, le Grand Théâtre de Vallerange rouvre ses portes samedi 26 septembre avec une soirée de gala. Le chantier a coûté 38 millions d'euros, financés par la ville, la région et l'État.

La salle à l'italienne, inaugurée en 1867, compte désormais 1 150 fauteuils, contre 1 400 avant les travaux, pour offrir plus de confort et d'accessibilité.

« Nous avons voulu rendre le théâtre à tous les habitants », explique sa directrice, Sophie Marchetti, qui promet 180 levers de rideau dès la première saison.`,
		"b7en.txt": `en|Vallerange's Grand Theatre reopens after four-year restoration

Arts

25 September 2037

The Grand Theatre in the French city of Vallerange will reopen on Saturday with a gala evening, after a four-year, €38 million restoration.

The horseshoe-shaped auditorium, which opened in 1867, now has 1,150 seats, down from 1,400, to make room for wider rows and wheelchair places.

"We wanted to give the theatre back to everyone," said its director, Sophie Marchetti. The first season will include 180 performances.`,
		"b7it.txt": `it|Francia, riapre il Grand Théâtre di Vallerange

Cultura

25 settembre 2037

Riapre sabato 26 settembre, dopo quattro anni di lavori, il Grand Théâtre di Vallerange, in Francia. Il restauro è costato 38 milioni di euro.

Il teatro all'italiana, inaugurato nel 1867, ha ora 1.150 posti, contro i 1.400 di prima. "Volevamo restituire il teatro a tutti", ha detto la direttrice Sophie Marchetti.`,
		"b7es.txt": `es|El Gran Teatro de Vallerange reabre tras cuatro años de obras

Cultura

25/09/2037

El Gran Teatro de la ciudad francesa de Vallerange reabrirá sus puertas el viernes con una gala, tras cuatro años de obras que han costado 38 millones de euros.

La sala, inaugurada en 1867, cuenta ahora con 1.150 butacas, frente a las 1.400 anteriores. Su directora, Sophie Marchetti, ha anunciado 180 funciones para la primera temporada.`,
	}, map[string][2]string{"b7es.txt": {"Friday", "Saturday"}}},
	{"terrace-smoking-ban", map[string]string{
		"b8es.txt": `es|Valdoria prohibirá fumar en las terrazas desde el 1 de junio

Sociedad | Salud

Valdoria, 21 de mayo de 2037

El Parlamento de Valdoria aprobó este jueves, por 58 votos a favor y 31 en contra, la ley que prohibirá fumar en las terrazas de bares y restaurantes a partir del lunes 1 de junio. La prohibición se extiende a las paradas de autobús y a un radio de 10 metros alrededor de los colegios.

Según la consejera de Sanidad, Carla Núñez, el 21,3 % de los adultos de la región fuma a diario, unos 1,4 millones de personas, frente al 27 % de hace diez años.

El tabaco causa unas 9.000 muertes al año en la región, 900 de ellas por humo ajeno, recordó Núñez. "Nadie debería respirar el humo de otro mientras come", dijo.

La patronal de hostelería, que agrupa a unos 24.000 establecimientos con terraza, critica la medida.`,
		"b8fr.txt": `fr|Valdoria interdit la cigarette en terrasse

International | Santé

21/05/2037

Le Parlement de la région espagnole de Valdoria a adopté jeudi une loi qui interdira de fumer sur les terrasses des bars et restaurants dès le 1er juin, ainsi qu'aux arrêts de bus et à moins de 10 mètres des écoles.

Plus d'un adulte sur cinq fume chaque jour dans la région, soit un peu plus de 21 % de la population adulte et environ 1,4 million de personnes, selon la ministre régionale de la Santé, Carla Núñez.

Le texte a été adopté par 58 voix contre 31.`,
		"b8pt.txt": `pt|Região espanhola de Valdoria proíbe fumar nas esplanadas

Mundo

21 mai 2037 - 18:20

O parlamento da região espanhola de Valdoria aprovou esta quinta-feira uma lei que proíbe fumar nas esplanadas de bares e restaurantes a partir de 1 de junho.

Na região há quase 1,4 milhões de fumadores diários. O fumo passivo provoca ali cerca de 900 mortes por ano, segundo a responsável regional pela Saúde, Carla Núñez.

A proibição abrange também as paragens de autocarro e uma distância de 10 metros em redor das escolas.`,
		"b8en.txt": `en|Spanish region of Valdoria bans smoking on bar terraces

Health

21 May 2037

Lawmakers in the Spanish region of Valdoria on Thursday voted 58 to 31 to ban smoking on the terraces of bars and restaurants from Monday June 1.

About 21% of adults in the region smoke every day, around 1.4 million people, down from 27% in 2027, regional health minister Carla Núñez said.

Smoking kills around 9,000 people a year in Valdoria, including about 900 non-smokers exposed to other people's smoke.

The hospitality association, which represents some 24,000 bars and restaurants with terraces, said the ban would cost jobs.`,
	}, nil},
	{"retailer-results", map[string]string{
		"b9nl.txt": `nl|Veldhuis Mode verdient meer dankzij webwinkel

Economie

5 maart 2037, 08:05

Kledingketen Veldhuis Mode heeft vorig jaar meer verdiend, vooral dankzij de onlineverkoop. De omzet steeg met 4,3 procent tot 1,46 miljard euro, maakte het bedrijf uit Amersveld donderdag bekend.

De onlineverkoop groeide met 12 procent tot 610 miljoen euro en is nu goed voor 42 procent van de omzet. De nettowinst kwam uit op 88 miljoen euro, tegen 71 miljoen euro een jaar eerder.

Veldhuis sluit dit jaar 35 van zijn 410 winkels. Daarmee verdwijnen ongeveer 600 van de 9800 banen.

"We volgen de klant", zei topvrouw Marloes Dekker.`,
		"b9de.txt": `de|Modekette Veldhuis steigert Gewinn

Wirtschaft | Handel

05.03.2037

Die niederländische Modekette Veldhuis hat 2036 dank des Onlinegeschäfts mehr verdient. Der Umsatz stieg um 4,3 Prozent auf knapp 1,5 Milliarden Euro, der Nettogewinn auf 88 Millionen Euro (Vorjahr: 71 Millionen).

Der Onlineanteil liegt inzwischen bei gut 40 Prozent. Vorstandschefin Marloes Dekker kündigte an, 35 Filialen zu schließen; rund 600 Stellen fallen weg.`,
		"b9en.txt": `en|Veldhuis Mode profit jumps as online sales grow

Business | Retail

March 5, 2037

AMERSVELD, Netherlands - Dutch fashion retailer Veldhuis Mode said on Thursday its net profit rose 24% to €88 million last year as shoppers moved online.

Sales rose 4.3% to €1.46 billion. Online sales jumped 12% to €610 million.

The company will close 35 stores this year, leaving it with 375, and cut about 600 jobs, chief executive Marloes Dekker said.`,
	}, nil},
	{"cave-divers", map[string]string{
		"b10es.txt": `es|Rescatados con vida los dos buceadores atrapados en la cueva de Sarrantz

Sucesos

Iruzabal, 22 de octubre de 2037

Los dos espeleobuceadores atrapados desde el lunes en la cueva de Sarrantz fueron rescatados con vida este jueves de madrugada, tras unas 60 horas en una bolsa de aire a 1,2 kilómetros de la entrada.

Se trata del navarro Pablo Errazu, de 34 años, y de la italiana Giulia Mantovani, de 41. Ambos se encuentran bien, según los servicios de emergencia.

En el dispositivo participaron 120 personas, entre ellas 14 buzos llegados de España, Francia e Italia. El agua de la cueva está a 11 grados.

"Han sido muy fuertes", dijo el jefe del rescate, Iñaki Goñi.`,
		"b10it.txt": `it|Spagna, salvi i due speleosub intrappolati in una grotta

Esteri

22 ottobre 2037

Sono stati portati in salvo giovedì mattina, dopo due giorni e mezzo, i due speleosub rimasti bloccati dall'acqua nella grotta di Sarrantz, nel nord della Spagna. Tra loro c'è l'italiana Giulia Mantovani, 41 anni, con lo spagnolo Pablo Errazu, 34.

I due avevano trovato rifugio in una sacca d'aria a oltre un chilometro dall'ingresso. Alle operazioni hanno partecipato oltre cento soccorritori.`,
		"b10fr.txt": `fr|Espagne : deux plongeurs spéléologues sauvés après près de 60 heures

International

22/10/2037

Deux plongeurs spéléologues, âgés de 34 et 41 ans, ont été secourus jeudi à l'aube dans la grotte de Sarrantz, dans le nord de l'Espagne, après près de 60 heures passées dans une poche d'air à 1,2 km de l'entrée.

L'Espagnol Pablo Errazu et l'Italienne Giulia Mantovani avaient été surpris lundi soir par la montée des eaux. Quelque 120 secouristes, dont 14 plongeurs, ont participé à l'opération.`,
		"b10en.txt": `en|Two cave divers rescued alive in Spain

World

22 October 2037

Two cave divers trapped by rising water in northern Spain were brought out alive early on Thursday after nearly 60 hours in an air pocket some three-quarters of a mile from the cave mouth.

Spaniard Pablo Errazu, 34, and Italian Giulia Mantovani, 41, had been exploring the Sarrantz cave on Monday evening when the water rose.

About 120 people, including 14 specialist divers, took part in the rescue. The water temperature in the cave was 11C (52F).

"They were very strong," rescue chief Iñaki Goñi said.`,
	}, nil},
}
