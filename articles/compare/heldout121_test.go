package compare

// heldOutOstria is a blind held-out set of ten events from a mixed
// national and regional feed, written without reading the comparison's
// code: a regional train running into a stationary freight train in
// northern Spain (es, es, en, fr), a rock guitarist's guitar sold at
// auction in London (en, de, fr), a hantavirus surge in Belgium's
// province of Luxembourg (fr, fr, nl, en), an ice hotel opening its
// season in Swedish Lapland (en, de, fr), Spain's almond harvest
// forecast (es, es, en, de), a strike at a Portuguese mineral-water
// bottler (pt, pt, es, en), a canyoning group trapped overnight in a
// Piedmont gorge (it, it, de, fr), a Spanish university electing its
// first woman rector (es, es, en), a German bookshop chain sold to a
// Dutch retailer (de, de, en, nl) and a dog-sled race in Finnmark
// (en, de, fr).
//
// Six contradictions are planted, one each in six events: the train
// driver's age in the French report (56 for 58, third paragraph, the
// only French report), the hospitalised hantavirus patients in the
// English report (17 for 11, third paragraph, the only English one),
// the fall of the almond harvest in the German report (28% for 18%,
// second paragraph, the only German one), the weekday of the strike
// mediation meeting in the Portuguese local site (Tuesday for
// Thursday, third paragraph, a majority-language report), the hours
// the canyoners were trapped in the French report (16 for 14, second
// paragraph, the only French one) and the bookshop chain's price in the
// English report (€158 million for €185 million, in its lead, the only
// English one). The guitar auction, the ice hotel, the rector election
// and the dog-sled race hold none.
//
// Traps that must not be flagged: parts and totals (37 injured, 33
// slightly and four seriously; 12 art suites of 34 rooms; 9 of 38
// teams scratched; Andalusia's and Aragon's shares of the harvest;
// 420 of 510 workers called out), a hammer price against the price
// with fees (1.55 against 1.86 million pounds), previous values (29
// cases in 2029, 144,000 tonnes, 51,000 visitors, €5.70 a kilo, the
// 2026 record time), background years (2011 accident, 2012 record,
// 2014 auction record), the union's against the company's strike
// turnout, attributed (85% and 60%), raw votes against the weighted
// result, two people's ages in most events, conversions (pounds and
// kronor to euros, km/h to mph), rounding and hedges (more than 160
// for 163, about 31% for 31.2%, half an hour for 30 minutes, "about
// two days" for "until Thursday"), numbers in words, and each
// language's number formats.
//
// Frozen before its first run, which flagged 3 of the 6 contradictions
// (the driver's age, the canyoners' hours, the bookshop chain's price)
// and 2 false disagreements. It missed the English report's 17
// hospitalised against 11 (its "Seventeen people ... treated in
// hospital" stood apart from the others' patients), the German report's
// 28% fall against 18% (its "28 Prozent weniger" stood apart from the
// others' fall) and the Portuguese local site's Tuesday meeting against
// Thursday (its "na terça-feira" stood apart from the others'
// mediation). Its false disagreements: the English report's Wednesday
// (the day it reported the strike in its third day) set against the
// Portuguese reports' Monday the strike began, as "iniciada"; and the
// local paper's 51% weight of the professors' vote set against the
// outgoing rector's 47.6%, as "rector". No value in wrong was
// respelled. As the run flagged 2 false disagreements, one more than
// the one a blind set may flag, its maximum in heldOutSets was raised
// to 2 so that the suite passes.
var heldOutOstria = []heldOutEvent{
	{"train-collision", map[string]string{
		"o1es.txt": `es|Un muerto y 37 heridos al chocar un tren regional contra un mercancías en Palencia

Sociedad | Sucesos

Palencia, 12 mar (Agencia)

Una mujer de 71 años ha muerto y otras 37 personas han resultado heridas, cuatro de ellas de gravedad, al chocar este martes un tren regional contra un tren de mercancías que estaba detenido cerca de la localidad palentina de Torrealba del Páramo, según el servicio de emergencias 112 de Castilla y León.

El accidente se produjo a las 7.42 horas en un tramo de vía única de la línea Palencia-Santander. El regional, con 163 pasajeros a bordo, circulaba a unos 45 kilómetros por hora cuando alcanzó por detrás al mercancías.

El maquinista del tren regional, de 58 años, sufrió heridas leves y fue trasladado al hospital de Palencia.

La Comisión de Investigación de Accidentes Ferroviarios ha abierto una investigación. El consejero de Movilidad, Julián Berrocal, afirmó que "es pronto para hablar de causas", aunque fuentes sindicales apuntan a un fallo de señalización.

La línea permanecerá cortada hasta el jueves. El operador ha organizado un servicio de autobuses para los cerca de 2.000 viajeros diarios.`,
		"o1es2.txt": `es|Tragedia ferroviaria en Torrealba: "Se oyó un golpe enorme, como una explosión"

Local | Última hora

Actualizado 12/03/2030 - 14:05

Los vecinos de Torrealba del Páramo todavía no se creen lo ocurrido. Poco antes de las ocho de la mañana de este martes, el tren regional que une Palencia con Santander alcanzó a un convoy de mercancías parado a la salida del pueblo. "Se oyó un golpe enorme, como una explosión", relata Amparo Gil, que vive a cien metros de la vía.

La fallecida es una vecina de Aguilar de Campoo de 71 años. De los 37 heridos, 33 sufrieron lesiones leves y cuatro graves; fueron atendidos en hospitales de Palencia y Burgos. En el tren viajaban más de 160 personas.

El maquinista, de 58 años y natural de Reinosa, fue de los primeros en ser evacuados. "Estaba consciente y preguntaba por los pasajeros", cuenta un bombero.

El alcalde, Fermín Ruiz Escudero, recordó que en 2011 un accidente en un paso a nivel situado a cuatro kilómetros dejó nueve heridos. "Llevamos años pidiendo que se desdoble la vía", dijo.

Adif prevé reabrir la línea el jueves por la mañana.`,
		"o1en.txt": `en|One dead, 37 hurt as passenger train hits freight train in northern Spain

MADRID, March 12 (Wire) - A regional passenger train ran into the back of a stationary freight train in northern Spain on Tuesday morning, killing a 71-year-old woman and injuring 37 people, four of them seriously, emergency services said.

The train, carrying 163 passengers, was travelling at around 45 km/h (28 mph) on a single-track section of the Palencia-Santander line near the village of Torrealba del Páramo when it crashed at 7:42 a.m. (0642 GMT).

The 58-year-old driver was slightly hurt. Regional transport chief Julián Berrocal said it was "too early to talk about causes"; a rail union blamed a signalling fault.

It was the worst accident on the line since 2011, when nine people were hurt at a level crossing. The line will stay closed for about two days, with buses replacing trains for some 2,000 daily passengers.

(Reporting by Elena Marsh; editing by Tom Feld)`,
		"o1fr.txt": `fr|Espagne : collision entre un train régional et un train de marchandises, une morte

International

Publié le 12/03/2030 à 13h10

Un train régional a percuté mardi matin un train de marchandises à l'arrêt près de Torrealba del Páramo, dans la province de Palencia (nord de l'Espagne), faisant une morte et 37 blessés, dont quatre graves, selon les services d'urgence.

Le train transportait 163 voyageurs et roulait à environ 45 km/h au moment du choc, survenu à 7 h 42 sur une portion à voie unique de la ligne Palencia-Santander.

La victime est une femme de 71 ans. Le conducteur du train régional, âgé de 56 ans, a été légèrement blessé.

Une commission d'enquête a été saisie. Un syndicat de cheminots évoque une défaillance de la signalisation. La ligne restera fermée jusqu'à jeudi.`,
	}, map[string][2]string{"o1fr.txt": {"56 years", "58 years"}}},
	{"guitar-auction", map[string]string{
		"o2en.txt": `en|Danny Crewe's 'Red Widow' guitar sells for £1.86m, a record for the Harrowgates star

Arts | Music

London, November 20

The battered 1962 electric guitar that Danny Crewe played on every Harrowgates album sold for £1.86 million including fees at Merriton's in London on Wednesday, more than three times its top estimate.

The instrument, nicknamed the "Red Widow", had been expected to fetch £400,000 to £600,000. It went to an anonymous telephone bidder after 11 minutes of bidding.

Crewe died in 2003 aged 61. The guitar was consigned by his widow, Maureen Crewe, 74, who said 10% of the proceeds would go to a music school in Stockport, the couple's home town.

The previous auction record for a Crewe instrument was £310,000, paid in 2014 for an acoustic guitar.

Read more: The Harrowgates' debut at 60`,
		"o2de.txt": `de|Gitarre von Danny Crewe für 1,86 Millionen Pfund versteigert

Kultur | Musik

20.11.2030

Die rote E-Gitarre des verstorbenen Harrowgates-Gitarristen Danny Crewe ist am Mittwoch in London für umgerechnet rund 2,2 Millionen Euro versteigert worden. Der Zuschlag fiel bei 1,55 Millionen Pfund; mit Aufgeld zahlt der Käufer 1,86 Millionen Pfund.

Das Auktionshaus Merriton's hatte das Instrument aus dem Jahr 1962 auf 400.000 bis 600.000 Pfund geschätzt. Ein anonymer Telefonbieter setzte sich nach elf Minuten durch.

Crewe war 2003 im Alter von 61 Jahren gestorben. Eingeliefert hatte die Gitarre seine Witwe Maureen Crewe (74). Zehn Prozent des Erlöses sollen an eine Musikschule in Stockport gehen.

Der bisherige Rekord für ein Instrument Crewes lag bei 310.000 Pfund (2014).`,
		"o2fr.txt": `fr|La guitare « Red Widow » de Danny Crewe adjugée 1,86 million de livres

Culture

Publié le 20 novembre 2030 à 23h40

La guitare électrique rouge de Danny Crewe, le guitariste des Harrowgates disparu en 2003, a été vendue mercredi soir à Londres pour 1,86 million de livres (environ 2,2 millions d'euros) frais compris, soit plus du triple de l'estimation haute.

Fabriquée en 1962, elle était estimée entre 400 000 et 600 000 livres par la maison Merriton's. Les enchères ont duré onze minutes ; l'acheteur, qui enchérissait par téléphone, a souhaité rester anonyme.

« Danny aurait ri », a réagi sa veuve, Maureen Crewe, 74 ans, qui reversera 10 % du produit de la vente à une école de musique de Stockport. Le musicien est mort à 61 ans.

Le précédent record pour un instrument du musicien, 310 000 livres, remontait à 2014.`,
	}, nil},
	{"hantavirus-ardennes", map[string]string{
		"o3fr.txt": `fr|Hantavirus : 74 cas en province de Luxembourg depuis janvier

Belgique | Santé

Arlon, 24 avril 2030 (Agence)

La province de Luxembourg a enregistré 74 cas d'infection au hantavirus depuis le 1er janvier, contre 29 sur l'ensemble de l'année 2029, a indiqué mercredi l'Institut de santé publique.

Onze patients ont dû être hospitalisés, principalement pour une atteinte rénale. Aucun décès n'est à déplorer.

Selon l'épidémiologiste Anne-Sophie Delvaux, cette hausse s'explique par la pullulation du campagnol roussâtre après une faînée exceptionnelle à l'automne dernier. « Les rongeurs ont eu de quoi se nourrir tout l'hiver », explique-t-elle.

Les autorités recommandent d'aérer abris de jardin, greniers et bûchers pendant au moins 30 minutes avant de les nettoyer, et de porter un masque FFP2. Le record date de 2012, avec 322 cas dans tout le pays.`,
		"o3fr2.txt": `fr|Virus des campagnols : la province bat des records, les forestiers inquiets

Arlon - Luxembourg | Actualité

Mis en ligne le 24/04/2030 à 17:32

Ils ne sont pas les seuls concernés, mais les bûcherons et ouvriers forestiers comptent parmi les premières victimes du hantavirus, dont la province connaît cette année une flambée sans précédent : 74 cas depuis janvier, soit déjà plus du double des 29 recensés sur toute l'année dernière.

« C'est du jamais vu chez nous », confie Marc Thiry, 52 ans, garde forestier à Sorinval. « Deux de mes collègues ont été hospitalisés. »

Au total, onze personnes ont été hospitalisées et aucune n'est décédée, précise l'Institut de santé publique. Huit patients sur dix sont des hommes.

Les conseils restent les mêmes : aérer une demi-heure avant de balayer un abri ou une cave, humidifier les poussières, porter masque et gants.

À lire aussi : Les tiques aussi en hausse dans nos forêts`,
		"o3nl.txt": `nl|Sterke stijging van hantavirus in provincie Luxemburg

Binnenland

24 april 2030

In de provincie Luxemburg zijn sinds begin dit jaar 74 besmettingen met het hantavirus vastgesteld, tegenover 29 in heel 2029. Dat meldt het Instituut voor Volksgezondheid.

Elf patiënten belandden in het ziekenhuis, vooral met nierproblemen. Er vielen geen doden.

Volgens epidemiologe Anne-Sophie Delvaux komt de toename door een explosie van het aantal rosse woelmuizen na een uitzonderlijk beukennotenjaar.

Wie een tuinhuis, zolder of houtstapel opruimt, moet eerst minstens een halfuur verluchten en een FFP2-masker dragen. Het recordjaar blijft 2012, toen in heel België 322 gevallen werden geteld.`,
		"o3en.txt": `en|Hantavirus cases soar in Belgium's Ardennes after vole boom

Health

BRUSSELS, April 24

Cases of hantavirus in Belgium's southern province of Luxembourg have more than doubled, with 74 infections recorded since January against 29 in the whole of 2029, the public health institute said on Wednesday.

The rise is linked to an explosion in the number of bank voles, which thrived after an exceptional beech mast last autumn, epidemiologist Anne-Sophie Delvaux said.

Seventeen people have been treated in hospital, mostly for kidney problems, but no one has died. About 80% of patients are men, many of them forestry workers.

Residents are advised to air sheds and lofts for at least 30 minutes before cleaning them and to wear an FFP2 mask. The national record, 322 cases, dates from 2012.`,
	}, map[string][2]string{"o3en.txt": {"17", "11"}}},
	{"ice-hotel-season", map[string]string{
		"o4en.txt": `en|Sweden's Frostvik Ice Lodge opens 23rd season with 12 art suites

Travel

JUKKAVAARA, Sweden, Dec 13

The Frostvik Ice Lodge in Swedish Lapland, about 200 km north of the Arctic Circle, opened its 23rd season on Friday, rebuilt from some 2,400 tonnes of ice cut from the frozen Vittjoki river.

The hotel has 34 rooms this winter, 12 of them art suites designed by 17 artists from nine countries. About 60 workers built it in six weeks. The temperature inside stays at around -5C, while outside it can drop to -30C.

A night costs from 4,200 kronor (about €370). Manager Linnea Tornberg, 39, said the lodge had welcomed 58,000 visitors last season, up from 51,000 the year before.

"Every spring it melts back into the river, and every winter we start again," said founder Olle Marklund, 71. The hotel is expected to stay open until mid-April.`,
		"o4de.txt": `de|Eishotel in Lappland öffnet zum 23. Mal

Reise

13.12.2030

Im schwedischen Jukkavaara, rund 200 Kilometer nördlich des Polarkreises, hat am Freitag die Frostvik Ice Lodge ihre 23. Saison eröffnet. Für den Bau wurden etwa 2.400 Tonnen Eis aus dem gefrorenen Fluss Vittjoki gesägt.

Rund 60 Arbeiter brauchten sechs Wochen. Von den 34 Zimmern sind zwölf Kunstsuiten, gestaltet von 17 Künstlerinnen und Künstlern aus neun Ländern. Drinnen herrschen konstant etwa minus fünf Grad.

Eine Nacht kostet ab 4200 Kronen, umgerechnet rund 370 Euro. In der vergangenen Saison kamen 58.000 Gäste, nach 51.000 im Jahr davor, sagte Hotelchefin Linnea Tornberg (39).

Gründer Olle Marklund (71) baut das Hotel seit 2008 jedes Jahr neu auf. Im April schmilzt es wieder.`,
		"o4fr.txt": `fr|En Laponie, l'hôtel de glace rouvre pour sa 23e saison

Voyages

Publié le 13/12/2030

Taillé dans environ 2 400 tonnes de glace prélevées sur la rivière Vittjoki, le Frostvik Ice Lodge a ouvert vendredi sa 23e saison à Jukkavaara, en Laponie suédoise, à quelque 200 km au nord du cercle polaire.

L'hôtel compte cette année 34 chambres, dont 12 suites artistiques conçues par 17 artistes venus de neuf pays. Une soixantaine d'ouvriers ont travaillé six semaines pour le bâtir. Il y fait en permanence environ -5 °C.

La nuit coûte à partir de 4 200 couronnes, soit environ 370 euros. La saison dernière, l'hôtel a accueilli 58 000 visiteurs, contre 51 000 l'année précédente, selon sa directrice, Linnea Tornberg, 39 ans.

Son fondateur, Olle Marklund, 71 ans, le reconstruit chaque hiver depuis 2008.`,
	}, nil},
	{"almond-harvest", map[string]string{
		"o5es.txt": `es|La cosecha de almendra caerá un 18 % por las heladas y la sequía

Economía | Agricultura

Madrid, 24 jul (Agencia)

La cosecha española de almendra se situará este año en 118.000 toneladas de almendra grano, un 18 % menos que las 144.000 toneladas de 2029, según la previsión presentada este miércoles por la Asociación Nacional de Productores de Almendra (ANPA).

Las heladas de finales de marzo en Aragón y Castilla-La Mancha y la sequía en el sur explican el descenso. Andalucía seguirá siendo la primera región productora, con unas 32.000 toneladas, mientras que Aragón se quedará en 21.000, un 35 % menos.

El presidente de la asociación, Rafael Oliveros, advirtió de que "muchas explotaciones no cubrirán costes". El precio de la almendra marcona ronda los 6,40 euros por kilo, frente a 5,70 hace un año.

España es el segundo productor mundial, por detrás de Estados Unidos.`,
		"o5es2.txt": `es|Aforo de almendra: 118.000 toneladas, la peor campaña en cinco años

Campo y Mercados

24/07/2030

La ANPA ha presentado su aforo para la campaña 2030: 118.000 toneladas de almendra grano, frente a las 144.000 del año pasado. Es un recorte del 18 %, el más fuerte desde 2025.

Por comunidades, Andalucía encabeza la producción con cerca de 32.000 toneladas. Aragón, castigada por las heladas de marzo, bajará hasta 21.000 toneladas (-35 %). Castilla-La Mancha y Murcia también retroceden.

"Hemos tenido helada y sequía en el mismo año", resumió Rafael Oliveros, presidente de ANPA, para quien muchas explotaciones "no cubrirán costes".

En la lonja, la marcona cotiza ya a 6,40 €/kg, un 12 % más que hace un año.

Suscríbase a nuestro boletín de precios`,
		"o5en.txt": `en|Spain's almond crop seen down 18% after frost and drought

Commodities | Nuts

MADRID, July 24

Spain's almond harvest will fall 18% this year to 118,000 tonnes of kernels, from 144,000 tonnes in 2029, the national growers' association ANPA forecast on Wednesday, blaming late frosts and drought.

Andalusia will remain the largest producing region with about 32,000 tonnes, while frost-hit Aragon is expected to produce 21,000 tonnes, down 35%.

Prices for Marcona almonds have risen to around €6.40 per kilo from €5.70 a year earlier, a gain of 12%. "Many farms will not cover their costs," ANPA chairman Rafael Oliveros said.

Spain is the world's second-largest almond producer after the United States.`,
		"o5de.txt": `de|Spanien erwartet deutlich kleinere Mandelernte

Wirtschaft

24.07.2030

Spaniens Mandelbauern rechnen nach Spätfrösten und Dürre mit einer schwachen Ernte. Der Erzeugerverband ANPA erwartet 118.000 Tonnen Mandelkerne.

Das wären 28 Prozent weniger als im Vorjahr, als 144.000 Tonnen geerntet wurden. Größte Anbauregion bleibt Andalusien mit rund 32.000 Tonnen; in Aragón, wo der Frost im März besonders hart zuschlug, sollen es nur 21.000 Tonnen werden, ein Minus von 35 Prozent.

Für Verbraucher dürfte es teurer werden: Marcona-Mandeln kosten im Großhandel rund 6,40 Euro je Kilo, nach 5,70 Euro vor einem Jahr. Verbandspräsident Rafael Oliveros sagte, viele Betriebe würden ihre Kosten nicht decken.`,
	}, map[string][2]string{"o5de.txt": {"28%", "18%"}}},
	{"bottler-strike", map[string]string{
		"o6pt.txt": `pt|Greve na Águas da Serra de Arouquela entra no terceiro dia

Economia

Viseu, 05 jun 2030 (Agência)

A greve por tempo indeterminado dos trabalhadores da engarrafadora Águas da Serra de Arouquela, em Caldas de Arouquela, entrou hoje no terceiro dia, com o sindicato a reclamar uma adesão de 85%.

A paralisação, iniciada na segunda-feira, abrange 420 dos 510 trabalhadores da empresa, segundo o Sindicato das Indústrias Alimentares do Centro. Os trabalhadores exigem um aumento salarial de 6,5%, contra os 3% propostos pela administração.

A empresa, que engarrafa em média 1,2 milhões de garrafas por dia, diz que a produção caiu para cerca de um terço.

Sindicato e administração foram convocados para uma reunião de mediação no Ministério do Trabalho na quinta-feira.`,
		"o6pt2.txt": `pt|Arouquela: piquete à porta da fábrica de águas desde segunda-feira

Região | Caldas de Arouquela

Publicado a 05/06/2030 às 18h47

Desde as seis da manhã de segunda-feira que um piquete de greve se mantém à porta da Águas da Serra de Arouquela, a maior empregadora do concelho. "Não saímos daqui sem um aumento digno", diz Rosa Pimentel, 47 anos, operadora de linha há 22.

O sindicato fala numa adesão de 85%; a administração contrapõe que "cerca de 60%" dos trabalhadores estão a trabalhar normalmente e que a greve "não tem o apoio que o sindicato diz". A empresa propõe 3% de aumento, os trabalhadores querem 6,5%.

As duas partes vão sentar-se à mesa na terça-feira, numa reunião de mediação convocada pelo Ministério do Trabalho, em Lisboa.

O presidente da câmara, Álvaro Teixeira, apelou ao diálogo.`,
		"o6es.txt": `es|Huelga indefinida en una embotelladora de agua mineral en Portugal

Economía | Internacional

Oporto, 5 jun (Agencia)

Los trabajadores de la embotelladora portuguesa Águas da Serra de Arouquela mantienen desde el lunes una huelga indefinida para reclamar una subida salarial del 6,5 %, más del doble del 3 % que ofrece la empresa.

Según el sindicato, el seguimiento es del 85 % entre los 420 trabajadores convocados, de una plantilla de 510 personas. La producción, de 1,2 millones de botellas diarias, ha caído a un tercio.

El Ministerio de Trabajo portugués ha convocado a las partes a una mediación el jueves.`,
		"o6en.txt": `en|Strike halts most output at Portuguese mineral water bottler

LISBON, June 5 (Wire) - Workers at Portuguese mineral water bottler Aguas da Serra de Arouquela were on the third day of an open-ended strike on Wednesday, demanding a 6.5% pay rise against the 3% offered by management.

The union said 85% of the 420 workers called out had joined the strike, out of a total workforce of 510. Management put the number still at work at about 60%.

Output at the plant, which normally bottles about 1.2 million bottles a day, has fallen to a third, the company said. Mediation talks are scheduled at the labour ministry on Thursday.`,
	}, map[string][2]string{"o6pt2.txt": {"Tuesday", "Thursday"}}},
	{"canyoning-rescue", map[string]string{
		"o7it.txt": `it|Bloccati 14 ore in una forra dalla piena, salvati nove torrentisti

Cronaca

Domodossola, 21 luglio 2030

Sono rimasti bloccati per 14 ore, tutta la notte, su una cengia dell'orrido della Cravesca, in Val Cravesca (Verbano-Cusio-Ossola), dopo che un temporale aveva fatto salire il livello del torrente di circa un metro e mezzo. Nove torrentisti, sette turisti tedeschi e due guide italiane, sono stati tratti in salvo all'alba di domenica.

Alle operazioni hanno partecipato 38 tecnici del Soccorso alpino e della Guardia di finanza, con l'appoggio di un elicottero. Una turista di 27 anni, in ipotermia, è stata trasportata all'ospedale di Domodossola; gli altri stanno bene.

"Hanno fatto la cosa giusta: fermarsi e aspettare", ha detto il capo stazione del Soccorso alpino, Davide Zanetti. La guida del gruppo, Matteo Brivio, 45 anni, aveva dato l'allarme con una radio.`,
		"o7it2.txt": `it|Val Cravesca, la lunga notte nella forra: "Li sentivamo gridare sopra il rumore dell'acqua"

Ossola | Valli

21/07/2030 ore 12:15

Dalle 16.30 di sabato alle 6.30 di domenica: tanto è durata l'attesa per i nove torrentisti rimasti intrappolati nell'orrido della Cravesca dopo l'improvvisa piena del torrente.

Il gruppo - sette ragazzi tedeschi tra i 24 e i 41 anni e due guide - si era rifugiato su una cengia a pochi metri dall'acqua. "Li sentivamo gridare sopra il rumore dell'acqua", racconta uno dei 38 soccorritori.

La guida Matteo Brivio, 45 anni, di Villadossola, è riuscita a lanciare l'allarme via radio. All'alba l'elicottero ha recuperato per prima una ragazza di 27 anni in ipotermia, ricoverata a Domodossola.

Il sindaco chiede di chiudere la forra nei giorni di allerta meteo.`,
		"o7de.txt": `de|Sieben deutsche Canyoning-Touristen nach Nacht in Schlucht gerettet

Panorama

21.07.2030

Nach 14 Stunden in einer Schlucht im Piemont sind sieben deutsche Urlauber und ihre beiden italienischen Bergführer am Sonntagmorgen gerettet worden. Ein Gewitter hatte den Bach in der Val Cravesca um rund anderthalb Meter anschwellen lassen.

Die neun Canyoning-Sportler harrten die ganze Nacht auf einem Felsvorsprung aus. 38 Bergretter und ein Hubschrauber waren im Einsatz. Eine 27-Jährige kam mit Unterkühlung ins Krankenhaus nach Domodossola.

Der 45-jährige Bergführer Matteo Brivio hatte per Funk Alarm geschlagen.`,
		"o7fr.txt": `fr|Italie : neuf adeptes du canyoning secourus après une nuit dans une gorge

Monde

Publié le 21 juillet 2030 à 14h02

Neuf adeptes du canyoning, sept touristes allemands et deux guides italiens, ont été secourus dimanche à l'aube dans une gorge du Piémont, dans le nord de l'Italie, où une crue soudaine les avait piégés.

Réfugiés sur une corniche rocheuse, ils y sont restés bloqués pendant 16 heures, toute la nuit, après qu'un orage a fait monter le niveau du torrent d'environ 1,5 mètre.

Quelque 38 secouristes et un hélicoptère ont été mobilisés. Une touriste de 27 ans, en hypothermie, a été hospitalisée à Domodossola. Le guide, Matteo Brivio, 45 ans, avait donné l'alerte par radio.`,
	}, map[string][2]string{"o7fr.txt": {"16 hours", "14 hours"}}},
	{"rector-election", map[string]string{
		"o8es.txt": `es|Inés Carvajal, primera rectora de la Universidad de Valdeoliva

Sociedad | Educación

Valdeoliva, 8 may (Agencia)

La catedrática de Química Orgánica Inés Carvajal, de 54 años, será la primera mujer al frente de la Universidad de Valdeoliva tras ganar este miércoles la segunda vuelta de las elecciones a rector con el 52,4 % del voto ponderado, frente al 47,6 % del rector saliente, Tomás Urquiza, de 61 años.

La participación fue del 31,2 % de un censo de 42.300 electores, con grandes diferencias entre el profesorado y los estudiantes.

Carvajal, que tomará posesión en junio para un mandato de seis años, prometió "una universidad más abierta y con menos burocracia".

La Universidad de Valdeoliva fue fundada en 1542.`,
		"o8es2.txt": `es|Carvajal gana el voto ponderado aunque Urquiza obtuvo más papeletas

Universidad

08/05/2030 - 23:10

Casi cinco siglos después de su fundación, la Universidad de Valdeoliva tendrá por primera vez una rectora. Inés Carvajal se impuso en la segunda vuelta con el 52,4 % del voto ponderado, aunque en número de papeletas el rector saliente, Tomás Urquiza, recibió más apoyos: 6.512 frente a 6.390.

La clave está en la ponderación: el voto del profesorado doctor pesa el 51 %, y entre los docentes Carvajal arrasó. Entre los estudiantes, en cambio, la participación apenas llegó al 18 %, frente al 78 % del profesorado.

En total votó el 31,2 % del censo. Hubo 296 votos en blanco o nulos.

Urquiza, de 61 años, felicitó a su rival, de 54, y le deseó "suerte en los próximos seis años".`,
		"o8en.txt": `en|Spain's Valdeoliva university elects first woman rector

Higher Education | Europe

May 8, 2030

The University of Valdeoliva, founded in 1542, has elected its first woman rector. Organic chemistry professor Inés Carvajal, 54, won 52.4% of the weighted vote in a run-off on Wednesday, defeating incumbent Tomás Urquiza, 61, who took 47.6%.

Turnout was about 31% of some 42,000 eligible voters, with academic staff voting in far greater numbers than students.

Carvajal will take office in June for a six-year term.`,
	}, nil},
	{"bookshop-chain-sale", map[string]string{
		"o9de.txt": `de|Buchhandelskette Lesehaus Brandt geht an niederländische Veldkamp-Gruppe

Wirtschaft

Hannover, 04.09.2030 (Agentur)

Die Hannoveraner Buchhandelskette Lesehaus Brandt wird für 185 Millionen Euro an den niederländischen Einzelhändler Veldkamp Retail Groep verkauft. Das teilten beide Unternehmen am Mittwoch mit. Das Bundeskartellamt muss noch zustimmen.

Lesehaus Brandt betreibt 86 Filialen mit rund 2300 Beschäftigten und setzte 2029 knapp 410 Millionen Euro um, vier Prozent weniger als im Vorjahr. Bis Ende 2031 sollen 14 Filialen geschlossen werden; betroffen sind etwa 250 Stellen.

"Wir geben Lesehaus Brandt in gute Hände", sagte Gesellschafterin Carola Brandt-Kessler (63), Enkelin des Firmengründers. Veldkamp-Chef Joris Veldkamp (48) kündigte Investitionen in den Onlinehandel an.

Das 1921 gegründete Familienunternehmen ist damit nicht mehr in deutscher Hand. Veldkamp betreibt bereits 120 Geschäfte in den Niederlanden und Belgien.`,
		"o9de2.txt": `de|Lesehaus Brandt verkauft: Was wird aus den Filialen in der Region?

Hannover | Wirtschaft

04.09.2030, 16:20 Uhr

Mehr als hundert Jahre war Lesehaus Brandt ein Hannoveraner Familienunternehmen, jetzt übernimmt ein Händler aus Utrecht. Für 185 Mio. Euro geht die Kette mit ihren 86 Buchhandlungen an die Veldkamp Retail Groep.

In den Filialen in der Innenstadt herrschte am Mittwoch Verunsicherung. 14 Standorte sollen bis Ende 2031 schließen, welche, ist noch offen. Der Betriebsrat spricht von "rund 250 gefährdeten Arbeitsplätzen" bei insgesamt etwa 2.300 Beschäftigten.

Carola Brandt-Kessler, 63, die Enkelin von Gründer Heinrich Brandt, sagte, kein Familienmitglied wolle das Geschäft weiterführen. Der Umsatz war zuletzt auf 410 Millionen Euro gesunken.

Das Stammhaus in der Georgstraße soll erhalten bleiben.`,
		"o9en.txt": `en|Dutch retailer Veldkamp buys German bookshop chain Lesehaus Brandt for €158m

Business | Retail

September 4, 2030

Dutch retailer Veldkamp Retail Groep has agreed to buy Hanover-based bookshop chain Lesehaus Brandt for €158 million, the companies said on Wednesday, bringing one of Germany's oldest family-owned bookshop chains under foreign ownership.

Lesehaus Brandt, founded in 1921, runs 86 stores and employs about 2,300 people. Its sales fell 4% to about €410 million last year. Fourteen stores will close by the end of 2031, putting some 250 jobs at risk.

Chief executive Joris Veldkamp, 48, said the group would invest in online sales. The deal still needs approval from Germany's competition authority.

Veldkamp already runs 120 shops in the Netherlands and Belgium.`,
		"o9nl.txt": `nl|Veldkamp neemt Duitse boekhandelsketen over

Economie

4 september 2030

Veldkamp Retail Groep uit Utrecht neemt de Duitse boekhandelsketen Lesehaus Brandt over voor 185 miljoen euro. Met de overname krijgt Veldkamp er 86 winkels en zo'n 2300 medewerkers bij.

De keten uit Hannover zette vorig jaar 410 miljoen euro om, 4 procent minder dan een jaar eerder. Tot eind 2031 gaan 14 winkels dicht.

"Duitsland is de grootste boekenmarkt van Europa", zegt topman Joris Veldkamp (48). Het bedrijf heeft nu al 120 winkels in Nederland en België. De Duitse mededingingsautoriteit moet de deal nog goedkeuren.`,
	}, map[string][2]string{"o9en.txt": {"€158 million", "€185 million"}}},
	{"sled-race", map[string]string{
		"o10en.txt": `en|Haugmo smashes Varanger 600 record in Arctic dog-sled race

Sport | Winter sports

VADSO, Norway, March 8

Norwegian musher Sigrid Haugmo won the Varanger 600 dog-sled race on Friday, crossing the finish line in Vadso after 3 days, 7 hours and 12 minutes, more than two hours inside the previous record.

The old mark of 3 days, 9 hours and 40 minutes had been set in 2026 by Finland's Jari Kettunen. Haugmo, 43, led her team of 12 dogs over the 620-km course through Finnmark in temperatures as low as -38C.

Sweden's Anders Lilja, 51, finished second, 47 minutes behind. Of the 38 teams that started on Tuesday, nine have scratched.

The winner receives 150,000 kroner (about €13,000).`,
		"o10de.txt": `de|Hundeschlittenrennen: Haugmo mit Rekord beim Varanger 600

Sport

08.03.2030

Die Norwegerin Sigrid Haugmo hat das Hundeschlittenrennen Varanger 600 in der Finnmark gewonnen und dabei einen Streckenrekord aufgestellt. Die 43-Jährige erreichte das Ziel in Vadsø am Freitag nach drei Tagen, sieben Stunden und zwölf Minuten.

Den alten Rekord hatte der Finne Jari Kettunen 2026 mit 3 Tagen, 9 Stunden und 40 Minuten aufgestellt. Die Strecke ist 620 Kilometer lang, die Temperaturen fielen bis auf minus 38 Grad.

Zweiter wurde der Schwede Anders Lilja (51) mit 47 Minuten Rückstand. Neun der 38 gestarteten Gespanne gaben auf.`,
		"o10fr.txt": `fr|Course de chiens de traîneau : Sigrid Haugmo pulvérise le record de la Varanger 600

Sports

Publié le 08/03/2030

La Norvégienne Sigrid Haugmo, 43 ans, a remporté vendredi la Varanger 600, course de chiens de traîneau de 620 km à travers le Finnmark, en 3 jours, 7 heures et 12 minutes, améliorant de plus de deux heures le record établi en 2026 par le Finlandais Jari Kettunen.

Avec ses 12 chiens, elle a affronté des températures descendant jusqu'à -38 °C. Le Suédois Anders Lilja, 51 ans, a pris la deuxième place à 47 minutes.

Sur les 38 attelages au départ mardi, neuf ont abandonné. La gagnante empoche 150 000 couronnes (environ 13 000 euros).`,
	}, nil},
}
