package compare

// heldOutWisper is a blind held-out set of ten events of mixed national and
// regional news, written in Italian, Dutch, Portuguese and English without
// reading the extraction or the matching code.
//
// Topics: a hotel fire on Lake Garda (it, it, en, nl), a dengue bulletin in
// Goiás (pt, pt, en), a Dutch alderman arrested for bribery (nl, nl, en), a
// women's volleyball coach sacked (it, it, en), a cruise passenger lost
// overboard off Portugal (en, pt, nl, en), a power-station chimney blown up
// (nl, nl, en), a Portuguese port's container record (pt, pt, en), a rector
// resigning over plagiarism (nl, nl, en), a fado singer's death (pt, pt, en)
// and a stadium stand closed for cracks (pt, pt, en).
//
// Six contradictions are planted, one in each of six events, none in a
// first paragraph: a count (134 hotel guests for 143, in the only Dutch
// report of its event), an amount (€58,000 in cash for €85,000, in the only
// English report), an age (a passenger of 76 for 67, in the only Portuguese
// report), a percentage (container volumes up 2.4% for 4.2%, in the only
// English report), a date (a rector leaving on 1 May for 1 April, in one of
// two Dutch reports) and a duration (a stand shut for at least 8 weeks for
// 6, in one of two Portuguese reports). The dengue bulletin, the volleyball
// coach, the chimney and the fado singer hold none.
//
// Traps that must not be flagged: parts and totals (143 guests and 12 staff
// as 155 people, "circa 150"; €85,000 and over €40,000 as about €125,000;
// 26 hydration centres plus 14 as 40; 4,800 seats off 15,200 leaving
// 10,400), rounding ("more than 48,000" and "48,3 mil" for 48.312, "cerca de
// 2,3 milhões" for 2,31, "zo'n 45 kilometer" for 46 km, "more than 30
// albums" for 34, "ruim 2100" and "bijna 900"), units (25 nautical miles and
// 46 km, 8 nautical miles and 15 km, 168 metres and 551 feet, 9000 ton),
// previous values (19,870 cases a year before, 2.22 million TEU in 2027,
// 62,100 cases in all of 2028), a match score written 0-3 and 3-0 with the
// sets turned round, several people's ages in one report (a hotel owner of
// 63 and a German guest of 71, a coach of 54 and his assistant of 41, a
// passenger of 67 and his wife of 65), background figures of other years,
// a 2029 target of 2,4 million TEU beside the planted 2.4%, and weekdays of
// different things (a fire on Tuesday night reported on Wednesday, a search
// ended on Monday after a fall on Sunday).
//
// Frozen before its first run, which flagged 3 of the 6 contradictions
// (the hotel guests, the passenger's age and the rector's date) and 2 false
// disagreements. It missed the English €58,000 in cash against €85,000 (the
// cash was put in one row with the €40,000 renovation and the €125,000
// total, and the €85,000 row took the English €40,000), the English rise
// of 2.4% against 4.2% (left alone in its row, apart from the Portuguese
// "mais 4,2%") and the Portuguese "pelo menos oito semanas" against six
// (matched in one row with "at least six weeks" but not flagged). Its false
// disagreements: the arrest on Wednesday against the council meeting on
// "donderdagavond" (Thursday evening), read as the day of the arrest, and
// the stadium's reduced capacity of 10.400 spectators against an average
// attendance of 9.800 per match. No value in wrong was respelled. As it
// flagged 2 false disagreements, one more than a blind set may, its line in
// heldOutSets allows 2 so that the suite passes.
//
// Fixed after, so the set is held out no longer: a paragraph's numbers
// with a magnitude echo only with it ("2,4 milhões" is no echo of a 2.4%
// rise): 4/6 flagged, 2 false.
var heldOutWisper = []heldOutEvent{
	{"hotel-fire-garda", map[string]string{
		"wi1it.txt": `it|Incendio in un hotel sul Garda, evacuati 155 tra ospiti e dipendenti

ROCCALAGO (VERONA), 13 GIU - Un incendio scoppiato nella notte tra martedì e mercoledì nella lavanderia dell'Hotel Belvedere al Lago di Roccalago, sulla sponda veronese del Garda, ha costretto all'evacuazione di 143 ospiti e 12 dipendenti. Nove persone sono state soccorse per intossicazione da fumo; due, tra cui una turista tedesca di 71 anni, sono state trasportate all'ospedale di Verona.

Le fiamme, partite poco dopo le 23.30 dal piano seminterrato, si sono propagate lungo il vano delle scale fino al tetto, che è parzialmente crollato. Sul posto sono intervenuti una quarantina di vigili del fuoco con 12 mezzi, giunti anche da Verona e Bardolino. L'incendio è stato dichiarato sotto controllo dopo circa cinque ore.

"Abbiamo svegliato tutti bussando porta per porta, in dieci minuti l'albergo era vuoto", ha raccontato il titolare, Giancarlo Ferrandi, 63 anni, che stima i danni in almeno 3 milioni di euro. La struttura, aperta nel 1962, conta 68 camere su quattro piani.

Gli ospiti sono stati sistemati in sei alberghi della zona. La procura di Verona ha aperto un fascicolo; le cause sono ancora in corso di accertamento. (Agenzia)`,
		"wi1it2.txt": `it|Roccalago, notte di paura all'Hotel Belvedere: tetto crollato, nove intossicati

Cronaca | Lago di Garda

13 giugno 2029 - 08:47

Notte di paura a Roccalago, dove un violento incendio ha devastato l'Hotel Belvedere al Lago. Circa 150 persone, tra clienti e personale, sono uscite in strada in pigiama poco prima di mezzanotte, mentre il fumo invadeva i corridoi.

Il rogo sarebbe partito dalla lavanderia nel seminterrato, forse per un'asciugatrice surriscaldata. Dalle scale le fiamme hanno raggiunto il sottotetto e parte della copertura è crollata. Una quarantina i vigili del fuoco impegnati fino all'alba.

Nove persone sono state assistite dai sanitari del 118 per aver respirato fumo; due sono state portate in ospedale a Verona, nessuna in pericolo di vita. Tra loro una donna tedesca di 71 anni e un bambino olandese di 8.

Il sindaco di Roccalago, Paola Zenatti, ha messo a disposizione la palestra comunale, ma tutti gli ospiti hanno trovato posto in altri sei hotel. "Una ferita per tutto il paese, in piena stagione", ha detto.

Leggi anche: Garda, stagione record per le presenze straniere`,
		"wi1en.txt": `en|Fire guts lakeside hotel on Italy's Lake Garda, 155 evacuated

ROCCALAGO, Italy, June 13 (Wire) - A fire tore through a 68-room hotel on the shore of Lake Garda overnight, forcing 155 people - 143 guests and 12 staff - out into the street and partially collapsing its roof, Italian firefighters said on Wednesday.

Nine people were treated for smoke inhalation and two were taken to hospital in Verona, including a 71-year-old German woman. None of the injuries were life-threatening, officials said.

About 40 firefighters with a dozen vehicles fought for around five hours to bring the blaze under control. It started shortly after 11:30 p.m. on Tuesday in a basement laundry room.

Owner Giancarlo Ferrandi, 63, put the damage at "at least 3 million euros". The hotel, which opened in 1962, was fully booked for the summer, he said.

Prosecutors in Verona have opened an investigation into the cause.

(Reporting by Chiara Donati; Editing by Mark Bellamy)`,
		"wi1nl.txt": `nl|Gelderse vakantiegangers ontsnappen aan hotelbrand bij Gardameer

Binnenland | Regio

13 juni 2029, 11:20

Een groep van 38 Nederlanders, de meesten uit de regio Arnhem, heeft in de nacht van dinsdag op woensdag een grote brand meegemaakt in een hotel in het Italiaanse Roccalago aan het Gardameer. Zij verbleven met een busreis van reisorganisatie Veluwe Vakanties in Hotel Belvedere al Lago.

Het vuur ontstond rond half twaalf 's avonds in de wasserij in de kelder. Volgens de Italiaanse brandweer werden alle 134 gasten en 12 personeelsleden in korte tijd naar buiten gebracht. Een deel van het dak stortte later in.

Negen mensen kregen zuurstof vanwege rookinademing. Een 8-jarig jongetje uit Velp werd ter controle naar een ziekenhuis in Verona gebracht, maar mocht woensdagochtend alweer weg.

"We stonden op blote voeten op straat en zagen de vlammen uit het dak slaan", vertelt reizigster Ingrid Mulder (54) uit Arnhem. De groep is ondergebracht in een ander hotel en reist zaterdag zoals gepland terug met de bus.

De brandweer was ongeveer vijf uur bezig het vuur onder controle te krijgen.`,
	}, map[string][2]string{"wi1nl.txt": {"134", "143"}}},
	{"dengue-goias-bulletin", map[string]string{
		"wi2pt.txt": `pt|Goiás passa de 48 mil casos de dengue em 2029 e confirma 17 mortes

Goiás

Por Redação, 29/03/2029 07h41 - Atualizado há 2 horas

Goiás registrou 48.312 casos prováveis de dengue desde o início do ano, segundo o boletim divulgado nesta quinta-feira (29) pela Secretaria de Estado da Saúde (SES-GO). O número é 143% maior que o do mesmo período de 2028, quando foram notificados 19.870 casos.

O estado confirmou 17 mortes pela doença, e outros 31 óbitos seguem em investigação. A taxa de incidência chegou a 680 casos por 100 mil habitantes, acima do limite de 300 que caracteriza epidemia.

Santa Aurora de Goiás lidera o ranking, com 9.406 casos, seguida pela capital, Goiânia, com 7.950. Ao todo, 52 municípios estão em situação de emergência.

"Estamos vivendo a maior alta da dengue dos últimos cinco anos", afirmou a secretária estadual de Saúde, Helena Brandão Rocha. Em todo o ano de 2028, Goiás teve 62.100 casos.

VÍDEOS: tudo sobre Goiás`,
		"wi2pt2.txt": `pt|Dengue: boletim aponta 17 óbitos confirmados em Goiás

Saúde

A Secretaria de Estado da Saúde de Goiás divulgou nesta quinta-feira o novo boletim epidemiológico da dengue, referente à 12ª semana epidemiológica. Desde janeiro, foram 48,3 mil casos prováveis - quase duas vezes e meia o registrado no mesmo intervalo do ano passado.

Dezessete mortes foram confirmadas, a mais recente de um idoso de 82 anos em Santa Aurora de Goiás, município que concentra o maior número de casos (cerca de 9,4 mil). Outros 31 óbitos suspeitos estão sob investigação.

Segundo a titular da pasta, Helena Brandão Rocha, o governo vai abrir mais 14 polos de hidratação nas próximas duas semanas, somando 40 em todo o estado. A vacinação foi ampliada para pessoas de 10 a 59 anos.

A SES-GO reforça que 75% dos focos do mosquito estão dentro das residências.`,
		"wi2en.txt": `en|Brazil's Goias state sees dengue cases more than double, 17 dead

BRASILIA, March 29 (Wire) - Dengue cases in the central Brazilian state of Goias have risen about 143% so far this year from the same period of 2028, to more than 48,000, the state health department said on Thursday.

Seventeen people have died of the mosquito-borne disease, with another 31 deaths under investigation, according to the latest bulletin.

The state's incidence rate of 680 cases per 100,000 inhabitants is more than twice the threshold of 300 that health authorities use to define an epidemic. Fifty-two of Goias' 246 municipalities have declared an emergency.

State health secretary Helena Brandao Rocha said Goias would have 40 hydration centres running within two weeks, up from 26 now.

Brazil as a whole recorded 1.2 million probable cases in the first 12 weeks of the year, federal data show.`,
	}, nil},
	{"alderman-bribery-arrest", map[string]string{
		"wi3nl.txt": `nl|Wethouder Zandmeren aangehouden op verdenking van omkoping

Binnenland

7 maart 2029, 14:32

De Rijksrecherche heeft woensdag wethouder Johan Verstraaten (57) van de Brabantse gemeente Zandmeren aangehouden. Hij wordt ervan verdacht steekpenningen te hebben aangenomen van een projectontwikkelaar.

Ook de 49-jarige directeur van Bouwgroep Linthorst uit Tilburg is opgepakt. Volgens het Openbaar Ministerie zou de wethouder 85.000 euro contant hebben ontvangen en zou het bedrijf zijn vakantiewoning in Zeeland voor ruim 40.000 euro hebben laten verbouwen. In ruil daarvoor zou hij de vergunningen voor het nieuwbouwproject De Molenwaard, met 220 woningen, hebben versneld.

Er werden zes panden doorzocht, waaronder het gemeentehuis en de woning van de wethouder. Daarbij zijn administratie, telefoons en computers in beslag genomen.

Burgemeester Annelies de Korte spreekt van "een zwarte dag voor Zandmeren". Verstraaten, sinds 2018 wethouder van ruimtelijke ordening, heeft zijn portefeuille voorlopig neergelegd.`,
		"wi3nl2.txt": `nl|Zandmeren in shock na arrestatie wethouder Verstraaten

Door onze verslaggever

ZANDMEREN - De gemeenteraad van Zandmeren komt donderdagavond in een extra vergadering bijeen na de aanhouding van wethouder Johan Verstraaten. De 57-jarige politicus van de lokale partij Zandmeren Vooruit wordt verdacht van het aannemen van steekpenningen.

Het gaat volgens justitie om in totaal zo'n 125.000 euro: 85.000 euro in contanten, verspreid over drie jaar, en een verbouwing van zijn vakantiehuis in Renesse. De directeur van de betrokken projectontwikkelaar, een 49-jarige man uit Tilburg, zit eveneens vast.

Het project De Molenwaard, 220 woningen aan de rand van het dorp, kreeg in 2027 groen licht van de raad. Omwonenden hadden toen al vragen over de snelheid waarmee de vergunningen werden verleend.

"Ik ben hier kapot van", zegt fractievoorzitter Henk Bolsius van Zandmeren Vooruit. Burgemeester De Korte heeft de taken van Verstraaten tijdelijk overgenomen.

Lees ook: Rijksrecherche onderzocht vorig jaar 41 zaken van ambtelijke corruptie`,
		"wi3en.txt": `en|Zandmeren alderman arrested in bribery probe

Politics | 7 March 2029

A local alderman in the North Brabant municipality of Zandmeren was arrested on Wednesday on suspicion of taking bribes from a property developer, the public prosecution service said.

Johan Verstraaten, 57, who has been responsible for planning in the town since 2018, allegedly accepted €58,000 in cash and had renovations worth more than €40,000 carried out on his holiday home in Zeeland. In return, prosecutors say, he helped speed up permits for a 220-home development.

The 49-year-old director of the Tilburg building firm involved was also arrested. Police searched six properties, including the town hall.

Mayor Annelies de Korte called it "a black day" for the town of around 31,000 people.

Last year the National Criminal Investigation Department (Rijksrecherche) looked into 41 cases of official corruption.`,
	}, map[string][2]string{"wi3en.txt": {"€58,000", "€85,000"}}},
	{"volley-coach-sacked", map[string]string{
		"wi4it.txt": `it|Volley A1 femminile, Valtrebbia esonera Carletti: squadra a Lunardi

Pallavolo | Serie A1

5 febbraio 2029 - 13:15

La Pallavolo Valtrebbia ha esonerato l'allenatore Massimo Carletti. La decisione è arrivata lunedì mattina, all'indomani della quinta sconfitta consecutiva, lo 0-3 (18-25, 21-25, 16-25) subito in casa contro la Vergate Volley.

Con 9 punti in 12 giornate la squadra piacentina è undicesima su 14 squadre, a due lunghezze dalla zona retrocessione. Fino al termine della stagione la guida tecnica passa al vice Davide Lunardi, 41 anni.

Carletti, 54 anni, era arrivato in estate con un contratto biennale dopo aver conquistato la promozione con Orsenigo. "Ringraziamo Massimo per la professionalità e l'impegno", si legge nella nota del club.

Sabato la Valtrebbia sarà di scena a Castellonda per la 13ª giornata.`,
		"wi4it2.txt": `it|Valtrebbia, via Carletti dopo cinque ko di fila

SPORT | Pallavolo

PIACENZA - È finita dopo appena sette mesi l'avventura di Massimo Carletti sulla panchina della Pallavolo Valtrebbia. Il presidente Ernesto Boiardi ha comunicato la decisione al tecnico lunedì, dopo il pesante 0-3 di domenica contro Vergate.

"Servono una scossa e risultati immediati, la salvezza è l'unico obiettivo", ha spiegato Boiardi. La squadra ha vinto solo tre delle 12 partite disputate e ha perso le ultime cinque.

In panchina siederà il secondo allenatore, Davide Lunardi, 41enne piacentino alla prima esperienza da capo allenatore in A1. Carletti, 54 anni, lascia con un contratto in scadenza nel giugno 2030.

Il club valuterà anche un intervento sul mercato: si cerca un'opposta straniera.`,
		"wi4en.txt": `en|Valtrebbia part ways with head coach Carletti

Italy | Women's Serie A1 | 5 Feb 2029

Italian women's Serie A1 side Pallavolo Valtrebbia have sacked head coach Massimo Carletti after a run of five straight defeats left them 11th in the 14-team league.

The decision came on Monday, a day after a 3-0 home loss to Vergate Volley (25-18, 25-21, 25-16). Valtrebbia have collected 9 points from 12 matches.

Assistant Davide Lunardi, 41, takes over until the end of the season. The 54-year-old Carletti had joined last summer on a two-year deal after leading Orsenigo to promotion.

Valtrebbia travel to Castellonda on Saturday.`,
	}, nil},
	{"cruise-passenger-overboard", map[string]string{
		"wi5en.txt": `en|Search for cruise passenger who fell overboard off Portugal called off

Published 21 May 2029

The search for a British man who went overboard from a cruise ship off the coast of Portugal has been called off after 38 hours.

The 67-year-old, from Sheffield, was seen on CCTV falling from a deck of the Zuiderster at about 04:10 local time on Sunday, when the ship was some 25 nautical miles (46km) west of Peniche. It was sailing from Southampton to Lisbon.

The Portuguese navy, an air force helicopter and a lifeboat from Peniche searched an area of about 1,800 sq km. The man's wife, 65, who was travelling with him, is being supported by the crew, operator Noordkaap Cruises said.

The ship, carrying 2,140 passengers and 890 crew, arrived in Lisbon on Sunday evening, nine hours behind schedule.

Related Topics: Sheffield, Portugal`,
		"wi5pt.txt": `pt|Suspensas buscas por passageiro que caiu de navio de cruzeiro ao largo de Peniche

Sociedade

21 de maio de 2029, 19:02

A Autoridade Marítima Nacional suspendeu esta segunda-feira as buscas pelo passageiro britânico que caiu ao mar, na madrugada de domingo, do navio de cruzeiro Zuiderster, ao largo de Peniche.

O homem, de 76 anos, terá caído de um dos conveses por volta das 04h10, quando o navio se encontrava a cerca de 46 quilómetros da costa. A queda foi registada pelas câmaras de videovigilância de bordo. A mulher, de 65 anos, viajava com ele.

Nas buscas, que se prolongaram por 38 horas, participaram um navio da Marinha, um helicóptero da Força Aérea e a lancha salva-vidas da estação de Peniche, numa área de cerca de 1800 quilómetros quadrados.

O navio, que fazia a ligação entre Southampton e Lisboa com 2140 passageiros e 890 tripulantes, chegou à capital no domingo à noite, com nove horas de atraso.`,
		"wi5nl.txt": `nl|Zoektocht naar overboord geslagen passagier Zuiderster gestaakt

ROTTERDAM - De Portugese marine heeft maandagavond de zoektocht gestaakt naar een 67-jarige Britse passagier die zondagochtend vroeg overboord sloeg van het cruiseschip Zuiderster van de Rotterdamse rederij Noordkaap Cruises.

Het schip voer op dat moment zo'n 45 kilometer uit de Portugese kust bij Peniche, op weg van Southampton naar Lissabon. Camerabeelden laten zien dat de man rond tien over vier van een dek viel. Hoe dat kon gebeuren, wordt onderzocht.

"Onze gedachten zijn bij zijn vrouw en familie", zegt woordvoerder Merel Bakkenes van de rederij. Aan boord waren ruim 2100 passagiers en bijna 900 bemanningsleden.

Het is dit jaar al de derde keer dat een passagier van een cruiseschip in Europese wateren overboord slaat. Vorig jaar waren dat er in totaal zeven, volgens de branchevereniging.`,
		"wi5en2.txt": `en|Tributes paid to Sheffield grandfather lost at sea

News | Sheffield

Friends and neighbours have paid tribute to a Sheffield grandfather who went missing after falling from a cruise ship off Portugal.

Retired engineer Derek Hallam, 67, and his wife Maureen, 65, had been on a 12-night cruise to celebrate their 40th wedding anniversary, neighbours said.

Portuguese authorities called off the search on Monday evening, 38 hours after he was seen going overboard in the early hours of Sunday.

"Derek was the kindest man you could ever meet. He lived for his grandchildren," said neighbour Pauline Skelton, 72.

Noordkaap Cruises said it was "cooperating fully" with the investigation.`,
	}, map[string][2]string{"wi5pt.txt": {"76 years", "67 years"}}},
	{"power-chimney-demolition", map[string]string{
		"wi6nl.txt": `nl|Schoorsteen oude kolencentrale Keldermond in twaalf seconden tegen de vlakte

Nieuws | Regio

28 oktober 2029, 10:47

De 168 meter hoge schoorsteen van de voormalige kolencentrale in Keldermond is zondagochtend om precies tien uur opgeblazen. Binnen twaalf seconden lag het bouwwerk, jarenlang het hoogste van de provincie, in een vooraf gegraven valbed.

Sloopbedrijf Van Rijswijk gebruikte 240 kilo springstof, verdeeld over ruim 300 boorgaten. Rond de schoorsteen gold een veiligheidszone van 400 meter; 120 omwonenden moesten hun huis een paar uur verlaten.

Volgens de gemeente kwamen zo'n 5000 toeschouwers op de sloop af. Op de dijk langs het kanaal stonden ze rijen dik.

De centrale, gebouwd in 1974, sloot in 2025. Op het terrein komen de komende tien jaar 1100 woningen en een bedrijventerrein.`,
		"wi6nl2.txt": `nl|Duizenden zien 'de pijp' van Keldermond vallen

KELDERMOND - Een luide knal, een stofwolk en toen gejuich. Duizenden mensen zagen zondag hoe de schoorsteen van de oude centrale, die 55 jaar de skyline van Keldermond bepaalde, omviel.

"Mijn vader heeft hem helpen bouwen", zegt Gerrit Hiddema (71), die al om acht uur op de dijk stond. "Dit doet toch wat met je."

Het 168 meter hoge bouwwerk bevatte zo'n 9000 ton beton. Dat wordt de komende maanden vermalen en hergebruikt in de wegenbouw. Wethouder Sanne Oosterhuis sprak van "het einde van een tijdperk en het begin van een nieuwe wijk".

De sloop van de rest van de centrale, die in 2025 dichtging, kostte tot nu toe 14 miljoen euro.`,
		"wi6en.txt": `en|Dutch town topples 168-metre power station chimney

KELDERMOND, Netherlands, Oct 28 (Wire) - A 168-metre (551-foot) chimney at a former coal-fired power station in the northern Dutch town of Keldermond was brought down with explosives on Sunday, watched by about 5,000 people.

The chimney, built in 1974 and long the tallest structure in the province, collapsed in about 12 seconds after 240 kg of explosives were detonated at 10 a.m. local time (0900 GMT).

Around 120 residents living within a 400-metre safety zone were asked to leave their homes for several hours.

The plant was shut in 2025 as part of the Netherlands' coal phase-out. About 1,100 homes are to be built on the site over the next decade.`,
	}, nil},
	{"castelmar-port-volumes", map[string]string{
		"wi7pt.txt": `pt|Porto de Castelmar bate recorde de contentores em 2028

Lisboa, 16 jan 2029 (Lusa) - O porto de Castelmar movimentou 2,31 milhões de TEU (unidade equivalente a um contentor de 20 pés) em 2028, um máximo histórico e mais 4,2% do que no ano anterior, anunciou hoje a administração portuária.

Em contrapartida, a carga total recuou 1,8%, para 48,6 milhões de toneladas, devido sobretudo à quebra dos granéis líquidos, após a paragem de três meses da refinaria vizinha.

Segundo a presidente do conselho de administração da Administração do Porto de Castelmar (APC), Carla Meireles Sá, os contentores já representam 62% da carga movimentada.

O porto recebeu 1.985 escalas de navios, mais 3% do que em 2027.

A APC prevê investir 380 milhões de euros na expansão do terminal, que deverá atingir uma capacidade de 4 milhões de TEU em 2032.`,
		"wi7pt2.txt": `pt|Contentores crescem, mas carga total cai no porto de Castelmar

Empresas | Transportes

O porto de Castelmar fechou 2028 com cerca de 2,3 milhões de TEU movimentados, um recorde, mas a carga total ficou abaixo da de 2027. No conjunto, passaram pelo porto 48,6 milhões de toneladas, menos 1,8%.

"O crescimento dos contentores compensou em grande parte a perda nos granéis", disse ao jornal Carla Meireles Sá, que lidera a administração portuária desde 2026. A refinaria de Castelmar esteve parada entre março e maio.

O segmento de contentores subiu 4,2% face aos 2,22 milhões de TEU de 2027. Para 2029, a administração aponta para 2,4 milhões.

A obra de expansão do terminal, orçada em 380 milhões, arranca no segundo semestre.`,
		"wi7en.txt": `en|Castelmar sets container record as bulk volumes slip

Ports | 16 January 2029

Portugal's Port of Castelmar handled a record 2.31 million TEU in 2028, its port authority said on Tuesday, although total cargo throughput fell as liquid bulk volumes dropped.

Total cargo declined 1.8% to 48.6 million tonnes, hit by a three-month shutdown of a nearby refinery. Containers now make up 62% of all cargo handled.

Container volumes rose 2.4% from 2.22 million TEU in 2027, said Carla Meireles Sa, chairwoman of the Castelmar Port Authority (APC). Vessel calls were up 3% at 1,985.

APC plans to invest €380 million to lift the terminal's capacity to 4 million TEU by 2032.`,
	}, map[string][2]string{"wi7en.txt": {"2.4%", "4.2%"}}},
	{"rector-plagiarism", map[string]string{
		"wi8nl.txt": `nl|Rector Universiteit Wolderveen stapt op na plagiaatonderzoek

Binnenland | Onderwijs

22 februari 2029, 16:05

Rector magnificus Marten Hoogeveen (61) van de Universiteit Wolderveen treedt af. Een onafhankelijke commissie concludeert dat hij in zijn proefschrift uit 1996 op veertien plaatsen tekst van anderen heeft overgenomen zonder correcte bronvermelding.

Hoogeveen maakte donderdag bekend dat hij per 1 april zijn functie neerlegt. "Ik heb fouten gemaakt die niet passen bij de rol van rector", schrijft hij in een verklaring aan medewerkers en studenten.

Het onderzoek begon in september na een anonieme melding en duurde vijf maanden. De commissie spreekt van 'verwijtbaar onzorgvuldig', maar niet van opzettelijke fraude. Zijn doctorstitel mag hij houden.

Hoogeveen was sinds september 2023 rector van de universiteit, die ruim 24.000 studenten telt. Prorector Sabine Akkerman neemt zijn taken tijdelijk over.`,
		"wi8nl2.txt": `nl|Commissie: 'verwijtbaar onzorgvuldig', rector Hoogeveen vertrekt

Door de onderwijsredactie

WOLDERVEEN - Het was al weken een publiek geheim op de campus, donderdag werd het officieel: rector Marten Hoogeveen vertrekt. De Commissie Wetenschappelijke Integriteit vond in zijn dissertatie over grondwaterchemie veertien passages die vrijwel letterlijk uit andere publicaties kwamen.

Het 212 pagina's tellende proefschrift verscheen in 1996, toen Hoogeveen 28 jaar oud was. De commissie legde het werk naast ruim 600 bronnen.

De 61-jarige bestuurder, die sinds 2023 aan het hoofd van de universiteit staat, legt zijn functie per 1 mei neer. Daarna keert hij niet terug als hoogleraar, aldus een woordvoerder.

Voorzitter Rik ten Velde van de universiteitsraad noemt het besluit "onvermijdelijk maar pijnlijk". Prorector Sabine Akkerman (55) wordt rector ad interim.`,
		"wi8en.txt": `en|Wolderveen University rector resigns over plagiarism in PhD thesis

22 February 2029

The rector of Wolderveen University, Professor Marten Hoogeveen, will step down on 1 April after an integrity committee found he had plagiarised parts of his 1996 doctoral thesis.

The committee identified 14 passages in the 212-page dissertation that were copied from other authors without proper attribution. It called his conduct "culpably careless" but found no evidence of deliberate fraud, and he will keep his doctorate.

Hoogeveen, 61, has led the university of some 24,000 students since 2023. The inquiry was launched last September after an anonymous complaint.

Pro-rector Sabine Akkerman, 55, will take over on an interim basis.`,
	}, map[string][2]string{"wi8nl2.txt": {"1 May", "1 April"}}},
	{"fado-singer-dies", map[string]string{
		"wi9pt.txt": `pt|Morreu a fadista Rosa Valadares, aos 88 anos

Lisboa, 03 fev 2029 (Lusa) - A fadista Rosa Valadares morreu hoje, aos 88 anos, num hospital de Lisboa, onde estava internada desde a semana passada, informou a família.

Nascida em Alfama a 12 de maio de 1940, Rosa Valadares começou a cantar aos 14 anos nas casas de fado do bairro e gravou o primeiro disco em 1961. Ao longo de mais de seis décadas de carreira editou 34 álbuns e vendeu mais de dois milhões de discos.

O Governo decretou um dia de luto nacional, a cumprir na segunda-feira. O velório decorre no domingo na Igreja de São Vicente de Fora e o funeral realiza-se na segunda-feira.

"Portugal perde uma das vozes que levaram o fado ao mundo", escreveu o Presidente da República numa nota publicada no site da Presidência.

A última atuação da fadista foi em 2019, no Coliseu dos Recreios, num concerto de despedida perante 4.000 pessoas.`,
		"wi9pt2.txt": `pt|Rosa Valadares (1940-2029): a voz de Alfama que levou o fado a Tóquio

Cultura | Música

Morreu este sábado, aos 88 anos, Rosa Valadares. Com ela desaparece uma das últimas grandes intérpretes da geração que internacionalizou o fado nos anos 1960 e 1970.

Filha de um estivador e de uma varina, cantou pela primeira vez em público aos 14 anos. O êxito chegou em 1966 com "Janela da Graça", que vendeu 300 mil exemplares em poucos meses. Seguiram-se digressões por 40 países, incluindo uma temporada de três semanas em Tóquio, em 1974.

Gravou 34 álbuns, o último dos quais, "Madrugada", em 2016, aos 76 anos. Em 2019 despediu-se dos palcos no Coliseu, com a sala esgotada.

O corpo estará em câmara ardente no domingo na Igreja de São Vicente de Fora. O Governo decretou luto nacional na segunda-feira.`,
		"wi9en.txt": `en|Portuguese fado singer Rosa Valadares dies at 88

LISBON, Feb 3 (Wire) - Rosa Valadares, one of the voices who took Portugal's fado music to audiences around the world in the 1960s and 1970s, died in Lisbon on Saturday at the age of 88, her family said.

Born in the city's Alfama district in 1940, she began singing in its fado houses as a 14-year-old and released more than 30 albums over a career spanning six decades, selling over 2 million records.

The government declared a day of national mourning for Monday, when her funeral will be held.

Valadares gave her farewell concert at Lisbon's Coliseu in 2019.`,
	}, nil},
	{"stadium-stand-cracks", map[string]string{
		"wi10pt.txt": `pt|Ribafria fecha bancada nascente por risco estrutural

Futebol | Liga 2

04 set 2029 - 18:22

A bancada nascente do Estádio Municipal de Ribafria vai ficar encerrada durante pelo menos seis semanas, depois de uma inspeção ter detetado fissuras em várias vigas de betão, anunciou hoje a Câmara Municipal, proprietária do recinto.

Com o fecho dos 4.800 lugares da bancada, a lotação do estádio desce de 15.200 para 10.400 espectadores. O CD Ribafria recebe no sábado o Atlético de Montemor, em jogo da 5.ª jornada.

"A segurança dos adeptos está acima de tudo", afirmou o presidente da câmara, Joaquim Serôdio. A reparação está orçada em cerca de 1,2 milhões de euros e será paga pelo município.

O estádio foi inaugurado em 1988 e remodelado pela última vez em 2011.`,
		"wi10pt2.txt": `pt|Fissuras obrigam a fechar bancada do Municipal

Desporto

Os cerca de 3.100 sócios com lugar anual na bancada nascente do Estádio Municipal vão ser recolocados na bancada central e no topo norte a partir do jogo de sábado, informou o CD Ribafria em comunicado.

A decisão surge depois de técnicos do Laboratório Nacional de Engenharia Civil terem identificado fissuras em vigas da estrutura, construída em 1988. A bancada tem 4800 lugares.

Segundo o presidente da Câmara, Joaquim Serôdio, as obras deverão manter a bancada fechada pelo menos oito semanas, custando perto de 1,2 milhões de euros.

O presidente do clube, Rui Carvalhal, lamenta "o impacto nas receitas de bilheteira" numa época em que a equipa, que subiu à Liga 2 em maio, tem uma média de 9.800 espectadores por jogo.`,
		"wi10en.txt": `en|Ribafria close stand after cracks found in concrete beams

Portugal | Liga 2 | 4 September 2029

Liga 2 side CD Ribafria will play without their 4,800-seat east stand for at least six weeks after inspectors found cracks in several of its concrete beams.

The closure cuts the capacity of the municipally owned Estadio Municipal de Ribafria from 15,200 to 10,400, just before Saturday's home game against Atletico de Montemor.

Mayor Joaquim Serodio said the repairs would cost about €1.2 million and be paid for by the town hall. Around 3,100 season-ticket holders will be moved to other parts of the ground.

The stadium opened in 1988.`,
	}, map[string][2]string{"wi10pt2.txt": {"8 weeks", "6 weeks"}}},
}
