package compare

// heldOutMizzle is a blind held-out set, written without reading the
// extraction or the matching code and frozen before its first run. Its nine
// events are built to provoke false disagreements: six hold no
// contradiction but are dense with traps (several figures of one kind for
// different things, previous values, parts and totals, rates and totals,
// figures in quotes, figures only one source gives, hedges and rounding,
// ages of two or three people, weekdays of different happenings, titles by
// synonym or translation, years of earlier and later occurrences, unit
// conversions); three hold exactly one planted contradiction each, one of
// them deep in its report (the canteen caterer's schools in Spanish) and
// one in a minority language (the villa's rooms in Dutch).
//
// First run (on the code of 49bdeae): 1/3 contradictions flagged, 0 false
// disagreements. Flagged: the marathon winner's age in French. Missed: the
// caterer's 23 schools in Spanish against 17 (the Spanish count stood in a
// row of its own, "escuelas · 23", beside "schools · 17") and the villa's
// 19 rooms in Dutch against 14 (a row of its own, "kamers · 19", beside
// "pièces · 14").
//
// Run once on the final code of that hour; the synonym table then learned
// common counted things in seven languages ("escuelas", "kamers"): now
// 3/3, 0 false, and held out no longer.
var heldOutMizzle = []heldOutEvent{
	{"tennis-final", map[string]string{
		"l1en.txt": `en|Lindqvist beats Moreau to win Marvella Open, her first title in four years

Sport | Tennis

Sunday 9 September 2040, 19:40 BST

Sweden's Ebba Lindqvist, 27, beat France's Camille Moreau, 21, 6-3 7-5 in Sunday's final of the Marvella Open to win her first title since 2036.

Lindqvist, ranked 34th in the world, collected €285,000 of the tournament's €1.2 million prize money; Moreau takes home €160,000. The final lasted 1 hour 48 minutes in front of about 6,500 spectators, some 1,500 short of the centre court's 8,000 capacity.

"I was 4-1 down in the second set and I thought it would go to a third," Lindqvist said. She had lost her three previous meetings with Moreau, the last of them in Rome in May.

Moreau, who knocked out the top seed on Friday, will rise to a career-high 19th in Monday's rankings. Last year's champion, Italy's Giulia Ferri, 31, withdrew on Tuesday with a wrist injury.

The tournament, first held in 1974, returns from 7 to 13 September 2041.

Related: Ferri out for three weeks`,
		"l1fr.txt": `fr|Tennis : Ebba Lindqvist s'offre Camille Moreau et l'Open de Marvella

Sports | Tennis

Publié le 09/09/2040 à 20h05

La Suédoise Ebba Lindqvist (27 ans) a battu dimanche en finale de l'Open de Marvella la Française Camille Moreau (21 ans), 6-3, 7-5, et décroche son premier titre depuis 2036.

Classée 34e mondiale, Lindqvist empoche 285 000 euros sur une dotation totale de 1,2 million d'euros. Moreau, qui avait éliminé vendredi la tête de série numéro un, repart avec 160 000 euros et grimpera lundi au 19e rang mondial, le meilleur classement de sa carrière.

« J'étais menée 4-1 dans le deuxième set », a reconnu la Suédoise, qui avait perdu ses trois précédents duels face à la Française.

La tenante du titre, l'Italienne Giulia Ferri, 31 ans, avait déclaré forfait mardi en raison d'une blessure au poignet.

Environ 6 500 spectateurs ont assisté à la finale, qui a duré 1 h 48.`,
		"l1es.txt": `es|Lindqvist conquista el Abierto de Marvella ante Moreau

Deportes | Tenis

Marvella, 9 sep (Agencia)

La sueca Ebba Lindqvist, de 27 años y número 34 del mundo, se proclamó este domingo campeona del Abierto de Marvella tras derrotar a la francesa Camille Moreau, de 21, por 6-3 y 7-5 en una hora y 48 minutos.

Es el primer título de Lindqvist desde 2036 y le reporta un premio de 285.000 euros, de una bolsa total de 1,2 millones. La finalista se embolsa 160.000 euros.

Moreau, verdugo el viernes de la primera cabeza de serie, alcanzará el lunes el puesto 19 de la clasificación mundial, el mejor de su carrera.

La italiana Giulia Ferri, de 31 años y campeona el año pasado, se retiró el martes por una lesión en la muñeca. El torneo se disputa desde 1974.`,
		"l1it.txt": `it|Tennis, Ferri ai box: a Marvella vince Lindqvist

Sport

9 settembre 2040

La svedese Ebba Lindqvist ha vinto domenica il torneo di Marvella battendo in finale la francese Camille Moreau per 6-3 7-5. Per la 27enne di Göteborg è il primo titolo dal 2036; la sua avversaria ha 21 anni.

Assente la campionessa uscente Giulia Ferri: la 31enne azzurra aveva dato forfait martedì per un problema al polso e resterà ferma «almeno tre settimane», ha spiegato il suo allenatore, Marco Pini, 58 anni.

Alla vincitrice vanno 285mila euro, su un montepremi complessivo di 1,2 milioni. Davanti a circa 6.500 spettatori, la finale è durata un'ora e 48 minuti.`,
	}, nil},
	{"scooter-ban", map[string]string{
		"l2fr.txt": `fr|Vellance : le conseil municipal vote la fin des trottinettes en libre-service

Vellance et agglomération

Par notre correspondant | Mis à jour le mardi 16 octobre 2040 à 07h30

Le conseil municipal de Vellance a voté lundi soir, par 41 voix contre 12, l'interdiction des trottinettes électriques en libre-service à partir du 1er mars 2041.

Les trois opérateurs présents dans la ville exploitent actuellement 3 600 engins – 1 500 pour le premier, 1 200 et 900 pour les deux autres –, contre 2 100 en 2037.

« Nous avons recensé 214 accidents l'an dernier, contre 160 en 2038 », a justifié la maire, Sophie Darnaud (52 ans). Les licences des opérateurs, qui versent chacun 60 euros par engin et par an à la ville, expirent le 31 décembre ; elles seront prolongées de deux mois.

Les vélos en libre-service ne sont pas concernés.`,
		"l2nl.txt": `nl|Franse stad Vellance verbiedt deelsteps

Buitenland

16 oktober 2040, 06:12

De gemeenteraad van de Franse stad Vellance heeft maandagavond met 41 tegen 12 stemmen besloten deelsteps vanaf 1 maart 2041 te verbieden.

In de stad rijden nu zo'n 3600 deelsteps van drie aanbieders. Drie jaar geleden waren dat er nog 2100.

Burgemeester Sophie Darnaud (52) wijst op het stijgende aantal ongelukken: vorig jaar waren het er 214. De gemeente ontvangt nu 60 euro per step per jaar van de aanbieders.

Parijs ging Vellance in 2023 voor met een vergelijkbaar verbod.`,
		"l2en.txt": `en|French city votes to ban rental e-scooters

World | Europe

Tuesday 16 October 2040

Councillors in Vellance, in eastern France, voted 41 to 12 on Monday to ban rental e-scooters from 1 March next year, making it the latest European city to turn against the devices.

About 3,600 scooters run by three operators are on its streets today, up from 2,100 in 2037. The largest operator, Zipo, runs 1,500 of them and said the decision would cost 85 jobs.

Mayor Sophie Darnaud, 52, said accidents involving the scooters had risen to 214 last year. "The numbers speak for themselves," she told reporters after the vote.

Each operator pays the city €60 per scooter a year, or about €216,000 in total.

Privately owned scooters, limited to 25 km/h, will remain legal.`,
		"l2de.txt": `de|Vellance verbietet Leih-E-Scooter

Ausland

16.10.2040

Der Stadtrat der ostfranzösischen Stadt Vellance hat am Montagabend mit 41 zu 12 Stimmen ein Verbot von Leih-E-Scootern beschlossen. Es gilt ab dem 1. März 2041.

Derzeit sind in der Stadt rund 3600 Roller dreier Anbieter unterwegs, 2037 waren es noch 2100. Bürgermeisterin Sophie Darnaud (52) verwies auf 214 Unfälle im vergangenen Jahr.

Der größte Anbieter Zipo, der 1500 Roller betreibt, kritisierte die Entscheidung; 85 Arbeitsplätze seien gefährdet. In der Nachbarstadt Orlange hatte der Gemeinderat ein ähnliches Verbot im Mai mit 28 zu 19 Stimmen abgelehnt.`,
	}, nil},
	{"school-canteen", map[string]string{
		"l3it.txt": `it|Castelvario, intossicazione alla mensa: 63 bambini stanno male

Cronaca

Giovedì 22 marzo 2040

Sono 63 i bambini delle elementari di Castelvario che hanno accusato malori dopo il pranzo servito mercoledì nelle mense di quattro scuole. Undici sono stati portati in ospedale, due sono rimasti ricoverati per la notte in osservazione. Hanno tra i 6 e i 10 anni.

Sotto accusa il pollo con riso preparato dalla ditta Ristora Nord, che quel giorno aveva servito circa 1.900 pasti. I tecnici dell'Asl hanno prelevato campioni giovedì mattina; i risultati sono attesi la prossima settimana.

«Nessuno dei bambini è in pericolo», ha detto il sindaco Paolo Rinaldi, che ha sospeso il servizio fino a lunedì. Già nel 2035 un episodio simile aveva colpito una ventina di alunni.

Ristora Nord, fondata nel 1998, fornisce i pasti a 17 scuole della zona con un contratto da 2,4 milioni di euro l'anno in scadenza nel 2042.`,
		"l3en.txt": `en|Dozens of Italian schoolchildren fall ill after canteen lunch

Europe

22 March 2040, 14:20 GMT

Sixty-three children at four primary schools in the northern Italian town of Castelvario fell ill after eating lunch on Wednesday, local health officials said. Eleven were taken to hospital and two were kept in overnight for observation.

The children, aged between six and ten, had been served chicken and rice prepared by a catering firm, Ristora Nord, which delivered about 1,900 meals that day. Inspectors took samples on Thursday morning and results are expected next week.

Mayor Paolo Rinaldi said none of the children was in danger and suspended school meals until Monday.

Ristora Nord, which supplies 17 schools in the area, said it was cooperating fully with the investigation. A similar outbreak in 2035 affected about 20 pupils.`,
		"l3fr.txt": `fr|Italie : 63 écoliers intoxiqués après un repas à la cantine

International

Publié le jeudi 22 mars 2040 à 16h45

Soixante-trois élèves de quatre écoles primaires de Castelvario, dans le nord de l'Italie, ont été malades après le déjeuner servi mercredi. Onze ont été hospitalisés et deux gardés en observation pour la nuit.

Les enfants, âgés de 6 à 10 ans, avaient mangé du poulet au riz préparé par la société Ristora Nord, qui avait livré ce jour-là environ 1 900 repas. Des prélèvements ont été effectués jeudi.

Le maire, Paolo Rinaldi, a suspendu la restauration scolaire jusqu'à lundi. Ristora Nord livre 17 écoles de la région et son contrat, d'un montant de 2,4 millions d'euros par an, court jusqu'en 2042.`,
		"l3es.txt": `es|Un brote en comedores escolares deja 63 niños enfermos en Italia

Internacional

Roma, 22 mar (Agencia)

Sesenta y tres alumnos de cuatro colegios de primaria de Castelvario, en el norte de Italia, enfermaron tras el almuerzo que se sirvió el miércoles en sus comedores, informaron las autoridades sanitarias. Once fueron trasladados al hospital y dos pasaron la noche ingresados en observación.

Los niños, de entre 6 y 10 años, habían comido pollo con arroz preparado por la empresa Ristora Nord, que ese día sirvió unas 1.900 comidas. Los inspectores tomaron muestras el jueves por la mañana y los resultados se esperan la semana próxima.

El alcalde, Paolo Rinaldi, aseguró que ninguno de los niños corre peligro y suspendió el servicio de comedor hasta el lunes. En 2035 un episodio parecido afectó a una veintena de alumnos.

Ristora Nord, fundada en 1998 y que sirve las comidas de 23 escuelas de la zona, aseguró que colabora con las autoridades.`,
	}, map[string][2]string{"l3es.txt": {"23", "17"}}},
	{"giraffe-arrival", map[string]string{
		"l4de.txt": `de|Neuer Giraffenbulle Kito ist im Tierpark Lennau angekommen

Lennau

Mittwoch, 25. Juli 2040

Nach neun Stunden Fahrt und 420 Kilometern ist der Giraffenbulle Kito in der Nacht zum Mittwoch im Tierpark Lennau angekommen. Der vierjährige Bulle stammt aus dem niederländischen Dierenpark Hollum, ist 4,6 Meter groß und wiegt rund 900 Kilogramm.

Kito soll mit den Giraffenkühen Amira (9) und Lotte (12) für Nachwuchs sorgen. Der bisherige Bulle Bruno war 2038 im Alter von 24 Jahren gestorben.

"Er hat die Reise erstaunlich gelassen überstanden", sagte Zoodirektorin Petra Hallmann. Besucher können Kito ab Samstag im neuen Giraffenhaus sehen, das 3,8 Millionen Euro gekostet hat; 1,5 Millionen davon trug das Land.

Der 1962 eröffnete Tierpark zählte im vergangenen Jahr 1,1 Millionen Besucher.`,
		"l4nl.txt": `nl|Giraffe Kito uit Hollum verhuist naar Duitse dierentuin

Regio

25 juli 2040

De vierjarige giraffe Kito uit Dierenpark Hollum is dinsdagnacht aangekomen in het Duitse Tierpark Lennau. De rit van 420 kilometer duurde negen uur.

De 4,6 meter lange stier weegt ongeveer 900 kilo. In Lennau moet hij zorgen voor jongen bij de vrouwtjes Amira (9) en Lotte (12).

"We zullen hem missen", zei verzorger Ruud Bakker (46) van Dierenpark Hollum, waar Kito in 2036 werd geboren. Hollum houdt nog vijf giraffen.

Vanaf zaterdag is Kito te zien voor het publiek.`,
		"l4en.txt": `en|Young giraffe bull makes 260-mile move to German zoo

Animals

Wednesday 25 July 2040

A four-year-old giraffe named Kito has arrived at Tierpark Lennau in Germany after a nine-hour, 420km (260-mile) road trip from a Dutch zoo.

Kito, who stands 4.6 metres (15ft) tall and weighs nearly a tonne, reached his new home late on Tuesday. He will share a £3.3 million (€3.8 million) giraffe house with two females, Amira, nine, and Lotte, 12.

The zoo's previous bull, Bruno, died in 2038 at the age of 24. "He took the journey remarkably calmly," said zoo director Petra Hallmann.

Visitors will be able to see Kito from Saturday. The zoo, which opened in 1962, drew 1.1 million visitors last year.`,
	}, nil},
	{"city-marathon", map[string]string{
		"l5pt.txt": `pt|Maratona de Aveira: queniano Kiptoo bate recorde da prova

Desporto

Domingo, 13 de maio de 2040

O queniano Daniel Kiptoo, de 29 anos, venceu este domingo a Maratona de Aveira com o tempo de 2:05:58, novo recorde da prova, que pertencia desde 2033 ao etíope Hailu Bekele (2:06:41).

O etíope Tesfaye Girma, de 33 anos, foi segundo, a 41 segundos. Na prova feminina, a portuguesa Rita Mendes, de 26 anos, venceu em 2:22:10.

Inscreveram-se cerca de 18 mil atletas, dos quais 14.200 cortaram a meta. O vencedor recebe 40 mil euros, mais 10 mil euros pelo recorde.

A corrida decorreu com 14 graus à partida, às 8h30.`,
		"l5es.txt": `es|Kiptoo gana el maratón de Aveira con récord

Deportes | Atletismo

Aveira (Portugal), 13 may (Agencia)

El keniano Daniel Kiptoo, de 29 años, ganó este domingo el maratón de Aveira con un tiempo de 2:05:58, nuevo récord de la prueba, que estaba en poder del etíope Hailu Bekele desde 2033 con 2:06:41.

El etíope Tesfaye Girma, de 33 años, fue segundo a 41 segundos, y la portuguesa Rita Mendes, de 26, se impuso en categoría femenina con 2:22:10.

De los unos 18.000 inscritos, 14.200 llegaron a la meta. Kiptoo se embolsa 40.000 euros y una prima de 10.000 por el récord.`,
		"l5en.txt": `en|Kiptoo breaks course record in Aveira marathon

Athletics

13 May 2040

Kenya's Daniel Kiptoo won the Aveira marathon in Portugal on Sunday in 2:05:58, taking 43 seconds off the course record set by Ethiopia's Hailu Bekele in 2033.

The 29-year-old finished 41 seconds clear of Ethiopia's Tesfaye Girma, 33. Portugal's Rita Mendes, 26, won the women's race in 2:22:10.

"I felt strong after 30 kilometres, so I went," Kiptoo said. He earns €40,000 plus a €10,000 record bonus.

Some 14,200 of about 18,000 entrants finished in cool conditions, with the temperature at 14C at the 8.30am start.`,
		"l5fr.txt": `fr|Marathon d'Aveira : le Kényan Kiptoo pulvérise le record

Sports | Athlétisme

Publié le 13/05/2040 à 13h10

Le Kényan Daniel Kiptoo a remporté dimanche le marathon d'Aveira, au Portugal, en 2 h 05 min 58 s, nouveau record de l'épreuve, détenu depuis 2033 par l'Éthiopien Hailu Bekele (2 h 06 min 41 s).

Âgé de 31 ans, Kiptoo a devancé de 41 secondes l'Éthiopien Tesfaye Girma, 33 ans. Chez les femmes, la Portugaise Rita Mendes, 26 ans, s'est imposée en 2 h 22 min 10 s.

Environ 18 000 coureurs étaient inscrits ; 14 200 ont franchi la ligne d'arrivée. Le vainqueur touche 40 000 euros, plus une prime de 10 000 euros pour le record.`,
	}, map[string][2]string{"l5fr.txt": {"31 years", "29 years"}}},
	{"parking-fees", map[string]string{
		"l6pt.txt": `pt|Vilaflor: estacionamento no centro sobe para 1,80 euros por hora

Local

8 de junho de 2040, 09:15

A Câmara Municipal de Vilaflor aprovou na quinta-feira o aumento da tarifa de estacionamento no centro histórico de 1,20 euros para 1,80 euros por hora, uma subida de 50%, que entra em vigor a 2 de janeiro de 2041.

A autarquia espera arrecadar 6,5 milhões de euros por ano, contra 4,1 milhões atualmente. Dos 8.400 lugares tarifados da cidade, 2.600 ficam no centro histórico.

"Queremos menos carros no centro, não mais receita", afirmou o presidente da câmara, Ignacio Ferrer, de 47 anos. O dístico anual para residentes mantém-se nos 45 euros.

A vereadora da oposição Lúcia Campos, de 38 anos, votou contra e lembrou que a última subida, em 2036, foi de apenas 20 cêntimos.`,
		"l6es.txt": `es|Vilaflor sube un 50 % el aparcamiento en su casco histórico

Galicia | Norte de Portugal

Vigo, 8 de junio de 2040

El ayuntamiento de la ciudad portuguesa de Vilaflor aprobó el jueves subir la tarifa de aparcamiento en el casco histórico de 1,20 a 1,80 euros la hora a partir del 2 de enero de 2041, lo que afectará también a los miles de gallegos que cruzan la frontera cada fin de semana.

El alcalde, Ignacio Ferrer, de 47 años, defendió que la medida busca sacar coches del centro. El municipio prevé ingresar 6,5 millones de euros al año, frente a los 4,1 millones actuales.

La tarjeta anual para residentes seguirá costando 45 euros. Vigo, a 60 kilómetros, cobra 1,45 euros la hora en su zona azul.`,
		"l6en.txt": `en|Portuguese town raises parking charges by half

Travel news

Friday 8 June 2040

Drivers visiting the historic centre of Vilaflor, in northern Portugal, will pay €1.80 an hour to park from 2 January, up from €1.20, after councillors approved the increase on Thursday.

Mayor Ignacio Ferrer, 47, said the aim was fewer cars, not more money, though the town expects parking revenue to reach €6.5 million a year from €4.1 million. About 2,600 of the town's 8,400 paid spaces are in the old centre.

Residents' annual permits stay at €45. The charge was last raised in 2036.`,
	}, nil},
	{"pumpkin-record", map[string]string{
		"l7en.txt": `en|German grower sets European record with 1,284kg pumpkin

Odd news

Sunday 7 October 2040

A 61-year-old farmer from Kaltenbrunn in Bavaria set a European record on Saturday with a pumpkin weighing 1,284kg (2,831lb), beating the previous mark of 1,205kg set by a Belgian grower in 2038.

Hans Weidner's giant took first place at the town's annual weigh-off, ahead of a 1,102kg pumpkin grown by his son Jonas, 34. The winner receives €5,000.

"At its peak it was putting on 25 kilos a day," Weidner said. A total of 212 pumpkins from nine countries were entered.

The record pumpkin will be on show in the town square until 31 October.`,
		"l7de.txt": `de|Europarekord: Kürbis aus Kaltenbrunn wiegt 1284 Kilo

Bayern

07.10.2040, 10:30 Uhr

Beim Kürbiswiegen in Kaltenbrunn hat Landwirt Hans Weidner (61) am Samstag einen neuen Europarekord aufgestellt: Sein Riesenkürbis brachte 1284 Kilogramm auf die Waage. Der alte Rekord von 1205 Kilo stammte aus dem Jahr 2038 und gehörte einem Belgier.

Platz zwei ging an Weidners Sohn Jonas (34) mit 1102 Kilo. Insgesamt wurden 212 Kürbisse aus neun Ländern gewogen, 30 mehr als im Vorjahr.

"In der besten Phase hat er 25 Kilo am Tag zugelegt", sagte Weidner, der seit 2029 Riesenkürbisse züchtet. Das Preisgeld beträgt 5000 Euro. Der Weltrekord liegt bei 1290 Kilo.`,
		"l7nl.txt": `nl|Duitse boer kweekt pompoen van 1284 kilo

Opmerkelijk

7 oktober 2040

Een 61-jarige boer uit het Beierse Kaltenbrunn heeft zaterdag een Europees record gevestigd met een pompoen van 1284 kilo. Het vorige record, 1205 kilo, stond sinds 2038 op naam van een Belg.

Hans Weidner versloeg onder anderen zijn 34-jarige zoon Jonas, wiens pompoen 1102 kilo woog. Aan de wedstrijd deden 212 pompoenen uit negen landen mee, waaronder 14 uit Nederland.

De winnaar krijgt 5000 euro.`,
		"l7fr.txt": `fr|Une citrouille de 1 284 kg bat le record d'Europe

Insolite

Publié le 07/10/2040 à 12h00

Un agriculteur bavarois de 61 ans, Hans Weidner, a établi samedi à Kaltenbrunn un nouveau record d'Europe avec une citrouille de 1 284 kilos, soit 79 kilos de plus que l'ancien record, établi par un Belge en 2038.

Son fils Jonas, 34 ans, a pris la deuxième place avec 1 102 kilos. Au total, 212 citrouilles venues de neuf pays ont été pesées. Le vainqueur empoche 5 000 euros.

La citrouille sera exposée sur la place de la ville jusqu'au 31 octobre.`,
	}, nil},
	{"roman-villa", map[string]string{
		"l8it.txt": `it|Borgo San Lentino, spunta una villa romana sotto il cantiere del parcheggio

Cultura

Venerdì 23 novembre 2040

Una villa romana del II secolo dopo Cristo è emersa durante gli scavi per il nuovo parcheggio multipiano di Borgo San Lentino. Gli archeologi hanno finora riportato alla luce 14 stanze su una superficie di circa 1.300 metri quadrati.

«È uno dei ritrovamenti più importanti della regione degli ultimi cinquant'anni», ha detto l'archeologa Chiara Valli, 44 anni, che guida lo scavo iniziato a gennaio. Tra i reperti, una quarantina di lucerne in terracotta.

Il cantiere del parcheggio, da 320 posti e 7 milioni di euro, resterà fermo almeno sei mesi. Già nel 1911 a poche centinaia di metri era stata trovata una necropoli dello stesso periodo.`,
		"l8en.txt": `en|Roman villa found under Italian car park site

Heritage

23 November 2040

Archaeologists have uncovered a second-century Roman villa on the site of a planned multi-storey car park in Borgo San Lentino, central Italy, officials announced on Friday.

So far 14 rooms have been excavated across some 1,300 square metres, said Chiara Valli, 44, the archaeologist leading the dig, which began in January. Around 40 terracotta oil lamps were among the finds.

Work on the €7 million, 320-space car park has been halted for at least six months. A cemetery from the same period was found nearby in 1911.`,
		"l8fr.txt": `fr|Italie : une villa romaine découverte sous un futur parking

Culture | Patrimoine

Publié le vendredi 23 novembre 2040 à 18h02

Une villa romaine du IIe siècle a été mise au jour à Borgo San Lentino, dans le centre de l'Italie, sur le chantier d'un parking de 320 places. Les fouilles, commencées en janvier, ont déjà dégagé 14 pièces sur environ 1 300 mètres carrés.

« C'est l'une des découvertes les plus importantes de la région depuis cinquante ans », estime l'archéologue Chiara Valli, 44 ans. Une quarantaine de lampes à huile ont été retrouvées.

Le chantier du parking, d'un coût de 7 millions d'euros, est suspendu pour six mois au moins.`,
		"l8nl.txt": `nl|Romeinse villa gevonden onder Italiaanse parkeergarage in aanbouw

Wetenschap

23 november 2040

Bij de bouw van een parkeergarage in het Italiaanse Borgo San Lentino hebben archeologen een Romeinse villa uit de tweede eeuw na Christus blootgelegd.

Volgens archeoloog Chiara Valli (44), die de opgraving sinds januari leidt, zijn tot nu toe 19 kamers vrijgelegd op een oppervlakte van zo'n 1300 vierkante meter. Er werden ook ongeveer 40 olielampjes gevonden.

De bouw van de garage met 320 parkeerplaatsen, die 7 miljoen euro kost, ligt minstens zes maanden stil.`,
	}, map[string][2]string{"l8nl.txt": {"19", "14"}}},
	{"cathedral-bells", map[string]string{
		"l9es.txt": `es|Las campanas de la catedral de Santa Ilara vuelven a su torre

Sociedad | Cultura

Sábado, 14 de abril de 2040

Las cinco campanas de la catedral de Santa Ilara, restauradas en una fundición neerlandesa, regresaron esta semana a la torre de 72 metros, de la que fueron descolgadas en febrero de 2039.

La mayor, conocida como «la María», pesa 3.200 kilos y fue fundida en 1687; ya había sido refundida en parte en 1952. La más pequeña pesa 180 kilos.

La restauración ha costado 1,1 millones de euros, de los que la diócesis aportó 300.000 y el Gobierno regional, 800.000. El obispo, Tomás Arrieta, de 66 años, las bendecirá este sábado y volverán a sonar el domingo a mediodía.

«Llevábamos catorce meses sin oírlas», dijo el deán, Julián Sordo, de 71 años.`,
		"l9fr.txt": `fr|Espagne : les cloches de Santa Ilara retrouvent leur clocher

International

Publié le 14/04/2040 à 08h40

Les cinq cloches de la cathédrale de Santa Ilara, en Espagne, ont regagné leur tour de 72 mètres après une restauration aux Pays-Bas. Elles avaient été descendues en février 2039.

La plus grosse, surnommée « la María », pèse 3,2 tonnes et date de 1687. L'évêque Tomás Arrieta, 66 ans, doit les bénir samedi, avant une première sonnerie dimanche à midi.

Le chantier a coûté 1,1 million d'euros, dont 800 000 euros de la région.`,
		"l9en.txt": `en|Spanish cathedral's 17th-century bells ring again after restoration

Europe

14 April 2040

The five bells of Santa Ilara cathedral in northern Spain are back in its 72-metre (236ft) tower after a 14-month restoration at a foundry in the Netherlands.

The largest, "La María", was cast in 1687 and weighs 3.2 tonnes; it was partly recast in 1952. The smallest weighs 180kg.

Bishop Tomás Arrieta, 66, will bless the bells on Saturday and they will ring again at noon on Sunday. The €1.1 million restoration was paid for by the diocese, which contributed €300,000, and the regional government.

The foundry, founded in 1851, has restored more than 4,000 bells.`,
	}, nil},
}
