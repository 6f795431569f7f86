package compare

// heldOutEtesian is a blind held-out set of ten events written without
// reading the comparison code, as a mixed national and local feed would
// hold them: a yacht crew rescued off Portugal, a regional bus strike in
// the Netherlands, an Italian takeover of a Dutch e-bike maker, a notary's
// fraud trial in Portugal, a Tuscan carnival's record crowds, a lorry fire
// on a Dutch motorway, Sardinia's regional budget, a record sea
// temperature off Sicily, a painting cut from a Dutch village church and
// a ground-handling strike at Portuguese airports. Reports are in Italian,
// Dutch, Portuguese and English.
//
// Six events hold one planted contradiction each, all outside the first
// paragraph: the skipper's age in the Dutch report of the rescue (67 for
// 61), the deal's value with debt in the only Italian report of the
// takeover (€415 million for €450 million), the number of victims in the
// only English report of the trial (68 for 86), the weekday in the only
// Portuguese report of the lorry fire (Tuesday for Wednesday), the run of
// days above 30 degrees in the English report of the sea record (16 for
// 11) and the year the painting was made in the only Italian report of
// the theft (1642 for 1624). The bus strike, the carnival, the budget and
// the airport strike hold none.
//
// Traps: "ruim 1.100" against 1,150 drivers and "ruim 60" against 62
// lines; 48 hours, two days and the one-day strike of 2027; 180 km, 110
// miles and 97 nautical miles; a 12-metre and a 40-foot yacht; "cerca de
// 15 horas" against "ruim veertien uur"; the skipper's and his daughter's
// ages; the equity value (€380 million) beside the value with debt, a 27%
// premium beside a 25% rise of the share, sales of €620 million up from
// €540 million ("nearly 15%"); 112 charges beside 86 victims, "mais de
// quatro milhões" against 4,3 milhões, a victim's €38,000 and age 73;
// 620,000 visitors over five parades against 180,000 on the last day,
// 540,000 the year before, "quasi il 15%", two float builders' ages;
// "ruim negen uur" against a reopening at 14.45, repairs until Friday;
// "late on Thursday" against "nella notte tra giovedì e venerdì", 38% and
// "almost two-fifths" of the total, 12,000 hectares burnt; 31.4C beside
// 88.5F, the old record of 2024, the series since 1985, the Algarve's 24
// degrees; the painting's earlier theft in 1974, its restoration in 2011
// and the painter's Roman years 1615 to 1621; 287 flights against "nearly
// 290" and "zo'n 290", with 212, 41 and 34 of them by airport.
//
// Frozen before its first run, which flagged 5 of the 6 contradictions
// and 1 false disagreement. It missed the painting's year in the Italian
// report: 1642 against 1624 was not flagged, the Italian "dipinta nel
// 1642" standing alone as a date of its own. Its false disagreement was a
// date "alta" in the rescue: the local Portuguese report's discharge from
// hospital on "quinta-feira" was set against the Wednesday of the rescue
// in the other three. The set stays at one false disagreement allowed.
var heldOutEtesian = []heldOutEvent{
	{"yacht-crew-rescue", map[string]string{
		"et1pt.txt": `pt|Marinha resgata quatro velejadores de veleiro neerlandês a 180 km de Porto Sereno

Sociedade

Lisboa, 10 out 2029 (Lusa) - A Marinha Portuguesa resgatou na tarde de quarta-feira os quatro tripulantes de um veleiro de bandeira neerlandesa que partiu o mastro e ficou à deriva a cerca de 180 quilómetros a oeste de Porto Sereno, informou a Autoridade Marítima Nacional (AMN).

O alerta foi dado pouco antes da meia-noite de terça-feira, através de uma radiobaliza de emergência. Com ondas de seis metros e vento forte, o helicóptero da Força Aérea só conseguiu içar os náufragos por volta das 15h00, cerca de 15 horas depois.

A bordo do veleiro, de 12 metros, seguiam o comandante, Henk Verwaal, de 61 anos, a filha, de 24, e dois amigos da família. Todos foram transportados para o hospital de Porto Sereno; um deles apresentava sinais de hipotermia.

"As condições eram muito difíceis, mas a tripulação manteve sempre a calma", disse à Lusa o capitão do porto de Porto Sereno, comandante Rui Meireles.`,
		"et1pt2.txt": `pt|Náufragos neerlandeses já estão em terra

Região | Atualizado há 2 horas

Os quatro velejadores neerlandeses resgatados ontem pela Marinha a cerca de 97 milhas náuticas da costa passaram a noite no Hospital Distrital de Porto Sereno e deverão ter alta esta quinta-feira.

O comandante do veleiro, Henk Verwaal, 61 anos, contou ao nosso jornal que o mastro partiu na terça-feira à noite, quando a embarcação, de 12 metros, seguia dos Açores para Lisboa. "Passámos quase quinze horas à espera, sem saber se alguém nos tinha ouvido", disse.

A filha, Sanne, de 24 anos, foi a única a precisar de tratamento por hipotermia.

A operação envolveu a corveta NRP Baltasar Pires e um helicóptero EH-101 da Força Aérea.

Leia também: Temporal causa estragos no porto de pesca`,
		"et1en.txt": `en|Portuguese navy plucks Dutch crew from crippled yacht in Atlantic

World | Europe

LISBON, Oct 10 (Wire) - Portugal's navy and air force rescued four Dutch sailors on Wednesday from a yacht that lost its mast and drifted for some 15 hours in heavy seas about 180 km (110 miles) west of the coastal town of Porto Sereno, the maritime authority said.

A helicopter winched the crew from the 40-foot yacht in waves of up to six metres after an emergency beacon went off shortly before midnight on Tuesday.

The skipper, 61-year-old Henk Verwaal, was sailing from the Azores to Lisbon with his 24-year-old daughter and two friends. All four were taken to hospital in Porto Sereno, one of them suffering from hypothermia.

"Conditions were very difficult, but the crew kept calm," said the port captain, Commander Rui Meireles.

(Reporting by Ana Lopes; Editing by Mark Dwyer)`,
		"et1nl.txt": `nl|Zeilers uit Maasbergen na vijftien uur op drift gered voor Portugese kust

Binnenland

Door onze verslaggever | 10 oktober 2029, 18:42

Vier Nederlandse zeilers zijn woensdag door de Portugese marine gered uit hun zeilboot, die met een gebroken mast ruim 180 kilometer uit de kust op drift was geraakt.

De bemanning, afkomstig uit Maasbergen, had dinsdag kort voor middernacht een noodbaken geactiveerd. Pas woensdagmiddag kon een helikopter hen bij golven van zes meter van de twaalf meter lange boot takelen.

Aan boord waren de 67-jarige schipper Henk Verwaal, zijn dochter Sanne (24) en twee vrienden. Ze waren op weg van de Azoren naar Lissabon. Volgens het ministerie van Buitenlandse Zaken maken alle vier het goed; één van hen werd behandeld voor onderkoeling.

"We hebben enorm veel geluk gehad", zei Verwaal telefonisch vanuit het ziekenhuis.`,
	}, map[string][2]string{"et1nl.txt": {"67 years", "61 years"}}},
	{"regional-bus-strike", map[string]string{
		"et2nl.txt": `nl|Buschauffeurs Arnova leggen twee dagen het werk neer

Regio | Openbaar vervoer

Veenhoven - Wie maandag of dinsdag de bus wil nemen in Oost-Nederland, heeft pech. De ruim 1.100 chauffeurs van vervoerder Arnova leggen 48 uur het werk neer, van maandag 04.00 uur tot woensdag 04.00 uur. Dat heeft vakbond VBM zaterdag bekendgemaakt.

Op 62 buslijnen rijdt dan geen enkele bus. Volgens Arnova gaat het om zo'n 200.000 reizigers per dag.

De bond eist een loonsverhoging van 6 procent. Arnova biedt 3,5 procent en wijst erop dat de lonen vorig jaar al met 4,2 procent zijn gestegen. "Dat was nog niet eens genoeg om de inflatie bij te benen", zegt VBM-bestuurder Marieke Dros.

Het is de eerste staking bij Arnova sinds 2027, toen de chauffeurs één dag staakten.

Lees ook: Nieuwe dienstregeling gaat in december in`,
		"et2nl2.txt": `nl|Tweedaagse busstaking in Oost-Nederland

Binnenland

Buschauffeurs van vervoerder Arnova staken maandag en dinsdag. Vakbond VBM heeft de acties aangekondigd nadat de cao-onderhandelingen waren vastgelopen. In totaal zijn 1.150 chauffeurs opgeroepen het werk neer te leggen.

Arnova rijdt met ruim 60 lijnen in Gelderland en Overijssel en vervoert op een doordeweekse dag ongeveer 200.000 reizigers. Scholieren en forenzen moeten op zoek naar een alternatief. De treinen rijden wel.

Het bedrijf noemt de staking "onnodig". "Met 3,5 procent loonsverhoging doen we een goed bod", zegt directeur Erik Hofstede. De vakbond wil er 6 procent bij.`,
		"et2en.txt": `en|Two-day bus strike to hit eastern Netherlands

Bus drivers at regional operator Arnova will strike for 48 hours from Monday, the VBM union said on Saturday, halting services on 62 routes used by around 200,000 passengers a day.

The roughly 1,150 drivers want a pay rise of 6%, while the company has offered 3.5%. Wages rose 4.2% last year.

"Last year's increase did not even keep up with inflation," union negotiator Marieke Dros said. Arnova's managing director, Erik Hofstede, called the strike "unnecessary".

The last strike at Arnova, in 2027, lasted one day.`,
	}, nil},
	{"ebike-maker-takeover", map[string]string{
		"et3nl.txt": `nl|Italiaanse Brentani neemt fietsenmaker Velorex over

Bedrijven

Het Italiaanse fietsconcern Brentani neemt de Nederlandse e-bikemaker Velorex over voor €31,50 per aandeel in contanten. Dat maakten beide bedrijven maandagochtend bekend. Het bod ligt 27% boven de slotkoers van vrijdag en waardeert Velorex op €380 mln. Inclusief schulden betaalt Brentani €450 mln.

Oprichter en grootaandeelhouder Joost Haverkamp (66), die 18% van de aandelen bezit, steunt het bod. "Velorex krijgt zo toegang tot de Zuid-Europese markt", zei hij.

Velorex, gevestigd in Haaksveen, heeft 1.300 werknemers, van wie 850 in Nederland. De omzet steeg vorig jaar naar €620 mln, van €540 mln een jaar eerder. Brentani belooft de fabriek in Haaksveen open te houden.

De overname moet in het eerste kwartaal van 2030 worden afgerond. Het aandeel Velorex steeg maandag op het Damrak met 25%.`,
		"et3it.txt": `it|Brentani compra l'olandese Velorex e punta sulle e-bike

Finanza | Industria

Milano, 15 ottobre 2029

Il gruppo Brentani di Valcastagna, nel Bergamasco, ha annunciato lunedì l'acquisizione dell'olandese Velorex, produttore di biciclette elettriche con sede a Haaksveen.

Brentani offrirà 31,50 euro in contanti per ogni azione, con un premio del 27% rispetto alla chiusura di venerdì. "Con Velorex diventiamo il secondo produttore europeo di e-bike", ha detto l'amministratrice delegata Giulia Ferrandi, 49 anni.

L'operazione vale complessivamente 415 milioni di euro, debito compreso. Il fondatore di Velorex, Joost Haverkamp, 66 anni, che detiene il 18% del capitale, ha già aderito all'offerta.

Velorex conta 1.300 dipendenti e ha chiuso il 2028 con ricavi per 620 milioni di euro (540 milioni l'anno prima). Il closing è previsto nel primo trimestre del 2030.`,
		"et3en.txt": `en|Italy's Brentani to buy Dutch e-bike maker Velorex for 380 mln euros

AMSTERDAM, Oct 15 (Wire) - Italian bicycle group Brentani agreed on Monday to buy Dutch electric bike maker Velorex for 31.50 euros a share in cash, valuing its equity at 380 million euros. The offer is a 27% premium to Velorex's closing price on Friday.

Including debt, the deal is worth 450 million euros, the companies said.

Velorex founder Joost Haverkamp, 66, who owns 18% of the company, has committed to the offer. Velorex shares jumped 25% in Amsterdam.

Brentani, led by chief executive Giulia Ferrandi, expects to complete the deal in the first quarter of 2030.`,
		"et3en2.txt": `en|Brentani-Velorex: what the deal means for the e-bike market

Industry News | 15 October 2029

Brentani's takeover of Velorex creates Europe's second-largest maker of electric bikes, overtaking several German rivals.

The Italian company is paying €450m including debt for the Haaksveen-based firm, which employs about 1,300 people - some 850 of them in the Netherlands - and had sales of €620m last year, up nearly 15% from €540m in 2027.

"We want Velorex to stay Dutch at heart," Brentani CEO Giulia Ferrandi, 49, told us, adding that the Haaksveen factory would stay open.

Related: Dealers report slower spring season`,
	}, map[string][2]string{"et3it.txt": {"€415 million", "€450 million"}}},
	{"notary-fraud-trial", map[string]string{
		"et4pt.txt": `pt|Notário de Vale de Arcos começa a ser julgado por burla de 4,3 milhões de euros

Justiça

Vale de Arcos, 05 nov 2029 (Lusa) - Começou hoje, no Tribunal Judicial de Vale de Arcos, o julgamento do notário Artur Mendonça Pires, de 58 anos, acusado de ter lesado 86 pessoas em cerca de 4,3 milhões de euros entre 2019 e 2026.

Segundo a acusação do Ministério Público, o notário falsificou escrituras de compra e venda de imóveis e apropriou-se de quantias entregues pelos clientes como sinal. Está acusado de 112 crimes, entre os quais burla qualificada, falsificação de documento e abuso de confiança.

No banco dos réus sentam-se também três outros arguidos, entre eles a antiga funcionária do cartório Cláudia Barros, de 41 anos.

Na primeira sessão, Artur Mendonça Pires negou as acusações. O tribunal vai ouvir cerca de 140 testemunhas ao longo de 23 sessões, até março de 2030.`,
		"et4pt2.txt": `pt|"Perdi as poupanças de uma vida": lesados do notário enchem sala de audiências

Local | Vale de Arcos

Dezenas de lesados fizeram fila à porta do tribunal na segunda-feira, primeiro dia do julgamento do notário Artur Mendonça Pires.

"Entreguei 38 mil euros de sinal para uma casa que nunca foi minha", contou Amélia Fontes, de 73 anos, que chegou de autocarro com a filha.

Ao todo, são 86 os lesados identificados pelo Ministério Público, que reclamam mais de quatro milhões de euros.

O notário, de 58 anos, foi suspenso pela Ordem dos Notários em 2026 e está em prisão domiciliária desde maio de 2027.

Partilhe este artigo`,
		"et4en.txt": `en|Notary goes on trial over €4.3 million property deed fraud

Portugal | Courts

A notary accused of forging property deeds and pocketing clients' deposits went on trial on Monday in the northern town of Vale de Arcos.

Artur Mendonça Pires, 58, is accused of defrauding 68 people of around €4.3 million between 2019 and 2026, according to the indictment. He faces 112 charges, including aggravated fraud and forgery, and denies all of them.

Three others are being tried alongside him, among them his former office clerk, 41.

Around 140 witnesses are due to testify in 23 hearings, with a verdict not expected before March 2030.`,
	}, map[string][2]string{"et4en.txt": {"68", "86"}}},
	{"carnival-record-crowds", map[string]string{
		"et5it.txt": `it|Carnevale di Portovivo, 620mila presenze: è record

Spettacoli

Portovivo, 25 febbraio 2030 - Si è chiuso domenica, con il quinto e ultimo corso mascherato, il Carnevale di Portovivo, che quest'anno ha richiamato circa 620.000 spettatori, contro i 540.000 dell'edizione 2029. Solo nella giornata finale i presenti sono stati circa 180.000.

A vincere tra i nove carri di prima categoria è stato "Il gigante che dorme" del costruttore Marco Lenzi, 44 anni, alla sua terza vittoria. Al vincitore va un premio di 25.000 euro.

"Un risultato straordinario, quasi il 15% in più dell'anno scorso", ha commentato la sindaca Chiara Benvenuti.

Il carnevale, nato nel 1898, è tra i più antichi d'Italia. Il biglietto d'ingresso costava 22 euro.`,
		"et5it2.txt": `it|Il gigante di Lenzi conquista Portovivo

Cronaca locale | Carnevale

Terza vittoria per Marco Lenzi. Il carrista di 44 anni ha sbaragliato la concorrenza con "Il gigante che dorme", un colosso di cartapesta alto 20 metri che ha fatto il pieno di applausi sul lungomare. Secondo posto per Federico Giannoni, 31 anni, al suo esordio tra i grandi.

Bilancio da record anche per la Fondazione Carnevale: oltre 600 mila presenze nei cinque corsi. Domenica, per la sfilata conclusiva, sul lungomare c'erano 180 mila persone.

"Abbiamo lavorato otto mesi giorno e notte", racconta Lenzi, che dedica la vittoria al padre, anche lui carrista.

Leggi anche: Viabilità, le strade chiuse fino a mercoledì`,
		"et5en.txt": `en|Record crowds as Tuscan carnival closes

Travel | Italy

The carnival in the Tuscan seaside town of Portovivo closed on Sunday with a record attendance of about 620,000 over its five parades, up from 540,000 last year, organisers said.

Around 180,000 people watched the final parade along the seafront, where nine giant papier-mâché floats competed for first prize.

The winner was "The Sleeping Giant", a 20-metre float by 44-year-old builder Marco Lenzi - his third victory. He takes home €25,000.

The carnival, first held in 1898, is one of Italy's oldest. Tickets cost €22.`,
	}, nil},
	{"motorway-lorry-fire", map[string]string{
		"et6nl.txt": `nl|Vrachtwagen met papier brandt uit op A2, snelweg urenlang dicht

Regio

Molenveld - Een vrachtwagen met papierrollen is woensdagochtend rond 05.30 uur volledig uitgebrand op de A2 bij Molenveld. De snelweg was in beide richtingen ruim negen uur afgesloten.

De chauffeur, een 53-jarige Portugees, zag rook onder zijn cabine en wist de vrachtwagen op de vluchtstrook te zetten. Hij bleef ongedeerd. De lading, zo'n 24 ton papier, smeulde tot in de middag na.

Door de hitte is het asfalt over een lengte van 200 meter beschadigd. Volgens Rijkswaterstaat blijft de rechterrijstrook richting Eindhoven tot en met vrijdag dicht.

Tijdens de ochtendspits stond er in de regio in totaal 85 kilometer file.`,
		"et6nl2.txt": `nl|A2 weer open na vrachtwagenbrand

Verkeer

De A2 bij Molenveld is woensdagmiddag om 14.45 uur weer opengegaan, ruim negen uur na de brand in een vrachtwagen.

"Het wegdek is over 200 meter zwaar beschadigd", zegt Bart Linssen van Rijkswaterstaat. Het herstel duurt tot en met vrijdag; tot die tijd is één rijstrook dicht.

De brand ontstond vermoedelijk door een technisch mankement. De chauffeur kwam met de schrik vrij. De file liep in de ochtendspits op tot 85 kilometer.`,
		"et6en.txt": `en|Lorry fire shuts Dutch A2 motorway for nine hours

NETHERLANDS | Traffic

A lorry loaded with 24 tonnes of paper caught fire on the A2 motorway near Molenveld in the southern Netherlands early on Wednesday, closing the road in both directions for more than nine hours.

The 53-year-old Portuguese driver pulled onto the hard shoulder and escaped unharmed. Heat from the blaze damaged 200 metres of road surface, and one lane will remain closed until Friday, road authority spokesman Bart Linssen said.

Tailbacks in the region reached a combined 85 km during the morning rush hour.`,
		"et6pt.txt": `pt|Camionista português escapa ileso a incêndio em autoestrada nos Países Baixos

Mundo | Comunidades

Um camionista português de 53 anos, natural de Sobral da Serra, escapou ileso ao incêndio do camião que conduzia numa autoestrada do sul dos Países Baixos, perto da localidade de Molenveld.

O fogo deflagrou por volta das 5h30 de terça-feira, quando o camião, carregado com 24 toneladas de rolos de papel, circulava na A2. O motorista apercebeu-se do fumo e conseguiu parar na berma antes de abandonar a cabine.

A autoestrada esteve cortada nos dois sentidos durante mais de nove horas. Segundo as autoridades neerlandesas, o calor danificou 200 metros de pavimento.

"Ele está bem, só assustado", disse ao nosso jornal a mulher do camionista, Fernanda.`,
	}, map[string][2]string{"et6pt.txt": {"Tuesday", "Wednesday"}}},
	{"sardinia-budget", map[string]string{
		"et7it.txt": `it|Sardegna, approvata la manovra da 10,2 miliardi

Politica

Cagliari, 14 dicembre 2029 - Il Consiglio regionale della Sardegna ha approvato nella notte tra giovedì e venerdì il bilancio 2030, che vale 10,2 miliardi di euro, con 34 voti favorevoli e 24 contrari, dopo tre giorni di discussione in aula.

La manovra cresce del 3,1% rispetto ai 9,9 miliardi del 2029. Alla sanità vanno 3,9 miliardi, circa il 38% del totale.

"Per la prima volta da dieci anni il bilancio è approvato entro dicembre, senza esercizio provvisorio", ha detto l'assessora al Bilancio, Paola Deriu.

Tra le misure, 85 milioni per la continuità territoriale aerea e marittima e 40 milioni per la lotta agli incendi.`,
		"et7it2.txt": `it|Bilancio, via libera dopo la maratona notturna

Regione

Dopo tre giorni di dibattito e una seduta notturna, l'aula ha dato il via libera alla finanziaria 2030: 34 sì e 24 no. Il bilancio sale a 10,2 miliardi di euro (erano 9,9 nel 2029). La fetta più grande resta la sanità, con 3,9 miliardi.

L'opposizione attacca: "Solo 40 milioni contro gli incendi, dopo un'estate in cui sono bruciati 12.000 ettari", ha detto il capogruppo Sergio Pinna.

L'assessora Paola Deriu rivendica: "Chiudiamo in tempo per la prima volta in dieci anni".

Commenta | Condividi`,
		"et7en.txt": `en|Sardinia passes €10.2bn budget on time for first time in a decade

Italy | Politics

Sardinia's regional council approved a €10.2 billion budget for 2030 late on Thursday, by 34 votes to 24, after a three-day debate.

Spending rises 3.1% from €9.9 billion this year, with health care taking €3.9 billion, almost two-fifths of the total.

The budget includes €85 million for subsidised air and ferry links to the mainland and €40 million for wildfire prevention.

Budget chief Paola Deriu said it was the first time in ten years that the island had passed its budget before January.`,
	}, nil},
	{"sea-temperature-record", map[string]string{
		"et8it.txt": `it|Mare record al largo della Sicilia: 31,4 gradi

Ambiente

Palermo, 20 agosto 2030 - La temperatura superficiale del mare ha raggiunto martedì 31,4 gradi alla boa di Capo Serrano, al largo della costa meridionale della Sicilia: è il valore più alto da quando sono iniziate le misurazioni, nel 1985.

Il precedente record, 30,6 gradi, risaliva all'agosto 2024. "Siamo 0,8 gradi sopra il vecchio primato e 3,2 gradi sopra la media del periodo 1991-2020", spiega Elena Sciacca, oceanografa dell'Istituto Oceanografico del Mediterraneo.

L'acqua resta sopra i 30 gradi da 11 giorni consecutivi. A rischio, avvertono i ricercatori, sono soprattutto le praterie di posidonia.`,
		"et8pt.txt": `pt|Mediterrâneo bate recorde de temperatura ao largo da Sicília

Ciência | Clima

A água do mar atingiu 31,4 graus Celsius na terça-feira ao largo da Sicília, o valor mais alto desde o início das medições, em 1985, anunciou o Instituto Oceanográfico do Mediterrâneo, com sede em Palermo.

O anterior recorde, de 30,6 graus, tinha sido registado em agosto de 2024. Segundo a oceanógrafa Elena Sciacca, a temperatura está 3,2 graus acima da média de 1991-2020 e mantém-se acima dos 30 graus há 11 dias consecutivos.

Os cientistas alertam para o impacto nas pradarias marinhas de posidónia. Na costa algarvia, a água do mar ronda por estes dias os 24 graus.`,
		"et8en.txt": `en|Sea off Sicily hits record 31.4C as marine heatwave persists

Climate

The surface of the Mediterranean off southern Sicily reached 31.4C (88.5F) on Tuesday, the highest reading since measurements began there in 1985, Italian scientists said.

The previous record of 30.6C was set in August 2024. The water was 3.2C above the 1991-2020 average for the time of year, said oceanographer Elena Sciacca of the Palermo-based Mediterranean Oceanographic Institute.

Sea temperatures at the Capo Serrano buoy have now stayed above 30C for 16 days in a row, she said, threatening seagrass meadows that shelter young fish.`,
	}, map[string][2]string{"et8en.txt": {"16 days", "11 days"}}},
	{"church-painting-theft", map[string]string{
		"et9nl.txt": `nl|Kostbaar schilderij gestolen uit kerk Oudewaard

Regio | Oudewaard

Uit de Sint-Gertrudiskerk in Oudewaard is in de nacht van zaterdag op zondag een zeventiende-eeuws schilderij gestolen. Het gaat om 'De aanbidding der herders' van Jan van Hoornaert, dat volgens kenners zo'n twee miljoen euro waard is.

Koster Gerrit Mulder (72) ontdekte de diefstal zondagochtend, kort voor de mis van half tien. "De lijst hing er nog, maar het doek was eruit gesneden", zegt hij.

De daders kwamen binnen via een raam aan de zijkant van de kerk. Het alarm ging niet af. De politie onderzoekt hoe dat kan.

Het doek, van 1,40 bij 1,10 meter, werd in 1624 geschilderd en hangt al sinds de negentiende eeuw in de kerk. In 1974 werd het ook al gestolen; het dook drie jaar later op bij een veiling in Antwerpen.`,
		"et9nl2.txt": `nl|Politie zoekt gestolen Van Hoornaert

Binnenland

De politie heeft de hulp van het publiek ingeroepen bij het zoeken naar een schilderij van Jan van Hoornaert dat in het weekend uit een kerk in het Brabantse Oudewaard is gestolen. Het werk uit 1624 is het belangrijkste kunstwerk van de parochie.

Volgens de politie hebben de dieven het doek met een mes uit de lijst gesneden. "We sluiten niet uit dat het in opdracht is gestolen", zegt een woordvoerder.

De parochie had het schilderij in 2011 laten restaureren. De verzekeringswaarde bedraagt ongeveer 2 miljoen euro.`,
		"et9en.txt": `en|Golden Age altarpiece cut from its frame in Dutch church raid

Art Market | Crime

A 17th-century painting valued at around €2 million has been stolen from a village church in the southern Netherlands, police said.

Thieves broke in through a side window of St Gertrude's Church in Oudewaard overnight from Saturday to Sunday and cut Jan van Hoornaert's Adoration of the Shepherds (1624) from its frame. The church's alarm did not go off.

The 1.4 by 1.1-metre canvas was found missing by the 72-year-old sexton before Sunday morning mass. It was previously stolen in 1974 and recovered three years later in Antwerp.`,
		"et9it.txt": `it|Olanda, rubata la tela del "caravaggesco" Van Hoornaert

Cultura | Arte

Un dipinto del pittore olandese Jan van Hoornaert, tra i seguaci di Caravaggio che lavorarono a Roma all'inizio del Seicento, è stato rubato nella notte tra sabato e domenica da una chiesa del villaggio di Oudewaard, nel sud dei Paesi Bassi.

I ladri sono entrati da una finestra laterale e hanno tagliato la tela dalla cornice. Il valore dell'opera, secondo la polizia olandese, è di circa 2 milioni di euro.

"L'adorazione dei pastori" fu dipinta nel 1642, dopo il ritorno del pittore dall'Italia, dove aveva vissuto dal 1615 al 1621.

Non è la prima volta: l'opera era già stata rubata nel 1974.`,
	}, map[string][2]string{"et9it.txt": {"1642", "1624"}}},
	{"airport-handling-strike", map[string]string{
		"et10pt.txt": `pt|Greve no handling cancela 287 voos nos aeroportos portugueses

Economia

Lisboa, 12 jul 2030 (Lusa) - A greve de 24 horas dos trabalhadores de assistência em escala da Aerolog levou hoje ao cancelamento de 287 voos nos aeroportos de Lisboa, Porto e Faro, afetando cerca de 40 mil passageiros, segundo a gestora aeroportuária.

Em Lisboa foram cancelados 212 voos, em Faro 41 e no Porto 34.

O Sindicato dos Trabalhadores de Handling e Aeroportos (STHA), que representa a maioria dos 2.600 trabalhadores da empresa, exige um aumento salarial de 5%; a Aerolog propõe 2,5%. "A adesão rondou os 90%", afirmou o dirigente sindical Nuno Calado.

É a segunda greve do ano, depois da paralisação de março.`,
		"et10en.txt": `en|Portugal airport strike grounds nearly 290 flights

LISBON, July 12 (Wire) - A 24-hour strike by ground-handling staff grounded nearly 290 flights at Portugal's main airports on Friday, disrupting travel for about 40,000 passengers at the start of the summer holidays.

Lisbon was worst hit, with 212 cancellations, the airport operator said. Flights were also cancelled in Faro and Porto.

Workers at handling company Aerolog, which employs some 2,600 people, want a 5% pay rise, twice the 2.5% the company has offered. Union leader Nuno Calado put turnout at around 90%.

It was the second such strike this year.`,
		"et10nl.txt": `nl|Staking op Portugese vliegvelden: ook vluchten naar Faro geschrapt

Reizen

Reizigers naar Portugal moesten vrijdag rekening houden met flinke problemen. Door een staking van 24 uur van het grondpersoneel van afhandelaar Aerolog werden op de luchthavens van Lissabon, Porto en Faro zo'n 290 vluchten geschrapt.

In Faro, populair bij Nederlandse vakantiegangers, gingen 41 vluchten niet door, onder meer naar Amsterdam en Eindhoven. In totaal werden ongeveer 40.000 passagiers getroffen.

De vakbond eist 5 procent meer loon; Aerolog biedt 2,5 procent. Het is al de tweede staking dit jaar.

"Wie een geschrapte vlucht had, heeft recht op een vervangende vlucht of op zijn geld terug", zegt Linda de Groot van reisorganisatie Zonreis.`,
	}, nil},
}
