package compare

// heldOutEuros is a blind held-out set of ten multi-source events in
// Italian, Portuguese, Dutch and English, written without reading the
// comparison code: a radio telescope's first light in Portugal, a Dutch
// boat lift reopening, a Portuguese blogger's defamation ruling, an
// Italian folk festival's attendance record, a rare bird sighting near
// Aveiro, a photo archive donated to a Dutch museum, an Italian student
// satellite falling silent, a record atlas auction in Amsterdam, a night
// metro trial in Braga and a Dutch port bribery trial.
//
// Six contradictions are planted, one per event, none in a first
// paragraph and all in a report of the event's minority language: a
// duration (the boat lift closed 19 months, not 16, in the English
// report), a previous-year count (77,000 festival-goers last year, not
// 71,000, in the Dutch report), an age (the birdwatcher 76, not 67, in the
// English report), a date (the exhibition opening 4 November, not 14, in
// the Italian report), an amount (the previous atlas record €1.6 million,
// not €1.9 million, in the English report) and a weekday (the metro trial
// starting on Saturday, not Friday, 7 September, in the English report).
// The telescope, defamation, satellite and bribery events hold none.
// Traps: rounding and hedges ("around €68 million" against 68,5 milhões,
// "about 500 km" against 520, "quasi un milione e mezzo" against 1,4
// milioni, "ruim 20 meter" against 21 m, "ruim 3 ton" against 310.000,
// "quasi mezzo secolo" against 46 jaar), a sentence in years against
// months ("tweeënhalf jaar" against 30 months), parts and totals (the
// Dutch share of the telescope's cost, the space agency's share of the
// satellite's, hammer price against price with fees, budget against
// overrun), two people's ages in one report, two bands' crowds, two
// prison demands, background figures of other years and places (a first
// Iberian record in 2011 and a Dutch one in 2016, the first satellite's 14
// months in 2024, defamation suits up from 17 to 23), numbers in words and
// each language's number formats.
//
// Frozen before its first run, which flagged 2 of the 6 contradictions
// (the age and the date) and 1 false disagreement; it missed the boat
// lift's 19 months against 16 months, the festival's 77,000 against
// 71,000, the atlas record's €1.6 million against €1.9 million and the
// metro's Saturday against Friday; the false one was duration "reach":
// the two weeks the team will try to reach the satellite (e7en, e7it1)
// against the 14 mesi the first satellite worked in 2024 (e7it2). No
// text or value was changed after the run; the table keeps its limit of 1.
var heldOutEuros = []heldOutEvent{
	{"radio-telescope-first-light", map[string]string{
		"e1pt.txt": `pt|Radiotelescópio da Serra da Lousinha capta o primeiro sinal

Ciência

Évora, 11 out 2029 - 11:40

O radiotelescópio instalado na Serra da Lousinha, no Alentejo, registou na quarta-feira a sua "primeira luz", ao captar o sinal de uma galáxia situada a cerca de 12 milhões de anos-luz. A antena, com 42 metros de diâmetro, é a maior do país.

A obra demorou quatro anos e custou 68,5 milhões de euros, financiados em parte por nove países parceiros. O anterior maior radiotelescópio português tinha uma antena de 32 metros.

"Foi um momento de grande emoção para toda a equipa", afirmou a diretora do observatório, Inês Valadares, de 54 anos. Cerca de 120 cientistas e técnicos trabalham no projeto.

A estrutura, instalada a 1.140 metros de altitude, pesa 2.300 toneladas. As observações regulares deverão começar em março de 2030.

Leia também: Eclipse visível no Algarve`,
		"e1en.txt": `en|Portugal's largest radio telescope sees 'first light'

Science | Space

LISBON, Oct 11 (Wire) - A new radio telescope in Portugal's Alentejo region recorded its first signal on Wednesday, picking up emissions from a galaxy about 12 million light years away, the observatory said.

The 42-metre dish at Serra da Lousinha, built over four years at a cost of around €68 million, is the largest in the country, ahead of a 32-metre antenna. Nine countries helped to fund it.

"It was a very emotional moment for the whole team," observatory director Ines Valadares, 54, told reporters. Some 120 scientists and engineers work on the project.

Regular observations are due to start in March 2030.

(Reporting by Daniel Frost; editing by Clara Mendes)`,
		"e1nl.txt": `nl|Grootste radiotelescoop van Portugal vangt eerste signaal op

Wetenschap

11 oktober 2029, 14:05

In het zuiden van Portugal heeft een nieuwe radiotelescoop woensdag voor het eerst een signaal opgevangen, van een sterrenstelsel op zo'n 12 miljoen lichtjaar afstand.

De schotel van de telescoop op de Serra da Lousinha heeft een doorsnede van 42 meter; het geheel weegt 2300 ton. De bouw duurde vier jaar en kostte 68,5 miljoen euro. Negen landen betaalden mee, Nederland droeg 4,2 miljoen euro bij.

Directeur Inês Valadares (54) sprak van 'een heel emotioneel moment'. Vanaf maart 2030 wordt de telescoop regelmatig gebruikt.`,
	}, nil},
	{"boat-lift-reopens", map[string]string{
		"e2nl1.txt": `nl|Scheepslift Oudewaal na zestien maanden weer open

Regio | Verkeer

Oudewaal, 2 juli 2029, 08:15

Na een renovatie van zestien maanden is de scheepslift bij Oudewaal maandag weer in gebruik genomen. Als eerste schip werd rond 7.00 uur het vrachtschip Johanna W. 21 meter omhoog getild.

De lift in het Kanaal Veenhorst-Zwolle was sinds maart vorig jaar dicht voor groot onderhoud. De kosten bedroegen 23,4 miljoen euro, 3 miljoen meer dan begroot.

Voor de sluiting passeerden jaarlijks zo'n 1600 schepen de lift. Zij moesten de afgelopen maanden een omweg van 45 kilometer maken.

'We zijn blij dat het weer vaart', zei wethouder Ria Kampstra (Verkeer). Schipper Henk Wolters (58) van de Johanna W. noemde het 'een feestdag'.

Lees ook: Brug Hasselterweg vier weken dicht`,
		"e2nl2.txt": `nl|Scheepslift Oudewaal weer in bedrijf

Binnenland

De scheepslift van Oudewaal in Overijssel is maandag na een langdurige renovatie heropend. De lift, die schepen ruim 20 meter optilt, was 16 maanden buiten gebruik.

De vaarwegbeheerder heeft 23,4 miljoen euro in het onderhoud gestoken; oorspronkelijk was 20,4 miljoen begroot. De lift dateert uit 1978.

Binnenvaartschippers moesten tijdens de sluiting 45 kilometer omvaren, wat hen volgens de branchevereniging per reis ruim drie uur extra kostte.`,
		"e2en.txt": `en|Dutch boat lift reopens after overhaul

Inland Shipping News

By a staff reporter

The Oudewaal boat lift in the eastern Netherlands returned to service on Monday after a 23.4 million euro renovation, ending a long detour for barge operators.

The lift, which raises vessels 21 metres between two sections of the Veenhorst-Zwolle canal, had been closed for 19 months. Some 1,600 vessels a year used it before the closure, which forced them onto a 45-km diversion.

The works ran over budget by about €3 million. The structure, built in 1978, is now expected to last another 40 years.

"It feels like a holiday," said skipper Henk Wolters, 58, whose cargo ship Johanna W. was the first to pass.`,
	}, map[string][2]string{"e2en.txt": {"19 months", "16 months"}}},
	{"mayor-defamation-ruling", map[string]string{
		"e3pt1.txt": `pt|Bloguer condenado a pagar 12 mil euros ao presidente da Câmara de Carvalhosa

Justiça

Carvalhosa, 18 jun 2029 - 16:32

O Tribunal Judicial de Carvalhosa condenou esta segunda-feira o bloguer Tiago Monforte, de 39 anos, por difamação agravada do presidente da câmara municipal, Álvaro Seixas, de 61 anos. O arguido terá de pagar 12 mil euros de indemnização ao autarca, que pedia 50 mil.

Em causa estão 14 publicações feitas em 2027, nas quais o bloguer acusava o autarca de combinar concursos públicos. Segundo a juíza, Monforte "nunca apresentou qualquer prova".

Além da indemnização, o bloguer foi condenado a uma multa de 180 dias à taxa diária de 8 euros, num total de 1.440 euros.

A defesa anunciou que vai recorrer para o Tribunal da Relação. Tem 30 dias para o fazer.`,
		"e3pt2.txt": `pt|Caso Seixas: tribunal dá razão ao autarca

Região

O presidente da Câmara de Carvalhosa, Álvaro Seixas, ganhou o processo por difamação que movia contra o autor do blogue "Carvalhosa Sem Filtro". Tiago Monforte foi condenado a pagar uma indemnização de 12.000 euros e uma multa de 1440 euros.

O autarca, no cargo desde 2017, tinha pedido 50.000 euros. Em declarações ao nosso jornal, disse que o dinheiro "vai para os bombeiros".

O julgamento decorreu ao longo de seis sessões. Monforte, que foi candidato à câmara em 2021, obteve então 9,8% dos votos.

Publicidade`,
		"e3en.txt": `en|Portuguese blogger ordered to pay damages for defaming mayor

LISBON (Wire) - A court in northern Portugal on Monday ordered a blogger to pay 12,000 euros in damages to a town mayor he had accused of rigging public tenders, in a case watched by press freedom groups.

Tiago Monforte, 39, had made the accusations against Carvalhosa mayor Alvaro Seixas, 61, in 14 blog posts in 2027. The mayor had sought 50,000 euros.

The judge also imposed a fine of 1,440 euros. Monforte's lawyer said he would appeal within the 30-day deadline.

A press freedom group, the Observatório da Imprensa Livre, said 23 journalists and bloggers had been sued for defamation in Portugal last year, up from 17 the year before.`,
	}, nil},
	{"folk-festival-record", map[string]string{
		"e4it1.txt": `it|Roccaverde Folk, record di presenze: 86mila spettatori

Spettacoli

Roccaverde (L'Aquila), 29 luglio 2029

Si è chiusa domenica con un record di presenze la 23ª edizione del Roccaverde Folk Festival: in quattro giorni sono arrivati nel borgo abruzzese circa 86.000 spettatori, contro i 71.000 dell'anno scorso.

Sul palco si sono alternati 140 concerti di gruppi provenienti da 18 Paesi. "Non ci aspettavamo numeri del genere", ha detto la direttrice artistica Giulia Marrone, 47 anni.

Il biglietto giornaliero costava 35 euro, l'abbonamento per tutti i giorni 110 euro. Secondo il Comune, l'indotto per il territorio supera i 6 milioni di euro.

Il borgo conta appena 2.300 abitanti.`,
		"e4it2.txt": `it|Folk festival, 86mila presenze a Roccaverde. Marrone: «Anno straordinario»

L'AQUILA (Agenzia) - Oltre 86 mila persone in quattro giorni per il Roccaverde Folk Festival, chiuso ieri sera. Un aumento del 21% rispetto al 2028, quando le presenze erano state 71 mila.

I concerti sono stati 140; il più seguito, quello della banda portoghese Os Ventos, ha richiamato 12 mila persone in piazza.

La direttrice artistica Giulia Marrone ha già annunciato le date dell'edizione 2030, dal 25 al 28 luglio.`,
		"e4en.txt": `en|Italian hill town's folk festival draws record crowd

Music

An estimated 86,000 people attended the four-day Roccaverde Folk Festival in central Italy, organisers said on Sunday, a 21% rise on last year.

The festival, held in a village of 2,300 inhabitants in the Abruzzo mountains, staged 140 concerts by acts from 18 countries. Day tickets cost €35.

Artistic director Giulia Marrone said next year's edition would run from 25 to 28 July.`,
		"e4nl.txt": `nl|Recordaantal bezoekers voor folkfestival in Abruzzen

Muziek

Het Roccaverde Folk Festival in de Italiaanse Abruzzen heeft dit jaar ongeveer 86.000 bezoekers getrokken, een record.

Vorig jaar kwamen er 77.000 mensen op het festival af. Er werden in vier dagen 140 concerten gegeven, onder meer door de Nederlandse band De Zeewolken, die zaterdag voor zo'n 5000 mensen speelde.

Een dagkaart kostte 35 euro.`,
	}, map[string][2]string{"e4nl.txt": {"77,000", "71,000"}}},
	{"rubythroat-sighting", map[string]string{
		"e5pt1.txt": `pt|Rouxinol-siberiano avistado pela primeira vez em Portugal

Ambiente

Aveiro, 22 out 2029 - 09:50

Um rouxinol-de-garganta-vermelha (Calliope calliope), ave que nidifica na Sibéria, foi avistado na terça-feira no Paul da Fervença, perto de Aveiro. Trata-se do primeiro registo confirmado da espécie em Portugal e apenas o segundo na Península Ibérica.

A ave foi detetada por Hugo Tavares, ornitólogo amador de 67 anos, durante uma contagem de rotina. "Ao princípio nem acreditei", contou.

Desde então, mais de 400 observadores de aves, alguns vindos de Espanha e do Reino Unido, deslocaram-se ao local. A ave, que pesa cerca de 25 gramas, estará a uns 7.000 quilómetros da sua rota habitual.

A Câmara de Aveiro reforçou o estacionamento junto ao paul durante o fim de semana.`,
		"e5pt2.txt": `pt|Ave rara atrai centenas de curiosos ao Paul da Fervença

Local

Centenas de observadores de aves acorreram no fim de semana ao Paul da Fervença para ver um rouxinol-siberiano, espécie nunca antes registada no país. Foi descoberto na terça-feira por Hugo Tavares, de 67 anos, que há mais de 40 anos conta aves na zona.

O primeiro registo na Península Ibérica data de 2011, em Espanha.

"Já vi mais de 300 espécies aqui, mas nunca esta", disse o ornitólogo.`,
		"e5en.txt": `en|Siberian rubythroat turns up in Portugal, drawing hundreds of birders

Wildlife

A Siberian rubythroat, a songbird that breeds in Siberia and normally winters in south-east Asia, has been seen in Portugal for the first time, at a wetland near Aveiro.

The bird was found on Tuesday by Hugo Tavares, a 76-year-old amateur birdwatcher, during a routine count. More than 400 birders have since visited the site, some from Spain and Britain.

It is only the second record for the Iberian peninsula, after one in Spain in 2011. The bird weighs about 25 g and is some 7,000 km off course.`,
		"e5nl.txt": `nl|Roodkeelnachtegaal voor het eerst in Portugal gezien

Natuur

Bij Aveiro in Portugal is dinsdag voor het eerst een roodkeelnachtegaal waargenomen. Het vogeltje van 25 gram broedt in Siberië en zit zo'n 7000 kilometer uit koers.

Sinds de ontdekking zijn meer dan 400 vogelaars naar het moerasgebied gekomen. In Nederland werd de soort één keer gezien, in 2016 op een van de Waddeneilanden.`,
	}, map[string][2]string{"e5en.txt": {"76 years", "67 years"}}},
	{"photo-archive-donation", map[string]string{
		"e6nl1.txt": `nl|Erven Cornelis Blom schenken fotoarchief aan Stadsmuseum Leerdijk

Cultuur

Leerdijk, 3 mei 2029

De erfgenamen van fotograaf Cornelis Blom (1921-2009) schenken zijn complete archief van ruim 42.000 negatieven aan het Stadsmuseum Leerdijk. Dat maakte het museum donderdag bekend.

Blom legde tussen 1948 en 1994 het dagelijks leven in de stad en de haven vast. De waarde van het archief wordt geschat op 3,2 miljoen euro.

'Mijn vader wilde dat zijn foto's in Leerdijk zouden blijven', zei zijn dochter Anneke Blom (74). Het museum gaat de negatieven de komende drie jaar digitaliseren; dat kost ongeveer 650.000 euro.

Een eerste tentoonstelling met 120 foto's opent op 14 november.`,
		"e6nl2.txt": `nl|Museum krijgt 42.000 negatieven van havenfotograaf Blom

Het Stadsmuseum Leerdijk heeft het archief van fotograaf Cornelis Blom gekregen: 42.118 negatieven en ruim 3000 afdrukken, samen geschat op 3,2 miljoen euro.

Blom werkte 46 jaar als fotograaf, onder meer voor het Leerdijks Dagblad. Hij overleed in 2009 op 87-jarige leeftijd.

Directeur Marco Hesselink spreekt van 'de grootste schenking in de 110-jarige geschiedenis van het museum'. De expositie 'Blom ziet Leerdijk' is vanaf 14 november te zien.`,
		"e6en.txt": `en|Dutch museum receives 42,000 negatives from harbour photographer

Arts

A municipal museum in the Netherlands has been given the complete archive of photographer Cornelis Blom, more than 42,000 negatives valued at €3.2 million, by his heirs.

Blom, who died in 2009, documented daily life in the port town of Leerdijk from 1948 to 1994. His daughter, Anneke Blom, 74, said her father had wanted the pictures to stay in the town.

Digitising the collection will take three years and cost about €650,000. A first exhibition of 120 prints opens on 14 November.`,
		"e6it.txt": `it|Paesi Bassi, 42mila negativi di Cornelis Blom donati al museo di Leerdijk

Fotografia

Gli eredi del fotografo olandese Cornelis Blom (1921-2009) hanno donato allo Stadsmuseum di Leerdijk l'intero archivio: oltre 42 mila negativi, valutati 3,2 milioni di euro.

Blom ha documentato per quasi mezzo secolo la vita del porto della cittadina olandese. La figlia Anneke, 74 anni, ha spiegato che il padre voleva che le foto restassero in città.

La prima mostra, con 120 immagini, aprirà il 4 novembre. La digitalizzazione richiederà tre anni.`,
	}, map[string][2]string{"e6it.txt": {"4 November", "14 November"}}},
	{"student-cubesat-silent", map[string]string{
		"e7it1.txt": `it|Perso il contatto con LUMIA-1, il nanosatellite degli studenti di Castelvetro

Scienza

Castelvetro (Modena), 5 novembre 2029 - 13:10

L'Università di Castelvetro ha perso domenica ogni contatto con LUMIA-1, il piccolo satellite costruito dai suoi studenti e lanciato in orbita 22 giorni prima. Il segnale si è interrotto durante un passaggio sopra l'Europa.

Il cubesat, che pesa 3,2 chili, orbita a circa 520 chilometri di quota. Il progetto è costato 1,4 milioni di euro, di cui 900 mila coperti dall'Agenzia spaziale italiana.

"Non abbiamo ancora perso la speranza", ha detto il responsabile della missione, il professor Stefano Ardenghi, 49 anni. I 35 studenti del team proveranno a ristabilire il collegamento per almeno due settimane.

La missione doveva durare due anni.`,
		"e7it2.txt": `it|Satellite universitario muto da domenica

Il nanosatellite LUMIA-1 dell'Università di Castelvetro non risponde più da domenica mattina. Costato quasi un milione e mezzo di euro, era stato lanciato il 13 ottobre dalla Guyana francese.

Il team, guidato da Stefano Ardenghi, sospetta un guasto alla batteria. Si tratta del secondo satellite dell'ateneo: il primo, LUMIA-0, aveva funzionato per 14 mesi nel 2024.`,
		"e7en.txt": `en|Italian student satellite falls silent

Space

An Italian university has lost contact with LUMIA-1, a shoebox-sized satellite built by its students, 22 days after launch.

The 3.2 kg cubesat, which circles Earth at about 500 km, stopped transmitting on Sunday. The University of Castelvetro said the team of 35 students would keep trying to reach it for two weeks.

The project cost €1.4 million. Mission leader Stefano Ardenghi, 49, said a battery fault was the most likely cause.`,
		"e7pt.txt": `pt|Universidade italiana perde contacto com satélite construído por alunos

Ciência

A Universidade de Castelvetro, em Itália, perdeu no domingo o contacto com o nanossatélite LUMIA-1, lançado a 13 de outubro. O satélite, de 3,2 quilos, devia funcionar durante dois anos.

O projeto custou 1,4 milhões de euros. Entre os 35 estudantes da equipa estão dois portugueses, bolseiros do programa Erasmus.`,
	}, nil},
	{"atlas-auction", map[string]string{
		"e8nl.txt": `nl|Atlas van Coster geveild voor 2,4 miljoen euro

Kunst | Veilingen

Amsterdam, 27 november 2029

Een elfdelige atlas van de zeventiende-eeuwse cartograaf Willem Harmensz Coster is dinsdag bij veilinghuis Van Ravesteyn in Amsterdam verkocht voor 2,4 miljoen euro, inclusief opgeld. De hamer viel bij 2 miljoen.

De schatting lag tussen 800.000 en 1,2 miljoen euro. Na een biedstrijd van veertien minuten tussen zes bieders ging de atlas naar een Amerikaanse verzamelaar die telefonisch bood.

Het is een record voor een atlas op een Nederlandse veiling. Het vorige record, 1,9 miljoen euro, dateerde van 2019.

De atlas uit 1662 bevat 594 handgekleurde kaarten.`,
		"e8en.txt": `en|17th-century Dutch atlas sells for €2.4 million

Auctions

A rare 11-volume atlas by the Dutch cartographer Willem Harmensz Coster sold for €2.4 million with fees at an Amsterdam auction on Tuesday, twice its top estimate.

The 1662 atlas, containing 594 hand-coloured maps, went to a US collector bidding by telephone after 14 minutes of bidding. It had been expected to fetch up to €1.2 million.

The price beat the previous Dutch auction record for an atlas, €1.6 million set in 2019, the auction house Van Ravesteyn said.`,
		"e8it.txt": `it|Asta record ad Amsterdam: atlante del Seicento venduto a 2,4 milioni

Un atlante in undici volumi del cartografo olandese Willem Harmensz Coster, datato 1662, è stato venduto martedì ad Amsterdam per 2,4 milioni di euro, diritti inclusi. Il precedente record olandese per un atlante era di 1,9 milioni, nel 2019.

L'opera, con 594 carte colorate a mano, è stata aggiudicata a un collezionista statunitense dopo quattordici minuti di rilanci.`,
	}, map[string][2]string{"e8en.txt": {"€1.6 million", "€1.9 million"}}},
	{"metro-night-service", map[string]string{
		"e9pt1.txt": `pt|Metro de Braga passa a circular até às 2h00 às sextas e sábados

Mobilidade

Braga, 3 set 2029 - 10:20

O Metro de Braga vai prolongar o horário até às 2h00 nas noites de sexta-feira e sábado, a partir da próxima sexta-feira, dia 7 de setembro. Atualmente, o último comboio parte às 0h30.

A medida arranca como projeto-piloto durante seis meses e custa 1,8 milhões de euros, suportados pela câmara municipal. Nas horas adicionais, haverá um comboio a cada 20 minutos.

"Queremos dar uma alternativa segura a quem sai à noite", disse a presidente da empresa, Carla Meireles. A empresa espera cerca de 9.000 passageiros adicionais por fim de semana.

O preço do bilhete mantém-se em 1,60 euros.`,
		"e9pt2.txt": `pt|Noites mais longas no metro a partir de sexta-feira

Braga

Os comboios do metro vão circular até às duas da manhã às sextas e sábados, num teste de seis meses que começa no dia 7.

A associação de estudantes da universidade, que recolheu 4.300 assinaturas a pedir o alargamento, congratulou-se com a decisão. No ano passado, o metro transportou 21,5 milhões de passageiros, mais 6% do que em 2027.`,
		"e9en.txt": `en|Braga metro to run until 2am at weekends

Portugal News | Transport

Braga's metro will run until 2am on Friday and Saturday nights under a six-month trial, the operator said on Monday.

The trial starts on Saturday, 7 September. Trains will run every 20 minutes in the extra hours, compared with a last departure of 12:30am now. It will cost €1.8 million, paid by the city council.

Operator chair Carla Meireles said about 9,000 extra passengers were expected each weekend. Single tickets stay at €1.60.`,
	}, map[string][2]string{"e9en.txt": {"Saturday", "Friday"}}},
	{"port-bribery-trial", map[string]string{
		"e10nl1.txt": `nl|OM eist 30 maanden cel tegen oud-havenmanager Zeeweerd

Binnenland | Rechtspraak

Middelburg, 19 februari 2030

Het Openbaar Ministerie heeft maandag 30 maanden celstraf, waarvan 10 voorwaardelijk, geëist tegen Gerrit Molenaar (57), oud-manager van Havenbedrijf Zeeweerd. Hij zou tussen 2019 en 2024 voor 310.000 euro aan steekpenningen hebben aangenomen.

In ruil daarvoor zou Molenaar baggeropdrachten ter waarde van 14 miljoen euro hebben gegund aan Baggerbedrijf De Klerk & Zonen. Tegen directeur Pieter de Klerk (63) eiste de officier van justitie 18 maanden, waarvan 6 voorwaardelijk.

'Hier is het vertrouwen in een publieke organisatie ernstig beschaamd', zei de officier. Molenaars advocaat vroeg vrijspraak.

De rechtbank doet op 4 maart uitspraak.`,
		"e10nl2.txt": `nl|Tweeënhalf jaar cel geëist in Zeeuwse omkopingszaak

Zeeland

Tegen de voormalige havenmanager Gerrit Molenaar is maandag tweeënhalf jaar cel geëist, waarvan tien maanden voorwaardelijk. Hij zou ruim 3 ton aan smeergeld hebben aangenomen van een baggeraar.

De zaak kwam in 2024 aan het licht na een tip van een medewerker. Het havenbedrijf heeft ongeveer 450 werknemers. De uitspraak volgt over twee weken.`,
		"e10en.txt": `en|Dutch prosecutors seek prison for ex-port manager in bribery case

Courts

Dutch prosecutors on Monday asked for a 30-month prison sentence, 10 months of it suspended, for a former manager of the Zeeweerd port authority accused of taking €310,000 in bribes.

Gerrit Molenaar, 57, allegedly steered dredging contracts worth €14 million to De Klerk & Zonen between 2019 and 2024. Prosecutors sought 18 months for the firm's director, Pieter de Klerk, 63.

The court in Middelburg will rule on 4 March.`,
	}, nil},
}
