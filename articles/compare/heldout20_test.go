package compare

// heldOutThaw are eight events written blind, after the Harvest set, on
// topics not used before, to provoke false disagreements. Five hold no
// contradiction but are dense with traps (figures of one kind for
// different things, previous values, parts and totals, rates and totals,
// hedges and rounding, ages in several shapes, unit conversions, a night
// spanning two days, scores, ordinals, footers with phone numbers); three
// hold one planted contradiction each (an age, a count, a weekday).
//
// First run (commit 2269bc5, before any change made on it): 1 of the 3
// contradictions flagged, 0 false disagreements; the test passes. Flagged:
// opera-director, t6es's "Montebruni, de 48 años" [48 years] against 43.
// Missed:
//
//	camp-illness: missed t7nl.txt's 57 against 37
//	solar-telescope: missed t8pt.txt's Tuesday against Thursday
//
// t7nl's "57 leerlingen" sits in a row of its own ("leerlingen · 57")
// apart from "children · 37" (t7de, t7en); t8pt's "na terça-feira" sits in
// a row "Tuesday" of its own apart from "inaugurated · Thursday" (t8en,
// t8es, t8it). Other wrong readings in the -v log, none flagged:
// glacier-retreat, t4de's "über 5000 Metern" (the zero-degree line) in the
// row "superiore ai · 30 m" beside "30 metri"; "im August 2031 an 19 Tagen"
// gives a duration "2,031 years"; chess-open, "3-1 negli spareggi" gives a
// count "negli · 1"; lynx-census, "contre 64 lors du précédent recensement"
// gives a count "lors · 64" apart from the "87" row, and "1 200 km²" a
// length "1,200 km"; opera-director, "succédera ... à Karl Weissmann" gives
// a place Karl Weissmann.
//
// Fixed after, so the set is held out no longer: "Schülerinnen" are pupils
// like "leerlingen". Now 2/3, 0 false; still missed: the inauguration's
// weekday, given with a noun ("A cerimónia de inauguração, na terça-feira")
// in a paragraph far from the lead.
var heldOutThaw = []heldOutEvent{
	{"lynx-census", map[string]string{
		"t1en.txt": `en|Lynx numbers in Valdrenne mountains rise to 87

Environment | Wildlife

Published 9 March 2032, 11:40 GMT

Wildlife officials counted 87 Eurasian lynx in the Valdrenne mountains on the French-Swiss border in the winter of 2031-32, up from 64 in the previous survey five years ago, the regional biodiversity office said on Tuesday.

The count, carried out by 14 rangers using 312 camera traps spread over about 460 square miles (1,200 sq km), included 23 cubs born last year. Twelve females were seen with young.

"Ten years ago we struggled to find 40 animals," said Dr Amélie Corvaz, the biologist who led the survey. Corvaz said the first six lynx were released in the valley in 1998, from Slovakia.

Road traffic remains the main threat: on average six lynx a year are killed on roads, 31 since the last count. The office will ask the canton for 8 new wildlife crossings.

The next count is planned for the winter of 2036-37.

Contact the newsdesk: +41 22 555 01 88`,
		"t1fr.txt": `fr|Valdrenne : près de 90 lynx recensés, un record

Planète

Le 9 mars 2032 à 12h05

Le nombre de lynx dans le massif de la Valdrenne, à cheval sur la France et la Suisse, atteint désormais 87 individus, contre 64 lors du précédent recensement, il y a cinq ans, a annoncé mardi l'Office régional de la biodiversité.

Parmi eux, 23 jeunes nés l'an dernier. Les 14 gardes ont relevé les images de 312 pièges photographiques répartis sur 1 200 km².

« Il y a dix ans, nous peinions à trouver 40 bêtes », souligne la biologiste Amélie Corvaz, qui a dirigé le comptage. Les six premiers lynx avaient été lâchés dans la vallée en 1998.

La route reste la première menace : en moyenne six lynx par an meurent percutés par des véhicules. L'office réclame huit nouveaux passages à faune.

Abonnez-vous à notre lettre d'information`,
		"t1de.txt": `de|Zahl der Luchse in der Valdrenne steigt auf 87

Wissen

09.03.2032

Im Valdrenne-Gebirge an der französisch-schweizerischen Grenze leben wieder fast 90 Luchse. Bei der Zählung im Winter 2031/32 wurden 87 Tiere erfasst, nach 64 bei der letzten Erhebung vor fünf Jahren, teilte das regionale Amt für Biodiversität am Dienstag mit.

Darunter sind 23 Jungtiere des vergangenen Jahres. 14 Wildhüter werteten die Bilder von 312 Fotofallen auf einer Fläche von 1200 Quadratkilometern aus.

Die Biologin Amélie Corvaz, die die Zählung leitete, sprach von einem Erfolg. Corvaz erinnerte daran, dass 1998 die ersten sechs Luchse aus der Slowakei ausgesetzt worden waren. Zwölf Weibchen wurden mit Jungen beobachtet.

Im Schnitt sterben jedes Jahr sechs Luchse im Straßenverkehr, seit der letzten Zählung waren es 31.

Die nächste Zählung ist für den Winter 2036/37 geplant.`,
	}, nil},
	{"chess-open", map[string]string{
		"t2en.txt": `en|Ilesco, 19, wins Castellane Open after midnight tiebreak

Sport | Chess

13 September 2032

Romanian Marta Ilesco won the Castellane Open in the early hours of Monday, beating Pavel Drumeanu 3-1 in a rapid tiebreak after their six classical games ended level at 3-3.

The final tiebreak game finished at 00:40, more than 14 hours after the day's play began. Ilesco, 19, becomes the first woman to win the event since it began in 1987.

For Drumeanu, 34, it was the third time he had reached the final and the third time he had lost it. "I had the better position in the second game and let it go," he said.

Ilesco takes home €120,000 of a €400,000 prize fund; Drumeanu receives €75,000. Her rating of 2,651 is expected to rise to about 2,680.

Next: Ilesco plays in the Olympiad in November.`,
		"t2es.txt": `es|Marta Ilesco, campeona del Abierto de Castellane a los 19 años

Deportes

13/09/2032 - 08:15

La rumana Marta Ilesco, de 19 años, se proclamó en la madrugada del lunes campeona del Abierto de Castellane al derrotar por 3-1 a Pavel Drumeanu en el desempate rápido, tras un empate a 3 en las seis partidas clásicas.

La última partida terminó a las 00.40. Ilesco es la primera mujer que gana el torneo, disputado desde 1987.

Drumeanu, de 34 años, perdía así su tercera final. La campeona se embolsa 120.000 euros, frente a los 75.000 del subcampeón.

Más deportes: Liga, Baloncesto, Ciclismo`,
		"t2it.txt": `it|Scacchi, la 19enne Ilesco vince l'Open di Castellane

Sport

13 settembre 2032

Nella notte tra domenica e lunedì la rumena Marta Ilesco ha vinto l'Open di Castellane battendo Pavel Drumeanu per 3-1 negli spareggi rapidi, dopo il 3-3 delle sei partite a cadenza classica.

È la prima donna a imporsi nel torneo, nato nel 1987. Per il trentaquattrenne Drumeanu è la terza finale persa. «Nella seconda partita ero in vantaggio e l'ho lasciata andare», ha detto.

Alla vincitrice vanno 120.000 euro su un montepremi di 400.000 euro.

Redazione Sport - via dei Mille 14, Torino - tel. 011 555 2310`,
	}, nil},
	{"tram-line", map[string]string{
		"t3pt.txt": `pt|Elétrico regressa a Vila Moreira 73 anos depois

Local

5 jun 2032 - 19:30

A nova linha de elétrico de Vila Moreira foi inaugurada este sábado, 73 anos depois de a cidade ter encerrado a sua última linha, em 1959. A linha tem 14,2 quilómetros e 22 paragens, e liga a estação ferroviária ao novo campus universitário em 31 minutos, contra 55 minutos de autocarro.

A obra, que durou quatro anos, custou 480 milhões de euros, acima dos 390 milhões previstos inicialmente. "Valeu cada cêntimo", disse a presidente da câmara, Helena Quintas.

Os 18 veículos, com 44 metros de comprimento, podem transportar até 300 passageiros cada. A autarquia espera 45 mil passageiros por dia, cerca de 16 milhões por ano.

As viagens são gratuitas durante o fim de semana. A partir de segunda-feira, o bilhete custa 1,60 euros.

Redação: Rua do Almada 212, 4050 Porto · Tel. 22 555 1840`,
		"t3fr.txt": `fr|Portugal : Vila Moreira retrouve le tramway

International

Publié le 6 juin 2032 à 10h00

La ville portugaise de Vila Moreira a inauguré samedi une ligne de tramway de 14,2 km, la première depuis la fermeture de l'ancien réseau en 1959.

Les 22 stations relient la gare au campus universitaire en 31 minutes, contre 55 minutes en bus. Le chantier a duré quatre ans et coûté 480 millions d'euros, contre 390 millions prévus.

La maire, Helena Quintas, table sur 45 000 voyageurs par jour. « Valeu cada cêntimo » (ça valait chaque centime), a-t-elle lancé lors de l'inauguration.

Le trajet est gratuit ce week-end.`,
		"t3en.txt": `en|Vila Moreira opens 8.8-mile tram line

World | Transport

5 June 2032

The Portuguese city of Vila Moreira opened its first tram line in 73 years on Saturday, a 14.2 km (8.8-mile) route with 22 stops between the railway station and the university campus.

Trams will cover the route in 31 minutes, against 55 minutes by bus. The works took four years and cost €480 million, up from an initial estimate of €390 million. Mayor Helena Quintas said the city expected 45,000 passengers a day.

Each of the 18 trams is 44 metres (144 ft) long and carries up to 300 people. Rides are free this weekend; from Monday a ticket costs €1.60.

The city's old tram network closed in 1959.`,
		"t3de.txt": `de|Vila Moreira hat wieder eine Straßenbahn

Reise

05.06.2032

Nach 73 Jahren fährt in der portugiesischen Stadt Vila Moreira wieder eine Straßenbahn. Bürgermeisterin Helena Quintas eröffnete am Samstag die 14,2 Kilometer lange Linie mit 22 Haltestellen.

Die Fahrt vom Bahnhof zum Campus dauert 31 Minuten, mit dem Bus waren es 55. Der Bau dauerte vier Jahre und kostete 480 Millionen Euro statt der geplanten 390 Millionen.

Quintas rechnet mit rund 16 Millionen Fahrgästen im Jahr.

Weitere Artikel: Lissabon, Porto, Algarve`,
	}, nil},
	{"glacier-retreat", map[string]string{
		"t4it.txt": `it|Il ghiacciaio della Varnella arretra di altri 38 metri

Ambiente

18 maggio 2032

Il ghiacciaio della Varnella, al confine tra Italia e Svizzera, ha perso altri 38 metri di lunghezza nel 2031, dopo i 52 metri del 2030. Lo indica il rapporto annuale della rete glaciologica alpina, presentato martedì a Sondalmo.

Lo spessore del ghiaccio è diminuito in media di 2,6 metri, fino a 6 metri sulla lingua. Negli ultimi dieci anni il ritiro medio è stato di 41 metri all'anno.

«È l'undicesimo anno consecutivo con un arretramento superiore ai 30 metri», ha spiegato la glaciologa Lucia Ferrandi, 58 anni. Dall'inizio delle misurazioni, nel 1881, il ghiacciaio si è accorciato di 2,3 chilometri.

L'estate 2031 è stata di 2,1 gradi più calda della media 1991-2020.

Seguici anche su Facebook e Instagram`,
		"t4de.txt": `de|Varnella-Gletscher schrumpft um 38 Meter

Schweiz

18.05.2032, 14:22

Der Varnella-Gletscher an der italienisch-schweizerischen Grenze hat im vergangenen Jahr 38 Meter an Länge verloren. Im Jahr davor waren es 52 Meter gewesen. Das geht aus dem Jahresbericht des alpinen Gletschermessnetzes hervor, der am Dienstag in Sondalmo vorgestellt wurde.

Das Eis wurde im Durchschnitt 2,6 Meter dünner, an der Zunge bis zu sechs Meter. Seit Beginn der Messungen 1881 ist der Gletscher um 2,3 Kilometer kürzer geworden.

Die 58-jährige Glaziologin Lucia Ferrandi sagte: «Der Sommer war 2,1 Grad wärmer als im Mittel von 1991 bis 2020.» Ferrandi warnt, bis 2060 könne die Zunge ganz verschwunden sein.

Die Nullgradgrenze lag im August 2031 an 19 Tagen über 5000 Metern.`,
		"t4nl.txt": `nl|Varnellagletsjer opnieuw 38 meter korter

Wetenschap

18 mei 2032

De Varnellagletsjer op de grens van Italië en Zwitserland is vorig jaar 38 meter korter geworden, na 52 meter in 2030, blijkt uit het jaarrapport van het Alpiene gletsjermeetnet dat dinsdag werd gepresenteerd.

Het ijs werd gemiddeld 2,6 meter dunner. Het afgelopen decennium trok de gletsjer zich gemiddeld 41 meter per jaar terug, sinds 1881 in totaal 2,3 kilometer.

Glaciologe Lucia Ferrandi (58) spreekt van het elfde jaar op rij met meer dan 30 meter verlies.

Lees ook: Droogte in Zuid-Europa`,
	}, nil},
	{"pumpkin-record", map[string]string{
		"t5en.txt": `en|Dutch grower's 1,104 kg pumpkin sets European record

Offbeat

2 October 2032

A pumpkin weighing 1,104 kg (2,434 lb) grown by Joris van Aken, 61, set a European record at the Oosterkamp weigh-off in the Netherlands on Saturday, beating the mark of 1,061 kg set by a Belgian grower in 2029.

It was the third time Van Aken had won the contest, which drew 142 entries from 11 countries. Second place went to Heike Brandt, 47, of Germany, with 986 kg.

"In July it was putting on 25 kilos a day," Van Aken said. "I gave it up to 1,500 litres of water a day."

The winner takes €5,000. The pumpkin will be on show in the town square until Sunday 10 October, when it will be carved.

Oosterkamp Courant, Markt 3, 7701 AB Oosterkamp, tel. 0523 555 410`,
		"t5nl.txt": `nl|Reuzenpompoen van 1104 kilo breekt Europees record

Binnenland

2 oktober 2032, 17:05

De 61-jarige Joris van Aken uit Oosterkamp heeft zaterdag met een pompoen van 1104 kilo het Europees record verbroken. Het oude record, 1061 kilo, stond sinds 2029 op naam van een Belgische kweker.

Van Aken won de weging in Oosterkamp voor de derde keer. Er deden 142 pompoenen uit elf landen mee. De Duitse Heike Brandt (47) werd tweede met 986 kilo.

'In juli kwam er 25 kilo per dag bij', zegt Van Aken. Hij krijgt 5000 euro prijzengeld.

De pompoen is tot en met zondag 10 oktober te zien op de Markt.`,
		"t5de.txt": `de|Riesenkürbis aus Oosterkamp: 1104 Kilo

Panorama

02.10.2032

Ein Kürbis von 1104 Kilogramm hat am Samstag im niederländischen Oosterkamp einen Europarekord aufgestellt. Gezüchtet hat ihn der 61 Jahre alte Joris van Aken.

Zweite wurde die Deutsche Heike Brandt, 47, aus Emsfeld mit 986 Kilogramm, nach 912 Kilogramm im Vorjahr. Insgesamt wurden 142 Kürbisse aus elf Ländern gewogen.

Der bisherige Rekord von 1061 Kilogramm stammte aus dem Jahr 2029. Van Aken gewann den Wettbewerb zum dritten Mal.

Mehr aus Panorama`,
	}, nil},
	{"opera-director", map[string]string{
		"t6fr.txt": `fr|Ilaria Montebruni prend la direction musicale de l'Opéra de Marvaux

Culture

Publié le 17 novembre 2032

L'Opéra de Marvaux a nommé mercredi la cheffe italienne Ilaria Montebruni, 43 ans, au poste de directrice musicale. Elle succédera en septembre 2033 à Karl Weissmann, 71 ans, en poste depuis 18 ans.

Son contrat porte sur cinq ans. « C'est la maison où j'ai dirigé mon premier opéra, en 2014 », a rappelé Montebruni.

La maison, qui compte 1 450 places, dispose d'un budget annuel de 62 millions d'euros et présente neuf nouvelles productions par saison.

Billetterie : 04 72 55 10 10`,
		"t6it.txt": `it|Opera di Marvaux, Ilaria Montebruni nuovo direttore musicale

Spettacoli

17 novembre 2032

La direttrice d'orchestra milanese Ilaria Montebruni, 43 anni, sarà il nuovo direttore musicale dell'Opera di Marvaux, in Francia. L'annuncio è arrivato mercoledì.

Montebruni prenderà il posto di Karl Weissmann, 71 anni, dal settembre 2033, con un contratto di cinque anni. Weissmann ha guidato il teatro per 18 anni.

È la prima donna alla guida musicale del teatro, fondato nel 1862.

Leggi anche: La Scala presenta la stagione`,
		"t6es.txt": `es|La italiana Ilaria Montebruni dirigirá la Ópera de Marvaux

Cultura

17/11/2032

La Ópera de Marvaux, en el este de Francia, anunció el miércoles el nombramiento de la directora italiana Ilaria Montebruni como nueva directora musical, a partir de septiembre de 2033.

Sustituirá a Karl Weissmann, de 71 años, que ha estado al frente de la orquesta durante 18 años y se jubila el próximo verano.

Montebruni, de 48 años, firmó un contrato de cinco años. Será la primera mujer en el cargo desde la fundación del teatro en 1862.

El teatro tiene 1.450 localidades y un presupuesto anual de 62 millones de euros.`,
		"t6en.txt": `en|Marvaux Opera names Ilaria Montebruni music director

Arts

17 November 2032

Marvaux Opera in eastern France on Wednesday named the Italian conductor Ilaria Montebruni as its next music director, the first woman to hold the post since the house opened in 1862.

Montebruni, 43, will take over in September 2033 from Karl Weissmann, who is retiring at 71 after 18 years in the job. She has signed a five-year contract.

"I conducted my first opera here in 2014," she said. The 1,450-seat house puts on nine new productions a season.`,
	}, map[string][2]string{"t6es.txt": {"48 years", "43 years"}}},
	{"camp-illness", map[string]string{
		"t7de.txt": `de|Brechdurchfall im Schullager: 37 Kinder erkrankt

Österreich

17.06.2032, 15:40

In einem Schullager in Sankt Oswin (Tirol) sind in der Nacht auf Donnerstag 37 Schülerinnen und Schüler an Brechdurchfall erkrankt. Neun von ihnen wurden in die Klinik in Kellau gebracht, teilte die Bezirkshauptmannschaft mit.

Insgesamt nahmen 120 Kinder im Alter von 12 bis 14 Jahren aus zwei Schulen in Thalbruck an dem Lager teil. Auch vier der elf Lehrkräfte klagten über Beschwerden.

Die Behörden vermuten Noroviren. «Wir schließen das Essen als Ursache noch nicht aus», sagte Amtsarzt Dr. Florian Egger. Egger rechnet mit Ergebnissen bis Montag.

Das Lager wird am Freitag statt wie geplant am Samstag beendet. Die Eltern wurden über eine Hotline unter 0512 555 7700 informiert.`,
		"t7nl.txt": `nl|Tientallen kinderen ziek op schoolkamp in Oostenrijk

Buitenland

17 juni 2032

Op een schoolkamp in het Oostenrijkse Sankt Oswin zijn in de nacht van woensdag op donderdag tientallen kinderen ziek geworden. Negen van hen liggen in de kliniek van Kellau.

Volgens de autoriteiten gaat het om 57 leerlingen van de 120 die aan het kamp deelnamen, allemaal tussen 12 en 14 jaar oud. Ook vier leraren werden ziek.

De autoriteiten denken aan een norovirus. Het kamp wordt vrijdag, een dag eerder dan gepland, afgesloten.`,
		"t7en.txt": `en|Dozens of pupils fall ill at Austrian school camp

World

17 June 2032

Thirty-seven children fell ill overnight at a school camp in Sankt Oswin in the Austrian Tyrol, and nine were taken to a clinic in Kellau, local authorities said on Thursday.

The 120 pupils, aged 12 to 14, come from two schools in Thalbruck. Four of their 11 teachers also had symptoms.

District medical officer Florian Egger said norovirus was the likeliest cause and that test results were expected by Monday. The camp will end on Friday, a day early.`,
	}, map[string][2]string{"t7nl.txt": {"57", "37"}}},
	{"solar-telescope", map[string]string{
		"t8es.txt": `es|Inaugurado en Alcaraván el mayor telescopio solar de Europa

Ciencia

22/04/2032 - 20:10

El Observatorio del Roque Blanco, en la isla de Alcaraván, inauguró el jueves el Telescopio Solar Europeo, con un espejo principal de 4,2 metros, el mayor del continente.

El instrumento, situado a 2.380 metros de altitud, ha costado 190 millones de euros, financiados por 14 países. Las obras comenzaron en 2021. La "primera luz" se obtuvo en noviembre de 2031.

"Veremos detalles de apenas 20 kilómetros en la superficie del Sol", explicó la directora del observatorio, Carmen Albiñana. Albiñana anunció jornadas de puertas abiertas el sábado y el domingo.

Unos 60 científicos trabajarán de forma permanente en el telescopio.`,
		"t8pt.txt": `pt|Europa inaugura telescópio solar gigante em Alcaraván

Ciência

23 abr 2032

O Telescópio Solar Europeu, com um espelho de 4,2 metros, foi inaugurado no Observatório do Roque Blanco, na ilha espanhola de Alcaraván, a 2380 metros de altitude.

O projeto custou 190 milhões de euros e envolveu 14 países, incluindo Portugal. A construção começou em 2021.

A cerimónia de inauguração, na terça-feira, contou com a presença de cientistas de toda a Europa. "Veremos pormenores de apenas 20 quilómetros na superfície do Sol", disse a diretora do observatório, Carmen Albiñana.

O observatório abre as portas ao público no sábado e no domingo.`,
		"t8it.txt": `it|Inaugurato il telescopio solare europeo

Scienza

22 aprile 2032

È stato inaugurato giovedì sull'isola spagnola di Alcaraván il Telescopio solare europeo, con uno specchio principale di 4,2 metri.

Lo strumento, costato 190 milioni di euro e finanziato da 14 Paesi tra cui l'Italia, si trova a 2.380 metri di quota. I lavori erano iniziati nel 2021.

Secondo la direttrice Carmen Albiñana, circa 60 ricercatori lavoreranno stabilmente all'osservatorio.`,
		"t8en.txt": `en|Europe's largest solar telescope opens on Alcaraván

Science

22 April 2032

The European Solar Telescope, with a 4.2-metre main mirror, was inaugurated on Thursday at the Roque Blanco Observatory on the Spanish island of Alcaraván, at 2,380 m (7,800 ft).

The €190 million telescope, funded by 14 countries, first saw light in November 2031, ten years after construction began.

Observatory director Carmen Albiñana said it would resolve features as small as 20 km (12 miles) on the Sun's surface. The site opens to the public on Saturday and Sunday.`,
	}, map[string][2]string{"t8pt.txt": {"Tuesday", "Thursday"}}},
}
